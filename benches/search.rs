//! `/value find` over a large tenant: the inverted index's answer time at 1M records.
//!
//! The store holds SEARCH_BENCH_RECORDS notes (default 1,000,000) in 50 units, each a
//! dozen words drawn from a 30,000-word vocabulary with a long tail (a word's frequency
//! falls with its rank, as in real text), written through the normal write path, so the
//! index is the one every write keeps. With SEARCH_BENCH_DIR the store is kept and reused.
//!
//! Run: `cargo bench --bench search`. Figures are in benches/README.md.

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use valuebridge::domain::Meta;
use valuebridge::ids::{TenantId, UnitId};
use valuebridge::store::{test_records, Store};

const VOCABULARY: usize = 30_000;
const UNITS: u64 = 50;
const BATCH: usize = 5_000;

/// A deterministic generator (xorshift), so every run builds the same store.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Word `rank` of the vocabulary: pronounceable, distinct, stable.
fn word(rank: usize) -> String {
    const SYL: [&str; 32] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "bi", "da", "fe", "go", "hu", "ji", "ko",
        "la", "ma", "no", "pe", "qui", "ro", "si", "tu", "va", "we", "xo", "ya", "zu", "bro",
        "cla", "dre", "fli",
    ];
    let mut r = rank;
    let mut w = String::new();
    loop {
        w.push_str(SYL[r % 32]);
        r /= 32;
        if r == 0 {
            break;
        }
    }
    w
}

/// A rank with frequency falling as 1/rank.
fn zipf_rank(rng: &mut Rng) -> usize {
    ((VOCABULARY as f64).powf(rng.unit()) as usize).saturating_sub(1)
}

fn meta(i: u64) -> Meta {
    Meta {
        logged_by: "bench".into(),
        logged_by_name: "bench".into(),
        channel: "bench".into(),
        at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap()
            + chrono::Duration::minutes(i as i64),
    }
}

fn build(store: &Store, tenant: &TenantId, records: u64) {
    let m = meta(0);
    store
        .write(|tx| {
            for u in 1..=UNITS {
                test_records::create_unit(tx, tenant, &m, &format!("Unit {u}"))?;
            }
            Ok(())
        })
        .unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut done = 0;
    let started = std::time::Instant::now();
    while done < records {
        let n = (records - done).min(BATCH as u64);
        let notes: Vec<(Meta, u64, String)> = (0..n)
            .map(|k| {
                let i = done + k;
                let text: Vec<String> = (0..12).map(|_| word(zipf_rank(&mut rng))).collect();
                (meta(i), i % UNITS + 1, text.join(" "))
            })
            .collect();
        store
            .write(|tx| {
                for (m, unit, text) in &notes {
                    test_records::create_note(tx, tenant, m, UnitId(*unit), text, vec![])?;
                }
                Ok(())
            })
            .unwrap();
        done += n;
        if done % 100_000 == 0 {
            eprintln!("{done} notes written in {:?}", started.elapsed());
        }
    }
    store.flush().unwrap();
}

fn search(c: &mut Criterion) {
    let records: u64 = std::env::var("SEARCH_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let tenant = TenantId::local();
    let (_tmp, dir) = match std::env::var("SEARCH_BENCH_DIR") {
        Ok(d) => (
            None,
            std::path::PathBuf::from(d).join(format!("search-{records}")),
        ),
        Err(_) => {
            let t = tempfile::tempdir().unwrap();
            let p = t.path().to_path_buf();
            (Some(t), p)
        }
    };
    let fresh = !dir.exists();
    let store = Store::open(&dir).unwrap();
    if fresh {
        build(&store, &tenant, records);
    }
    // Words of known rank: the 2,000th and 20,000th are in ~0.5% and ~0.05% of notes; the
    // 3rd is in about 1 note in 8 (the worst case: a common word alone).
    let (rare, rarer, common) = (word(20_000), word(2_000), word(3));
    let queries = [
        ("two_rare_words", format!("{rare} {rarer}")),
        ("rare_and_common", format!("{rarer} {common}")),
        ("one_common_word", common.clone()),
    ];
    let mut group = c.benchmark_group(format!("find_{records}"));
    group.sample_size(20);
    for (name, q) in &queries {
        let hits = store.search(&tenant, q, 10).unwrap();
        assert!(!hits.is_empty(), "{name}: nothing found for {q}");
        group.bench_function(*name, |b| b.iter(|| store.search(&tenant, q, 10).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
