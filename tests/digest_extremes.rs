//! The largest amounts the bot accepts, many times over: no total wraps, the fast digest
//! and the reference agree, the aggregates check agrees, and the figures render exactly.

use chrono::{NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;
use valuebridge::digest::{self, measures, measures::Rate, DigestRequest, DigestSettings, Period};
use valuebridge::domain::{Benefit, Category, Decision, Investment, Meta, Record, Unit, Verdict};
use valuebridge::ids::{BenefitId, DecisionId, InvestmentId, Kind, TenantId, UnitId};
use valuebridge::money::{format_minor, Currency, Money, MAX_MINOR};
use valuebridge::store::{NewRecord, Store, Tx};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn meta() -> Meta {
    Meta {
        logged_by: "U1".into(),
        logged_by_name: "Alice".into(),
        channel: "test".into(),
        at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
    }
}

fn create(tx: &mut Tx<'_>, t: &TenantId, kind: Kind, build: impl FnOnce(u64) -> Record) -> u64 {
    let m = meta();
    tx.create(
        NewRecord {
            tenant: t,
            kind,
            meta: &m,
        },
        build,
    )
    .unwrap()
    .id()
    .n
}

fn settings() -> DigestSettings {
    DigestSettings {
        rate: Rate(35_000),
        slipping_days: 90,
        slipping_ratio: 0.8,
        coverage_days: 30,
        review_window_days: 14,
        rag_amber_margin: 0.2,
        base: Currency::GBP,
        fx: BTreeMap::from([(Currency::USD, 790_000)]),
    }
}

/// £9,999,999,999,999: the largest whole-pound amount under the cap.
const BIG: i64 = 999_999_999_999_900;

/// `investments` active investments of the largest cost and benefit, each with
/// `benefits` realised benefits of [`BIG`].
fn portfolio(investments: usize, benefits: usize) -> (Store, TenantId) {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    let max = Money::new(MAX_MINOR, Currency::GBP);
    store
        .write(|tx| {
            let unit = UnitId(create(tx, &t, Kind::Unit, |n| {
                Record::Unit(Unit {
                    id: UnitId(n),
                    name: "Sales".into(),
                    aliases: vec![],
                    meta: meta(),
                })
            }));
            for k in 0..investments {
                let inv = InvestmentId(create(tx, &t, Kind::Investment, |n| {
                    Record::Investment(Investment {
                        id: InvestmentId(n),
                        name: format!("Moonshot {k}"),
                        aliases: vec![],
                        unit,
                        category: Category::Transform,
                        cost: max,
                        run_cost: max,
                        annual_benefit: max,
                        years: 50,
                        start: d("2026-01-01"),
                        sponsor: None,
                        meta: meta(),
                    })
                }));
                create(tx, &t, Kind::Decision, |n| {
                    Record::Decision(Decision {
                        id: DecisionId(n),
                        investment: inv,
                        verdict: Verdict::Approve,
                        amount: Some(max),
                        rationale: "go".into(),
                        decided_by: "board".into(),
                        decided_on: d("2026-01-01"),
                        review: None,
                        supersedes: None,
                        meta: meta(),
                    })
                });
                for _ in 0..benefits {
                    create(tx, &t, Kind::Benefit, |n| {
                        Record::Benefit(Benefit {
                            id: BenefitId(n),
                            investment: inv,
                            amount: Money::new(BIG, Currency::GBP),
                            date: d("2026-06-01"),
                            evidence: "ledger".into(),
                            meta: meta(),
                        })
                    });
                }
            }
            Ok(())
        })
        .unwrap();
    (store, t)
}

#[test]
fn ten_thousand_of_the_largest_benefits_add_up_exactly() {
    let (store, t) = portfolio(10, 1_000);
    let as_of = d("2026-11-27");
    let req = DigestRequest {
        unit: None,
        period: Period::parse("month", as_of).unwrap(),
        as_of,
    };
    let fast = digest::build(&store, &t, &settings(), &req).unwrap();
    let slow = digest::build_from_records(&store, &t, &settings(), &req).unwrap();
    assert_eq!(fast, slow, "the aggregates and the reference agree");
    let want: i128 = 10_000 * i128::from(BIG);
    assert_eq!(fast.headline.realised_to_date_minor, want);
    assert_eq!(
        fast.investments[0].realised_to_date_minor,
        1_000 * i128::from(BIG)
    );
    assert_eq!(fast.headline.approved_minor, 10 * i128::from(MAX_MINOR));
    let text = valuebridge_chat::render_plain(&digest::to_reply(&fast));
    assert!(
        text.contains(" £99,999,999,999,990,000 ("),
        "the realised total, exact and positive:\n{text}"
    );
    // Beyond an i64 the JSON keeps the exact digits (as a string); smaller figures stay
    // numbers.
    let j = digest::to_json(&fast);
    assert_eq!(
        j["headline"]["realised_to_date_minor"],
        "9999999999999000000"
    );
    assert_eq!(
        j["investments"][0]["realised_to_date_minor"],
        serde_json::json!(999_999_999_999_900_000i64)
    );
    let report = store.check_aggregates(&t).unwrap();
    assert!(report.disagreements.is_empty(), "{report:?}");
}

#[test]
fn measures_on_the_largest_amounts_do_not_wrap() {
    // Fifty years of the largest benefit with no discounting: exactly 50 × the cap.
    let m = measures::measures(MAX_MINOR, 0, MAX_MINOR, 50, Rate(0));
    assert_eq!(m.pv_benefits, 50 * i128::from(MAX_MINOR));
    assert_eq!(m.npv, 49 * i128::from(MAX_MINOR));
    assert_eq!(m.roi, Some(49.0));
    // Running cost and benefit both at the cap: never pays back, NPV minus the cost.
    let m = measures::measures(MAX_MINOR, MAX_MINOR, MAX_MINOR, 50, Rate(35_000));
    assert_eq!(m.npv, -i128::from(MAX_MINOR));
    assert_eq!(m.payback_years, None);
    assert_eq!(
        measures::forecast_to_date(MAX_MINOR, d("2026-01-01"), 50, d("2080-01-01")),
        50 * i128::from(MAX_MINOR)
    );
    // A total far beyond an i64 converted at a rate: exact, not wrapped.
    let total = 1_000_000 * i128::from(MAX_MINOR);
    assert_eq!(
        measures::convert(total, 790_000, 2, 2),
        790_000 * i128::from(MAX_MINOR)
    );
    assert_eq!(
        measures::convert_from_base(790_000 * i128::from(MAX_MINOR), 790_000, 2, 2),
        total
    );
}

#[test]
fn huge_figures_render_with_every_digit() {
    assert_eq!(
        format_minor(i128::MAX, Currency::GBP, true),
        "£1,701,411,834,604,692,317,316,873,037,158,841,057"
    );
    assert_eq!(
        format_minor(-(10_000 * i128::from(BIG)), Currency::GBP, false),
        "-£99,999,999,999,990,000"
    );
    assert_eq!(
        format_minor(MAX_MINOR, Currency::GBP, false),
        "£10,000,000,000,000"
    );
}
