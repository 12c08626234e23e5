//! `dashboard [unit]`, `dashboard links`, `dashboard revoke <LINK-n>`: links to the value
//! dashboard, and keeping track of them.

use super::error::ParseError;
use super::values::Parser;
use super::Command;
use crate::dashboard::link::{LinkId, LinkIdError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DashboardArgs {
    /// A new link: to one unit's pages, or the whole portfolio's when `None`.
    Link {
        unit: Option<String>,
    },
    /// The tenant's links that still open, with who made them and until when.
    Links,
    Revoke(LinkId),
}

pub(super) fn parse_dashboard(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let Some(first) = p.peek() else {
        return Ok(Command::Dashboard(DashboardArgs::Link { unit: None }));
    };
    // A quoted word is always a unit's name, so a unit called "links" can still be named.
    let word = (!first.quoted).then(|| first.text.to_lowercase());
    match word.as_deref() {
        Some("links") => {
            p.next();
            p.finish(Command::Dashboard(DashboardArgs::Links))
        }
        Some("revoke") => {
            p.next();
            let t = p.expect("the link's id (LINK-n, from `/value dashboard links`)")?;
            let id = t
                .text
                .parse()
                .map_err(|e: LinkIdError| p.error_at(t, e.to_string()))?;
            p.finish(Command::Dashboard(DashboardArgs::Revoke(id)))
        }
        _ => {
            let unit = p.text_from(first).trim().trim_matches(['"', '\'']).trim();
            Ok(Command::Dashboard(DashboardArgs::Link {
                unit: Some(unit.to_string()),
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{parse, Context};

    fn ctx() -> Context {
        Context {
            default_currency: crate::money::Currency::from_code("GBP").unwrap(),
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            day_first: true,
            week_ends: chrono::Weekday::Fri,
            financial_year_starts: None,
        }
    }

    fn dash(line: &str) -> DashboardArgs {
        match parse(line, &ctx()) {
            Ok(Command::Dashboard(args)) => args,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn dashboard_lines_parse() {
        let unit = |u: &str| DashboardArgs::Link {
            unit: Some(u.into()),
        };
        for (line, want) in [
            ("/value dashboard", DashboardArgs::Link { unit: None }),
            ("dashboard Sales", unit("Sales")),
            ("dashboard Finance & Risk", unit("Finance & Risk")),
            ("dashboard \"links\"", unit("links")),
            ("dashboard links", DashboardArgs::Links),
            ("dashboard LINKS", DashboardArgs::Links),
            ("dashboard revoke link-4", DashboardArgs::Revoke(LinkId(4))),
        ] {
            assert_eq!(dash(line), want, "{line}");
        }
    }

    #[test]
    fn bad_dashboard_lines_say_what_to_write() {
        for (line, says) in [
            ("dashboard revoke", "link's id (LINK-n"),
            (
                "dashboard revoke INV-3",
                "'INV-3' is not a dashboard link id",
            ),
            ("dashboard links now", "I did not expect `now` here"),
            (
                "dashboard revoke LINK-1 LINK-2",
                "I did not expect `LINK-2` here",
            ),
        ] {
            let e = parse(line, &ctx()).unwrap_err().to_string();
            assert!(e.contains(says), "{line}: {e}");
            assert!(e.contains("/value dashboard"), "usage shown: {e}");
        }
    }
}
