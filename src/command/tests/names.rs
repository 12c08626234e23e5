//! Names: aliases, unicode and spaces.

use super::*;

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
