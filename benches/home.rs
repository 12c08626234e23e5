//! One person's Slack Home page built on a store of 100k notes logged by other people (and
//! a few of the person's own): the time of one build, median of several.
//!
//! Run: `cargo bench --bench home`. Numbers are recorded in benches/README.md.

use std::sync::Arc;
use std::time::{Duration, Instant};
use valuebridge::clock::SystemClock;
use valuebridge::config::Config;
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{Actor, Invocation, Role};

const NOTES: usize = 100_000;
const BUILDS: usize = 9;

fn actor(user: &str) -> Actor {
    Actor {
        user_id: user.into(),
        display_name: user.into(),
        role: Some(Role::Admin),
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let service =
        Service::without_flush(store, Arc::new(Config::default()), Arc::new(SystemClock)).unwrap();
    let say = |user: &str, text: String| {
        let inv = Invocation {
            tenant: "slack:T1".into(),
            channel: "C1".into(),
            actor: actor(user),
            text,
            is_command: true,
        };
        rt.block_on(service.handle(&inv))
    };
    for line in [
        "unit add Sales",
        "unit add Ops",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 start:2026-01-01 category:transform",
        "decide INV-1 approve £250k because churn review:2026-12-07",
    ] {
        say("admin", line.to_string());
    }
    for i in 0..5 {
        say(
            "me",
            format!("note Sales: kickoff {i} follow-up: send the deck {i} @me by 2026-12-02"),
        );
    }
    let started = Instant::now();
    for i in 0..NOTES {
        let unit = if i % 2 == 0 { "Sales" } else { "Ops" };
        say(
            "other",
            format!("note {unit}: Met the CFO, meeting {i}. follow-up: send cost breakdown @alice by 2026-12-04 #crm"),
        );
    }
    eprintln!("stored {NOTES} notes in {:.1?}", started.elapsed());
    let mut times: Vec<Duration> = (0..BUILDS)
        .map(|_| {
            let t = Instant::now();
            let page = service.home("slack:T1", &actor("me"));
            let took = t.elapsed();
            assert!(valuebridge_chat::render_plain(&page).contains("send the deck 4"));
            took
        })
        .collect();
    times.sort();
    println!(
        "home page, {NOTES} notes of others: median {:.2?} (min {:.2?}, max {:.2?}) over {BUILDS} builds",
        times[BUILDS / 2],
        times[0],
        times[BUILDS - 1]
    );
}
