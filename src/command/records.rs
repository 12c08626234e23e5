//! Commands that write records: unit, note, invest, decide, benefit, service, amend,
//! retract, done.
//!
//! This file reads `unit add`, `service` and `done`; each other command has its own file,
//! and `fields` holds the readers they share.

use super::error::ParseError;
use super::values::{unit_ref, Parser, UnitRef};
use super::Command;
use crate::ids::NoteId;
use crate::money::Money;

mod amend;
mod benefit;
mod decide;
mod fields;
mod invest;
mod note;
mod retract;

pub(super) use amend::parse_amend;
pub use amend::{AmendArgs, AmendField};
pub(super) use benefit::parse_benefit;
pub use benefit::BenefitArgs;
pub(super) use decide::parse_decide;
pub use decide::DecideArgs;
use fields::{alias_list, fields, name_before_fields, parse_users};
pub(super) use fields::{parse_category, parse_years};
pub(super) use invest::parse_invest;
pub use invest::InvestArgs;
pub(super) use note::parse_note;
pub use note::{FollowUpArgs, NoteArgs};
pub(super) use retract::{parse_restore, parse_retract, reason_after_because};
pub use retract::{RestoreArgs, RetractArgs};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitAddArgs {
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceArgs {
    pub name: String,
    pub unit: UnitRef,
    pub annual_cost: Money,
    pub users: u64,
}

pub(super) fn parse_unit(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let sub = p.expect("`add`")?;
    if !sub.is("add") {
        return Err(p.error_at(
            sub,
            format!(
                "`unit {}` is not a command; did you mean `unit add`?",
                sub.text
            ),
        ));
    }
    let name = p.expect("the unit's name")?;
    if name.text.trim().is_empty() || name.text.contains(':') {
        return Err(p.error_at(name, "a unit's name cannot be empty or contain `:`"));
    }
    let mut aliases = Vec::new();
    while let Some(t) = p.next() {
        if !t.is("alias") && !t.is("aliases") {
            return Err(p.error_at(t, format!("expected `alias <name>` here, not `{}`", t.text)));
        }
        let alias = p.expect("the alias")?;
        aliases.extend(alias_list(&alias.text));
    }
    Ok(Command::UnitAdd(UnitAddArgs {
        name: name.text.trim().to_string(),
        aliases,
    }))
}

pub(super) fn parse_service(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let name = name_before_fields(&mut p, "the service's name")?;
    let fields = fields(&mut p, &["unit", "cost", "users"])?;
    let find = |key: &str| {
        fields
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, t)| (v.as_str(), *t))
    };
    let missing: Vec<&str> = ["unit", "cost", "users"]
        .into_iter()
        .filter(|k| find(k).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(p.error_at_end(format!(
            "the service needs {} (as `{}:…`)",
            missing.join(", "),
            missing[0]
        )));
    }
    let (unit, _) = find("unit").expect("checked");
    let (cost, ct) = find("cost").expect("checked");
    let (users, ut) = find("users").expect("checked");
    let annual_cost = p.annual_money(ct, cost)?;
    if annual_cost.minor == 0 {
        return Err(p.error_at(ct, "the annual cost cannot be zero"));
    }
    Ok(Command::Service(ServiceArgs {
        name,
        unit: unit_ref(unit),
        annual_cost,
        users: parse_users(&p, ut, users)?,
    }))
}

pub(super) fn parse_done(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the note's id (NOTE-n)")?;
    let note: NoteId = t
        .text
        .parse()
        .map_err(|e: crate::ids::IdError| p.error_at(t, e.to_string()))?;
    let action = match p.next() {
        None => 1,
        Some(n) => match n.text.trim_start_matches('#').parse::<usize>() {
            Ok(k) if k > 0 => k,
            _ => {
                return Err(p.error_at(
                    n,
                    format!(
                        "`{}` is not an action number; give 1 for the first action",
                        n.text
                    ),
                ))
            }
        },
    };
    p.finish(Command::Done { note, action })
}
