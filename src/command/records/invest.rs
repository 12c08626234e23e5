//! `invest <name> unit:… cost:… benefit:… years:… category:… [run:…] [start:…] [sponsor:…]
//! [alias:…]…`

use super::super::error::ParseError;
use super::super::values::{Looking, Parser};
use super::super::Command;
use super::fields::{alias_list, fields, name_before_fields, parse_category, parse_years};
use crate::domain::Category;
use crate::money::Money;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvestArgs {
    pub name: String,
    pub unit: String,
    pub category: Category,
    pub cost: Money,
    pub run_cost: Option<Money>,
    pub annual_benefit: Money,
    pub years: u32,
    pub start: Option<NaiveDate>,
    pub sponsor: Option<String>,
    /// Other names people call it by; `alias:` may be given several times, each holding one
    /// or more separated by commas (as `unit add`'s `alias`).
    pub aliases: Vec<String>,
}

pub(in crate::command) fn parse_invest(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let name = name_before_fields(&mut p, "the investment's name")?;
    const KEYS: &[&str] = &[
        "unit", "cost", "benefit", "years", "category", "run", "start", "sponsor", "alias",
    ];
    let fields = fields(&mut p, KEYS)?;
    let find = |key: &str| {
        fields
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, t)| (v.as_str(), *t))
    };
    let missing: Vec<&str> = ["unit", "cost", "benefit", "years", "category"]
        .into_iter()
        .filter(|k| find(k).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(p.error_at_end(format!(
            "the investment needs {} (as `{}:…`)",
            missing.join(", "),
            missing[0]
        )));
    }
    let get = |key: &str| find(key).expect("checked above");
    let (unit, _) = get("unit");
    let (cost, t) = get("cost");
    let cost = p.money(t, cost)?;
    let (benefit, t) = get("benefit");
    let annual_benefit = p.annual_money(t, benefit)?;
    let (years, t) = get("years");
    let years = parse_years(&p, t, years)?;
    let (category, t) = get("category");
    let category = parse_category(&p, t, category)?;
    let run_cost = find("run").map(|(v, t)| p.annual_money(t, v)).transpose()?;
    let start = find("start")
        .map(|(v, t)| p.date(t, v, Looking::Ahead))
        .transpose()?;
    Ok(Command::Invest(InvestArgs {
        name,
        unit: unit.trim().to_string(),
        category,
        cost,
        run_cost,
        annual_benefit,
        years,
        start,
        sponsor: find("sponsor").map(|(v, _)| v.trim().to_string()),
        aliases: fields
            .iter()
            .filter(|(k, _, _)| k == "alias")
            .flat_map(|(_, v, _)| alias_list(v))
            .collect(),
    }))
}
