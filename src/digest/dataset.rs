//! Synthetic portfolios for benchmarks and load tests: many units, investments with
//! decision histories, realised benefits, services and engagement notes, in the
//! proportions of the digest issue (1,000,000 notes : 100,000 investments : 300,000
//! decisions : 500,000 benefits across 50 units).
//!
//! The data is deterministic (a fixed pseudo-random sequence), so two runs of a benchmark
//! read the same store. Dates fall in 2024–2026, around [`AS_OF`].

use crate::domain::{
    Benefit, Category, Decision, FollowUp, Investment, Meta, Note, Record, Service, Unit, Verdict,
};
use crate::ids::{BenefitId, DecisionId, InvestmentId, Kind, NoteId, ServiceId, TenantId, UnitId};
use crate::money::{Currency, Money};
use crate::store::{NewRecord, Store, StoreError};
use chrono::{Duration, NaiveDate, TimeZone, Utc};

/// The date the generated portfolio is "as of".
pub const AS_OF: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 27) {
    Some(d) => d,
    None => panic!("a valid date"),
};

/// How many records of each kind were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DatasetSummary {
    pub units: usize,
    pub services: usize,
    pub investments: usize,
    pub decisions: usize,
    pub benefits: usize,
    pub notes: usize,
}

impl DatasetSummary {
    /// Notes, investments, decisions and benefits: the records the issue counts.
    pub fn records(&self) -> usize {
        self.notes + self.investments + self.decisions + self.benefits
    }
}

/// A small deterministic generator (SplitMix64); no seed file, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn meta(day: NaiveDate) -> Meta {
    Meta {
        logged_by: "U0BENCH".into(),
        logged_by_name: "bench".into(),
        channel: "bench".into(),
        at: Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).expect("a valid time")),
    }
}

/// Records written per store transaction: large enough to amortise the batch, small
/// enough to keep a transaction's pending map modest.
const CHUNK: usize = 2_000;

