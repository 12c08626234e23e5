//! The reader training program's command line (`examples/train_reader/options.rs`).

#[path = "../examples/train_reader/options.rs"]
mod options;

use options::{parse, Options};
use std::path::PathBuf;

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}

#[test]
fn keep_takes_the_directory_after_it() {
    let o = parse(args(&["--check", "--keep", "/tmp/cand"])).unwrap();
    assert_eq!(
        o,
        Options {
            check_only: true,
            keep: Some(PathBuf::from("/tmp/cand")),
            show: false,
            first_records: false,
            first_seen: Vec::new(),
            try_rankers: None,
            train_only: None,
            recall: false,
            rationale_only: false,
            intent_only: false,
        }
    );
    let o = parse(args(&["--first-records", "--check"])).unwrap();
    assert!(o.first_records && o.check_only);
    assert_eq!(parse(args(&[])).unwrap(), Options::default());
}

#[test]
fn keep_without_a_directory_or_an_unknown_flag_says_how_to_call_it() {
    let e = parse(args(&["--keep"])).unwrap_err();
    assert!(e.contains("--keep needs a directory"), "{e}");
    let e = parse(args(&["--keep", "--check"])).unwrap_err();
    assert!(e.contains("--keep needs a directory"), "{e}");
    let e = parse(args(&["--chek"])).unwrap_err();
    assert!(
        e.contains("unknown argument `--chek`") && e.contains("--keep DIR"),
        "{e}"
    );
}

#[test]
fn first_seen_takes_the_folders_after_it_split_on_commas() {
    let o = parse(args(&["--first-seen", "acme-water,globex-rail", "--check"])).unwrap();
    assert_eq!(o.first_seen, ["acme-water", "globex-rail"]);
    assert!(o.check_only);
    let e = parse(args(&["--first-seen", "--check"])).unwrap_err();
    assert!(
        e.contains("--first-seen needs training folder names"),
        "{e}"
    );
    let e = parse(args(&["--first-seen"])).unwrap_err();
    assert!(
        e.contains("--first-seen needs training folder names"),
        "{e}"
    );
}

#[test]
fn try_rankers_takes_a_threshold_and_needs_keep() {
    let o = parse(args(&["--keep", "/tmp/cand", "--try-rankers", "4"])).unwrap();
    assert_eq!(o.try_rankers, Some(4.0));
    let e = parse(args(&["--try-rankers", "x", "--keep", "/tmp/c"])).unwrap_err();
    assert!(e.contains("--try-rankers needs a threshold"), "{e}");
    let e = parse(args(&["--try-rankers", "1"])).unwrap_err();
    assert!(e.contains("--try-rankers needs --keep"), "{e}");
}

#[test]
fn train_only_takes_a_threshold_and_needs_keep() {
    let o = parse(args(&["--train-only", "2", "--keep", "/tmp/cand"])).unwrap();
    assert_eq!(o.train_only, Some(2.0));
    let e = parse(args(&["--train-only", "-1", "--keep", "/tmp/c"])).unwrap_err();
    assert!(e.contains("--train-only needs a threshold"), "{e}");
    let e = parse(args(&["--train-only", "2"])).unwrap_err();
    assert!(e.contains("--train-only needs --keep"), "{e}");
}

#[test]
fn recall_and_rationale_only_are_flags() {
    let o = parse(args(&["--recall", "--show"])).unwrap();
    assert!(o.recall && o.show && !o.rationale_only);
    let o = parse(args(&["--rationale-only", "--check"])).unwrap();
    assert!(o.rationale_only && o.check_only && !o.recall);
}

#[test]
fn intent_only_is_a_flag_of_its_own() {
    let o = parse(args(&["--intent-only", "--keep", "/tmp/cand"])).unwrap();
    assert!(o.intent_only && !o.rationale_only && !o.check_only);
    assert!(!parse(args(&["--rationale-only"])).unwrap().intent_only);
    let e = parse(args(&["--intent"])).unwrap_err();
    assert!(e.contains("[--intent-only]"), "{e}");
}
