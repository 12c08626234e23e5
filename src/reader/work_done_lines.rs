//! A short status line telling a thing's work done (round V54): "section D drip lines
//! installed, E remaining 👍", "hoist foundations poured at hamble 👍", "laptops for the
//! BDC landed 👍 imaging starts monday", "berry pump's winterized n back in the shop",
//! "te kaha scales back online 👍". News about the work it names (a note), not chat, when
//! the thing is registered (the intent asks for a name found). "Fixed" and "sorted" are left
//! out: the old kit mended is told as no news of the work that would replace it ("the wax
//! applicator on line 2 is fixed … no need for the new one after all", labelled chat).

use super::tokens::{TokKind, Token};

/// Past participles that tell the work done to a thing, said after it.
const DONE: &[&str] = &[
    "installed",
    "poured",
    "landed",
    "commissioned",
    "winterized",
    "winterised",
];

/// Words before the participle that say it is not yet done or not said of a thing: "to be
/// installed", "once installed", "got it installed", "we installed".
fn not_a_subject(w: &str) -> bool {
    matches!(
        w,
        "be" | "being"
            | "been"
            | "get"
            | "getting"
            | "got"
            | "once"
            | "when"
            | "if"
            | "until"
            | "till"
            | "before"
            | "after"
            | "not"
            | "never"
            | "to"
            | "have"
            | "has"
            | "had"
            | "will"
            | "we"
            | "i"
            | "they"
            | "you"
            | "he"
            | "she"
            | "it"
            | "them"
            | "who"
            | "that"
            | "which"
    )
}

/// Does a work-done status open at `i`: a participle of [`DONE`] or "back online" / "back up
/// and running", after a thing (its last word just before, or with "'s", "is", "are",
/// "now", "all" between), closing its clause or followed by a place, a time or "and"?
pub(super) fn work_done_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(i);
    let end = if DONE.contains(&w) {
        // "landed on the Tuesday plan" is a choice settled ("landed on"): not news.
        if w == "landed" && word(i + 1) == "on" {
            return false;
        }
        i + 1
    } else if w == "back" && word(i + 1) == "online" {
        i + 2
    } else if w == "back" && word(i + 1) == "up" && word(i + 2) == "and" && word(i + 3) == "running"
    {
        i + 4
    } else {
        return false;
    };
    // The thing before: skip one "'s" / "is" / "are" / "now" / "all".
    let mut k = i;
    if k > 0 && matches!(word(k - 1), "'s" | "is" | "are" | "now" | "all") {
        k -= 1;
    }
    if k == 0 || toks[k - 1].kind != TokKind::Word || not_a_subject(word(k - 1)) {
        return false;
    }
    let next = toks.get(end);
    next.is_none_or(|t| t.kind == TokKind::Sym)
        || matches!(
            word(end),
            "at" | "in" | "on" | "today" | "yesterday" | "this" | "last" | "and" | "n" | "now"
        )
}
