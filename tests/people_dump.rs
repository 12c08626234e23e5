//! Prints who decided and who owns the follow-up for every record the reader returns on the
//! training folders, labelled with people keys or not, so a wrong name on a record whose
//! label has no people keys (which the corpus test never scores) can be seen. Not the
//! holdouts nor the development set: `holdout.jsonl` is left out here, and `holdout2/` and
//! `dev/` are not training sets. Ignored; run with
//! `cargo test --test people_dump -- --ignored --nocapture`.
//!
//! One line a record, tab separated: file:line, record number, the decider read, its label
//! (`-` when the label has no `decided_by` key), the owner read, its label, the message.

mod corpus_scoring;

use corpus_scoring::*;
use serde_json::Value;
use valuebridge::reader::ReaderSettings;

#[test]
#[ignore = "a listing to read, not a check"]
fn every_person_read_on_the_training_folders() {
    let mut decided = 0;
    let mut owned = 0;
    for (name, directory, file) in training_sets() {
        if name == "holdout.jsonl" {
            continue;
        }
        let tenant = load_tenant(&directory);
        for (at, case) in load_cases(&file) {
            let settings = ReaderSettings {
                day_first: case.day_first.unwrap_or(tenant.settings.day_first),
                ..tenant.settings.clone()
            };
            let reading = tenant
                .reader
                .with_settings(settings)
                .read(
                    &case.message,
                    case.speaker.as_deref().unwrap_or(&tenant.speaker),
                    case.today.unwrap_or(tenant.today),
                )
                .unwrap();
            let got = serde_json::to_value(&reading).unwrap();
            let mut records = vec![&got];
            records.extend(got["also"].as_array().into_iter().flatten());
            let labels: Vec<_> = std::iter::once(&case.expected).chain(&case.also).collect();
            let at = at.rsplit("corpus/").next().unwrap_or(&at).to_string();
            for (k, record) in records.iter().enumerate() {
                let label = labels.get(k);
                let decider = shown(&record["decided_by"]);
                let owner = shown(&record["action"]["owner"]);
                decided += usize::from(decider != "null");
                owned += usize::from(owner != "null");
                println!(
                    "{at}\t{}\t{decider}\t{}\t{owner}\t{}\t{}",
                    k + 1,
                    label
                        .and_then(|l| l.get("decided_by"))
                        .map_or("-".into(), shown),
                    label.and_then(|l| l.get("owner")).map_or("-".into(), shown),
                    case.message.replace(['\n', '\t'], " ")
                );
            }
        }
    }
    println!("deciders read: {decided}, owners read: {owned}");
}

fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}
