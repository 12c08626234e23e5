//! End-to-end readings of the messages from the issue.

use super::*;

fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Sales", &[]),
            ("Finance", &[]),
            ("Operations", &["Ops"]),
            ("Customer Service", &["Service"]),
            ("People", &["HR"]),
        ],
        &[
            ("CRM Replacement", "Sales"),
            ("CRM Replacement", "Customer Service"),
            ("Data Lake", "Finance"),
            ("HR Portal", "People"),
            ("Laptop Refresh", "Operations"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn gbp(pounds: i64) -> Option<Money> {
    Some(Money::new(pounds * 100, Currency::GBP))
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ana", &dir())
}

#[test]
fn the_messages_from_the_issue() {
    let r = read_one("we approved £250k for the CRM replacement in Sales, expecting about £400k a year in savings over 3 years");
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve))
    );
    assert_eq!(r.unit.as_deref(), Some("Sales"));
    assert_eq!(r.investment.as_deref(), Some("CRM Replacement"));
    assert_eq!(
        (r.amount, r.annual_benefit, r.years),
        (gbp(250_000), gbp(400_000), Some(3))
    );

    let r = read_one(
        "Finance decided to stop the data lake project — costs ran 40% over and no benefit yet",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Data Lake"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("costs ran 40% over and no benefit yet")
    );

    let r = read_one("met Ops today, they want faster laptop refresh; I'll send options by Friday");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.unit.as_deref(), Some("Operations"));
    assert_eq!(r.date, d("2026-11-27"));
    let a = r.action.unwrap();
    assert_eq!(
        (a.text.as_str(), a.owner.as_str(), a.due),
        ("send options", "ana", d("2026-11-27"))
    );

    let r = read_one("CRM replacement delivered £35k of benefit in Feb (churn down 2%)");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!((r.amount, r.date), (gbp(35_000), d("2026-02-01")));
    assert_eq!(r.missing, vec![Missing::Unit]);
    assert_eq!(
        question(&r).as_deref(),
        Some("Which business unit is the CRM Replacement for: Sales or Customer Service?")
    );

    let r = read_one("Parking the HR portal till Q3, waiting on budget");
    assert_eq!(
        (r.verdict, r.review_date),
        (Some(Verdict::Defer), d("2027-07-01"))
    );
    assert_eq!(r.rationale.as_deref(), Some("waiting on budget"));
}

#[test]
fn json_shape_is_exact() {
    let r = read_one("Parking the HR portal till Q3, waiting on budget");
    let json = serde_json::to_value(&r).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut want = vec![
        "intent",
        "verdict",
        "unit",
        "investment",
        "amount",
        "annual_benefit",
        "years",
        "date",
        "review_date",
        "due",
        "rationale",
        "missing",
    ];
    want.sort();
    let mut got = keys.clone();
    got.sort();
    assert_eq!(got, want);
    assert_eq!(json["verdict"], "defer");
}

#[test]
fn too_long_is_an_error_not_a_panic() {
    let long = "a".repeat(MAX_MESSAGE_BYTES + 1);
    let err = read(
        &long,
        "ana",
        "2026-11-27".parse().unwrap(),
        &dir(),
        &ReaderSettings::default(),
    )
    .unwrap_err();
    assert!(matches!(err, ReadError::TooLong { .. }));
}

#[test]
fn chatter_is_none() {
    for text in ["thanks!", "", "lol what", "who's coming to lunch?"] {
        assert_eq!(read_one(text).intent, Intent::None, "{text}");
    }
}

#[test]
fn store_directory_reads_live_units_and_investments() {
    use crate::domain::{Category, Investment, Meta, Record, Unit};
    use crate::ids::{InvestmentId, Kind, TenantId, UnitId};
    use crate::store::{NewRecord, Store};
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let tenant = TenantId::local();
    let meta = Meta {
        logged_by: "ana".into(),
        logged_by_name: "Ana".into(),
        channel: "console".into(),
        at: chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
    };
    store
        .write(|tx| {
            tx.create(
                NewRecord {
                    tenant: &tenant,
                    kind: Kind::Unit,
                    meta: &meta,
                },
                |n| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name: "Operations".into(),
                        aliases: vec!["Ops".into()],
                        meta: meta.clone(),
                    })
                },
            )?;
            tx.create(
                NewRecord {
                    tenant: &tenant,
                    kind: Kind::Investment,
                    meta: &meta,
                },
                |n| {
                    Record::Investment(Investment {
                        id: InvestmentId(n),
                        name: "Laptop Refresh".into(),
                        aliases: vec![],
                        unit: UnitId(1),
                        category: Category::Run,
                        cost: Money::new(100, Currency::GBP),
                        run_cost: Money::zero(Currency::GBP),
                        annual_benefit: Money::zero(Currency::GBP),
                        years: 3,
                        start: "2026-01-01".parse().unwrap(),
                        sponsor: None,
                        meta: meta.clone(),
                    })
                },
            )
        })
        .unwrap();
    let dir = StoreDirectory::load(&store, &tenant).unwrap();
    assert_eq!(
        dir.units(),
        vec![UnitName {
            name: "Operations".into(),
            aliases: vec!["Ops".into()]
        }]
    );
    assert_eq!(
        dir.investments(),
        vec![InvestmentName {
            name: "Laptop Refresh".into(),
            unit: "Operations".into(),
            aliases: vec![],
        }]
    );
    let r = read(
        "we pulled the plug on the laptop refresh",
        "ana",
        "2026-11-27".parse().unwrap(),
        &dir,
        &ReaderSettings::default(),
    )
    .unwrap();
    assert_eq!(
        (r.verdict, r.unit.as_deref()),
        (Some(Verdict::Stop), Some("Operations"))
    );
}
