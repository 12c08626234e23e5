//! Dates told inside something else of the sentence: a condition the wait hangs on ("hold off
//! until the Q1 numbers are in"), a reason ("— too much change in January"), or a later
//! line's own item.

use super::*;

/// Words that open a condition the wait hangs on.
const CONDITIONS: &[&str] = &[
    "until", "till", "til", "'til", "once", "pending", "unless", "if",
];

/// The verbs a condition's own clause is told with ("the numbers are in", "the auditors
/// sign off", "the audit is done"): with one, the condition is an event, not a time.
pub(in crate::reader) const CONDITION_VERBS: &[&str] = &[
    "is",
    "are",
    "'s",
    "was",
    "were",
    "sign",
    "signs",
    "signed",
    "come",
    "comes",
    "land",
    "lands",
    "close",
    "closes",
    "closed",
    "finish",
    "finishes",
    "finished",
    "done",
    "complete",
    "completed",
    "clear",
    "clears",
    "cleared",
    "agree",
    "agrees",
    "approve",
    "approves",
    "publish",
    "publishes",
    "published",
    "report",
    "reports",
    "settle",
    "settles",
    "see",
    "have",
    "has",
    "get",
    "gets",
    "can",
    "show",
    "shows",
    "prove",
    "proves",
    "hit",
    "hits",
    "meet",
    "meets",
    "reach",
    "reaches",
    // "they can do the pipework in the summer if we order by April": an order placed in
    // time is the condition, not our deadline (round S43).
    "order",
    "orders",
    "ordered",
    "book",
    "books",
    "confirm",
    "confirms",
    "commit",
    "commits",
];

/// "hold off until the Q1 numbers are in", "paused until the auditors sign off the
/// year-end": the date is a word of a condition with its own verb, so the wait is for an
/// event; the look-again is not the date it names. "until the end of Q1" (no verb) is the
/// time itself.
///
/// `name` is the record's investment: a condition's word said as one of its words with
/// another beside it ("the visitor centre till upgrade is pushed back to April") is the
/// name's, a thing, and opens no condition; so is one after an article ("the till").
pub fn in_condition(toks: &[Token], d: &DateMention, name: Option<&str>) -> bool {
    let s = clause_start(toks, d.start);
    let of_name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && name.is_some_and(|n| {
                    n.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(&t.lower))
                })
        })
    };
    let a_thing = |k: usize| {
        of_name(k) && (k > 0 && of_name(k - 1) || of_name(k + 1))
            || k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "our" | "each")
    };
    let Some(c) = (s..d.start)
        .rev()
        .find(|&k| CONDITIONS.contains(&toks[k].lower.as_str()) && !a_thing(k))
    else {
        return false;
    };
    // The condition's own words end where another clause is joined on ("held till early
    // Q3 so Finance can close the year first": the verb is the purpose's).
    let e = (d.end..clause_end(toks, d.end))
        .find(|&k| LINKS.contains(&toks[k].lower.as_str()))
        .unwrap_or_else(|| clause_end(toks, d.end));
    let verb = |k: usize| toks[k].is_word() && CONDITION_VERBS.contains(&toks[k].lower.as_str());
    let gap =
        (c + 1..d.start).any(|k| toks[k].is_word() && !LEADS.contains(&toks[k].lower.as_str()));
    // Right after the condition's word, the date must name a thing ("the Q1 numbers").
    let names_a_thing = toks
        .get(d.end)
        .is_some_and(|t| t.is_word() && !verb(d.end) && !LINKS.contains(&t.lower.as_str()));
    (gap || names_a_thing) && ((c + 1..d.start).any(verb) || (d.end..e).any(verb))
}

/// Words between a condition's word and its date that lead the date itself.
const LEADS: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "end",
    "of",
    "start",
    "beginning",
];

/// Words that join another clause on.
const LINKS: &[&str] = &[
    "so", "and", "but", "because", "as", "then", "while", "which", "when", "if", "to", "since",
    "or",
];

/// Words that open a clause of timing or of next steps, not of a reason.
const TIMING: &[&str] = &[
    "in", "on", "at", "by", "to", "till", "until", "til", "from", "for", "next", "revisit",
    "review", "look", "back", "check", "start", "starting", "then", "and", "pick", "circle",
    "come", "decision", "target", "aim",
];

/// "deferred by a quarter — too much change in January", "because the deadline is
/// 26.5.27": the date is told inside the reason, after "because" or after a dash that opens
/// no timing, with words of the reason before it; its time belongs to the reason.
pub fn in_reason(toks: &[Token], d: &DateMention, verdict_at: Option<usize>) -> bool {
    let s = clause_start(toks, d.start);
    let words_before = (s..d.start).filter(|&k| toks[k].is_word()).count();
    let because = (s..d.start).any(|k| {
        matches!(toks[k].lower.as_str(), "because" | "cos" | "coz" | "bc")
            || toks[k].is("due") && toks.get(k + 1).is_some_and(|t| t.is("to"))
    });
    if because {
        return true;
    }
    let dash = s > 0 && matches!(toks[s - 1].lower.as_str(), "—" | "–" | "-");
    let after_verdict = verdict_at.is_some_and(|v| v < s);
    let owner = (s..clause_end(toks, d.end)).any(|k| toks[k].is("@"));
    dash && after_verdict
        && !owner
        && words_before >= 3
        && toks
            .get(s)
            .is_some_and(|t| t.is_word() && !TIMING.contains(&t.lower.as_str()))
        && !super::super::clauses::opens_look_again(toks, s)
}

/// "• HVAC stays parked\n• Christmas party is the 18th": a date on a later line than the
/// verdict, on a line that says nothing of looking again, belongs to that line's own item,
/// not to the verdict as its look-again date.
pub fn on_another_item(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    if verdict_at >= d.start || !toks[verdict_at..d.start].iter().any(|t| t.is_sym("\n")) {
        return false;
    }
    let line = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |p| p + 1);
    let end = toks[d.start..]
        .iter()
        .position(|t| t.is_sym("\n"))
        .map_or(toks.len(), |p| p + d.start);
    !toks[line..end].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "revisit"
                | "review"
                | "again"
                | "look"
                | "until"
                | "till"
                | "til"
                | "hold"
                | "parked"
                | "park"
                | "deferred"
                | "defer"
                | "paused"
                | "pushed"
                | "back"
        )
    })
}
