//! Commands that read: list, show, history, digest.

use super::error::ParseError;
use super::list_filters::{parse_filter, ListFilter, FILTERS};
use super::values::Parser;
use super::Command;
use crate::ids::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Units,
    Notes,
    Investments,
    Decisions,
    Benefits,
    Services,
}

impl ListKind {
    pub fn kind(self) -> Kind {
        match self {
            ListKind::Units => Kind::Unit,
            ListKind::Notes => Kind::Note,
            ListKind::Investments => Kind::Investment,
            ListKind::Decisions => Kind::Decision,
            ListKind::Benefits => Kind::Benefit,
            ListKind::Services => Kind::Service,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListArgs {
    pub kind: ListKind,
    pub unit: Option<String>,
    /// Every other filter; all must hold.
    pub filters: Vec<ListFilter>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestArgs {
    pub unit: Option<String>,
    pub period: Option<String>,
}

pub(super) fn parse_list(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t =
        p.expect("what to list (investments, decisions, notes, benefits, services or units)")?;
    if matches!(
        t.text.to_lowercase().trim_end_matches('s'),
        "follow-up" | "followup" | "action"
    ) {
        return super::follow_ups::parse_follow_ups(p);
    }
    let kind = match t.text.to_lowercase().trim_end_matches('s') {
        "unit" => ListKind::Units,
        "note" => ListKind::Notes,
        "investment" | "inv" => ListKind::Investments,
        "decision" | "dec" => ListKind::Decisions,
        "benefit" | "ben" => ListKind::Benefits,
        "service" | "svc" => ListKind::Services,
        _ => {
            return Err(p.error_at(t, format!(
                "I can't list `{}`; choose investments, decisions, notes, benefits, services or units",
                t.text
            )))
        }
    };
    let mut unit = None;
    let mut filters = Vec::new();
    while let Some(t) = p.next() {
        match t.key_value() {
            Some((k, v)) if v.trim().is_empty() => {
                return Err(p.error_at(t, format!("`{k}:` needs a value")))
            }
            Some((k, v)) if k == "unit" => unit = Some(v.trim().to_string()),
            Some((k, v)) => filters.push(parse_filter(&mut p, t, &k, v, kind)?),
            None => {
                return Err(p.error_at(
                    t,
                    format!(
                    "I did not expect `{}` here; filter with `unit:<unit>`, or any of {FILTERS}",
                    t.text
                ),
                ))
            }
        }
    }
    if unit.is_some() && kind == ListKind::Units {
        return Err(p.error_at_end("units cannot be filtered by unit"));
    }
    Ok(Command::List(ListArgs {
        kind,
        unit,
        filters,
    }))
}

/// `scorecard <unit> [period]`: as `digest`, with the unit required.
pub(super) fn parse_scorecard(p: Parser<'_>) -> Result<Command, ParseError> {
    let args = digest_args(&p);
    if args.unit.is_none() {
        return Err(p.error_at_end(
            "give the business unit whose scorecard you want, like `scorecard Sales month`",
        ));
    }
    Ok(Command::Scorecard(args))
}

/// `digest [unit] [period]`: the period is the last word when it reads as one.
pub(super) fn parse_digest(p: Parser<'_>) -> Result<Command, ParseError> {
    Ok(Command::Digest(digest_args(&p)))
}

fn digest_args(p: &Parser<'_>) -> DigestArgs {
    let words: Vec<&str> = p.remaining().iter().map(|t| t.text.as_str()).collect();
    let is_period = |w: &str| {
        let w = w.to_lowercase();
        let span = w
            .strip_prefix("this-")
            .or_else(|| w.strip_prefix("last-"))
            .unwrap_or(&w);
        matches!(span, "week" | "month" | "quarter" | "year") || w.contains("..")
    };
    let (unit_words, period) = match words.last() {
        Some(last) if is_period(last) => (&words[..words.len() - 1], Some(last.to_string())),
        _ => (&words[..], None),
    };
    let unit = (!unit_words.is_empty()).then(|| unit_words.join(" "));
    DigestArgs { unit, period }
}
