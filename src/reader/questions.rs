//! What a reading still needs before it can become a record, and the question to ask for it.

use super::{Intent, Missing, Reading};

/// The question to ask for the first missing field, if any.
pub fn question(reading: &Reading) -> Option<String> {
    let first = reading.missing.first()?;
    let inv = reading.investment.as_deref();
    let the = |n: &str| format!("the {n}");
    Some(match first {
        Missing::Investment => {
            let ask = match reading.intent {
                Intent::Benefit => "Which investment delivered this benefit",
                _ => "Which investment is this about",
            };
            match reading.investment_choices.as_slice() {
                [a @ .., last] if !a.is_empty() => format!("{ask}: {} or {last}?", a.join(", ")),
                _ => format!("{ask}?"),
            }
        }
        Missing::Unit => match (inv, reading.unit_choices.as_slice()) {
            (Some(n), [a @ .., last]) if !a.is_empty() => {
                format!(
                    "Which business unit is {} for: {} or {last}?",
                    the(n),
                    a.join(", ")
                )
            }
            (Some(n), _) => format!("Which business unit is {} for?", the(n)),
            (None, _) => "Which business unit was this with?".to_string(),
        },
        Missing::Amount => {
            let n = inv.map_or_else(|| "it".to_string(), the);
            match reading.intent {
                Intent::Benefit => format!("How much benefit did {n} deliver?"),
                _ => format!("How much will {n} cost?"),
            }
        }
    })
}

/// The fields the record needs that the reading lacks, most important first.
pub fn missing(r: &Reading) -> Vec<Missing> {
    let mut out = Vec::new();
    match r.intent {
        Intent::Decision => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            } else if r.unit.is_none() {
                // A known investment brings its unit: a name without one is new (refused or
                // put off as well as approved) or shared by several units.
                out.push(Missing::Unit);
            }
        }
        Intent::Investment => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            }
            if r.unit.is_none() {
                out.push(Missing::Unit);
            }
            if r.amount.is_none() {
                out.push(Missing::Amount);
            }
        }
        Intent::Benefit => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            }
            if r.unit.is_none() && !r.unit_choices.is_empty() {
                out.push(Missing::Unit);
            }
            if r.amount.is_none() {
                out.push(Missing::Amount);
            }
        }
        Intent::Note => {
            if r.unit.is_none() {
                out.push(Missing::Unit);
            }
        }
        Intent::None => {}
    }
    out
}
