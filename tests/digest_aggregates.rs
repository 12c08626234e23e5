//! The digest from the store's aggregates must equal the digest from a full read of the
//! records, field for field, whatever the history: a long scripted random history of
//! creations, amendments (moving decisions, benefits, notes and investments between their
//! parents, changing dates, currencies and follow-ups) and retractions, compared at many
//! dates, periods and scopes as it grows; after reopening the store; and after upgrading a
//! store written before the aggregates existed.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;
use valuebridge::digest::{self, measures::Rate, DigestRequest, DigestSettings, Period};
use valuebridge::domain::{
    Benefit, Category, Decision, FollowUp, Investment, Meta, Note, Record, Service, Unit, Verdict,
};
use valuebridge::ids::{
    BenefitId, DecisionId, InvestmentId, Kind, NoteId, RecordId, ServiceId, TenantId, UnitId,
};
use valuebridge::money::{Currency, Money};
use valuebridge::store::{NewRecord, Store};

/// SplitMix64: a fixed, seedable sequence, so every run replays the same histories.
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
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.below(items.len() as u64) as usize])
    }
    fn day(&mut self) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 1).unwrap() + Duration::days(self.below(900) as i64)
    }
    fn currency(&mut self) -> Currency {
        match self.below(10) {
            0 => Currency::from_code("CHF").unwrap(), // no rate: the warning paths
            1 | 2 => Currency::USD,
            _ => Currency::GBP,
        }
    }
    fn money(&mut self, max: u64, currency: Currency) -> Money {
        Money::new(self.below(max) as i64, currency)
    }
    fn any_money(&mut self, max: u64) -> Money {
        let currency = self.currency();
        self.money(max, currency)
    }
}

