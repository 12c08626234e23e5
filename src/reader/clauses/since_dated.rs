//! "since <a month>" ending a benefit's result: the benefit's date, or the result's start
//! (convention 37 of the corpus).

use super::*;

/// "night flow losses are down 1.1 Ml/d since August, which …", "CTR up 18% since 16/11,
/// extra GMV …": at `d` ("since", the time after it ending a benefit's result at `end`),
/// does that time date the benefit, no other time being said outside `d..end`? Then it is
/// the record's date and leaves the evidence, as "in Oct" ending a result does. "9 fewer
/// routes since Aug, ~$48k saved in Oct": another time dates it, and "since Aug" is the
/// result's start, part of the evidence. `skip` marks amounts and dates, `money` amounts.
pub fn since_time_dates(
    toks: &[Token],
    d: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    toks.get(d).is_some_and(|t| t.is("since"))
        && !(0..toks.len()).any(|j| !(d..end).contains(&j) && skip(j) && !money(j))
}
