//! The message's date mentions, each with the model's role and the rules' role, and which
//! tokens are parts of amounts or dates.

use super::*;

/// Token by token: is it part of an amount or a date? One pass, so lookups are O(1).
pub(in crate::reader) fn amounts_and_dates(
    len: usize,
    money: &[MoneyMention],
    dates: &[dates::DateMention],
) -> Vec<bool> {
    let mut mask = vec![false; len];
    for (s, e) in money
        .iter()
        .map(|m| (m.start, m.end))
        .chain(dates.iter().map(|d| (d.start, d.end)))
    {
        mask[s.min(len)..e.min(len)]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    mask
}

/// The date mentions outside the follow-up, each with what the date-role model reads and
/// the rules' role. Dates inside the follow-up are its due date, by its structure.
pub(in crate::reader) fn date_mentions<'a>(
    r: &Reading,
    toks: &'a [Token],
    dates: &'a [dates::DateMention],
    action: Option<&intent::ActionSpan>,
    verdict_at: Option<usize>,
    today: NaiveDate,
) -> Vec<date_roles::Mention<'a>> {
    dates
        .iter()
        .filter(|d| !action.is_some_and(|a| d.start >= a.start && d.start <= a.end))
        .enumerate()
        .map(|(nth, d)| date_roles::Mention {
            toks,
            d,
            intent: r.intent,
            verdict: r.verdict,
            verdict_at,
            today,
            rule: placed(
                rule_role(r, toks, d, action.is_some(), verdict_at, today),
                r,
                toks,
                d,
                (action.is_some(), verdict_at),
                today,
            ),
            asked: wished_dates::asked(toks, d.start),
            nth,
        })
        .collect()
}
