//! A short status line about a named thing, told as a fault: "the booking system is down
//! again at the barn", "the CMS is so slow today", "Scottsdale's scanner keeps crashing",
//! "wifi out at the cellar door AGAIN".
//! News about the work it names (a note), not chat, even with no verdict, money or task.
//! A fall counted ("sales are down 10%", "down to 2 a week", "down from 6") is a result,
//! not a fault.

use super::tokens::{TokKind, Token};

/// Things said to be "out" with no verb ("wifi out at the cellar door").
const BREAKS_DOWN: &[&str] = &[
    "wifi", "wi-fi", "internet", "network", "phones", "scanner", "scanners", "tills", "till",
    "printer", "printers", "server", "servers", "radios", "portal", "app", "screens", "email",
];

/// Words between a subject and its fault ("is so slow", "are down again").
const ADVERBS: &[&str] = &["so", "very", "really", "painfully", "super", "still", "all"];

/// Words that say a thing is what a verb of being tells of: "is", "are", "'s".
fn being(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "'s" | "it's" | "they're" | "went" | "goes" | "keeps"
    )
}

/// Does a fault open at `i`: "is down (again)", "are (so) slow", "keeps crashing",
/// "crashed again", "isn't working"?
pub(super) fn fault_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(i);
    // Only these words open a fault (the `match` below): the look back for a subject is
    // spared at every other word.
    if !matches!(
        w,
        "down" | "out" | "slow" | "crashing" | "crashed" | "working"
    ) {
        return false;
    }
    // "the system is slow today", "it's down": a fault of nothing named is chat.
    let subject = (0..i)
        .rev()
        .find(|&k| toks[k].is_word() && !being(word(k)) && !ADVERBS.contains(&word(k)));
    if subject.is_none_or(|k| {
        let s = word(k);
        matches!(s, "it" | "everything" | "something" | "that" | "this")
            || super::names::GENERIC.contains(&s)
                && (k == 0 || matches!(word(k - 1), "the" | "our" | "a"))
    }) {
        return false;
    }
    let prev = if i > 0 { word(i - 1) } else { "" };
    match w {
        // "is down again at Ashdown", "went down on Friday", not "is down 30%" nor "down to
        // 2 a week".
        "down" => {
            let next = toks.get(i + 1);
            being(prev)
                && next.is_none_or(|t| {
                    t.is_break()
                        || t.kind == TokKind::Sym && !matches!(t.lower.as_str(), "%" | "-" | "$")
                        || matches!(
                            t.lower.as_str(),
                            "again"
                                | "at"
                                | "in"
                                | "for"
                                | "since"
                                | "this"
                                | "today"
                                | "all"
                                | "and"
                                | "now"
                        )
                })
        }
        // "wifi out at the cellar door AGAIN", "the tills are out again", not "rolled out
        // at Kelsall" nor "out to tender".
        "out" => {
            let after = toks.get(i + 1).is_none_or(|t| {
                t.is_break()
                    || matches!(
                        t.lower.as_str(),
                        "again" | "at" | "in" | "since" | "today" | "all"
                    )
            });
            after && (matches!(prev, "is" | "are" | "'s") || BREAKS_DOWN.contains(&prev))
        }
        // "is so slow today", "are painfully slow", not "slow down" nor "a slow week".
        "slow" => {
            let k = if matches!(prev, "so" | "very" | "really" | "painfully" | "super") {
                i.saturating_sub(2)
            } else {
                i.saturating_sub(1)
            };
            i > 0 && being(word(k)) && word(i + 1) != "down"
        }
        // "keeps crashing", "crashed again", "has crashed".
        "crashing" => prev == "keeps" || prev == "keep",
        "crashed" => i > 0 && !toks[i - 1].is_break(),
        // "the scanner isn't working", "is not working again".
        "working" => matches!(prev, "isn't" | "aren't" | "not") && word(i + 1) != "on",
        _ => false,
    }
}

/// "new handsets are in and programmed", "the tills are in.", "the new radios are in and
/// working": kit told as in (arrived and in place), news about the work it names. Not
/// being in a place ("we are in Inverness") nor "in" before anything but "and" and a word
/// of the work done.
pub(super) fn kit_in_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "in" || i < 2 || !matches!(word(i - 1), "are" | "is" | "'re") {
        return false;
    }
    // The kit: a thing named before "are in", not a person.
    if matches!(
        word(i - 2),
        "we" | "i" | "they" | "you" | "he" | "she" | "it"
    ) {
        return false;
    }
    // "are in at the jump line and recording": the place they are in at, passed over.
    let mut i = i;
    if word(i + 1) == "at" {
        let place = (i + 2..(i + 7).min(toks.len()))
            .find(|&k| word(k) == "and" || toks[k].is_break() || toks[k].kind == TokKind::Sym);
        // A place of a few words, ending the clause or before "and".
        match place {
            Some(k) => i = k - 1,
            None if i + 7 >= toks.len() => i = toks.len(),
            None => return false,
        }
    }
    let next = toks.get(i + 1);
    let ends = next.is_none_or(|t| t.is_break() || t.kind == TokKind::Sym);
    let done = word(i + 1) == "and"
        && (word(i + 2).ends_with("ed")
            || matches!(
                word(i + 2),
                "working" | "running" | "live" | "up" | "reporting" | "recording"
            ));
    ends || done
}
