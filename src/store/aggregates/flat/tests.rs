use super::super::memory::{BenefitAgg, DecisionAgg, InvestmentAgg};
use super::*;
use crate::digest::Text;
use crate::ids::{BenefitId, DecisionId, InvestmentId};
use chrono::NaiveDate;
use std::sync::OnceLock;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Investments of every shape: none, one and many decisions and benefits, amounts
/// and reviews set or not, benefits in other currencies, texts empty, long and not
/// ASCII, extreme figures and dates.
fn varied() -> Vec<InvestmentAgg> {
    let currencies = [Currency::GBP, Currency::USD, Currency::EUR];
    let verdicts = Verdict::ALL;
    let names = ["", "CRM", "Café ☕ renewal", &"x".repeat(300)];
    (0..40u64)
        .map(|n| {
            let cur = currencies[n as usize % 3];
            let k = n as usize;
            let decisions = (0..k % 5)
                .map(|d| {
                    let id = DecisionId(n * 10 + d as u64);
                    DecisionAgg {
                        id,
                        id_text: Text::of_id(id.record()),
                        verdict: verdicts[(k + d) % verdicts.len()],
                        amount: (d % 2 == 0).then(|| {
                            Money::new(-5 + d as i64 * 1_000_000, currencies[(k + d) % 3])
                        }),
                        rationale: names[(k + d) % names.len()].into(),
                        decided_by: names[(k + 2 * d) % names.len()].into(),
                        decided_on: day("2024-02-29") + chrono::Days::new(d as u64 * 40),
                        review: (d % 3 != 1).then(|| day("2025-01-01") + chrono::Days::new(n)),
                    }
                })
                .collect();
            let benefits = (0..k % 7)
                .map(|b| BenefitAgg {
                    id: BenefitId(n * 100 + b as u64),
                    date: day("2024-01-01") + chrono::Days::new(b as u64 * 30),
                    amount: Money::new(b as i64 * 7_777 - 3, currencies[(k + b) % 2]),
                    own_total: 0,
                })
                .collect();
            let mut i = InvestmentAgg {
                id: InvestmentId(n * n + 1),
                id_text: Text::of_id(InvestmentId(n * n + 1).record()),
                name: names[k % names.len()].into(),
                unit: UnitId(1 + n % 4),
                category: [Category::Run, Category::Grow, Category::Transform][k % 3],
                cost: Money::new(if n == 7 { i64::MIN } else { n as i64 * 99_999 }, cur),
                run_cost: Money::new(if n == 8 { i64::MAX } else { 12 }, cur),
                annual_benefit: Money::new(-(n as i64), currencies[(k + 1) % 3]),
                years: [0, 1, 5, u32::MAX][k % 4],
                start: [NaiveDate::MIN, day("2026-11-27"), NaiveDate::MAX][k % 3],
                decisions,
                benefits,
                foreign: Vec::new(),
            };
            i.finish();
            i
        })
        .collect()
}

fn table(invs: &[InvestmentAgg]) -> Vec<u8> {
    let mut w = FlatWriter::default();
    invs.iter().for_each(|i| w.push(i));
    let mut out = Vec::new();
    w.finish(&mut out);
    out
}

#[test]
fn investments_read_in_place_are_the_investments_written() {
    let invs = varied();
    let bytes = table(&invs);
    let keep = OnceLock::new();
    let flat = Flat::open(&bytes, &keep).expect("a table just written");
    let read: Vec<InvestmentAgg> = flat.investments(None).iter().map(|i| i.to_agg()).collect();
    assert_eq!(read, invs);
    // What a digest asks of each, read in place, is what the store's image says.
    for (view, i) in flat.investments(None).iter().zip(&invs) {
        for as_of in [
            NaiveDate::MIN,
            day("2024-03-15"),
            day("2025-06-01"),
            NaiveDate::MAX,
        ] {
            let (own, foreign) = view.realised_to(as_of);
            let (want_own, want_foreign) = i.realised_to(as_of);
            assert_eq!(own, want_own);
            let want: Vec<Money> = want_foreign.map(|b| b.amount).collect();
            assert_eq!(foreign.collect::<Vec<_>>(), want);
            assert_eq!(
                view.decisions_known(as_of).count(),
                i.decisions_known(as_of).count()
            );
        }
    }
    let unit = UnitId(3);
    let mine: Vec<InvestmentAgg> = flat
        .investments(Some(unit))
        .iter()
        .map(|i| i.to_agg())
        .collect();
    let want: Vec<InvestmentAgg> = invs.iter().filter(|i| i.unit == unit).cloned().collect();
    assert!(!want.is_empty());
    assert_eq!(mine, want);

    let empty = table(&[]);
    let keep = OnceLock::new();
    assert!(Flat::open(&empty, &keep).unwrap().is_empty());
}

#[test]
fn a_table_that_does_not_read_as_written_is_refused_whole() {
    let invs = varied();
    let good = table(&invs);
    let keep = OnceLock::new();
    assert!(Flat::open(&good, &keep).is_some());
    // Where the records start: after the currencies and the four counts.
    let n_cur = u32_at(&good, 0) as usize;
    let mut at = 4;
    for _ in 0..n_cur {
        at += 1 + usize::from(good[at]);
    }
    let inv = at + 16;
    let n_inv = u32_at(&good, at) as usize;
    let dec = inv + n_inv * INVESTMENT;
    let n_dec = u32_at(&good, at + 4) as usize;
    let ben = dec + n_dec * DECISION;
    let second = inv + INVESTMENT;
    type Damage = Box<dyn Fn(&mut Vec<u8>)>;
    let cases: Vec<(&str, Damage)> = vec![
        ("cut short", Box::new(|b| b.truncate(b.len() - 1))),
        ("a byte too many", Box::new(|b| b.push(0))),
        (
            "an unknown currency",
            Box::new(move |b| b[second + 73] = n_cur as u8),
        ),
        ("an unknown category", Box::new(move |b| b[second + 72] = 3)),
        ("an unknown verdict", Box::new(move |b| b[dec + 40] = 6)),
        (
            "a review flag that is neither",
            Box::new(move |b| b[dec + 42] = 2),
        ),
        (
            "a benefit's unknown currency",
            Box::new(move |b| b[ben + 36] = 200),
        ),
        (
            "a name past the texts",
            Box::new(move |b| b[second + 44..second + 48].copy_from_slice(&u32::MAX.to_le_bytes())),
        ),
        (
            "decisions past their table",
            Box::new(move |b| {
                b[second + 56..second + 60].copy_from_slice(&(n_dec as u32).to_le_bytes())
            }),
        ),
        (
            "a date out of range",
            Box::new(move |b| b[second + 52..second + 56].copy_from_slice(&i32::MAX.to_le_bytes())),
        ),
        (
            "ids out of order",
            Box::new(move |b| b[second..second + 8].copy_from_slice(&0u64.to_le_bytes())),
        ),
        ("a currency code unknown", Box::new(|b| b[5] = b'Q')),
    ];
    for (what, damage) in cases {
        let mut bad = good.clone();
        damage(&mut bad);
        let keep = OnceLock::new();
        assert!(Flat::open(&bad, &keep).is_none(), "{what}");
    }
    // A text cut inside a character.
    let cafe = invs
        .iter()
        .position(|i| i.name.starts_with("Café"))
        .unwrap();
    let mut bad = good.clone();
    let r = inv + cafe * INVESTMENT;
    bad[r + 44..r + 48].copy_from_slice(&4u32.to_le_bytes());
    let keep = OnceLock::new();
    assert!(
        Flat::open(&bad, &keep).is_none(),
        "a text cut inside a character"
    );
}
