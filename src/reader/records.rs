//! Where each record starts when one message holds several ("approved the CRM at £250k;
//! also the WMS benefit came in at £30k last month"): at a sentence that carries a record
//! of its own (a verdict, or a benefit or new-investment cue with an amount) about another
//! investment than the record before it (or a thing said as "a new …"), or opening with
//! "also", "separately" or "and on X:". Sentences without one (a reason, a remark, a
//! follow-up) stay with the record before them. One verdict said of several investments
//! ("approved £30k for A and £12k for B", "signed off: A 12k, B 5k") is a record each; so is
//! each item of minutes or of a list of follow-ups about another investment.

use super::intent::{find_cues, find_money_cues};
use super::list_items::{
    follow_up_item, inline_dotted_item, list_item, semicolon_task, status_item, status_only,
};
use super::money_words::find_money;
use super::names::{NameIndex, NameMatch, Target};
use super::tokens::{TokKind, Token};
use super::verdicts::{
    find_english_verdict_in, find_french_verdict_in, find_verdict_in, VerdictFinding,
};
use crate::money::Currency;

/// Ends a sentence for splitting records.
fn is_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n")
}

/// Words that open another item at `a`: "Also, …", "Separately, …", "Additionally …",
/// "Second, …", "Finally, …" (not "First, …": the first item is no other).
fn opens_item(toks: &[Token], a: usize) -> bool {
    let Some(t) = toks.get(a) else {
        return false;
    };
    counts_item(toks, a) && !matches!(t.lower.as_str(), "first" | "firstly")
        || matches!(
            t.lower.as_str(),
            "also" | "separately" | "additionally" | "secondly"
        )
}

/// "First, …", "Second, …", "Finally, …": the count of a message's items at `a`, with its
/// comma ("Second time of asking" counts nothing).
pub fn counts_item(toks: &[Token], a: usize) -> bool {
    toks.get(a).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "first"
                | "firstly"
                | "second"
                | "secondly"
                | "third"
                | "thirdly"
                | "finally"
                | "lastly"
        )
    }) && toks.get(a + 1).is_some_and(|n| n.is_sym(","))
}

/// "Not now, the room booking system can …", "No for now — the e-book platform …": a
/// sentence that opens on a bare verdict, a break right after it, gives its verdict to the
/// record before; a name after the break is in its reason, not its subject.
fn bare_verdict(toks: &[Token], (a, b): (usize, usize)) -> bool {
    find_verdict_in(toks, a, b).is_some_and(|v| {
        v.start == a
            && toks
                .get(v.end)
                .is_none_or(|t| v.end >= b || t.is_sym(",") || t.is_sym("—") || t.is_sym("–"))
    })
}

/// "and on the kiosks: paused …", "and re the ERP: …": a turn to another subject, named
/// before a colon a few words on. `j` is at "and".
#[inline(always)]
fn turns_to(toks: &[Token], j: usize) -> bool {
    toks[j].is("and")
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "on" | "re" | "for"))
        && toks[j + 2..]
            .iter()
            .take(7)
            .find(|t| t.is_break())
            .is_some_and(|t| t.is_sym(":"))
}

/// The sentences of `toks`, as token ranges without their end marks. ", also",
/// "and also", ", separately" and "and on X:" start a sentence too.
fn sentences(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (j, t) in toks.iter().enumerate() {
        let also_next = toks
            .get(j + 1)
            .is_some_and(|n| n.is("also") || n.is("separately"))
            && (t.is_sym(",") || (t.is("and") && j > s));
        if t.is_sym(",") && toks.get(j + 1).is_some() && turns_to(toks, j + 1) {
            if j > s {
                out.push((s, j));
            }
            s = j + 1;
            continue;
        }
        if turns_to(toks, j) && j > s && !toks[j - 1].is_sym(",")
            || numbered_items::item_opens_at(toks, j) && j > s
        {
            out.push((s, j));
            s = j;
            continue;
        }
        if is_end(t) && !numbered_items::number_abbreviated_at(toks, j)
            || also_next
            || emoji_stops::emoji_ends_a_clause(toks, j)
            || emoji_stops::pipe_after_a_sign(toks, j)
        {
            if j > s {
                out.push((s, j));
            }
            s = j + 1;
        }
    }
    if toks.len() > s {
        out.push((s, toks.len()));
    }
    out
}

/// A dash with space on both sides: "items - parted", not "go-live".
fn spaced_dash(toks: &[Token], j: usize) -> bool {
    matches!(toks[j].lower.as_str(), "-" | "–" | "—")
        && !toks[j].attached
        && toks.get(j + 1).is_some_and(|n| !n.attached)
}

/// "plant mgrs mtg 12/1 - yield analytics approved, …": a heading of minutes set off from
/// its items on the same line by a spaced dash, the first break of the message: who met
/// and when (a date written in figures, "12/1", "01.12"), with no verdict ("Cat 1 tanker -
/// …" is a thing's name). The dash's position.
pub(super) fn dashed_heading_end(toks: &[Token]) -> Option<usize> {
    let j = toks
        .iter()
        .take(12)
        .enumerate()
        .position(|(k, t)| t.is_break() || spaced_dash(toks, k))?;
    let dated = toks[..j].windows(3).any(|w| {
        w[0].kind == TokKind::Num
            && (w[1].is_sym("/") || w[1].is_sym("."))
            && w[1].attached
            && w[2].kind == TokKind::Num
            && w[2].attached
    });
    (spaced_dash(toks, j) && dated && find_verdict_in(toks, 0, j).is_none()).then_some(j)
}

