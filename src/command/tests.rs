//! Table-driven grammar tests: every line of the issue, and every error case.

use super::*;
use crate::domain::{Category, Verdict};
use crate::ids::{InvestmentId, Kind, NoteId, RecordId};
use crate::money::{Currency, Money};

fn ctx() -> Context {
    Context {
        default_currency: Currency::GBP,
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        day_first: true,
        week_ends: chrono::Weekday::Fri,
        financial_year_starts: None,
    }
}

fn gbp(minor: i64) -> Money {
    Money::new(minor, Currency::GBP)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn ok(line: &str) -> Command {
    parse(line, &ctx()).unwrap_or_else(|e| panic!("{line}: {e}"))
}

#[test]
fn the_issue_lines_parse_as_written() {
    let cases: Vec<(&str, Command)> = vec![
        ("/value help", Command::Help(None)),
        ("/value help decide", Command::Help(Some("decide".into()))),
        ("/value unit add Sales", Command::UnitAdd(UnitAddArgs { name: "Sales".into(), aliases: vec![] })),
        (
            "/value unit add \"Finance & Risk\" alias fin",
            Command::UnitAdd(UnitAddArgs { name: "Finance & Risk".into(), aliases: vec!["fin".into()] }),
        ),
        ("/value units", Command::Units),
        (
            "/value note Sales: Met the CFO about the CRM renewal. follow-up: send cost breakdown @alice by 2026-12-04 #crm",
            Command::Note(NoteArgs {
                unit: "Sales".into(),
                text: "Met the CFO about the CRM renewal.".into(),
                followups: vec![FollowUpArgs {
                    text: "send cost breakdown".into(),
                    owner: Some("alice".into()),
                    due: Some(date("2026-12-04")),
                }],
                tags: vec!["crm".into()],
                met_on: None,
            }),
        ),
        (
            "/value invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2027-01-01 category:transform",
            Command::Invest(InvestArgs {
                name: "CRM replacement".into(),
                unit: "Sales".into(),
                category: Category::Transform,
                cost: gbp(25_000_000),
                run_cost: Some(gbp(2_000_000)),
                annual_benefit: gbp(40_000_000),
                years: 3,
                start: Some(date("2027-01-01")),
                sponsor: None,
                aliases: vec![],
            }),
        ),
        (
            "/value decide INV-1 approve £250k because churn costs more than the licence review:2027-06-30",
            Command::Decide(DecideArgs {
                investment: InvestmentRef::Id(InvestmentId(1)),
                verdict: Verdict::Approve,
                amount: Some(gbp(25_000_000)),
                rationale: "churn costs more than the licence".into(),
                review: Some(date("2027-06-30")),
                by: None,
                on: None,
            }),
        ),
        (
            "/value decide \"CRM replacement\" defer because waiting on the vendor quote",
            Command::Decide(DecideArgs {
                investment: InvestmentRef::Name("CRM replacement".into()),
                verdict: Verdict::Defer,
                amount: None,
                rationale: "waiting on the vendor quote".into(),
                review: None,
                by: None,
                on: None,
            }),
        ),
        (
            "/value benefit INV-1 £35k on 2027-02-28 evidence: churn down 2% in January",
            Command::Benefit(BenefitArgs {
                investment: InvestmentRef::Id(InvestmentId(1)),
                amount: gbp(3_500_000),
                date: Some(date("2027-02-28")),
                evidence: "churn down 2% in January".into(),
            }),
        ),
        (
            "/value service \"Email & calendar\" unit:All cost:£120k/yr users:1500",
            Command::Service(ServiceArgs {
                name: "Email & calendar".into(),
                unit: UnitRef::All,
                annual_cost: gbp(12_000_000),
                users: 1500,
            }),
        ),
        ("/value list investments unit:Sales", Command::List(ListArgs { kind: ListKind::Investments, unit: Some("Sales".into()), filters: vec![] })),
        ("/value list notes unit:fin", Command::List(ListArgs { kind: ListKind::Notes, unit: Some("fin".into()), filters: vec![] })),
        ("/value list decisions", Command::List(ListArgs { kind: ListKind::Decisions, unit: None, filters: vec![] })),
        ("/value show INV-1", Command::Show(RecordRef::Id(InvestmentId(1).record()))),
        ("/value history DEC-1", Command::History(RecordRef::Id(RecordId::new(Kind::Decision, 1)))),
        (
            "/value amend DEC-1 amount:£240k because negotiated discount",
            Command::Amend(AmendArgs {
                id: RecordId::new(Kind::Decision, 1),
                fields: vec![AmendField::Amount(gbp(24_000_000))],
                reason: "negotiated discount".into(),
            }),
        ),
        (
            "/value retract NOTE-1 because logged against the wrong unit",
            Command::Retract(RetractArgs { id: NoteId(1).record(), reason: "logged against the wrong unit".into() }),
        ),
    ];
    for (line, expected) in cases {
        assert_eq!(ok(line), expected, "{line}");
        // The console may leave out `/value`.
        assert_eq!(ok(line.trim_start_matches("/value ")), expected, "{line}");
    }
}

#[test]
fn an_investment_takes_aliases_as_a_unit_does_each_alias_field_one_or_more() {
    let Command::Invest(args) = ok(
        "invest Field service platform unit:Ops cost:£40k benefit:£60k years:3 category:run alias:ServiceTitan alias:\"Service Titan, FSP\"",
    ) else {
        panic!("not an investment")
    };
    assert_eq!(args.name, "Field service platform");
    assert_eq!(args.aliases, vec!["ServiceTitan", "Service Titan", "FSP"]);
    let Command::Amend(args) =
        ok("amend INV-1 aliases:\"ServiceTitan, FSP\" because the team says so")
    else {
        panic!("not an amendment")
    };
    assert_eq!(
        args.fields,
        vec![AmendField::Aliases(vec![
            "ServiceTitan".into(),
            "FSP".into()
        ])]
    );
    let Command::Amend(args) = ok("amend INV-1 aliases:none because nobody says them") else {
        panic!("not an amendment")
    };
    assert_eq!(args.fields, vec![AmendField::Aliases(vec![])]);
}

#[test]
fn names_unicode_and_spaces() {
    assert_eq!(
        ok("invest   Café   Système  unit:\"Finance & Risk\"  cost:€1,250.50 benefit:€2k years:2 category:grow sponsor:\"Zoë M\""),
        Command::Invest(InvestArgs {
            name: "Café Système".into(),
            unit: "Finance & Risk".into(),
            category: Category::Grow,
            cost: Money::new(125_050, Currency::EUR),
            run_cost: None,
            annual_benefit: Money::new(200_000, Currency::EUR),
            years: 2,
            start: None,
            sponsor: Some("Zoë M".into()),
            aliases: vec![],
        })
    );
    assert_eq!(
        ok("decide CRM replacement stop"),
        Command::Decide(DecideArgs {
            investment: InvestmentRef::Name("CRM replacement".into()),
            verdict: Verdict::Stop,
            amount: None,
            rationale: String::new(),
            review: None,
            by: None,
            on: None,
        })
    );
    assert_eq!(
        ok("note \"Finance & Risk\": budget talk #Q1 #budget"),
        Command::Note(NoteArgs {
            unit: "Finance & Risk".into(),
            text: "budget talk".into(),
            followups: vec![],
            tags: vec!["q1".into(), "budget".into()],
            met_on: None,
        })
    );
}

/// Each bad line, and a fragment the error must contain; every error quotes the input.
#[test]
fn errors_explain_what_is_wrong() {
    let cases: &[(&str, &str)] = &[
        ("decid INV-1 approve", "Did you mean `decide`?"),
        ("frobnicate", "there is no command `frobnicate`"),
        ("decide INV-1 aprove", "`aprove` is not a verdict"),
        ("decide INV-1", "the verdict"),
        (
            "decide DEC-1 approve",
            "a decision id, but an investment id",
        ),
        ("decide INV-1 approve £1.234", "more decimal places"),
        ("decide INV-1 approve -£5", "negative"),
        ("decide INV-1 approve 12 XYZ", "I did not expect `XYZ`"),
        ("decide INV-1 approve because", "say why"),
        (
            "decide INV-1 approve review:someday",
            "`someday` is not a date",
        ),
        (
            "invest CRM unit:Sales cost:£250k",
            "needs benefit, years, category",
        ),
        (
            "invest CRM unit:Sales cost:£0 benefit:£1 years:1 category:run",
            "zero",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:0 category:run",
            "number of years",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:big",
            "not a category",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:run colour:red",
            "`colour` is not a field",
        ),
        (
            "invest CRM unit:Sales unit:Ops cost:£1 benefit:£1 years:2 category:run",
            "given twice",
        ),
        (
            "invest CRM unit:Sales cost:£1 benefit:£1 years:2 category:run start:31/02/2027",
            "not a date",
        ),
        ("invest \"CRM unit:Sales", "never closed"),
        (
            "note Sales met the CFO",
            "start the note with the business unit and a colon",
        ),
        ("note Sales:", "the note is empty"),
        (
            "note Sales: hi follow-up: call @bob by someday",
            "`someday` is not a date",
        ),
        ("benefit INV-1", "the amount is missing"),
        ("benefit INV-1 £5 colour:red", "`colour` is not a field"),
        ("service Mail unit:All cost:£1/yr", "needs users"),
        (
            "service Mail unit:All cost:£1/yr users:none",
            "not a number of users",
        ),
        ("list widgets", "I can't list `widgets`"),
        ("list investments sales", "filter with `unit:<unit>`"),
        ("show INV", "is not a record id"),
        ("show INV-1 extra", "I did not expect `extra`"),
        ("amend DEC-1 amount:£240k", "say why"),
        ("amend DEC-1 because x", "say which fields"),
        ("amend DEC-1 colour:red because x", "has no field `colour`"),
        ("amend NOTE-1 amount:£5 because x", "has no field `amount`"),
        ("retract NOTE-1", "say why"),
        ("retract NOTE-1 since wrong", "expected `because <reason>`"),
        ("unit remove Sales", "did you mean `unit add`"),
        ("unit add Sales alias", "the alias is missing"),
        ("done NOTE-1 zero", "not an action number"),
    ];
    for (line, fragment) in cases {
        let err = parse(line, &ctx()).expect_err(line).to_string();
        assert!(
            err.to_lowercase().contains(&fragment.to_lowercase()),
            "{line}\n--- got ---\n{err}"
        );
        assert!(err.contains(line), "the error quotes the input: {err}");
    }
}

#[test]
fn errors_point_at_the_bad_word_and_show_usage() {
    let err = parse("decide INV-1 aprove", &ctx())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "`aprove` is not a verdict; use approve, reject, defer, stop, continue or rescope\n```\ndecide INV-1 aprove\n             ^\n```\nUsage: `/value decide <INV-n or name> <approve|reject|defer|stop|continue|rescope> [amount:<amount>] [review:<date>] [by:<who>] [on:<date>] [because <rationale>]`"
    );
}

