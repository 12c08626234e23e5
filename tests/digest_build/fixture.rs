//! The small stores the digest tests write record by record: a fixture that creates units,
//! investments, decisions, benefits, notes and services on given days, and the digest
//! settings they are read with.

pub use chrono::{NaiveDate, TimeZone, Utc};
pub use std::collections::BTreeMap;
pub use valuebridge::digest::{
    self, measures::Rate, Digest, DigestRequest, DigestSettings, Period,
};
pub use valuebridge::domain::{
    Benefit, Category, Decision, FollowUp, Investment, Meta, Note, Record, Service, Unit, Verdict,
};
pub use valuebridge::ids::{
    BenefitId, DecisionId, InvestmentId, Kind, NoteId, RecordId, ServiceId, TenantId, UnitId,
};
pub use valuebridge::money::{Currency, Money};
pub use valuebridge::store::{NewRecord, Store};

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn meta(day: &str) -> Meta {
    Meta {
        logged_by: "U1".into(),
        logged_by_name: "Alice".into(),
        channel: "test".into(),
        at: Utc.from_utc_datetime(&d(day).and_hms_opt(9, 0, 0).unwrap()),
    }
}

pub fn gbp(minor: i64) -> Money {
    Money::new(minor, Currency::GBP)
}

pub struct Fixture {
    pub store: Store,
    pub t: TenantId,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture {
            store: Store::temporary().unwrap(),
            t: TenantId::local(),
        }
    }

    pub fn create(&self, kind: Kind, day: &str, build: impl FnOnce(u64, Meta) -> Record) -> u64 {
        let m = meta(day);
        let r = self
            .store
            .write(|tx| {
                tx.create(
                    NewRecord {
                        tenant: &self.t,
                        kind,
                        meta: &m,
                    },
                    |n| build(n, m.clone()),
                )
            })
            .unwrap();
        r.id().n
    }

    pub fn unit(&self, name: &str) -> UnitId {
        UnitId(self.create(Kind::Unit, "2026-01-01", |n, meta| {
            Record::Unit(Unit {
                id: UnitId(n),
                name: name.into(),
                aliases: vec![],
                meta,
            })
        }))
    }

    /// One-off cost, running cost and benefit a year, in one currency.
    #[expect(
        clippy::too_many_arguments,
        reason = "one argument per investment field keeps each test line readable"
    )]
    pub fn investment(
        &self,
        unit: UnitId,
        name: &str,
        c: Money,
        r: i64,
        b: i64,
        years: u32,
        start: &str,
    ) -> InvestmentId {
        let start = d(start);
        InvestmentId(self.create(Kind::Investment, "2025-01-01", |n, meta| {
            Record::Investment(Investment {
                id: InvestmentId(n),
                name: name.into(),
                aliases: vec![],
                unit,
                category: Category::Grow,
                cost: c,
                run_cost: Money::new(r, c.currency),
                annual_benefit: Money::new(b, c.currency),
                years,
                start,
                sponsor: None,
                meta,
            })
        }))
    }

    pub fn decide(
        &self,
        inv: InvestmentId,
        verdict: Verdict,
        amount: Option<Money>,
        on: &str,
        review: Option<&str>,
    ) -> DecisionId {
        let (on, review) = (d(on), review.map(d));
        DecisionId(self.create(Kind::Decision, "2025-01-01", |n, meta| {
            Record::Decision(Decision {
                id: DecisionId(n),
                investment: inv,
                verdict,
                amount,
                rationale: format!("{verdict} it"),
                decided_by: "board".into(),
                decided_on: on,
                review,
                supersedes: None,
                meta,
            })
        }))
    }

    pub fn benefit(&self, inv: InvestmentId, amount: Money, date: &str) -> BenefitId {
        let date = d(date);
        BenefitId(self.create(Kind::Benefit, "2025-01-01", |n, meta| {
            Record::Benefit(Benefit {
                id: BenefitId(n),
                investment: inv,
                amount,
                date,
                evidence: "ledger".into(),
                meta,
            })
        }))
    }

    pub fn note(&self, unit: UnitId, day: &str, followups: Vec<FollowUp>) -> NoteId {
        NoteId(self.create(Kind::Note, day, |n, meta| {
            Record::Note(Note {
                id: NoteId(n),
                unit,
                text: "met them".into(),
                followups,
                tags: vec![],
                met_on: None,
                meta,
            })
        }))
    }

    pub fn service(&self, unit: Option<UnitId>, name: &str, cost: Money, users: u64) -> ServiceId {
        ServiceId(self.create(Kind::Service, "2025-01-01", |n, meta| {
            Record::Service(Service {
                id: ServiceId(n),
                name: name.into(),
                unit,
                annual_cost: cost,
                users,
                meta,
            })
        }))
    }

    pub fn retract(&self, id: RecordId) {
        let m = meta("2026-01-02");
        self.store
            .write(|tx| tx.retract(&self.t, &m, id, "logged by mistake".into()))
            .unwrap();
    }

    pub fn digest(&self, unit: Option<UnitId>, period: &str, as_of: &str) -> Digest {
        self.digest_with(&settings(), unit, period, as_of)
    }

    pub fn digest_with(
        &self,
        s: &DigestSettings,
        unit: Option<UnitId>,
        period: &str,
        as_of: &str,
    ) -> Digest {
        let as_of = d(as_of);
        let period = Period::parse(period, as_of).unwrap();
        digest::build(
            &self.store,
            &self.t,
            s,
            &DigestRequest {
                unit,
                period,
                as_of,
            },
        )
        .unwrap()
    }
}

pub fn settings() -> DigestSettings {
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

pub fn line<'a>(dg: &'a Digest, id: &str) -> &'a digest::InvestmentLine {
    dg.investments.iter().find(|l| l.id == id).unwrap()
}
