//! Unit tests of the rationale options at clause edges (`edges.rs`), worded for a fictional
//! island harbour co-operative (its ferry, cranes, boats and pottery kiln).

use super::super::tokens::tokenize;
use super::edges::{boundary, MOST};
use super::*;

fn edge_texts(text: &str, verdict: Option<(usize, usize)>, rule: Option<&str>) -> Vec<String> {
    let toks = tokenize(text);
    // The dates: "May" and a day before it.
    let skip = |j: usize| toks[j].is("may") || toks.get(j + 1).is_some_and(|t| t.is("may"));
    let ctx = Context {
        text,
        toks: &toks,
        skip: &skip,
        verdict,
        kind: "decision",
        rule,
    };
    let (cands, opts, k) = options(&ctx);
    assert_eq!(
        opts.len(),
        cands.len() + 1,
        "every option has features, then none"
    );
    if let Some(r) = rule {
        assert_eq!(cands[k].text, r, "the rules' choice keeps its place");
    }
    cands.into_iter().map(|c| c.text).collect()
}

#[test]
fn a_reason_runs_on_over_and_to_its_next_clause() {
    let text = "The kiln stays, the new burner eats half the gas, and the fitter is booked";
    let got = edge_texts(text, Some((2, 3)), Some("the new burner eats half the gas"));
    assert!(
        got.contains(&"the new burner eats half the gas, and the fitter is booked".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_heading_and_a_trailing_date_can_be_dropped() {
    let text = "Quay cranes approved. Crane 4: lifts are up 12% since May";
    let got = edge_texts(
        text,
        Some((2, 3)),
        Some("Crane 4: lifts are up 12% since May"),
    );
    assert!(
        got.contains(&"lifts are up 12% since May".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"Crane 4: lifts are up 12%".to_string()),
        "{got:?}"
    );
}

#[test]
fn the_sentence_before_the_verdict_is_an_option_without_its_date() {
    let text = "The ferry ramp cracked again on 12 May. Ramp repair approved.";
    let got = edge_texts(text, Some((11, 12)), None);
    assert!(
        got.contains(&"The ferry ramp cracked again".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_result_loses_its_subject_and_its_date_together_when_the_rules_read_none() {
    let text = "Net winch on boat 3 halved deck injuries in May, about £9k saved";
    let toks = tokenize(text);
    let skip = |j: usize| toks[j].is("may") || toks[j].is("£") || toks[j].is("9k");
    let ctx = Context {
        text,
        toks: &toks,
        skip: &skip,
        verdict: None,
        kind: "benefit",
        rule: None,
    };
    let (cands, _, k) = options(&ctx);
    assert_eq!(
        k,
        cands.len(),
        "no rationale by the rules: none is their option"
    );
    let got: Vec<&str> = cands.iter().map(|c| c.text.as_str()).collect();
    assert!(got.contains(&"halved deck injuries"), "{got:?}");
}

#[test]
fn no_more_edge_options_than_the_cap() {
    let text = "Dock cranes approved. A, b, c, d and e. F, g, h and i. J, k; l, m and n. O, p";
    let toks = tokenize(text);
    let plain = candidates(text, &toks).len();
    let got = edge_texts(text, Some((2, 3)), Some("g"));
    assert!(
        got.len() <= plain + 1 + MOST,
        "{} options: {got:?}",
        got.len()
    );
    assert!(got.len() > plain + 1, "some edge options: {got:?}");
}

#[test]
fn boundaries_are_told_apart_by_the_word_after_a_comma() {
    let toks = tokenize("the pier, and the shed, so the rest, then: done — ok");
    let kinds: Vec<&str> = (0..toks.len()).filter_map(|j| boundary(&toks, j)).collect();
    assert_eq!(
        kinds,
        ["comma_and", "comma_so", "comma", "colon", "dash"],
        "{toks:?}"
    );
}
