//! One-shot timing of a chat digest of a huge portfolio: the benchmark data set's
//! investment lines repeated until the value-for-money table has a million rows (as
//! `tests/digest_chat_rows.rs` does with fewer), then the chat reply made (its tables keep
//! `CHAT_ROWS` rows and measure the rest) and laid out as Slack blocks, three times.
//!
//! `cargo run --example chat_digest_timing -- [rows]` (see benches/README.md for the
//! build used).

use std::time::Instant;
use valuebridge::config::Config;
use valuebridge::digest::{self, dataset, DigestRequest, DigestSettings, Period};
use valuebridge::ids::TenantId;
use valuebridge::store::Store;

fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("a number of rows"))
        .unwrap_or(1_000_000);
    let store = Store::temporary().expect("a store");
    let tenant = TenantId::local();
    dataset::generate_dataset(&store, &tenant, 1_900).expect("the data set");
    let settings = DigestSettings::from_config(&Config::default()).expect("settings");
    let req = DigestRequest {
        unit: None,
        period: Period::parse("quarter", dataset::AS_OF).expect("a period"),
        as_of: dataset::AS_OF,
    };
    let mut d = digest::build(&store, &tenant, &settings, &req).expect("a digest");
    let active: Vec<_> = d
        .investments
        .iter()
        .filter(|i| i.status == "active")
        .cloned()
        .collect();
    d.investments = (0..lines)
        .map(|k| {
            let mut line = active[k % active.len()].clone();
            line.id = format!("INV-{}", 100_000 + k).into();
            line
        })
        .collect();
    for run in 1..=3 {
        let started = Instant::now();
        let chat = digest::to_chat_reply(&d);
        let made = started.elapsed();
        let (blocks, _) = valuebridge_slack::blocks::render(&chat);
        let total = started.elapsed();
        println!(
            "run {run}: {lines} rows, chat reply {:.1} ms, with Slack blocks {:.1} ms ({} blocks)",
            made.as_secs_f64() * 1e3,
            total.as_secs_f64() * 1e3,
            blocks.len()
        );
    }
}
