//! Refusals and stops said in idioms: no money for a thing, a thing we pass on, work or a
//! deal we end; and a stop that is an errand ("tell the van to stop parking …").

use super::*;

/// "GM says no new money for the podcast studio", "there's no budget for the kiosks this
/// year": at `i`, no money for a thing, a refusal of it; where the shape ends. Not "no
/// money for" a time or a count ("no budget for 2027 yet" is news of a budget).
pub(in crate::reader) fn no_money_for_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "no" {
        return None;
    }
    let mut k = i + 1;
    if matches!(word(k), "new" | "more" | "extra" | "spare") {
        k += 1;
    }
    let money = matches!(word(k), "money" | "budget" | "funding" | "cash" | "funds");
    let thing = matches!(word(k + 2), "the" | "our" | "a" | "any" | "new")
        || toks
            .get(k + 2)
            .is_some_and(|t| t.is_word() && t.kind != TokKind::Num);
    (money && word(k + 1) == "for" && thing && word(k + 2) != "now").then_some(k + 1)
}

/// What is passed on to someone else, not turned down: a message and its like.
const PASSED_ALONG: &[&str] = &[
    "message",
    "messages",
    "feedback",
    "news",
    "details",
    "info",
    "information",
    "word",
    "thanks",
    "regards",
    "comments",
    "notes",
    "request",
    "email",
    "invite",
    "question",
    "questions",
    "contact",
    "costs",
    "saving",
    "savings",
];

/// "We're passing on the yard camera upgrade", "we'll pass on this one", "pass on the craft
/// fair stall again, £600 …" (opening a line, priced): at `i`, a thing
/// we pass on, refused; where the shape ends. Not a message passed along ("passing on the
/// feedback to the agency").
pub(in crate::reader) fn passing_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "passing" | "pass" | "passed") || word(i + 1) != "on" {
        return None;
    }
    // "pass on the craft fair stall again, £600 for a pitch …": a terse line opening on
    // it, with the price in its clause.
    let opens_priced = (i == 0
        || toks[i - 1].kind == crate::reader::tokens::TokKind::Sym
            && matches!(
                toks[i - 1].lower.as_str(),
                "." | "!" | "\n" | ":" | "-" | "—"
            ))
        && crate::reader::fine_with::priced_in_clause(toks, i + 2);
    if i == 0 && !opens_priced {
        return None;
    }
    let ours = opens_priced
        || matches!(
            word(i - 1),
            "we're"
                | "we'll"
                | "we've"
                | "i'm"
                | "i'll"
                | "i've"
                | "we"
                | "i"
                | "'re"
                | "'ll"
                | "'ve"
        )
        || word(i - 1) == "to" && matches!(word(i.saturating_sub(2)), "decided" | "going");
    if !ours
        || !matches!(
            word(i + 2),
            "the" | "this" | "that" | "it" | "our" | "these"
        )
    {
        return None;
    }
    let passed_along = toks[i + 2..(i + 7).min(toks.len())]
        .iter()
        .take_while(|t| !t.is_break())
        .any(|t| PASSED_ALONG.contains(&t.lower.as_str()));
    (!passed_along).then_some(i + 2)
}

/// What is ended that is no work: a meeting, a time, a call.
const ENDED_NOT_WORK: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "season",
    "term",
    "shift",
    "trial",
    "relationship",
];

/// "we're ending the microfilm scanner lease", "we've decided to end the contract": at `i`,
/// work or a deal we end, a stop; where the shape ends. Not a meeting or a time ended ("we
/// ended the call early", "ending the year on budget").
pub(in crate::reader) fn ending_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "ending" | "end" | "ended") || i == 0 {
        return None;
    }
    let ours = matches!(
        word(i - 1),
        "we're" | "we'll" | "we've" | "we" | "'re" | "'ll" | "'ve"
    ) || word(i - 1) == "to"
        && matches!(word(i.saturating_sub(2)), "decided" | "agreed");
    if !ours || !matches!(word(i + 1), "the" | "our" | "this" | "that" | "it") {
        return None;
    }
    let object = toks[i + 1..(i + 6).min(toks.len())]
        .iter()
        .take_while(|t| !t.is_break())
        .collect::<Vec<_>>();
    let not_work = object.iter().any(|t| {
        ENDED_NOT_WORK.contains(&t.lower.as_str())
            || super::super::verdicts::MEETINGS.contains(&t.lower.as_str())
    });
    (!not_work).then_some(i + 1)
}

/// "tell the van to stop parking in the ice bay", "ask the drivers to stop leaving …": a
/// verdict word with an activity after it (a word ending "-ing"), said as what someone is
/// told or asked to do, is an errand, not our verdict on any work.
pub(in crate::reader) fn told_to_stop_doing(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if start == 0 || word(start - 1) != "to" || !word(end).ends_with("ing") {
        return false;
    }
    (start.saturating_sub(8)..start - 1)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(
                word(k),
                "tell" | "told" | "ask" | "asked" | "remind" | "get"
            )
        })
}
