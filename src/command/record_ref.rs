//! A record named by its id (`INV-2`, `UNIT-1`) or, for an investment, a business unit or a
//! service, by its name or one of its aliases: what `show` and `history` take.

use super::error::ParseError;
use super::values::Parser;
use crate::ids::{Kind, RecordId};

/// A record by its id, or an investment, unit or service by what people call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRef {
    Id(RecordId),
    Name(String),
}

/// Whether a word is written as an id: a kind's prefix alone, or with a dash then a digit or
/// nothing. A mistyped id ("INV", "INV-0", "DEC-1a") is then told it is no id, as before names
/// were taken, while "Note-taking app" is a name.
pub fn written_as_id(word: &str) -> bool {
    let (prefix, rest) = word.split_once('-').unwrap_or((word, ""));
    Kind::ALL
        .iter()
        .any(|k| k.prefix().eq_ignore_ascii_case(prefix))
        && rest.chars().next().is_none_or(|c| c.is_ascii_digit())
}

/// `INV-2`, `"Field service platform"`, or unquoted words to the end of the line.
pub(super) fn parse_record_ref(mut p: Parser<'_>) -> Result<RecordRef, ParseError> {
    let first = p.expect("the record's id or name (like INV-1 or \"CRM replacement\")")?;
    if !first.quoted && written_as_id(&first.text) {
        let id = p.record_id(first)?;
        return p.finish(RecordRef::Id(id));
    }
    if first.text.trim().is_empty() {
        return Err(p.error_at(first, "the name is empty; give the record's id or name"));
    }
    if first.quoted {
        return p.finish(RecordRef::Name(first.text.trim().to_string()));
    }
    let mut words = vec![first.text.as_str()];
    while let Some(t) = p.next() {
        words.push(t.text.as_str());
    }
    Ok(RecordRef::Name(words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Command, Context};
    use super::RecordRef;
    use crate::ids::{Kind, RecordId};
    use crate::money::Currency;

    fn read(line: &str) -> Result<Command, String> {
        let ctx = Context {
            default_currency: Currency::GBP,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
            day_first: true,
            week_ends: chrono::Weekday::Fri,
            financial_year_starts: None,
        };
        parse(line, &ctx).map_err(|e| e.to_string())
    }

    fn name(s: &str) -> RecordRef {
        RecordRef::Name(s.into())
    }

    #[test]
    fn show_and_history_take_an_id_or_a_name() {
        let inv2 = RecordRef::Id(RecordId::new(Kind::Investment, 2));
        let cases = [
            ("show INV-2", Command::Show(inv2.clone())),
            ("show inv-2", Command::Show(inv2.clone())),
            ("history INV-2", Command::History(inv2)),
            (
                "show UNIT-1",
                Command::Show(RecordRef::Id(RecordId::new(Kind::Unit, 1))),
            ),
            (
                "show Field service platform",
                Command::Show(name("Field service platform")),
            ),
            (
                "history \"Field service platform\"",
                Command::History(name("Field service platform")),
            ),
            (
                "history ServiceTitan",
                Command::History(name("ServiceTitan")),
            ),
            (
                "show Note-taking app",
                Command::Show(name("Note-taking app")),
            ),
            ("show \"INV-2\"", Command::Show(name("INV-2"))),
        ];
        for (line, expected) in cases {
            assert_eq!(read(line), Ok(expected), "{line}");
        }
    }

    #[test]
    fn a_mistyped_id_is_still_told_it_is_no_id() {
        for line in [
            "show INV",
            "show INV-0",
            "show DEC-1a",
            "history inv-",
            "show INV-2 now",
        ] {
            let e = read(line).expect_err(line);
            assert!(
                e.contains("is not a record id") || e.contains("did not expect `now`"),
                "{line}: {e}"
            );
        }
        let e = read("show \"\"").expect_err("empty");
        assert!(e.contains("The name is empty"), "{e}");
        let e = read("history").expect_err("nothing");
        assert!(e.contains("The record's id or name"), "{e}");
    }
}
