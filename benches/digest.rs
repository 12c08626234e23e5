//! The value-for-money digest over growing stores: one unit's digest and the whole
//! portfolio's, as of the generated data set's date, for a week. Digests read the store's
//! aggregates (loaded into memory once; the first load is timed and printed); the time per
//! digest is measured once they are loaded, as in a running bot.
//!
//! Run: `cargo bench --bench digest`. Sizes are total records (notes, investments,
//! decisions, benefits in the 10 : 1 : 3 : 5 proportions); the default is 10k and
//! 100k. The full size (1.9M records; generating it takes a while and a few GB):
//! `DIGEST_BENCH_SIZES=10000,100000,1000000,1900000 cargo bench --bench digest`.
//! With `DIGEST_BENCH_DIR=/some/dir`, each generated store is kept there
//! (`digest-<size>`) and reused by later runs instead of being generated again.
//! `DIGEST_BENCH_ONE_THREAD=1` also times the portfolio digest kept to one thread.
//! `DIGEST_BENCH_NO_REFERENCE=1` skips the full read of the records (about 24 s a scope at
//! 1.9M records), for repeated runs on a store already checked against it.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

// The allocator the `valuebridge` binary uses, with its settings, so the figures are its.
valuebridge::binary_allocator!();

use std::time::Instant;
use valuebridge::config::Config;
use valuebridge::digest::{self, dataset, DigestRequest, DigestSettings, Period};
use valuebridge::ids::{TenantId, UnitId};
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
        let (store, summary, _temporary) = generated_store(&tenant, size);
        let started = Instant::now();
        store.with_aggregates(&tenant, |_| ()).unwrap();
        eprintln!(
            "digest bench: loaded the aggregates of {} records in {:.1?}",
            summary.records(),
            started.elapsed()
        );
        for (name, unit) in [("unit", Some(UnitId(1))), ("portfolio", None)] {
            let req = DigestRequest {
                unit,
                period,
                as_of: dataset::AS_OF,
            };
            if std::env::var_os("DIGEST_BENCH_NO_REFERENCE").is_none() {
                reference(&store, &tenant, &settings, &req);
            }
            cpu_time(name, || {
                digest::build(&store, &tenant, &settings, &req).unwrap()
            });
            // Kept to this thread, its CPU time is the digest's whole cost: a figure the
            // other builds on a shared machine do not change much.
            cpu_time(&format!("{name} (one thread)"), || {
                store
                    .with_aggregates(&tenant, |a| {
                        digest::from_aggregates_on(a, &settings, &req, Some(1))
                    })
                    .unwrap()
            });
            group.bench_with_input(BenchmarkId::new(name, summary.records()), &req, |b, req| {
                b.iter(|| digest::build(&store, &tenant, &settings, req).unwrap())
            });
            if unit.is_none() && std::env::var_os("DIGEST_BENCH_ONE_THREAD").is_some() {
                // The same digest kept to one thread, to see what splitting it gains.
                let id = BenchmarkId::new("portfolio-one-thread", summary.records());
                group.bench_with_input(id, &req, |b, req| {
                    b.iter(|| {
                        store
                            .with_aggregates(&tenant, |a| {
                                digest::from_aggregates_on(a, &settings, req, Some(1))
                            })
                            .unwrap()
                    })
                });
            }
        }
    }
    group.finish();
}

/// The store of about `size` records: generated now, or reused from `DIGEST_BENCH_DIR`.
fn generated_store(
    tenant: &TenantId,
    size: usize,
) -> (Store, dataset::DatasetSummary, Option<tempfile::TempDir>) {
    let kept = std::env::var_os("DIGEST_BENCH_DIR")
        .map(|d| std::path::PathBuf::from(d).join(format!("digest-{size}")));
    let temporary = match &kept {
        Some(_) => None,
        None => Some(tempfile::tempdir().unwrap()),
    };
    let path = kept
        .clone()
        .unwrap_or_else(|| temporary.as_ref().unwrap().path().to_path_buf());
    let done = path.join("generated.txt");
    let store = Store::open(&path).unwrap();
    let summary = match std::fs::read_to_string(&done) {
        Ok(text) => {
            let n: Vec<usize> = text
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            let summary = dataset::DatasetSummary {
                units: n[0],
                services: n[1],
                investments: n[2],
                decisions: n[3],
                benefits: n[4],
                notes: n[5],
            };
            eprintln!("digest bench: reusing {} ({summary:?})", path.display());
            summary
        }
        Err(_) => {
            let started = Instant::now();
            let summary = dataset::generate_dataset(&store, tenant, size).unwrap();
            store.flush().unwrap();
            eprintln!(
                "digest bench: generated {} records ({summary:?}) in {:.1?}, {} MB on disk",
                summary.records(),
                started.elapsed(),
                store.size_on_disk().unwrap() / 1_000_000
            );
            let s = summary;
            let line = format!(
                "{} {} {} {} {} {}\n",
                s.units, s.services, s.investments, s.decisions, s.benefits, s.notes
            );
            std::fs::write(&done, line).unwrap();
            summary
        }
    };
    (store, summary, temporary)
}

/// The reference digest (a full read of the records) once per scope: the same answer as
/// the aggregates give, and how long the old way takes on this store.
fn reference(store: &Store, tenant: &TenantId, settings: &DigestSettings, req: &DigestRequest) {
    let started = Instant::now();
    let slow = digest::build_from_records(store, tenant, settings, req).unwrap();
    let t_slow = started.elapsed();
    let fast = digest::build(store, tenant, settings, req).unwrap();
    assert_eq!(fast, slow, "the aggregates give the reference digest");
    eprintln!(
        "digest bench: {} digest from a full read of the records: {t_slow:.1?} ({} investment lines, {} overdue follow-ups); same as from the aggregates",
        if req.unit.is_some() { "unit" } else { "portfolio" },
        slow.investments.len(),
        slow.overdue_followups.len()
    );
}

/// This thread's time on a CPU and waiting for one, in nanoseconds (Linux schedstat).
fn schedstat() -> Option<(u64, u64)> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut f = text.split_whitespace().map(|x| x.parse::<u64>().ok());
    Some((f.next()??, f.next()??))
}

/// The CPU time of one digest, apart from time spent waiting for a core: on a shared
/// machine the wall-clock medians criterion reports include that wait.
fn cpu_time<T>(name: &str, mut digest: impl FnMut() -> T) {
    let runs = 20;
    let (Some((cpu0, wait0)), started) = (schedstat(), Instant::now()) else {
        return;
    };
    for _ in 0..runs {
        std::hint::black_box(digest());
    }
    let wall = started.elapsed() / runs;
    if let Some((cpu1, wait1)) = schedstat() {
        eprintln!(
            "digest bench: {name} digest over {runs} runs: {wall:.2?} wall, {:.2?} on a CPU, {:.2?} waiting for one (each)",
            std::time::Duration::from_nanos((cpu1 - cpu0) / u64::from(runs)),
            std::time::Duration::from_nanos((wait1 - wait0) / u64::from(runs)),
        );
    }
}

criterion_group!(benches, digest);
criterion_main!(benches);
