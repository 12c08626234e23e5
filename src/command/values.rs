//! Reading the values inside a command: amounts, dates, ids and names, with errors that
//! point at the word that could not be read.

use super::error::ParseError;
use super::help::help_for;
use super::tokenizer::Token;
use super::Context;
use crate::ids::{InvestmentId, RecordId};
use crate::money::Money;
pub use crate::reader::Looking;
use crate::reader::{read_date, read_date_in};
use chrono::NaiveDate;

/// A business unit as the user named it; `All` is only meaningful for services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitRef {
    All,
    Name(String),
}

/// An investment by id or by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvestmentRef {
    Id(InvestmentId),
    Name(String),
}

pub const DATE_FORMS: &str =
    "2027-06-30, 30/06/2027, today, tomorrow, Friday, next Tuesday, the 20th, end of month, EOM, Q3 or in 2 weeks";

/// Parses a date with the plain-words reader's rules, in the tenant's order of day and
/// month (`day_first`), looking ahead ("Friday" is the coming one). Typed commands use
/// [`Parser::date`], which knows the field's role.
pub fn parse_date(s: &str, today: NaiveDate, day_first: bool) -> Option<NaiveDate> {
    read_date(s, today, day_first, Looking::Ahead)
}

/// How many words after a date field's first one may still belong to it ("end of the month").
const DATE_WORDS: usize = 4;

/// A cursor over a command's words after the command name.
pub struct Parser<'a> {
    pub line: &'a str,
    pub tokens: &'a [Token],
    pub pos: usize,
    pub ctx: &'a Context,
    pub usage: Option<&'static str>,
}

impl<'a> Parser<'a> {
    pub fn new(line: &'a str, tokens: &'a [Token], ctx: &'a Context, command: &str) -> Self {
        Parser {
            line,
            tokens,
            pos: 0,
            ctx,
            usage: help_for(command).map(|h| h.usage.as_str()),
        }
    }

    pub fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.pos)
    }

    pub fn next(&mut self) -> Option<&'a Token> {
        let t = self.tokens.get(self.pos);
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    pub fn remaining(&self) -> &'a [Token] {
        &self.tokens[self.pos.min(self.tokens.len())..]
    }

    /// An error pointing at a word.
    pub fn error_at(&self, token: &Token, message: impl Into<String>) -> ParseError {
        ParseError::new(self.line, token.start, message, self.usage)
    }

    /// An error pointing at the end of the line (something is missing).
    pub fn error_at_end(&self, message: impl Into<String>) -> ParseError {
        ParseError::new(self.line, self.line.len(), message, self.usage)
    }

    /// The next word, or an error saying what was expected there.
    pub fn expect(&mut self, what: &str) -> Result<&'a Token, ParseError> {
        match self.next() {
            Some(t) => Ok(t),
            None => Err(self.error_at_end(format!("{what} is missing here"))),
        }
    }

    /// Succeeds only if every word was used.
    pub fn finish<T>(&self, value: T) -> Result<T, ParseError> {
        match self.peek() {
            None => Ok(value),
            Some(t) => Err(self.error_at(t, format!("I did not expect `{}` here", t.text))),
        }
    }

    /// The raw text of the line from a word to the end.
    pub fn text_from(&self, token: &Token) -> &'a str {
        &self.line[token.start..]
    }

    pub fn money(&self, token: &Token, value: &str) -> Result<Money, ParseError> {
        Money::parse_positive(value, self.ctx.default_currency)
            .map_err(|e| self.error_at(token, e.to_string()))
    }

    pub fn annual_money(&self, token: &Token, value: &str) -> Result<Money, ParseError> {
        let m = Money::parse_annual(value, self.ctx.default_currency)
            .map_err(|e| self.error_at(token, e.to_string()))?;
        Ok(m)
    }

    /// A date that is exactly `value`.
    pub fn date(
        &self,
        token: &Token,
        value: &str,
        looking: Looking,
    ) -> Result<NaiveDate, ParseError> {
        read_date_in(value, self.ctx.today, self.ctx.calendar(), looking).ok_or_else(|| {
            self.error_at(
                token,
                format!("`{value}` is not a date; write it as {DATE_FORMS}"),
            )
        })
    }

    /// `value` and the following words that read as one date with it (consumed), as text.
    pub fn date_phrase(&mut self, value: &str, looking: Looking) -> String {
        let start = self.pos;
        let mut words = vec![value.to_string()];
        for t in self.remaining().iter().take(DATE_WORDS) {
            if t.quoted || t.key_value().is_some() || t.is("because") {
                break;
            }
            words.push(t.text.clone());
        }
        for extra in (1..words.len()).rev() {
            let phrase = words[..=extra].join(" ");
            if read_date_in(&phrase, self.ctx.today, self.ctx.calendar(), looking).is_some() {
                self.pos = start + extra;
                return phrase;
            }
        }
        value.to_string()
    }

    /// A date field (`review:next Tuesday`): `value`, and as many of the words after it as
    /// still read as one date together, longest first. Those words are consumed.
    pub fn date_words(
        &mut self,
        token: &Token,
        value: &str,
        looking: Looking,
    ) -> Result<NaiveDate, ParseError> {
        let phrase = self.date_phrase(value, looking);
        self.date(token, &phrase, looking)
    }

    pub fn record_id(&self, token: &Token) -> Result<RecordId, ParseError> {
        token
            .text
            .parse()
            .map_err(|e: crate::ids::IdError| self.error_at(token, e.to_string()))
    }

    /// An investment: `INV-n`, a quoted name, or unquoted words up to a word `stop` accepts.
    pub fn investment_ref(
        &mut self,
        stop: impl Fn(&Token) -> bool,
    ) -> Result<InvestmentRef, ParseError> {
        let first = self.expect("the investment (INV-n or its name)")?;
        let looks_like_id =
            first.text.to_uppercase().starts_with("INV-") || first.text.parse::<RecordId>().is_ok();
        if looks_like_id && !first.quoted {
            return first
                .text
                .parse()
                .map(InvestmentRef::Id)
                .map_err(|e: crate::ids::IdError| self.error_at(first, e.to_string()));
        }
        if first.quoted || self.peek().is_none_or(&stop) {
            return Ok(InvestmentRef::Name(first.text.clone()));
        }
        let mut words = vec![first.text.clone()];
        while let Some(t) = self.peek() {
            if stop(t) {
                break;
            }
            words.push(t.text.clone());
            self.pos += 1;
        }
        Ok(InvestmentRef::Name(words.join(" ")))
    }
}

pub fn unit_ref(name: &str) -> UnitRef {
    if name.trim().eq_ignore_ascii_case("all") {
        UnitRef::All
    } else {
        UnitRef::Name(name.trim().to_string())
    }
}