fn meta(day: NaiveDate) -> Meta {
    Meta {
        logged_by: "U1".into(),
        logged_by_name: "Alice".into(),
        channel: "test".into(),
        at: Utc.from_utc_datetime(&day.and_hms_opt(9, 30, 0).unwrap()),
    }
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

struct History {
    store: Store,
    t: TenantId,
    rng: Rng,
    live: BTreeMap<Kind, Vec<u64>>,
    /// Writes the store refused (retracting a parent with live children); they must leave
    /// no trace in the aggregates either.
    refused: usize,
}

impl History {
    fn live(&self, kind: Kind) -> Vec<u64> {
        self.live.get(&kind).cloned().unwrap_or_default()
    }

    fn record(&self, kind: Kind, n: u64) -> Record {
        self.store
            .get(&self.t, RecordId::new(kind, n))
            .unwrap()
            .unwrap()
            .record
    }

    fn create(&mut self, kind: Kind, day: NaiveDate, build: impl FnOnce(u64, Meta) -> Record) {
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
        self.live.entry(kind).or_default().push(r.id().n);
    }

    fn amend(&mut self, updated: Record) {
        let m = meta(self.rng.day());
        self.store
            .write(|tx| tx.amend(&self.t, &m, updated, vec![], "correction".into()))
            .unwrap();
    }

    fn retract(&mut self, kind: Kind, n: u64) {
        let m = meta(self.rng.day());
        let id = RecordId::new(kind, n);
        match self
            .store
            .write(|tx| tx.retract(&self.t, &m, id, "mistake".into()))
        {
            Ok(_) => self.live.get_mut(&kind).unwrap().retain(|x| *x != n),
            Err(_) => self.refused += 1,
        }
    }

    fn followups(&mut self) -> Vec<FollowUp> {
        let mut out = Vec::new();
        for k in 0..self.rng.below(3) {
            let f = FollowUp {
                text: format!("action {k}"),
                owner: self.rng.chance(70).then(|| "bob".to_string()),
                due: self.rng.chance(80).then(|| self.rng.day()),
                done: false,
                done_on: None,
            };
            out.push(self.maybe_done(f));
        }
        out
    }

    /// Closes some follow-ups: most on a recorded day, some (as an older build did) on a
    /// day nobody recorded.
    fn maybe_done(&mut self, mut f: FollowUp) -> FollowUp {
        if self.rng.chance(40) {
            f.done = true;
            f.done_on = self.rng.chance(80).then(|| self.rng.day());
        }
        f
    }

    fn step(&mut self) {
        let units = self.live(Kind::Unit);
        let invs = self.live(Kind::Investment);
        let roll = self.rng.below(100);
        match roll {
            0..=4 => {
                let name = format!("Unit {}", self.rng.next());
                let day = self.rng.day();
                self.create(Kind::Unit, day, |n, meta| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name,
                        aliases: vec![],
                        meta,
                    })
                });
            }
            5..=14 if !units.is_empty() => {
                let unit = UnitId(self.rng.pick(&units).unwrap());
                let cur = self.rng.currency();
                let (cost, run, benefit) = (
                    self.rng.money(2_000_000, cur),
                    self.rng.money(200_000, cur),
                    self.rng.money(1_500_000, cur),
                );
                let (years, start) = (self.rng.below(6) as u32, self.rng.day());
                let name = format!("Investment {}", self.rng.next());
                self.create(Kind::Investment, start, |n, meta| {
                    Record::Investment(Investment {
                        id: InvestmentId(n),
                        name,
                        aliases: vec![],
                        unit,
                        category: Category::Grow,
                        cost,
                        run_cost: run,
                        annual_benefit: benefit,
                        years,
                        start,
                        sponsor: None,
                        meta,
                    })
                });
            }
            15..=34 if !invs.is_empty() => {
                let inv = InvestmentId(self.rng.pick(&invs).unwrap());
                let d = self.decision(inv, 0);
                self.create(Kind::Decision, d.decided_on, |n, meta| {
                    Record::Decision(Decision {
                        id: DecisionId(n),
                        meta,
                        ..d
                    })
                });
            }
            35..=54 if !invs.is_empty() => {
                let inv = InvestmentId(self.rng.pick(&invs).unwrap());
                let b = self.benefit(inv, 0);
                self.create(Kind::Benefit, b.date, |n, meta| {
                    Record::Benefit(Benefit {
                        id: BenefitId(n),
                        meta,
                        ..b
                    })
                });
            }
            55..=69 if !units.is_empty() => {
                let unit = UnitId(self.rng.pick(&units).unwrap());
                let followups = self.followups();
                let day = self.rng.day();
                self.create(Kind::Note, day, |n, meta| {
                    Record::Note(Note {
                        id: NoteId(n),
                        unit,
                        text: "met them".into(),
                        followups,
                        tags: vec![],
                        met_on: None,
                        meta,
                    })
                });
            }
            70..=73 => {
                let unit = self
                    .rng
                    .pick(&units)
                    .filter(|_| self.rng.chance(70))
                    .map(UnitId);
                let cost = self.rng.any_money(5_000_000);
                let users = self.rng.below(300);
                let name = format!("Service {}", self.rng.next());
                let day = self.rng.day();
                self.create(Kind::Service, day, |n, meta| {
                    Record::Service(Service {
                        id: ServiceId(n),
                        name,
                        unit,
                        annual_cost: cost,
                        users,
                        meta,
                    })
                });
            }
            74..=89 => self.amend_one(),
            _ => self.retract_one(),
        }
    }

    fn decision(&mut self, inv: InvestmentId, n: u64) -> Decision {
        let verdict = Verdict::ALL[self.rng.below(6) as usize];
        let decided_on = self.rng.day();
        let amount = self.rng.chance(60).then(|| self.rng.any_money(2_500_000));
        Decision {
            id: DecisionId(n),
            investment: inv,
            verdict,
            amount,
            rationale: format!("because {}", self.rng.below(1000)),
            decided_by: "board".into(),
            decided_on,
            review: self
                .rng
                .chance(60)
                .then(|| decided_on + Duration::days(self.rng.below(200) as i64)),
            supersedes: None,
            meta: meta(decided_on),
        }
    }

    fn benefit(&mut self, inv: InvestmentId, n: u64) -> Benefit {
        let cur = match self.record(Kind::Investment, inv.0) {
            Record::Investment(i) if self.rng.chance(85) => i.cost.currency,
            _ => self.rng.currency(),
        };
        let date = self.rng.day();
        Benefit {
            id: BenefitId(n),
            investment: inv,
            amount: self.rng.money(400_000, cur),
            date,
            evidence: "ledger".into(),
            meta: meta(date),
        }
    }

    fn amend_one(&mut self) {
        let kind = [
            Kind::Unit,
            Kind::Investment,
            Kind::Decision,
            Kind::Benefit,
            Kind::Note,
            Kind::Service,
        ][self.rng.below(6) as usize];
        let Some(n) = self.rng.pick(&self.live(kind)) else {
            return;
        };
        let units = self.live(Kind::Unit);
        let invs = self.live(Kind::Investment);
        let updated = match self.record(kind, n) {
            Record::Unit(u) => Record::Unit(Unit {
                name: format!("Renamed {}", self.rng.next()),
                ..u
            }),
            Record::Investment(i) => {
                let cur = if self.rng.chance(20) {
                    self.rng.currency()
                } else {
                    i.cost.currency
                };
                Record::Investment(Investment {
                    unit: UnitId(self.rng.pick(&units).unwrap()),
                    cost: self.rng.money(2_000_000, cur),
                    run_cost: Money::new(i.run_cost.minor, cur),
                    annual_benefit: Money::new(i.annual_benefit.minor, cur),
                    years: self.rng.below(6) as u32,
                    start: self.rng.day(),
                    ..i
                })
            }
            Record::Decision(d) => {
                let moved = InvestmentId(self.rng.pick(&invs).unwrap());
                Record::Decision(Decision {
                    meta: d.meta,
                    ..self.decision(moved, d.id.0)
                })
            }
            Record::Benefit(b) => {
                let moved = InvestmentId(self.rng.pick(&invs).unwrap());
                Record::Benefit(Benefit {
                    meta: b.meta,
                    ..self.benefit(moved, b.id.0)
                })
            }
            Record::Note(note) => {
                let mut followups = note.followups.clone();
                for f in &mut followups {
                    f.done = false;
                    f.done_on = None;
                    *f = self.maybe_done(f.clone());
                }
                if self.rng.chance(30) {
                    followups = self.followups();
                }
                Record::Note(Note {
                    unit: UnitId(self.rng.pick(&units).unwrap()),
                    followups,
                    meta: if self.rng.chance(50) {
                        meta(self.rng.day())
                    } else {
                        note.meta.clone()
                    },
                    ..note
                })
            }
            Record::Service(v) => Record::Service(Service {
                unit: self
                    .rng
                    .pick(&units)
                    .filter(|_| self.rng.chance(70))
                    .map(UnitId),
                annual_cost: self.rng.any_money(5_000_000),
                users: self.rng.below(300),
                ..v
            }),
        };
        self.amend(updated);
    }

    fn retract_one(&mut self) {
        // Mostly leaves; sometimes a parent, which the store refuses while it has children.
        let kind = [
            Kind::Decision,
            Kind::Benefit,
            Kind::Note,
            Kind::Service,
            Kind::Investment,
            Kind::Unit,
        ][self.rng.below(6) as usize];
        if let Some(n) = self.rng.pick(&self.live(kind)) {
            self.retract(kind, n);
        }
    }
}

