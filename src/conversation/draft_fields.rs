//! What `edit <field> <value>` does to a draft, and the one short question the bot asks
//! for a field it still needs ("Which business unit is this for: Finance, Legal?").

use super::proposal::Proposal;
use crate::domain::{Category, Verdict};
use crate::money::Money;
use crate::reader::{read_date_in, Looking};
use crate::service::{Caller, Failure, Service, UserError};

/// A failure shown to the person as it is (what went wrong and how to fix it).
pub(super) fn user(message: impl Into<String>) -> Failure {
    Failure::User(UserError::Message(message.into()))
}

/// Sets one field of a proposal from what the person typed. Units and existing investments
/// must resolve (names, aliases, close misspellings get a "did you mean").
pub(super) fn set_field(
    s: &Service,
    caller: &Caller,
    p: &mut Proposal,
    field: &str,
    value: &str,
) -> Result<(), Failure> {
    let today = s.today();
    let calendar = crate::reader::Calendar {
        week_ends: s.config.conversation.week_ends,
        ..crate::reader::Calendar::new(s.config.conversation.day_first)
    }
    .with_financial_year(s.config.conversation.financial_year_starts, s.currency);
    let value = value.trim();
    if value.is_empty() {
        return Err(user(format!(
            "Give a value for {field}, like `edit {field} …`."
        )));
    }
    let money = |v: &str| Money::parse_positive(v, s.currency).map_err(|e| user(e.to_string()));
    // A due date or review looks ahead ("Friday" is the coming one); others look back.
    let looking = match field {
        "due" | "review" | "start" => Looking::Ahead,
        _ => Looking::Back,
    };
    let date = |v: &str| {
        read_date_in(v, today, calendar, looking).ok_or_else(|| {
            user(format!(
                "`{v}` is not a date; write it as {}.",
                crate::command::DATE_FORMS
            ))
        })
    };
    let text = || Some(value.trim_start_matches('@').to_string());
    let unknown = user(format!(
        "A {} has no field `{field}`; the fields are the ones on the card.",
        p.kind()
    ));
    match (p, field) {
        (
            Proposal::Decision { investment, .. } | Proposal::Benefit { investment, .. },
            "investment",
        ) => {
            // An id as the grammar reads one (`INV-3`, as a "did you mean" tells to type).
            let r = match value.parse::<crate::ids::InvestmentId>() {
                Ok(id) => crate::command::InvestmentRef::Id(id),
                Err(_) => crate::command::InvestmentRef::Name(value.to_string()),
            };
            *investment = Some(crate::service::lookup_investment(s.store(), caller, &r)?.name)
        }
        (Proposal::Decision { verdict, .. }, "verdict") => {
            *verdict = value.parse::<Verdict>().map_err(|_| {
                user(format!(
                    "`{value}` is not a verdict; use {}.",
                    Verdict::WORDS
                ))
            })?
        }
        (Proposal::Decision { amount, .. } | Proposal::Benefit { amount, .. }, "amount") => {
            *amount = Some(money(value)?)
        }
        (
            Proposal::Decision { rationale, .. }
            | Proposal::Investment {
                rationale,
                then_decide: Some(_),
                ..
            },
            "rationale",
        ) => *rationale = text(),
        (Proposal::Decision { date: d, .. } | Proposal::Benefit { date: d, .. }, "date") => {
            *d = Some(date(value)?)
        }
        (
            Proposal::Decision { review, .. }
            | Proposal::Investment {
                review,
                then_decide: Some(_),
                ..
            },
            "review",
        ) => *review = Some(date(value)?),
        (
            Proposal::Decision { by, .. }
            | Proposal::Investment {
                by,
                then_decide: Some(_),
                ..
            },
            "by",
        ) => *by = text(),
        // The note's unit made one of its other units: they change places.
        (Proposal::Note { unit, also, .. }, "unit") => {
            let new = crate::service::lookup_unit(s.store(), caller, value)?.name;
            if let Some(k) = also.iter().position(|u| *u == new) {
                match unit.take() {
                    Some(old) => also[k] = old,
                    None => {
                        also.remove(k);
                    }
                }
            }
            *unit = Some(new)
        }
        (Proposal::Investment { unit, .. }, "unit") => {
            *unit = Some(crate::service::lookup_unit(s.store(), caller, value)?.name)
        }
        // "edit also Legal, HR", "edit also none": the other units the meeting was with.
        (Proposal::Note { unit, also, .. }, "also") => {
            let mut units = Vec::new();
            if !value.eq_ignore_ascii_case("none") {
                for name in value.split([',', '&']).flat_map(|p| p.split(" and ")) {
                    let name = name.trim();
                    if name.is_empty() {
                        continue;
                    }
                    let found = crate::service::lookup_unit(s.store(), caller, name)?.name;
                    if Some(&found) != unit.as_ref() && !units.contains(&found) {
                        units.push(found);
                    }
                }
            }
            *also = units
        }
        (Proposal::Note { text: t, .. }, "text") => *t = value.to_string(),
        (Proposal::Note { action, .. }, "action") => *action = text(),
        (Proposal::Note { owner, .. }, "owner") => *owner = text(),
        (Proposal::Note { due, .. }, "due") => *due = Some(date(value)?),
        (Proposal::Note { met_on, .. }, "date") => *met_on = Some(date(value)?),
        (Proposal::Investment { name, .. }, "name") => *name = text(),
        (Proposal::Investment { cost, .. }, "cost") => *cost = Some(money(value)?),
        (Proposal::Investment { annual_benefit, .. }, "benefit") => {
            *annual_benefit =
                Some(Money::parse_annual(value, s.currency).map_err(|e| user(e.to_string()))?)
        }
        (Proposal::Investment { years, .. }, "years") => {
            *years = Some(
                value
                    .split_whitespace()
                    .next()
                    .and_then(|y| y.parse().ok())
                    .filter(|y| (1..=50).contains(y))
                    .ok_or_else(|| {
                        user(format!("`{value}` is not a number of years from 1 to 50."))
                    })?,
            )
        }
        (Proposal::Investment { category, .. }, "category") => {
            *category = Some(value.parse::<Category>().map_err(|_| {
                user(format!(
                    "`{value}` is not a category; use {}.",
                    Category::WORDS
                ))
            })?)
        }
        (Proposal::Investment { start, .. }, "date" | "start") => *start = Some(date(value)?),
        (Proposal::Investment { then_decide, .. }, "verdict") => {
            *then_decide = Some(value.parse::<Verdict>().map_err(|_| {
                user(format!(
                    "`{value}` is not a verdict; use {}.",
                    Verdict::WORDS
                ))
            })?)
        }
        (Proposal::Benefit { evidence, .. }, "evidence") => *evidence = text(),
        _ => return Err(unknown),
    }
    Ok(())
}

