//! [`NameIndex::find`] remembered per slice of the message being read answers as the names
//! worked out afresh ([`NameIndex::find_worked_out`]), asked twice (the second answer is the
//! remembered one) of the whole message and of each record the split gives, for every corpus
//! message against its organisation's directory and every string of the source against an
//! invented one (a Welsh bus company).

use crate::money::Currency;
use crate::reader::names::{InvestmentName, NameIndex, NameMatch, StaticDirectory, UnitName};
use crate::reader::read_memo::MessageMemo;
use crate::reader::records;
use crate::reader::tokens::tokenize;

fn shown(names: &[NameMatch]) -> String {
    format!("{names:?}")
}

/// Where the remembered names differ from the worked-out ones in `text`.
fn differences(index: &NameIndex, text: &str, currency: Currency) -> Vec<String> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return vec![];
    }
    let _memo = MessageMemo::start(&toks);
    let mut slices = vec![(0, toks.len())];
    slices.extend(records::split(&toks, index, currency));
    let mut out = vec![];
    for (a, b) in slices {
        let worked_out = shown(&index.find_worked_out(&toks[a..b]));
        for ask in 0..2 {
            let found = shown(&index.find(&toks[a..b]));
            if found != worked_out {
                out.push(format!(
                    "{text:?} {a}..{b} ask {ask}: {found} != {worked_out}"
                ));
            }
        }
    }
    out
}

fn bus_company() -> StaticDirectory {
    let unit = |name: &str, aliases: &[&str]| UnitName {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    };
    let inv = |name: &str, unit: &str| InvestmentName {
        name: name.into(),
        unit: unit.into(),
        aliases: vec![],
    };
    StaticDirectory {
        units: vec![
            unit("Depots", &["Depot"]),
            unit("Ticketing", &[]),
            unit("Fleet Engineering", &["Fleet Eng"]),
        ],
        investments: vec![
            inv("Depot Charger Upgrade", "Depots"),
            inv("Ticket Machine Refresh", "Ticketing"),
            inv("Driver Tablet Rollout", "Fleet Engineering"),
            inv("Timetable App", "Ticketing"),
        ],
    }
}

#[test]
fn remembered_names_answer_as_worked_out_in_invented_words() {
    let index = NameIndex::new(&bus_company());
    for text in [
        "Board agreed £40k to the depot chargers. Ticket machines: no.",
        "Depots: charger upgrade approved, £40k. Ticketing: timetable app paused till June",
        "Rhys is fine with the driver tablets; the timetable app can wait",
    ] {
        assert_eq!(
            differences(&index, text, Currency::GBP),
            Vec::<String>::new()
        );
    }
}

#[test]
fn remembered_names_answer_as_worked_out_on_the_corpus_and_the_source() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/training");
    let mut read = 0;
    let mut diffs = vec![];
    for entry in std::fs::read_dir(&corpus).into_iter().flatten().flatten() {
        let org = entry.path();
        let (Ok(header), Ok(messages)) = (
            std::fs::read_to_string(org.join("directory.json")),
            std::fs::read_to_string(org.join("messages.jsonl")),
        ) else {
            continue;
        };
        let header: serde_json::Value = serde_json::from_str(&header).unwrap();
        let strings = |v: &serde_json::Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        };
        let list = |key: &str| header[key].as_array().cloned().unwrap_or_default();
        let directory = StaticDirectory {
            units: list("units")
                .iter()
                .map(|u| UnitName {
                    name: u["name"].as_str().unwrap_or_default().into(),
                    aliases: strings(&u["aliases"]),
                })
                .collect(),
            investments: list("investments")
                .iter()
                .map(|i| InvestmentName {
                    name: i["name"].as_str().unwrap_or_default().into(),
                    unit: i["unit"].as_str().unwrap_or_default().into(),
                    aliases: vec![],
                })
                .collect(),
        };
        let index = NameIndex::new(&directory);
        for line in messages.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(m) = v["message"].as_str() {
                diffs.extend(differences(&index, m, Currency::USD));
                read += 1;
            }
        }
    }
    assert!(read > 7000, "{read} messages read");
    let index = NameIndex::new(&bus_company());
    for text in super::p52_source_sentences_tests::source_sentences() {
        diffs.extend(differences(&index, &text, Currency::GBP));
    }
    diffs.truncate(5);
    assert_eq!(diffs, Vec::<String>::new());
}
