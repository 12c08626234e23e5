//! Logging a note through the service layer (parse + write), with and without waiting for
//! the disk, and with many commands sharing one flush; and `list` over 100k records.
//!
//! Run: `cargo bench --bench store`. Numbers are recorded in benches/README.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::sync::Arc;
use valuebridge::clock::SystemClock;
use valuebridge::config::Config;
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{Actor, Invocation, Role};

fn invocation(text: String) -> Invocation {
    Invocation {
        tenant: "local".into(),
        channel: "bench".into(),
        actor: Actor {
            user_id: "bench".into(),
            display_name: "bench".into(),
            role: Some(Role::Admin),
        },
        text,
        is_command: true,
    }
}

fn note_line(i: usize) -> String {
    format!("note Sales: Met the CFO about the CRM renewal, meeting {i}. follow-up: send cost breakdown @alice by 2026-12-04 #crm")
}

fn setup(rt: &tokio::runtime::Runtime, dir: &std::path::Path, flush: bool) -> Service {
    let store = Store::open(dir).unwrap();
    let config = Arc::new(Config::default());
    let service = rt.block_on(async {
        if flush {
            Service::new(store, config, Arc::new(SystemClock)).unwrap()
        } else {
            Service::without_flush(store, config, Arc::new(SystemClock)).unwrap()
        }
    });
    rt.block_on(service.handle(&invocation("unit add Sales".into())));
    service
}

fn log_note(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut group = c.benchmark_group("log_note");
    group.sample_size(20);
    for (name, flush) in [("no_flush", false), ("durable", true)] {
        let dir = tempfile::tempdir().unwrap();
        let service = setup(&rt, dir.path(), flush);
        let mut i = 0;
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::new("sequential", name), |b| {
            b.iter(|| {
                i += 1;
                rt.block_on(service.handle(&invocation(note_line(i))))
            })
        });
    }
    // 64 commands in flight at once share flushes (group commit).
    let dir = tempfile::tempdir().unwrap();
    let service = setup(&rt, dir.path(), true);
    let mut i = 0;
    group.throughput(Throughput::Elements(64));
    group.bench_function(BenchmarkId::new("concurrent_64", "durable"), |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut tasks = Vec::with_capacity(64);
                for _ in 0..64 {
                    i += 1;
                    let s = service.clone();
                    let inv = invocation(note_line(i));
                    tasks.push(tokio::spawn(async move { s.handle(&inv).await }));
                }
                for t in tasks {
                    t.await.unwrap();
                }
            })
        })
    });
    group.finish();
}

fn list_100k(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let service = setup(&rt, dir.path(), false);
    rt.block_on(async {
        for i in 0..100_000 {
            service.handle(&invocation(note_line(i))).await;
        }
    });
    let mut group = c.benchmark_group("list");
    group.sample_size(10);
    group.bench_function("notes_100k", |b| {
        b.iter(|| rt.block_on(service.handle(&invocation("list notes".into()))))
    });
    group.bench_function("notes_100k_unit_filter", |b| {
        b.iter(|| rt.block_on(service.handle(&invocation("list notes unit:Sales".into()))))
    });
    group.finish();
}

criterion_group!(benches, log_note, list_100k);
criterion_main!(benches);