pub(super) fn question(s: &Service, caller: &Caller, field: &str) -> String {
    let names = |kind| {
        s.store()
            .latest_live(&caller.tenant, kind, 8)
            .map(|(states, _)| {
                states
                    .iter()
                    .filter_map(|st| match &st.record {
                        crate::domain::Record::Unit(u) => Some(u.name.clone()),
                        crate::domain::Record::Investment(i) => Some(i.name.clone()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    match field {
        "unit" => match names(crate::ids::Kind::Unit) {
            n if n.is_empty() => "Which business unit is this for?".into(),
            n => format!("Which business unit is this for: {}?", n.join(", ")),
        },
        "investment" => match names(crate::ids::Kind::Investment) {
            n if n.is_empty() => "Which investment is this about?".into(),
            n => format!(
                "Which investment is this about? Recent ones: {}.",
                n.join(", ")
            ),
        },
        "name" => "What is the investment called?".into(),
        "amount" => "How much was it?".into(),
        "cost" => "What is its one-off cost?".into(),
        "benefit" => "What benefit a year do you expect from it?".into(),
        "years" => "Over how many years will it pay back?".into(),
        "category" => "Is it run, grow or transform?".into(),
        "action" => "What is the follow-up action?".into(),
        other => format!("What is the {other}?"),
    }
}
