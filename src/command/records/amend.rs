//! `amend <id> <field>:<value>... because <reason>`: the fields depend on the record's kind.

use super::super::error::ParseError;
use super::super::values::{unit_ref, Looking, Parser, UnitRef};
use super::super::Command;
use super::{parse_category, parse_users, parse_years, reason_after_because};
use crate::domain::{Category, Verdict};
use crate::ids::{Kind, RecordId};
use crate::money::Money;
use chrono::NaiveDate;

/// One corrected field, already read into its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmendField {
    Name(String),
    Aliases(Vec<String>),
    Unit(UnitRef),
    Text(String),
    Tags(Vec<String>),
    Category(Category),
    Cost(Money),
    RunCost(Money),
    AnnualBenefit(Money),
    Years(u32),
    Start(NaiveDate),
    Sponsor(String),
    Verdict(Verdict),
    Amount(Money),
    Rationale(String),
    Review(Option<NaiveDate>),
    By(String),
    On(NaiveDate),
    Date(NaiveDate),
    Evidence(String),
    Users(u64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmendArgs {
    pub id: RecordId,
    pub fields: Vec<AmendField>,
    pub reason: String,
}

/// The fields each kind of record may have corrected.
pub fn amendable(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Unit => &["name", "aliases"],
        Kind::Note => &["unit", "text", "tags", "on"],
        Kind::Investment => &[
            "name", "unit", "category", "cost", "run", "benefit", "years", "start", "sponsor",
            "aliases",
        ],
        Kind::Decision => &["verdict", "amount", "rationale", "review", "by", "on"],
        Kind::Benefit => &["amount", "date", "evidence"],
        Kind::Service => &["name", "unit", "cost", "users"],
        Kind::Subscription => &[],
    }
}

pub(in crate::command) fn parse_amend(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the id of the record to amend")?;
    let id = p.record_id(t)?;
    let allowed = amendable(id.kind);
    if allowed.is_empty() {
        return Err(p.error_at(t, format!("{} cannot be amended", id.kind.with_article())));
    }
    let mut fields = Vec::new();
    let mut seen = Vec::new();
    while let Some(t) = p.peek() {
        if t.is("because") {
            break;
        }
        p.pos += 1;
        let Some((key, value)) = t.key_value() else {
            return Err(p.error_at(
                t,
                format!(
                    "expected a field like `{}:…` or `because`, not `{}`",
                    allowed[0], t.text
                ),
            ));
        };
        if !allowed.contains(&key.as_str()) {
            return Err(p.error_at(
                t,
                format!(
                    "{} has no field `{key}` to amend; its fields are {}",
                    id.kind.with_article(),
                    allowed.join(", ")
                ),
            ));
        }
        if seen.contains(&key) {
            return Err(p.error_at(t, format!("`{key}` is given twice")));
        }
        seen.push(key.clone());
        let value = value.trim();
        if value.is_empty() && key != "review" {
            return Err(p.error_at(t, format!("`{key}:` needs a value")));
        }
        let list = |v: &str| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        };
        fields.push(match (id.kind, key.as_str()) {
            (_, "name") => AmendField::Name(crate::domain::names::clean(value)),
            (_, "aliases") if value.eq_ignore_ascii_case("none") => AmendField::Aliases(vec![]),
            (_, "aliases") => AmendField::Aliases(super::alias_list(value).collect()),
            (_, "unit") => AmendField::Unit(unit_ref(value)),
            (_, "text") => AmendField::Text(value.to_string()),
            (_, "tags") => AmendField::Tags(
                list(value)
                    .into_iter()
                    .map(|t| t.trim_start_matches('#').to_lowercase())
                    .collect(),
            ),
            (_, "category") => AmendField::Category(parse_category(&p, t, value)?),
            (Kind::Service, "cost") => AmendField::Cost(p.annual_money(t, value)?),
            (_, "cost") => AmendField::Cost(p.money(t, value)?),
            (_, "run") => AmendField::RunCost(p.annual_money(t, value)?),
            (_, "benefit") => AmendField::AnnualBenefit(p.annual_money(t, value)?),
            (_, "years") => AmendField::Years(parse_years(&p, t, value)?),
            (_, "start") => AmendField::Start(p.date_words(t, value, Looking::Ahead)?),
            (_, "sponsor") => AmendField::Sponsor(value.to_string()),
            (_, "verdict") => AmendField::Verdict(value.parse().map_err(|_| {
                p.error_at(
                    t,
                    format!("`{value}` is not a verdict; use {}", Verdict::WORDS),
                )
            })?),
            (_, "amount") => AmendField::Amount(p.money(t, value)?),
            (_, "rationale") => AmendField::Rationale(value.to_string()),
            (_, "review") if value.is_empty() || value.eq_ignore_ascii_case("none") => {
                AmendField::Review(None)
            }
            (_, "review") => AmendField::Review(Some(p.date_words(t, value, Looking::Ahead)?)),
            (_, "by") => AmendField::By(value.to_string()),
            (_, "on") => AmendField::On(p.date_words(t, value, Looking::Back)?),
            (_, "date") => AmendField::Date(p.date_words(t, value, Looking::Back)?),
            (_, "evidence") => AmendField::Evidence(value.to_string()),
            (_, "users") => AmendField::Users(parse_users(&p, t, value)?),
            _ => return Err(p.error_at(t, format!("`{key}` cannot be amended"))),
        });
    }
    if fields.is_empty() {
        return Err(p.error_at_end(format!(
            "say which fields to correct, like `{}:…`; the fields are {}",
            allowed[0],
            allowed.join(", ")
        )));
    }
    let reason = reason_after_because(&mut p)?;
    Ok(Command::Amend(AmendArgs { id, fields, reason }))
}