/// "Board 3/12 recap:", "Ops mtg 12/1:": a message's first line ending in a colon, with a
/// figure of the meeting's date, that says who met and when before the items.
fn minutes_heading(toks: &[Token], (a, b): (usize, usize)) -> bool {
    a == 0
        && toks.get(b).is_some_and(|t| t.is_sym("\n"))
        && b > 0
        && toks[b - 1].is_sym(":")
        && toks[a..b].iter().any(|t| t.kind == TokKind::Num)
}

/// Does the sentence carry a record of its own? A verdict said in French counts only when
/// `french` (no sentence says one in English: "Le CA a approuvé … — Board approved …" is
/// one record said twice).
/// `english`: whether the part states a verdict in English words (found once by the
/// caller, which needs it for every part).
fn has_record(
    toks: &[Token],
    (a, b): (usize, usize),
    currency: Currency,
    french: bool,
    english: bool,
) -> bool {
    // A question is not a record: "shall we approve the CRM?"
    if toks.get(b).is_some_and(|t| t.is_sym("?")) || hands_out_a_task(toks, (a, b)) {
        return false;
    }
    // Without an English verdict here (`english`, the caller's look at this same part),
    // `find_verdict_in` could only find a French one: that is the one asked for, not the
    // English look over again.
    let verdict = english || french && find_french_verdict_in(toks, a, b).is_some();
    if verdict {
        return true;
    }
    let part = &toks[a..b];
    // The money first: most parts have none, and it is cheaper to look for than the cues.
    let benefit_or_investment = || {
        let cues = find_money_cues(part);
        cues.benefit && !cues.forecast || cues.investment
    };
    // "From today's capital committee: vibration monitoring goes to the #2 refiner line,
    // $85K; …": under a heading naming a deciding body, an item with its money is one of
    // the body's decisions, though no verdict word says so.
    let under_deciding_heading = || {
        super::verdict_shapes::deciding_heading_end(toks).is_some_and(|c| {
            c < b && {
                let from = a.max(c + 1);
                from < b && !find_money(&toks[from..b], currency).is_empty()
            }
        })
    };
    !find_money(part, currency).is_empty()
        && (benefit_or_investment()
            || and_they_want(toks, a)
            || under_deciding_heading()
            || later_items::already_showing(part)
            || paying_its_way::praised_before_colon(part)
            || proposed_things::someone_proposes_a_thing(part).is_some())
        || asks_to_look_at_a_new(part)
}

/// "They also want us to look at a solar array …", "asked staff to look at a drone
/// program": a new thing proposed in passing, a record though no money is said yet.
fn asks_to_look_at_a_new(part: &[Token]) -> bool {
    (0..part.len()).any(|k| super::intent::asked_to_look_at(part, k).is_some())
}

/// The targets of the first name of an investment among `names` that starts inside
/// `a..b`.
fn investment_named(names: &[NameMatch], (a, b): (usize, usize)) -> Option<&Vec<Target>> {
    names
        .iter()
        .find(|m| {
            m.start >= a
                && m.start < b
                && m.targets.iter().any(|t| matches!(t, Target::Investment(_)))
        })
        .map(|m| &m.targets)
}

mod and_they_want;
mod asked_after_put_off;
mod asks_joined;
mod counted_decisions;
mod cuts;
mod emoji_stops;
mod handed_tasks;
mod heading_starts;
mod labelled_items;
mod later_items;
pub(in crate::reader) mod numbered_items;
mod on_the_thing;
mod papers_signed;
mod paying_its_way;
mod priced_items;
mod proposed_things;
mod same_for;
mod split_records;
mod status_ends;
mod still_held;
mod thing_subjects;
mod verdict_sentences;
mod wanted_holds;

use self::and_they_want::and_they_want;
use self::asks_joined::{ask_joined_at, asks_after_and};
use self::counted_decisions::*;
pub use self::cuts::*;
use self::handed_tasks::*;
use self::labelled_items::item_subject;
pub(in crate::reader) use self::later_items::past_opening_and;
use self::priced_items::{priced_item_at, priced_items_either_side};
use self::same_for::mark_same_for;
pub(in crate::reader) use self::same_for::same_for_at;
pub use self::split_records::*;
use self::verdict_sentences::verdict_on_a_thing_of_its_own;
use self::wanted_holds::hold_wanted_of_a_thing_of_its_own;

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The sentences `sentences` finds in `text`, each as its lower-case words.
    fn sentence_words(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        sentences(&toks)
            .iter()
            .map(|&(a, b)| {
                toks[a..b]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn sentences_split_at_ends_and_also() {
        let words = sentence_words("a b; also c. d, also e and also f");
        assert_eq!(words, ["a b", "also c", "d", "also e", "also f"]);
    }

    #[test]
    fn sentences_split_before_a_turn_to_another_subject() {
        let words = sentence_words("a b, and on the c: d. e and re f: g, separately h");
        assert_eq!(
            words,
            [
                "a b",
                "and on the c : d",
                "e",
                "and re f : g",
                "separately h"
            ]
        );
    }
}
