//! `decide <investment> <verdict> [amount] [review:…] [by:…] [on:…] because <reasons>`

use super::super::error::ParseError;
use super::super::tokenizer::Token;
use super::super::values::{InvestmentRef, Looking, Parser};
use super::super::Command;
use crate::domain::Verdict;
use crate::money::Money;
use chrono::NaiveDate;

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

pub(in crate::command) fn parse_decide(mut p: Parser<'_>) -> Result<Command, ParseError> {
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
