//! Unit tests of whether an option reads as a reason (`reason_signs.rs`), worded for a
//! fictional hill-country pottery guild (its kilns, glaze room, wheels and market stall).

use super::super::super::tokens::tokenize;
use super::super::verdict_object::{verdict_object, Object};
use super::*;

fn sign(text: &str, a: usize, b: Option<usize>) -> Sign {
    let toks = tokenize(text);
    let skip = |j: usize| toks[j].kind == TokKind::Num;
    let ctx = Context {
        text,
        toks: &toks,
        skip: &skip,
        verdict: None,
        kind: "decision",
        rule: None,
    };
    sign_of(&ctx, a, b.unwrap_or(toks.len()), &Object::default())
}

#[test]
fn reason_words_are_told_by_kind() {
    let toks = tokenize("because the old kiln cracks, due to the damp");
    assert_eq!(marker_at(&toks, 0), Some("cause"));
    assert_eq!(marker_at(&toks, 6), Some("cause"), "due to");
    let toks = tokenize("new wheels to save the potters' backs");
    assert_eq!(marker_at(&toks, 2), Some("purpose"));
    let toks = tokenize("on hold until the grant lands");
    assert_eq!(marker_at(&toks, 2), Some("condition"));
    let toks = tokenize("glaze room approved, so we can fire twice a week");
    assert_eq!(marker_at(&toks, 4), Some("consequence"));
}

#[test]
fn as_is_a_reason_only_opening_a_clause_and_not_as_well() {
    let toks = tokenize("approved, as the stall sells out by noon");
    assert_eq!(marker_at(&toks, 2), Some("cause"));
    let toks = tokenize("approved as well as the clay order");
    assert_eq!(marker_at(&toks, 1), None);
    assert_eq!(marker_at(&toks, 3), None, "mid-clause");
    let toks = tokenize("to the market on Saturday");
    assert_eq!(marker_at(&toks, 0), None, "to a place is no purpose");
}

#[test]
fn an_option_opening_on_a_reason_word_is_marked_so() {
    let s = sign("because the old kiln cracks every firing", 0, None);
    assert_eq!(s.marker, Some(("cause", "opens")));
    assert_eq!(s.shape, "plain");
    let s = sign(
        "the big kiln stays on until the new one is fired in",
        0,
        None,
    );
    assert_eq!(s.marker, Some(("condition", "inside")));
}

#[test]
fn a_description_the_figures_and_a_plan_are_no_reason() {
    let s = sign("It's two kilns and a glaze room with a vent", 0, None);
    assert_eq!((s.marker, s.shape), (None, "description"));
    let s = sign("12 wheels at 900 each plus 2000 fitting", 0, None);
    assert_eq!((s.marker, s.shape), (None, "figures"));
    let s = sign("we'll order the clay in March", 0, None);
    assert_eq!(s.shape, "plan");
    let s = sign("@rua can you book the electrician", 0, None);
    assert_eq!(s.shape, "action");
    let s = sign("did anyone price the vent", 0, None);
    assert_eq!(s.shape, "plain", "no question mark: plain");
    let s = sign("did anyone price the vent?", 0, Some(5));
    assert_eq!(s.shape, "question", "the mark after it counts");
    let s = sign("go-live for the online shop is the 3rd", 0, None);
    assert_eq!(s.shape, "schedule");
}

#[test]
fn results_and_judgements_are_told() {
    let s = sign("breakages fell 30% since the new shelves", 0, None);
    assert!(s.result);
    let s = sign("the spray booth is too costly for us", 0, None);
    assert!(s.judges && !s.result);
}

#[test]
fn the_record_says_whether_any_sentence_and_the_verdicts_hold_a_reason_word() {
    let text = "Glaze room approved. It's got a vent because the fumes linger";
    let toks = tokenize(text);
    let skip = |_: usize| false;
    let mut ctx = Context {
        text,
        toks: &toks,
        skip: &skip,
        verdict: Some((2, 3)),
        kind: "decision",
        rule: None,
    };
    assert_eq!(record_signs(&ctx), (false, true));
    let text2 = "Glaze room approved because the fumes linger. It's got a vent";
    let toks2 = tokenize(text2);
    ctx.text = text2;
    ctx.toks = &toks2;
    assert_eq!(record_signs(&ctx), (true, true));
}

#[test]
fn none_is_described_by_whether_any_option_holds_a_reason() {
    let none_of = |text: &str| {
        let toks = tokenize(text);
        let skip = |_: usize| false;
        let ctx = Context {
            text,
            toks: &toks,
            skip: &skip,
            verdict: Some((2, 3)),
            kind: "decision",
            rule: None,
        };
        let (_, opts, _) = options(&ctx);
        opts.last().cloned().expect("none is an option")
    };
    let plain = none_of("Glaze room approved. It's two benches and a vent");
    let reasoned = none_of("Glaze room approved. The fumes linger because there is no vent");
    assert!(plain.contains(&fnv(&["n_any_marker", "n"])));
    assert!(reasoned.contains(&fnv(&["n_any_marker", "y"])));
    assert!(plain.contains(&fnv(&["n_shape_among", "description"])));
}

#[test]
fn an_option_in_another_sentence_repeating_the_verdicts_words_names_its_object() {
    let text =
        "Glaze room approved. The glaze room floods every spring. Fyi the stall opens Monday";
    let toks = tokenize(text);
    let skip = |_: usize| false;
    let ctx = Context {
        text,
        toks: &toks,
        skip: &skip,
        verdict: Some((2, 3)),
        kind: "decision",
        rule: None,
    };
    let object = verdict_object(&ctx);
    assert!(
        sign_of(&ctx, 4, 9, &object).names_object,
        "the glaze room floods"
    );
    assert!(
        !sign_of(&ctx, 11, 16, &object).names_object,
        "the stall opens"
    );
}
