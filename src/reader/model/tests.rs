use super::super::tokens::Token;
use super::*;

#[test]
fn the_shipped_model_parses_and_round_trips() {
    let m = shipped();
    let again = IntentModel::from_text(&m.to_text()).unwrap();
    assert_eq!(again.len(), m.len());
    assert_eq!(again.threshold, m.threshold);
}

#[test]
fn a_word_said_many_times_weighs_as_much_as_once() {
    let model = |w: [f32; N]| IntentModel {
        weights: HashMap::from_iter([(fnv(&["w", "the"]), w)]),
        threshold: 0.0,
    };
    let m = model([0.0, 0.0, 0.0, 0.0, 2.0]);
    let s = Signals::default();
    let once = super::super::tokens::tokenize("the pilot stops");
    let often = super::super::tokens::tokenize("the pilot stops, the vendor left the market");
    let score = |toks: &[Token]| m.scores(&features(toks, &[], &s, Intent::Decision))[4];
    assert_eq!(score(&once), 2.0);
    assert_eq!(score(&often), 2.0);
}

#[test]
fn features_by_name_are_the_features_the_model_reads() {
    let toks = super::super::tokens::tokenize("Estates floated a £45k tide gauge upgrade");
    let s = Signals {
        money: true,
        ..Signals::default()
    };
    let named = feature_names(&toks, &[], &s, Intent::None);
    let hashed = features(&toks, &[], &s, Intent::None);
    let mut by_name: Vec<u64> = named.iter().map(|(_, h)| *h).collect();
    by_name.sort_unstable();
    assert_eq!(by_name, hashed);
    assert!(named.iter().any(|(n, _)| n == "w floated"), "{named:?}");
    // The signals on together are one feature too, with and without the rules' intent.
    assert!(named.iter().any(|(n, _)| n == "sigs money"), "{named:?}");
    assert!(
        named.iter().any(|(n, _)| n == "sigs+rule money None"),
        "{named:?}"
    );
    let mut model = IntentModel::default();
    model
        .weights
        .insert(fnv(&["w", "floated"]), [0.0, 0.0, 2.0, 0.0, 0.0]);
    let why = model.explain(&named);
    assert_eq!(why.len(), 1, "only weighted features explain: {why:?}");
    assert_eq!(why[0].0, "w floated");
}

#[test]
fn a_result_measured_beside_an_amount_is_a_feature_of_its_own() {
    let toks = super::super::tokens::tokenize("no-shows down 12 pts, £6k more revenue");
    let s = Signals {
        money: true,
        measures: super::super::measured::Measures {
            change_counted: true,
            change_in_money: true,
            ..Default::default()
        },
        ..Signals::default()
    };
    let named: Vec<String> = feature_names(&toks, &[], &s, Intent::Benefit)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    for want in [
        "m change_counted",
        "m+rule change_in_money Benefit",
        "m result_with_amount",
    ] {
        assert!(named.iter().any(|n| n == want), "{want}: {named:?}");
    }
    // With a proposal's cue ("asks for £60k") the amount is not a result's.
    let s = Signals {
        money: true,
        investment_cue: true,
        ..s
    };
    let named = feature_names(&toks, &[], &s, Intent::Investment);
    assert!(!named.iter().any(|(n, _)| n == "m result_with_amount"));
    // They stay out of the signature, so a model trained before them reads as it did.
    assert!(named.iter().any(|(n, _)| n == "sigs investment_cue+money"));
}

#[test]
fn training_learns_a_separable_set_and_is_deterministic() {
    let ex = |words: &[&str], label| Example {
        features: words.iter().map(|w| fnv(&["w", w])).collect(),
        rule: Intent::None,
        label,
    };
    let data = vec![
        ex(&["cheers", "team"], Intent::None),
        ex(&["produced", "savings"], Intent::Benefit),
        ex(&["thanks", "all"], Intent::None),
        ex(&["cut", "costs"], Intent::Benefit),
    ];
    let a = IntentModel::train(&data, 5, 0.0);
    let b = IntentModel::train(&data, 5, 0.0);
    assert_eq!(a.to_text(), b.to_text());
    assert_eq!(
        a.decide(&[fnv(&["w", "produced"])], Intent::None),
        Intent::Benefit
    );
    assert_eq!(
        a.decide(&[fnv(&["w", "cheers"])], Intent::Note),
        Intent::None
    );
}
