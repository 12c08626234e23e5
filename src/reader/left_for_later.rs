//! The part of the work a rescope (or an approval of part of it) leaves for later, told as
//! a clause of its own after the verdict: "the rest wait till April", "rest next FY", "the
//! rest in the new year", "the cider side waits til the canning line is sorted", "stores
//! stay on BT till Feb".
//! Convention 40 makes it the record's reason: it says why the scope is what it is.

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

fn clause_break(t: &Token) -> bool {
    t.is_break() || t.is_sym("-") && !t.attached
}

/// "the rest", "rest", "the remainder", "the others" opening a clause at `a`: the part
/// not done now. Where the words after it start.
/// So do "full version", "the whole thing", "the complete rollout": the whole of the work,
/// put off while a part goes ahead (round R44).
fn rest_at(toks: &[Token], a: usize) -> Option<usize> {
    let a = a + usize::from(word(toks, a) == "the");
    if matches!(word(toks, a), "full" | "whole" | "complete")
        && toks.get(a + 1).is_some_and(|t| t.is_word())
    {
        return Some(a + 2);
    }
    matches!(word(toks, a), "rest" | "remainder" | "others").then_some(a + 1)
}

/// After "(the) rest" at `w` (to `b`), words that say when it comes: a later-word anywhere
/// ("rest next FY", "the rest wait till April"), or a time opening the words ("rest in the
/// new year", "rest after Easter", "rest March", "rest q3").
fn rest_said_later(toks: &[Token], w: usize, b: usize) -> bool {
    let a_time = |x: &str| {
        matches!(
            x,
            "year" | "q1" | "q2" | "q3" | "q4" | "spring" | "summer" | "autumn" | "fall" | "winter"
        ) || crate::reader::dates::month(x).is_some()
    };
    (w..b).any(|k| later_word(word(toks, k)))
        || a_time(word(toks, w))
        || matches!(word(toks, w), "in" | "after" | "from" | "early" | "late")
            && (w + 1..b).any(|k| a_time(word(toks, k)))
}

/// Words that say the part is put off: waiting, a later time, or staying as it is.
fn later_word(w: &str) -> bool {
    matches!(
        w,
        "wait"
            | "waits"
            | "next"
            | "later"
            | "till"
            | "until"
            | "til"
            | "into"
            | "follow"
            | "follows"
            | "deferred"
    )
}

/// A subject of a few words (not a person or a pronoun) then "wait(s)" / "can wait" /
/// "stay(s) on" and a time or an event ("till the canning line is sorted", "for next
/// year", "till Feb"): a part of the work left as it is.
fn thing_waits(toks: &[Token], a: usize, b: usize) -> bool {
    if matches!(
        word(toks, a),
        "we" | "i" | "you" | "he" | "she" | "they" | "it" | "who" | "that" | "this"
    ) || toks[a].capital && !toks[a].caps && a > 0 && !toks[a - 1].is_break()
    {
        return false;
    }
    (a + 1..b.min(a + 8)).any(|j| {
        let verb = match word(toks, j) {
            "wait" | "waits" => j + 1,
            "stay" | "stays" if matches!(word(toks, j + 1), "on" | "with") => j + 3,
            // "Phases 2 and 3 will be referred to the 2028 budget" (round R41).
            "referred" | "deferred" | "pushed" | "moved" if word(toks, j + 1) == "to" => {
                return (j + 2..b).any(|k| {
                    matches!(word(toks, k), "next" | "later")
                        || word(toks, k).len() == 4 && word(toks, k).starts_with("20")
                });
            }
            _ => return false,
        };
        // "The invoicing side can wait, Sue said." (round B54): a word for a part of the
        // work just before the verb says the part left, with no time said.
        let part = matches!(word(toks, j.saturating_sub(1)), "can" | "will")
            && (a..j).any(|k| matches!(word(toks, k), "side" | "part" | "bit" | "half"));
        part || (verb..b).any(|k| matches!(word(toks, k), "till" | "until" | "til" | "for"))
    })
}

/// The clause from the verdict's (at `verdict`, up to `stop`) that tells the part left for
/// later, with no money in it. The verdict's own clause is read too: "the rest wait till
/// April" after a priced part is itself what makes the record a rescope.
pub(super) fn part_left_for_later(
    text: &str,
    toks: &[Token],
    verdict: usize,
    stop: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let limit = stop.min(toks.len());
    let mut a = (0..verdict)
        .rev()
        .find(|&j| clause_break(&toks[j]))
        .map_or(0, |j| j + 1);
    while a < limit {
        let b = (a..limit)
            .find(|&j| clause_break(&toks[j]))
            .unwrap_or(limit);
        let s = a + usize::from(matches!(word(toks, a), "and" | "but" | "while"));
        let fits = b > s + 1
            && b <= s + 14
            && !(s..b).any(money)
            && (rest_at(toks, s).is_some_and(|w| rest_said_later(toks, w, b))
                || thing_waits(toks, s, b)
                // "we'll keep the Echuca handsets another year".
                || done_now(toks, s) && later_time(toks, s, b));
        if fits {
            // "We do the 20 business-park sites first; the residential estates wait for next
            // year": what is done now, then the part left, read together.
            let e = (done_now(toks, s) && matches!(word(toks, b), "," | ";"))
                .then(|| {
                    let c = b + 1;
                    let d = (c..limit)
                        .find(|&j| clause_break(&toks[j]))
                        .unwrap_or(limit);
                    let later = d > c + 1
                        && !(c..d).any(money)
                        && (rest_at(toks, c).is_some_and(|w| rest_said_later(toks, w, d))
                            || thing_waits(toks, c, d));
                    later.then_some(d)
                })
                .flatten()
                .unwrap_or(b);
            return Some(text[toks[s].start..toks[e - 1].end].trim().to_string());
        }
        a = b + 1;
    }
    None
}

/// Whether the clause `(a, b)` tells only the part of the work left for later ("the rest
/// wait till April", "the cider side waits til the canning line is sorted"), a sentence of
/// its own after a rescope (see `records::split_records`).
pub(in crate::reader) fn tells_the_part_left(toks: &[Token], a: usize, b: usize) -> bool {
    b > a + 1
        && (rest_at(toks, a).is_some_and(|w| rest_said_later(toks, w, b))
            || thing_waits(toks, a, b))
}

/// "We keep the new bar top and the ice wells", "we'll do the open canoes this year",
/// "We do the 20 business-park sites first": what we do or keep now, a clause at `a`
/// opening on "we" (or "we'll" / "we will") and "keep" or "do".
fn done_now(toks: &[Token], a: usize) -> bool {
    let v = match word(toks, a) {
        "we" if word(toks, a + 1) == "will" => a + 2,
        "we" | "we'll" => a + 1,
        _ => return false,
    };
    matches!(word(toks, v), "keep" | "do")
}

/// A time the rest of the work comes at: "another year", "next spring", "first".
fn later_time(toks: &[Token], a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        matches!(word(toks, k), "next" | "another" | "first" | "later")
            && (k + 1 < b || word(toks, k) == "first")
    })
}

/// The clause opening at `a` (a rescope's reason) with what we do or keep now told just
/// before it in its sentence (after a comma or a semicolon): where the reason starts then.
pub(super) fn done_now_before(toks: &[Token], a: usize) -> Option<usize> {
    if a < 2 || !matches!(word(toks, a - 1), "," | ";") {
        return None;
    }
    let s = (0..a - 1)
        .rev()
        .find(|&j| clause_break(&toks[j]))
        .map_or(0, |j| j + 1);
    (a - 1 > s + 2 && done_now(toks, s)).then_some(s)
}