#[test]
fn every_command_has_help_with_an_example_that_parses() {
    for h in COMMANDS.iter() {
        for example in &h.examples {
            assert!(parse(example, &ctx()).is_ok(), "{example}");
        }
    }
}

#[test]
fn digest_arguments() {
    assert_eq!(
        ok("digest"),
        Command::Digest(DigestArgs {
            unit: None,
            period: None
        })
    );
    assert_eq!(
        ok("digest Finance & Risk month"),
        Command::Digest(DigestArgs {
            unit: Some("Finance & Risk".into()),
            period: Some("month".into())
        })
    );
    assert_eq!(
        ok("digest 2027-01-01..2027-03-31"),
        Command::Digest(DigestArgs {
            unit: None,
            period: Some("2027-01-01..2027-03-31".into())
        })
    );
}

#[test]
fn conversation_is_not_mistaken_for_a_command() {
    assert!(looks_like_command("/value decide INV-1 approve"));
    assert!(looks_like_command("units"));
    assert!(!looks_like_command(
        "we approved £250k for the CRM replacement"
    ));
}

#[test]
fn a_note_word_starting_with_a_wide_character_is_text_not_a_date_field() {
    // "on:" was looked for by slicing three bytes, which panicked inside 'Ó' or '𞹒'.
    for line in ["note Sales: ȺÓS met them", "note Sales: 𞹒C%.%!k"] {
        match ok(line) {
            Command::Note(n) => assert_eq!(n.met_on, None, "{line}"),
            other => panic!("{line}: {other:?}"),
        }
    }
}

