//! Commands that write records: unit, note, invest, decide, benefit, service, amend,
//! retract, done.

use super::error::ParseError;
use super::tokenizer::Token;
use super::values::{unit_ref, InvestmentRef, Looking, Parser, UnitRef};
use super::Command;
use crate::domain::{Category, Verdict};
use crate::ids::{NoteId, RecordId};
use crate::money::Money;
use chrono::NaiveDate;

mod amend;
mod note;

pub(super) use amend::parse_amend;
pub use amend::{AmendArgs, AmendField};
pub(super) use note::parse_note;
pub use note::{FollowUpArgs, NoteArgs};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitAddArgs {
    pub name: String,
    pub aliases: Vec<String>,
}

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecideArgs {
    pub investment: InvestmentRef,
    pub verdict: Verdict,
    pub amount: Option<Money>,
    pub rationale: String,
    pub review: Option<NaiveDate>,
    pub by: Option<String>,
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitArgs {
    pub investment: InvestmentRef,
    pub amount: Money,
    pub date: Option<NaiveDate>,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceArgs {
    pub name: String,
    pub unit: UnitRef,
    pub annual_cost: Money,
    pub users: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetractArgs {
    pub id: RecordId,
    pub reason: String,
}

/// Words up to the first `key:value` word, joined: an unquoted multi-word name.
fn name_before_fields(p: &mut Parser<'_>, what: &str) -> Result<String, ParseError> {
    let first = p.expect(what)?;
    if first.quoted || first.key_value().is_some() {
        if first.key_value().is_some() {
            return Err(p.error_at(first, format!("{what} comes first, before the fields")));
        }
        return Ok(first.text.trim().to_string());
    }
    let mut words = vec![first.text.as_str()];
    while let Some(t) = p.peek() {
        if t.key_value().is_some() {
            break;
        }
        words.push(&t.text);
        p.pos += 1;
    }
    Ok(words.join(" "))
}

/// The `key:value` words that follow, checked against the keys the command knows.
fn fields<'a>(
    p: &mut Parser<'a>,
    known: &[&str],
) -> Result<Vec<(String, String, &'a Token)>, ParseError> {
    let mut out: Vec<(String, String, &Token)> = Vec::new();
    while let Some(t) = p.next() {
        let Some((key, value)) = t.key_value() else {
            return Err(p.error_at(
                t,
                format!(
                    "expected a field like `{}:…` here, not `{}`",
                    known[0], t.text
                ),
            ));
        };
        if !known.contains(&key.as_str()) {
            return Err(p.error_at(
                t,
                format!(
                    "`{key}` is not a field here; the fields are {}",
                    known.join(", ")
                ),
            ));
        }
        if out.iter().any(|(k, _, _)| *k == key) {
            return Err(p.error_at(t, format!("`{key}` is given twice")));
        }
        if value.trim().is_empty() {
            return Err(p.error_at(t, format!("`{key}:` needs a value")));
        }
        // `start:next month`: a date field takes the following words that belong to it.
        let value = if key == "start" {
            p.date_phrase(value, Looking::Ahead)
        } else {
            value.to_string()
        };
        out.push((key, value, t));
    }
    Ok(out)
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
        for a in alias
            .text
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            aliases.push(a.to_string());
        }
    }
    Ok(Command::UnitAdd(UnitAddArgs {
        name: name.text.trim().to_string(),
        aliases,
    }))
}

pub(super) fn parse_category(p: &Parser<'_>, t: &Token, v: &str) -> Result<Category, ParseError> {
    v.parse().map_err(|_| {
        p.error_at(
            t,
            format!("`{v}` is not a category; use {}", Category::WORDS),
        )
    })
}

pub(super) fn parse_years(p: &Parser<'_>, t: &Token, v: &str) -> Result<u32, ParseError> {
    match v.trim().parse::<u32>() {
        Ok(n) if (1..=50).contains(&n) => Ok(n),
        _ => Err(p.error_at(
            t,
            format!("`{v}` is not a number of years; give a whole number from 1 to 50"),
        )),
    }
}

pub(super) fn parse_users(p: &Parser<'_>, t: &Token, v: &str) -> Result<u64, ParseError> {
    match v.trim().replace(',', "").parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(p.error_at(
            t,
            format!("`{v}` is not a number of users; give a whole number above 0"),
        )),
    }
}

pub(super) fn parse_invest(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let name = name_before_fields(&mut p, "the investment's name")?;
    const KEYS: &[&str] = &[
        "unit", "cost", "benefit", "years", "category", "run", "start", "sponsor",
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
    }))
}

fn is_verdict(t: &Token) -> bool {
    !t.quoted && t.text.parse::<Verdict>().is_ok()
}

