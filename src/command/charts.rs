//! `chart <kind> [unit | investment] [as-of:<date>]`: a chart of the digest's figures.

use super::error::ParseError;
use super::values::{InvestmentRef, Looking, Parser};
use super::Command;
use crate::chart::ChartKind;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartArgs {
    pub kind: ChartKind,
    /// `units` and `rag`: the business unit (the whole portfolio when `None`).
    pub unit: Option<String>,
    /// `benefits`: the investment.
    pub investment: Option<InvestmentRef>,
    /// The date to chart as of (today when `None`).
    pub as_of: Option<NaiveDate>,
}

pub(super) fn parse_chart(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("which chart: benefits, units or rag")?;
    let kind: ChartKind = t
        .text
        .parse()
        .map_err(|e: crate::chart::UnknownChart| p.error_at(t, e.to_string()))?;
    let mut as_of = None;
    let mut words: Vec<&super::Token> = Vec::new();
    while let Some(t) = p.next() {
        match t.key_value() {
            Some((k, v)) if k == "as-of" || k == "on" => {
                as_of = Some(p.date_words(t, v, Looking::Back)?);
            }
            Some((k, _)) => {
                return Err(p.error_at(
                    t,
                    format!("`{k}:` is not a chart option; the only one is `as-of:<date>`"),
                ))
            }
            None => words.push(t),
        }
    }
    let subject = (!words.is_empty()).then(|| {
        words
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    let (unit, investment) = match (kind, subject) {
        (ChartKind::Benefits, None) => {
            return Err(p.error_at_end(
                "name the investment whose benefits to chart, like `chart benefits INV-3`",
            ))
        }
        (ChartKind::Benefits, Some(s)) => {
            let first = words[0];
            let looks_like_id =
                words.len() == 1 && !first.quoted && first.text.to_uppercase().starts_with("INV-");
            let r = if looks_like_id {
                InvestmentRef::Id(
                    first
                        .text
                        .parse()
                        .map_err(|e: crate::ids::IdError| p.error_at(first, e.to_string()))?,
                )
            } else {
                InvestmentRef::Name(s)
            };
            (None, Some(r))
        }
        (_, unit) => (unit, None),
    };
    Ok(Command::Chart(ChartArgs {
        kind,
        unit,
        investment,
        as_of,
    }))
}