fn compare(store: &Store, t: &TenantId, rng: &mut Rng, units: &[u64], label: &str) {
    let s = settings();
    let mut scopes = vec![None, Some(UnitId(1)), Some(UnitId(999))];
    scopes.extend(units.iter().take(4).map(|u| Some(UnitId(*u))));
    for _ in 0..4 {
        let as_of = rng.day();
        for period in ["week", "month", "quarter", "year"] {
            let period = Period::parse(period, as_of).unwrap();
            for unit in &scopes {
                let req = DigestRequest {
                    unit: *unit,
                    period,
                    as_of,
                };
                let fast = digest::build(store, t, &s, &req).unwrap();
                let slow = digest::build_from_records(store, t, &s, &req).unwrap();
                assert_eq!(fast, slow, "{label}: {req:?}");
                // Byte for byte, as a script reading the JSON would see it.
                assert_eq!(
                    serde_json::to_string(&digest::to_json(&fast)).unwrap(),
                    serde_json::to_string(&digest::to_json(&slow)).unwrap()
                );
            }
        }
    }
}

#[test]
fn digests_from_aggregates_equal_digests_from_the_records() {
    let mut checked = 0;
    for seed in 0..6u64 {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History {
            store: Store::open(dir.path()).unwrap(),
            t: TenantId::local(),
            rng: Rng(seed),
            live: BTreeMap::new(),
            refused: 0,
        };
        let mut probe = Rng(seed ^ 0xD16E57);
        for step in 1..=400 {
            h.step();
            if step % 40 == 0 {
                compare(
                    &h.store,
                    &h.t,
                    &mut probe,
                    &h.live(Kind::Unit),
                    &format!("seed {seed}, step {step}"),
                );
                let report = h.store.check_aggregates(&h.t).unwrap();
                assert_eq!(report.disagreements, Vec::<String>::new(), "seed {seed}");
                checked += 1;
            }
        }
        assert!(h.refused > 0, "the history includes refused retractions");
        for kind in [Kind::Decision, Kind::Benefit, Kind::Note, Kind::Investment] {
            assert!(
                h.live(kind).len() > 5,
                "seed {seed}: a rich history of {kind:?}"
            );
        }
        // A fresh process loads the stored aggregates instead of following the writes.
        let units = h.live(Kind::Unit);
        drop(h);
        released(dir.path());
        let store = Store::open(dir.path()).unwrap();
        compare(&store, &TenantId::local(), &mut probe, &units, "reopened");
    }
    assert_eq!(checked, 60);
}