#[test]
fn end_of_week_is_the_last_working_day_of_the_configured_week() {
    // Friday 2026-11-27: a Monday–Friday week ends today, a Sunday–Thursday one on
    // Thursday 3 December; typed commands read it as messages do.
    let review = |week_ends: chrono::Weekday| {
        let ctx = Context { week_ends, ..ctx() };
        match parse(
            "decide INV-1 defer because no budget review:end of week",
            &ctx,
        ) {
            Ok(Command::Decide(d)) => d.review,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(review(chrono::Weekday::Fri), Some(date("2026-11-27")));
    assert_eq!(review(chrono::Weekday::Thu), Some(date("2026-12-03")));
}

#[test]
fn the_financial_year_is_the_configured_one_in_typed_commands_too() {
    let review = |financial_year_starts: Option<chrono::Month>, when: &str| {
        let ctx = Context {
            financial_year_starts,
            ..ctx()
        };
        match parse(
            &format!("decide INV-1 defer because no budget review:{when}"),
            &ctx,
        ) {
            Ok(Command::Decide(d)) => d.review,
            other => panic!("{other:?}"),
        }
    };
    let july = Some(chrono::Month::July);
    assert_eq!(review(july, "next FY"), Some(date("2027-07-01")));
    assert_eq!(
        review(july, "the new financial year"),
        Some(date("2027-07-01"))
    );
    // Unset: a pound tenant's new financial year is Britain's; "next FY" the calendar's.
    assert_eq!(
        review(None, "the new financial year"),
        Some(date("2027-04-01"))
    );
    assert_eq!(review(None, "next FY"), Some(date("2027-01-01")));
}
