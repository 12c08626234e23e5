//! A reason told with when it happened: "approved £1.2m for the drones - two burst mains
//! went unnoticed in October", "… (£300k). Drought rules changed in August." The clause
//! after the verdict holds a date, which the other reason rules take for the plan or the
//! decision's date; when the date says when something happened (no deadline, look-again or
//! milestone cue), the clause has no amount and reads as an event told (a few words of its
//! own, none of a plan), it is the evidence the decision rests on.

use super::dates::{Cue, DateMention};
use super::tokens::{TokKind, Token};

/// Words that open a clause of timing, money or next steps rather than a reason.
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "to",
    "by",
    "for",
    "and",
    "but",
    "then",
    "so",
    "with",
    "until",
    "till",
    "since",
    "next",
    "starting",
    "effective",
    "review",
    "revisit",
    "phase",
    "first",
];

/// Words of a plan or a milestone: the clause says what comes, not why.
const PLANS: &[&str] = &[
    "will",
    "start",
    "starts",
    "starting",
    "begin",
    "begins",
    "planned",
    "plan",
    "due",
    "go-live",
    "live",
    "launch",
    "launches",
    "kick",
    "kicks",
    "kick-off",
    "cutover",
    "install",
    "installs",
    "scheduled",
    "review",
    "revisit",
    "look",
    "expected",
    "expecting",
    "from",
    // "agreed at Thursday's steering group": where and when it was decided.
    "agreed",
    "decided",
    "decision",
    "confirmed",
    "approved",
    "voted",
    "signed",
];

/// The fewest words of its own (outside its dates) an event told has.
const MIN_WORDS: usize = 3;

/// The first clause after `after` (and before `stop`) that tells a dated event: opened by a
/// dash, a comma or a sentence end, holding a date said with no cue of a plan, no amount
/// (`money`) and no other verdict (`decides`).
pub fn told_with_date(
    text: &str,
    toks: &[Token],
    after: usize,
    stop: Option<usize>,
    dates: &[DateMention],
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let limit = stop.unwrap_or(toks.len()).min(toks.len());
    let ends = |t: &Token| t.is_break() || (t.is_sym("-") && !t.attached);
    let mut i = after;
    while i < limit {
        if !ends(&toks[i]) {
            i += 1;
            continue;
        }
        let s = i + 1;
        let e = (s..limit).find(|&j| ends(&toks[j])).unwrap_or(limit);
        i = e;
        if s >= e || !toks[s].is_word() || OPENERS.contains(&toks[s].lower.as_str()) {
            continue;
        }
        // "Go-live 1 April, the Sage contract ends 31/3, and …": no clause of a sentence
        // that opens on the plan tells the event.
        let opens = (after..s)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
            .map(|p| p + 1)
            .filter(|&o| o < s);
        let go_live = |o: usize| {
            toks[o].is("go") && toks.get(o + 2).is_some_and(|t| t.is("live") && t.attached)
        };
        if opens.is_some_and(|o| PLANS.contains(&toks[o].lower.as_str()) || go_live(o)) {
            continue;
        }
        let inside: Vec<&DateMention> = dates
            .iter()
            .filter(|d| d.start >= s && d.end <= e)
            .collect();
        let dated = |j: usize| inside.iter().any(|d| j >= d.start && j < d.end);
        let words = (s..e)
            .filter(|&j| toks[j].kind == TokKind::Word && !dated(j))
            .count();
        let question = toks.get(e).is_some_and(|t| t.is("?"));
        // "can't resource the training before April": a limit, not a deadline to meet.
        let cannot = (s..e).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "can't" | "cannot" | "won't" | "couldn't" | "unable"
            )
        });
        if inside.is_empty()
            || inside
                .iter()
                .any(|d| d.cue != Cue::At && !(d.cue == Cue::By && cannot))
            || words < MIN_WORDS
            || question
            || (s..e).any(money)
            || (s..e).any(|j| PLANS.contains(&toks[j].lower.as_str()))
            || decides(s, e)
            // "Come back with it in February": when to look again, not why.
            || super::clauses::opens_look_again(toks, s)
        {
            continue;
        }
        let r = text[toks[s].start..toks[e - 1].end].trim();
        return (!r.is_empty()).then(|| r.to_string());
    }
    None
}

/// Where the reason a proposal gives lies ("Animal Care would like a water analyser, about
/// £40k, the current probes are end of support in June"), read by the decision's rules
/// over the whole message: the record keeps no rationale, but a date inside it says when
/// something happens to the things in use, not when the proposal starts.
pub fn proposal_reason(
    text: &str,
    toks: &[Token],
    money: &[super::money_words::MoneyMention],
    dates: &[DateMention],
) -> Option<(usize, usize)> {
    let in_money = |j: usize| money.iter().any(|m| m.start <= j && j < m.end);
    let skip = |j: usize| in_money(j) || dates.iter().any(|d| d.start <= j && j < d.end);
    let ctx = super::intent::ClauseContext {
        skip: &skip,
        money: &in_money,
        named: &|_, _| false,
        verdict: None,
    };
    let said = super::intent::find_rationale(text, toks, 0, None, &ctx)?;
    // Read as a benefit's result would be, the reason leaves out a date that ends it;
    // the clause runs on to its break.
    let (a, b) = super::reasons::span_of(text, toks, &said)?;
    Some((a, super::clauses::clause_end(toks, b, toks.len())))
}
