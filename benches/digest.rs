//! The value-for-money digest over growing stores: one unit's digest and the whole
//! portfolio's, as of the generated data set's date, for a week.
//!
//! Run: `cargo bench --bench digest`. Sizes are total records (notes, investments,
//! decisions, benefits in the 10 : 1 : 3 : 5 proportions); the default is 10k and
//! 100k. The full size (1.9M records; generating it takes a while and a few GB):
//! `DIGEST_BENCH_SIZES=10000,100000,1000000,1900000 cargo bench --bench digest`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::time::Instant;
use valuebridge::config::Config;
use valuebridge::digest::{self, dataset, DigestRequest, DigestSettings, Period};
use valuebridge::ids::{Kind, TenantId, UnitId};
use valuebridge::store::Store;

fn sizes() -> Vec<usize> {
    std::env::var("DIGEST_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000])
}

fn settings() -> DigestSettings {
    let mut config = Config::default();
    // USD has a rate; CHF deliberately has none, so the warning path is exercised.
    config.fx.insert("USD".into(), "0.79".into());
    DigestSettings::from_config(&config).expect("the default configuration is valid")
}

fn digest(c: &mut Criterion) {
    let settings = settings();
    let tenant = TenantId::local();
    let period = Period::parse("week", dataset::AS_OF).expect("week parses");
    let mut group = c.benchmark_group("digest");
    group.sample_size(10);
    for size in sizes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let started = Instant::now();
        let summary = dataset::generate_dataset(&store, &tenant, size).unwrap();
        eprintln!(
            "digest bench: generated {} records ({summary:?}) in {:.1?}",
            summary.records(),
            started.elapsed()
        );
        breakdown(&store, &tenant);
        for (name, unit) in [("unit", Some(UnitId(1))), ("portfolio", None)] {
            let req = DigestRequest {
                unit,
                period,
                as_of: dataset::AS_OF,
            };
            group.bench_with_input(BenchmarkId::new(name, summary.records()), &req, |b, req| {
                b.iter(|| digest::build(&store, &tenant, &settings, req).unwrap())
            });
        }
    }
    group.finish();
}

/// Where a unit digest's time goes: one pass over each kind of record it reads, once.
fn breakdown(store: &Store, tenant: &TenantId) {
    let unit = UnitId(1).record();
    let started = Instant::now();
    let notes = store.live_children(tenant, unit, Kind::Note).unwrap().len();
    let t_notes = started.elapsed();
    let started = Instant::now();
    let invs = store.live_children(tenant, unit, Kind::Investment).unwrap();
    let mut children = 0;
    for i in &invs {
        for kind in [Kind::Decision, Kind::Benefit] {
            children += store
                .live_children(tenant, i.record.id(), kind)
                .unwrap()
                .len();
        }
    }
    let t_invs = started.elapsed();
    eprintln!(
        "digest bench: unit 1 reads {notes} notes in {t_notes:.1?}; {} investments with {children} decisions and benefits in {t_invs:.1?}",
        invs.len()
    );
}

criterion_group!(benches, digest);
criterion_main!(benches);
