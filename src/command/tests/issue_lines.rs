//! Every command line of the issue parses as written.

use super::*;

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