/// Raw text of words, as typed (quotes kept), joined by single spaces.
fn raw_words(p: &Parser<'_>, words: &[&Token]) -> String {
    words
        .iter()
        .map(|t| &p.line[t.start..t.end])
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn parse_decide(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let investment = p.investment_ref(is_verdict)?;
    let vt = p.expect(&format!("the verdict ({})", Verdict::WORDS))?;
    let verdict: Verdict = vt.text.parse().map_err(|_| {
        p.error_at(
            vt,
            format!("`{}` is not a verdict; use {}", vt.text, Verdict::WORDS),
        )
    })?;
    let mut args = DecideArgs {
        investment,
        verdict,
        amount: None,
        rationale: String::new(),
        review: None,
        by: None,
        on: None,
    };
    let mut because: Option<Vec<&Token>> = None;
    while let Some(t) = p.next() {
        if let Some((key, value)) = t
            .key_value()
            .filter(|(k, _)| ["review", "by", "on", "amount"].contains(&k.as_str()))
        {
            match key.as_str() {
                "review" => args.review = Some(p.date_words(t, value, Looking::Ahead)?),
                "on" => args.on = Some(p.date_words(t, value, Looking::Back)?),
                "by" => args.by = Some(value.trim().to_string()),
                _ => args.amount = Some(p.money(t, value)?),
            }
        } else if let Some(words) = because.as_mut() {
            words.push(t);
        } else if t.is("because") || t.is("rationale:") {
            because = Some(Vec::new());
        } else if args.amount.is_none() && !t.quoted {
            args.amount = Some(p.money(t, &t.text).map_err(|e| {
                if t.text
                    .starts_with(|c: char| c.is_ascii_digit() || "-£$€¥₹".contains(c))
                {
                    e
                } else {
                    p.error_at(
                        t,
                        format!(
                            "I did not expect `{}` here; give the reasons after `because`",
                            t.text
                        ),
                    )
                }
            })?);
        } else {
            return Err(p.error_at(
                t,
                format!(
                    "I did not expect `{}` here; give the reasons after `because`",
                    t.text
                ),
            ));
        }
    }
    if let Some(words) = because {
        if words.is_empty() {
            return Err(p.error_at_end("say why after `because`"));
        }
        args.rationale = raw_words(&p, &words);
    }
    Ok(Command::Decide(args))
}

fn looks_like_money(t: &Token) -> bool {
    !t.quoted
        && t.text
            .starts_with(|c: char| c.is_ascii_digit() || "£$€¥₹".contains(c))
}

pub(super) fn parse_benefit(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let investment = p.investment_ref(looks_like_money)?;
    let at = p.expect("the amount")?;
    let amount = p.money(at, &at.text)?;
    let mut date = None;
    let mut evidence = String::new();
    while let Some(t) = p.next() {
        if t.is("on") {
            let d = p.expect("the date")?;
            date = Some(p.date_words(d, &d.text, Looking::Back)?);
        } else if let Some((key, value)) = t.key_value() {
            match key.as_str() {
                "on" | "date" => date = Some(p.date_words(t, value, Looking::Back)?),
                "evidence" => {
                    let rest = p.remaining();
                    let mut text = value.to_string();
                    if !rest.is_empty() {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(p.text_from(&rest[0]));
                    }
                    p.pos = p.tokens.len();
                    evidence = text.trim().to_string();
                }
                _ => {
                    return Err(p.error_at(
                        t,
                        format!(
                            "`{key}` is not a field here; use `on <date>` and `evidence: <text>`"
                        ),
                    ))
                }
            }
        } else {
            return Err(p.error_at(
                t,
                format!(
                    "I did not expect `{}` here; put the evidence after `evidence:`",
                    t.text
                ),
            ));
        }
    }
    Ok(Command::Benefit(BenefitArgs {
        investment,
        amount,
        date,
        evidence,
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

pub(super) fn parse_retract(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the id of the record to retract")?;
    let id = p.record_id(t)?;
    let reason = reason_after_because(&mut p)?;
    Ok(Command::Retract(RetractArgs { id, reason }))
}

/// `restore <id> because <reason>`: brings back a retracted record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreArgs {
    pub id: RecordId,
    pub reason: String,
}

pub(super) fn parse_restore(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the id of the record to restore")?;
    let id = p.record_id(t)?;
    let reason = reason_after_because(&mut p)?;
    Ok(Command::Restore(RestoreArgs { id, reason }))
}

/// `because <reason>`: required for retractions, restores and amendments.
pub(super) fn reason_after_because(p: &mut Parser<'_>) -> Result<String, ParseError> {
    match p.next() {
        Some(t) if t.is("because") => {
            let rest = p.remaining();
            if rest.is_empty() {
                return Err(p.error_at_end("say why after `because`"));
            }
            p.pos = p.tokens.len();
            Ok(p.text_from(&rest[0]).trim().to_string())
        }
        Some(t) => Err(p.error_at(
            t,
            format!("expected `because <reason>` here, not `{}`", t.text),
        )),
        None => {
            Err(p.error_at_end("say why, with `because <reason>`, so the history stays readable"))
        }
    }
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
