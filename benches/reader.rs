//! The conversational reader: messages read per second on one core, over the labelled
//! corpus (a prepared `Reader`, and the one-shot `read` that indexes the directory each call),
//! and one message at the 100 KB limit.
//!
//! Run: `cargo bench --bench reader`. Numbers are in
//! benches/README.md (section "Reader").

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::Value;
use std::hint::black_box;
use valuebridge::reader::{
    read, InvestmentName, Reader, ReaderSettings, ReasonModel, StaticDirectory, UnitName,
    MAX_MESSAGE_BYTES,
};

// The allocator the `valuebridge` binary uses, with its settings, so the figures are its.
valuebridge::binary_allocator!();

fn corpus() -> (StaticDirectory, Vec<String>) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let header: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("directory.json")).unwrap())
            .unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let directory = StaticDirectory {
        units: header["units"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| UnitName {
                name: u["name"].as_str().unwrap().into(),
                aliases: strings(&u["aliases"]),
            })
            .collect(),
        investments: header["investments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| InvestmentName {
                name: i["name"].as_str().unwrap().into(),
                unit: i["unit"].as_str().unwrap().into(),
                aliases: vec![],
            })
            .collect(),
    };
    let mut messages = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        for line in std::fs::read_to_string(f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let v: Value = serde_json::from_str(line).unwrap();
            messages.push(v["message"].as_str().unwrap().to_string());
        }
    }
    (directory, messages)
}

fn bench_reader(c: &mut Criterion) {
    let (directory, messages) = corpus();
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let settings = ReaderSettings::default();
    let reader = Reader::new(&directory, settings.clone());

    let mut group = c.benchmark_group("reader");
    group.throughput(Throughput::Elements(messages.len() as u64));
    group.bench_function("corpus, prepared Reader", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(reader.read(black_box(m), "ana", today).unwrap());
            }
        })
    });
    // The same reader with the date-role and rationale models emptied (the rules decide):
    // what the models cost, measured in the same minutes.
    let rules_only = reader
        .with_reason_model(std::sync::Arc::new(ReasonModel::default()))
        .with_date_model(std::sync::Arc::new(ReasonModel::default()));
    group.bench_function("corpus, prepared Reader, rules place dates", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(rules_only.read(black_box(m), "ana", today).unwrap());
            }
        })
    });
    group.bench_function("corpus, one-shot read()", |b| {
        b.iter(|| {
            for m in &messages {
                black_box(read(black_box(m), "ana", today, &directory, &settings).unwrap());
            }
        })
    });
    let sentence = "Met Ops on Friday, they approved £250k for the CRM replacment in Sales (a quarter of a million), pushed to Q3 because costs ran over; I'll send options by 31/03/2027. ";
    let long: String = sentence.repeat(MAX_MESSAGE_BYTES / sentence.len());
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.sample_size(20);
    group.bench_function("one 100 KB message", |b| {
        b.iter(|| black_box(reader.read(black_box(&long), "ana", today).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench_reader);
criterion_main!(benches);
