//! The readers a record command's words share: a name before its fields, the `key:value`
//! fields checked against the command's keys, and the category, years and users values.

use super::super::error::ParseError;
use super::super::tokenizer::Token;
use super::super::values::{Looking, Parser};
use crate::domain::Category;

/// Words up to the first `key:value` word, joined: an unquoted multi-word name.
pub(super) fn name_before_fields(p: &mut Parser<'_>, what: &str) -> Result<String, ParseError> {
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

/// The one field a command may give several times: `alias:fin alias:money`.
const REPEATABLE: &str = "alias";

/// Aliases as written in one field, separated by commas: `fin, money`.
pub(in crate::command) fn alias_list(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
}

/// The `key:value` words that follow, checked against the keys the command knows.
pub(super) fn fields<'a>(
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
        if key != REPEATABLE && out.iter().any(|(k, _, _)| *k == key) {
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

pub(in crate::command) fn parse_category(
    p: &Parser<'_>,
    t: &Token,
    v: &str,
) -> Result<Category, ParseError> {
    v.parse().map_err(|_| {
        p.error_at(
            t,
            format!("`{v}` is not a category; use {}", Category::WORDS),
        )
    })
}

pub(in crate::command) fn parse_years(
    p: &Parser<'_>,
    t: &Token,
    v: &str,
) -> Result<u32, ParseError> {
    match v.trim().parse::<u32>() {
        Ok(n) if (1..=50).contains(&n) => Ok(n),
        _ => Err(p.error_at(
            t,
            format!("`{v}` is not a number of years; give a whole number from 1 to 50"),
        )),
    }
}

pub(in crate::command) fn parse_users(
    p: &Parser<'_>,
    t: &Token,
    v: &str,
) -> Result<u64, ParseError> {
    match v.trim().replace(',', "").parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(p.error_at(
            t,
            format!("`{v}` is not a number of users; give a whole number above 0"),
        )),
    }
}
