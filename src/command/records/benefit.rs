//! `benefit <investment> <amount> [on <date>] [evidence: <text>]`: a result measured.

use super::super::error::ParseError;
use super::super::tokenizer::Token;
use super::super::values::{InvestmentRef, Looking, Parser};
use super::super::Command;
use crate::money::Money;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitArgs {
    pub investment: InvestmentRef,
    pub amount: Money,
    pub date: Option<NaiveDate>,
    pub evidence: String,
}

fn looks_like_money(t: &Token) -> bool {
    !t.quoted
        && t.text
            .starts_with(|c: char| c.is_ascii_digit() || "£$€¥₹".contains(c))
}

pub(in crate::command) fn parse_benefit(mut p: Parser<'_>) -> Result<Command, ParseError> {
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