/// Returns once no handle of this process holds sled's lock on the store in `dir`. sled
/// lets go of its lock file when its last IO job finishes, which can be after the last
/// handle was dropped (long after, on a loaded machine); opening before that fails with
/// "could not acquire lock". A blocking `flock` on the same file waits for exactly that
/// moment, with no guess at how long it takes.
fn released(dir: &std::path::Path) {
    let file = std::fs::File::open(dir.join("db")).unwrap();
    file.lock().unwrap();
}

/// Reopens `dir` as a store written by the previous version: no aggregates, schema 1.
fn downgrade(dir: &std::path::Path) {
    released(dir);
    let db = sled::open(dir).unwrap();
    let data = db.open_tree("data").unwrap();
    let gone: Vec<_> = data
        .iter()
        .keys()
        .map(|k| k.unwrap())
        .filter(|k| k.windows(2).any(|w| w == [0, b'A']))
        .collect();
    assert!(!gone.is_empty());
    for k in gone {
        data.remove(k).unwrap();
    }
    db.insert("schema_version", &1u32.to_be_bytes()).unwrap();
    db.flush().unwrap();
}

#[test]
fn a_store_from_before_the_aggregates_gets_them_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let other: TenantId = "slack:T42".parse().unwrap();
    let mut h = History {
        store: Store::open(dir.path()).unwrap(),
        t: TenantId::local(),
        rng: Rng(7),
        live: BTreeMap::new(),
        refused: 0,
    };
    for _ in 0..300 {
        h.step();
    }
    // A second tenant, so the upgrade has to find every tenant.
    let m = meta(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    h.store
        .write(|tx| {
            tx.create(
                NewRecord {
                    tenant: &other,
                    kind: Kind::Unit,
                    meta: &m,
                },
                |n| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name: "Elsewhere".into(),
                        aliases: vec![],
                        meta: m.clone(),
                    })
                },
            )
        })
        .unwrap();
    let units = h.live(Kind::Unit);
    drop(h);
    downgrade(dir.path());

    released(dir.path());
    let store = Store::open(dir.path()).unwrap();
    for t in [TenantId::local(), other] {
        let report = store.check_aggregates(&t).unwrap();
        assert_eq!(report.disagreements, Vec::<String>::new());
        assert!(report.entries > 0, "{t}: aggregates were built");
    }
    compare(&store, &TenantId::local(), &mut Rng(1), &units, "upgraded");
    drop(store);
    released(dir.path());
    let db = sled::open(dir.path()).unwrap();
    assert_eq!(
        db.get("schema_version").unwrap().unwrap().as_ref(),
        valuebridge::store::SCHEMA_VERSION.to_be_bytes()
    );
}

#[test]
fn a_store_from_before_closed_follow_ups_were_counted_gets_the_counts_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = History {
        store: Store::open(dir.path()).unwrap(),
        t: TenantId::local(),
        rng: Rng(11),
        live: BTreeMap::new(),
        refused: 0,
    };
    for _ in 0..300 {
        h.step();
    }
    let units = h.live(Kind::Unit);
    drop(h);
    // As schema 4 left it: every aggregate but the closed follow-ups' counts.
    released(dir.path());
    let db = sled::open(dir.path()).unwrap();
    let data = db.open_tree("data").unwrap();
    let counts: Vec<_> = data
        .iter()
        .keys()
        .map(|k| k.unwrap())
        .filter(|k| k.windows(3).any(|w| w == [0, b'A', b'c']))
        .collect();
    assert!(
        !counts.is_empty(),
        "the history closed some dated follow-ups"
    );
    for k in &counts {
        data.remove(k).unwrap();
    }
    db.insert("schema_version", &4u32.to_be_bytes()).unwrap();
    db.flush().unwrap();
    drop((data, db));

    released(dir.path());
    let store = Store::open(dir.path()).unwrap();
    let report = store.check_aggregates(&TenantId::local()).unwrap();
    assert_eq!(report.disagreements, Vec::<String>::new());
    compare(
        &store,
        &TenantId::local(),
        &mut Rng(3),
        &units,
        "upgraded from 4",
    );
}