/// Writes a synthetic portfolio of about `scale` records (notes, investments, decisions
/// and benefits in the 10 : 1 : 3 : 5 proportions) across up to 50 units, plus
/// five services per unit and two for all units. One investment in twenty is in USD; one
/// in a hundred is in CHF, for which a benchmark would normally have no rate.
pub fn generate_dataset(
    store: &Store,
    tenant: &TenantId,
    scale: usize,
) -> Result<DatasetSummary, StoreError> {
    let mut rng = Rng(0x5EED_2026);
    let investments = (scale / 19).max(1);
    let decisions = investments * 3;
    let benefits = investments * 5;
    let notes = scale
        .saturating_sub(investments + decisions + benefits)
        .max(1);
    let units = investments.clamp(1, 50);
    let gbp = Currency::GBP;
    let epoch = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a valid date");
    let mut out = DatasetSummary::default();

    store.write(|tx| {
        for u in 0..units {
            let m = meta(epoch);
            tx.create(
                NewRecord {
                    tenant,
                    kind: Kind::Unit,
                    meta: &m,
                },
                |n| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name: format!("Unit {u:02}"),
                        aliases: vec![],
                        meta: m.clone(),
                    })
                },
            )?;
        }
        for s in 0..units * 5 + 2 {
            let m = meta(epoch);
            let unit = (s < units * 5).then(|| UnitId((s % units) as u64 + 1));
            let cost = Money::new(100_000 + rng.below(50_000_000) as i64, gbp);
            let users = rng.below(2_000);
            tx.create(
                NewRecord {
                    tenant,
                    kind: Kind::Service,
                    meta: &m,
                },
                |n| {
                    Record::Service(Service {
                        id: ServiceId(n),
                        name: format!("Service {s}"),
                        unit,
                        annual_cost: cost,
                        users,
                        meta: m.clone(),
                    })
                },
            )?;
        }
        Ok(())
    })?;
    out.units = units;
    out.services = units * 5 + 2;

    // Investments, each followed by its decisions and benefits, written in chunks.
    let mut i = 0;
    while i < investments {
        let end = (i + CHUNK / 9).min(investments);
        store.write(|tx| {
            for k in i..end {
                let currency = match k % 100 {
                    0 => Currency::from_code("CHF").expect("CHF is known"),
                    x if x % 20 == 1 => Currency::USD,
                    _ => gbp,
                };
                let start = epoch + Duration::days(rng.below(1_000) as i64);
                let cost = 1_000_000 + rng.below(100_000_000) as i64;
                let benefit = rng.below(60_000_000) as i64;
                let m = meta(start - Duration::days(30));
                let unit = UnitId((k % units) as u64 + 1);
                let inv = tx.create(
                    NewRecord {
                        tenant,
                        kind: Kind::Investment,
                        meta: &m,
                    },
                    |n| {
                        Record::Investment(Investment {
                            id: InvestmentId(n),
                            name: format!("Investment {k}"),
                            aliases: vec![],
                            unit,
                            category: [Category::Run, Category::Grow, Category::Transform][k % 3],
                            cost: Money::new(cost, currency),
                            run_cost: Money::new(cost / 10, currency),
                            annual_benefit: Money::new(benefit, currency),
                            years: 1 + rng.below(7) as u32,
                            start,
                            sponsor: Some("sponsor".into()),
                            meta: m.clone(),
                        })
                    },
                )?;
                let id = InvestmentId(inv.id().n);
                // approve, then one of continue / rescope / defer / stop, then continue.
                let verdicts = [
                    Verdict::Approve,
                    [
                        Verdict::Continue,
                        Verdict::Rescope,
                        Verdict::Defer,
                        Verdict::Stop,
                    ][rng.below(4) as usize],
                    Verdict::Continue,
                ];
                let mut day = start - Duration::days(20);
                let mut previous = None;
                for verdict in verdicts {
                    let m = meta(day);
                    let amount = verdict
                        .sets_approved_amount()
                        .then(|| Money::new(cost + rng.below(cost as u64 / 5) as i64, currency));
                    let review = Some(day + Duration::days(90 + rng.below(180) as i64));
                    let d = tx.create(
                        NewRecord {
                            tenant,
                            kind: Kind::Decision,
                            meta: &m,
                        },
                        |n| {
                            Record::Decision(Decision {
                                id: DecisionId(n),
                                investment: id,
                                verdict,
                                amount,
                                rationale: "benchmark".into(),
                                decided_by: "board".into(),
                                decided_on: day,
                                review,
                                supersedes: previous,
                                meta: m.clone(),
                            })
                        },
                    )?;
                    previous = Some(DecisionId(d.id().n));
                    day += Duration::days(30 + rng.below(200) as i64);
                }
                for b in 0..5 {
                    let date = start + Duration::days(60 * (b + 1) + rng.below(60) as i64);
                    let m = meta(date);
                    let amount = Money::new(rng.below(benefit as u64 / 4 + 1) as i64, currency);
                    tx.create(
                        NewRecord {
                            tenant,
                            kind: Kind::Benefit,
                            meta: &m,
                        },
                        |n| {
                            Record::Benefit(Benefit {
                                id: BenefitId(n),
                                investment: id,
                                amount,
                                date,
                                evidence: "ledger".into(),
                                meta: m.clone(),
                            })
                        },
                    )?;
                }
            }
            Ok(())
        })?;
        i = end;
    }
    out.investments = investments;
    out.decisions = decisions;
    out.benefits = benefits;

    // Notes: spread over the units, a few without any recent note; one in four has a
    // follow-up, some of them overdue.
    let quiet = units / 10;
    let mut k = 0;
    while k < notes {
        let end = (k + CHUNK).min(notes);
        store.write(|tx| {
            for j in k..end {
                let unit = UnitId((j % units) as u64 + 1);
                let recent = (j % units) >= quiet;
                let back = if recent {
                    rng.below(700)
                } else {
                    60 + rng.below(640)
                };
                let day = AS_OF - Duration::days(back as i64);
                let m = meta(day);
                let followups = if j % 4 == 0 {
                    let done = rng.below(10) < 8;
                    // Closed up to three weeks after it was agreed: most on time, some late.
                    let done_on =
                        done.then(|| (day + Duration::days(rng.below(21) as i64)).min(AS_OF));
                    vec![FollowUp {
                        text: "send the cost breakdown".into(),
                        owner: Some("alice".into()),
                        due: Some(day + Duration::days(14)),
                        done,
                        done_on,
                    }]
                } else {
                    vec![]
                };
                tx.create(
                    NewRecord {
                        tenant,
                        kind: Kind::Note,
                        meta: &m,
                    },
                    |n| {
                        Record::Note(Note {
                            id: NoteId(n),
                            unit,
                            text: format!("Met the unit, meeting {j}"),
                            followups,
                            tags: vec![],
                            met_on: None,
                            meta: m.clone(),
                        })
                    },
                )?;
            }
            Ok(())
        })?;
        k = end;
    }
    out.notes = notes;
    Ok(out)
}
