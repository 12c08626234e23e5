//! What the trouble costs us, told in the sentence after the verdict (round R63): "HR
//! helpdesk overtime was S$5k a month last year", "Current losses from spoilt fish in the
//! rainy season were estimated at ZMW 25,000 per week". Money by the month told of a cost
//! the work is to end is why it was approved, not what the record itself costs to run
//! ("Running cost is £20k a year").

use super::Token;

/// Words naming what trouble costs: time paid over, goods lost, fixes, fines, time down.
const TROUBLE: &[&str] = &[
    "overtime",
    "losses",
    "loss",
    "wastage",
    "spoilage",
    "repairs",
    "fines",
    "penalties",
    "downtime",
    "breakdowns",
];

/// Does tokens `s..e` tell a cost of trouble: one of `TROUBLE` within its first six words,
/// then "was", "were", "is", "are" or "runs" before its first money?
pub(super) fn trouble_cost(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let Some(m) = (s..e).find(|&j| money(j)) else {
        return false;
    };
    let Some(noun) = (s..m.min(s + 6)).find(|&j| TROUBLE.contains(&toks[j].lower.as_str())) else {
        return false;
    };
    (noun + 1..m).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "was" | "were" | "is" | "are" | "runs"
        )
    })
}
