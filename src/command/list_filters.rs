//! The filters `list` takes: `tag:`, `unit:`, `since:`/`until:`, `verdict:`, `status:`,
//! `category:`, `by:`, combined freely; each applies to the kinds that have it.

use super::error::ParseError;
use super::reads::ListKind;
use super::tokenizer::Token;
use super::values::{Looking, Parser};
use crate::domain::{Category, InvestmentStatus, Verdict};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListFilter {
    Tag(String),
    Since(NaiveDate),
    Until(NaiveDate),
    Verdict(Verdict),
    Status(InvestmentStatus),
    Category(Category),
    By(String),
}

/// Every filter `list` knows, for error messages.
pub const FILTERS: &str =
    "`unit:`, `tag:`, `since:`, `until:`, `verdict:`, `status:`, `category:`, `by:`";

impl ListFilter {
    /// The kinds this filter applies to.
    fn applies_to(&self, kind: ListKind) -> bool {
        use ListKind as K;
        match self {
            ListFilter::Tag(_) => kind == K::Notes,
            ListFilter::Since(_) | ListFilter::Until(_) | ListFilter::By(_) => kind != K::Units,
            ListFilter::Verdict(_) => kind == K::Decisions,
            ListFilter::Status(_) => kind == K::Investments,
            ListFilter::Category(_) => {
                matches!(kind, K::Investments | K::Decisions | K::Benefits)
            }
        }
    }
}

fn parse_status(p: &Parser<'_>, t: &Token, v: &str) -> Result<InvestmentStatus, ParseError> {
    [
        InvestmentStatus::Proposed,
        InvestmentStatus::Active,
        InvestmentStatus::Deferred,
        InvestmentStatus::Closed,
    ]
    .into_iter()
    .find(|s| s.as_str().eq_ignore_ascii_case(v))
    .ok_or_else(|| {
        p.error_at(
            t,
            format!("`{v}` is not a status; use proposed, active, deferred or closed"),
        )
    })
}

/// One `key:value` word (and any date words after it) as a filter on `kind`.
pub(super) fn parse_filter(
    p: &mut Parser<'_>,
    t: &Token,
    key: &str,
    value: &str,
    kind: ListKind,
) -> Result<ListFilter, ParseError> {
    let value = value.trim();
    let filter = match key {
        "tag" => ListFilter::Tag(value.trim_start_matches('#').to_lowercase()),
        "since" | "from" => ListFilter::Since(p.date_words(t, value, Looking::Back)?),
        "until" | "to" => ListFilter::Until(p.date_words(t, value, Looking::Back)?),
        "verdict" => ListFilter::Verdict(value.parse().map_err(|_| {
            p.error_at(
                t,
                format!("`{value}` is not a verdict; use {}", Verdict::WORDS),
            )
        })?),
        "status" => ListFilter::Status(parse_status(p, t, value)?),
        "category" => ListFilter::Category(super::records::parse_category(p, t, value)?),
        "by" => ListFilter::By(value.trim_start_matches('@').to_string()),
        _ => {
            return Err(p.error_at(
                t,
                format!("`{key}:` is not a filter; the filters are {FILTERS}"),
            ))
        }
    };
    if !filter.applies_to(kind) {
        return Err(p.error_at(
            t,
            format!(
                "`{key}:` does not apply to {}; the filters are {FILTERS}, each for the records that have it",
                kind.kind().plural()
            ),
        ));
    }
    Ok(filter)
}
