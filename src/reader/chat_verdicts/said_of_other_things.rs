//! Verdict words said of something other than the work: some of its things ("the rest"),
//! a word in scare quotes, a running cost ended, a "no from me" in jest, and a thing cut to
//! nothing by the work.

use super::*;

/// "approved 4 of the 6 … The garage ones are dropped", "approved for the two pools, the
/// rest waits till 2028": at `start`, a verdict said of "ones" or "the rest", some of the
/// work's things, not the work: the scope of a verdict said on the work itself. "new ones"
/// are the work's things entire.
pub(super) fn said_of_some_ones(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "new ones approved at $64k the pair": the replacements are the work itself.
    let new_ones = |k: usize| {
        k > 0
            && matches!(
                word(k - 1),
                "new" | "replacement" | "replacements" | "newer"
            )
    };
    let part = |k: usize| {
        word(k) == "ones" && !new_ones(k) || word(k) == "rest" && k > 0 && word(k - 1) == "the"
    };
    let passive = start >= 2
        && matches!(
            word(start - 1),
            "is" | "are" | "was" | "were" | "got" | "get"
        )
        && part(start - 2);
    // "the 35 oldest get replaced now, £31k, the rest wait till April": the rest left to
    // wait after a priced part is the verdict itself, a rescope.
    let rest_waits = crate::reader::everyday_verdicts::the_rest_wait_at(toks, start).is_some();
    (passive || start >= 1 && part(start - 1)) && !rest_waits
}

/// "Ticketmaster's sales team 'approved' our new discount tier": at `start..end`, a verdict
/// word set in quotes, someone's word held at arm's length, no verdict.
pub(super) fn in_scare_quotes(toks: &[Token], start: usize, end: usize) -> bool {
    let quote = |t: Option<&Token>| {
        t.is_some_and(|t| matches!(t.lower.as_str(), "'" | "\"" | "‘" | "’" | "“" | "”"))
    };
    start > 0 && quote(toks.get(start - 1)) && quote(toks.get(end))
}

/// "we've cancelled the hotspots we were renting, which were costing £300 a month", "we've
/// binned the £1,400 a year we paid for the pager contract": a stop whose object is said to
/// be a thing we were paying for (by "we were <verb>ing", "which were costing …" or "we
/// paid for") ends a running cost, the saving a result brings, not the work.
pub(super) fn running_cost_cancelled(toks: &[Token], start: usize, end: usize) -> bool {
    let w = toks[start].lower.as_str();
    let stop_verb = [
        "cancel", "stopped", "dropped", "ditched", "ended", "scrapped", "binned",
    ]
    .iter()
    .any(|v| w.starts_with(v));
    if !stop_verb {
        return false;
    }
    let after: Vec<&str> = toks[end..]
        .iter()
        .take(14)
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map(|t| t.lower.as_str())
        .collect();
    const PAID: &[&str] = &[
        "renting", "buying", "paying", "leasing", "hiring", "using", "costing",
    ];
    // "binned the £1,400 a year we paid for the pager contract": paid in the past.
    after.windows(3).any(|w| {
        matches!(w[0], "we" | "which" | "that")
            && matches!(w[1], "were" | "was" | "had")
            && PAID.contains(&w[2])
    }) || after.windows(2).any(|w| w[0] == "costing" && w[1] == "us")
        || after
            .windows(3)
            .any(|w| w[0] == "we" && w[1] == "paid" && w[2] == "for")
}

/// "She's a no from me on the station coffee machine lol": at `start..end`, one person's
/// "no from me" said with a laugh in its sentence, a joke in chat, no verdict ("Still a
/// no from me, we already sunk 210 grand" decides).
pub(super) fn a_no_in_jest(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let a_no = toks[start..end].iter().any(|t| t.is("no"));
    let from_me = a_no && word(end) == "from" && word(end + 1) == "me";
    from_me
        && toks[end..]
            .iter()
            .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            .any(|t| {
                super::super::small_talk::laugh(&t.lower) || matches!(t.lower.as_str(), "😂" | "🤣")
            })
}

/// "The payroll system's cut the overtime corrections down to nothing", "cut the
/// re-keying to zero": at `start`, a thing cut to nothing by the work, a result told (a
/// benefit when money comes with it), not the work's budget cut to a new size.
pub(super) fn cut_to_nothing(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "to near zero", "to almost nil", "to next to nothing": a near-nothing is nothing too.
    let nothing_at = |k: usize| {
        let k = k + match (word(k), word(k + 1)) {
            ("near" | "nearly" | "almost" | "virtually" | "practically", _) => 1,
            ("next", "to") => 2,
            _ => 0,
        };
        matches!(word(k), "nothing" | "zero" | "nil")
    };
    matches!(word(start), "cut" | "cuts" | "cutting")
        && (start + 1..(start + 9).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| word(k) == "to" && nothing_at(k + 1))
}
