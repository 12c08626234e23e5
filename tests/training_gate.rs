//! The reader training gate's verdicts (`examples/train_reader/verdict.rs`): which
//! measurements ship a retrained model and which refuse it, and why.

#[path = "../examples/train_reader/verdict.rs"]
mod verdict;

use verdict::{verdict, Cv, Evidence, FieldRead, Read};

const WON: Cv = Cv {
    rules: 80,
    model: 90,
    won: true,
};
const LOST: Cv = Cv {
    rules: 80,
    model: 78,
    won: false,
};

fn read(wholly_right: usize, fields_right: usize) -> Read {
    Read {
        wholly_right,
        fields_right,
    }
}

fn field(field: &'static str, before: usize, after: usize, messages: usize) -> FieldRead<'static> {
    FieldRead {
        file: "acme",
        field,
        before,
        after,
        messages,
    }
}

/// A candidate that passes everything; each test changes one measurement.
fn passing(cv: &Cv) -> Evidence<'_> {
    Evidence {
        cv,
        empty: false,
        unit_failures: Ok(Vec::new()),
        dev: [read(50, 600), read(52, 605)],
        fields: vec![field("unit", 100, 100, 100), field("amount", 90, 92, 100)],
        money_errors: Vec::new(),
    }
}

fn refused(e: &Evidence) -> String {
    verdict(e).expect_err("refused").join("\n")
}

#[test]
fn a_model_that_passes_every_check_ships_saying_what_it_passed() {
    let passed = verdict(&passing(&WON)).expect("ships");
    for said in [
        "leave-one-organisation-out 90 wholly right against 80 without it",
        "every test pinning the reader passes",
        "development set 50 → 52 wholly right, 600 → 605 fields",
        "every training file keeps its per-field floor",
    ] {
        assert!(passed.contains(said), "{said}: {passed}");
    }
}

#[test]
fn a_model_that_lost_on_cross_validation_is_refused_unless_it_is_empty() {
    let why = refused(&passing(&LOST));
    assert!(why.contains("does not clearly beat the rules"), "{why}");

    // Written empty, the rules decide: that is what cross-validation asked for.
    let empty = Evidence {
        empty: true,
        ..passing(&LOST)
    };
    let passed = verdict(&empty).expect("an empty model ships");
    assert!(passed.contains("the rules decide"), "{passed}");
}

#[test]
fn failing_unit_tests_refuse_it_by_name_and_tests_that_cannot_run_refuse_it_too() {
    let failing = Evidence {
        unit_failures: Ok(vec!["reader::tests::a".into(), "reader::tests::b".into()]),
        ..passing(&WON)
    };
    let why = refused(&failing);
    assert!(
        why.contains("2 tests pinning the reader fail: reader::tests::a, reader::tests::b"),
        "{why}"
    );

    let not_run = Evidence {
        unit_failures: Err("cargo was not found".into()),
        ..passing(&WON)
    };
    let why = refused(&not_run);
    assert!(
        why.contains("could not be run:\ncargo was not found"),
        "{why}"
    );
}

#[test]
fn the_development_set_may_not_read_worse_in_messages_or_in_fields() {
    for dev in [
        [read(50, 600), read(49, 640)],
        [read(50, 600), read(55, 599)],
    ] {
        let e = Evidence {
            dev,
            ..passing(&WON)
        };
        let why = refused(&e);
        assert!(why.contains("it reads the development set"), "{why}");
    }
    // The same reading is no worse.
    let same = Evidence {
        dev: [read(50, 600), read(50, 600)],
        ..passing(&WON)
    };
    assert!(verdict(&same).is_ok());
}

#[test]
fn a_field_below_its_floor_refuses_it_and_the_floor_is_never_above_what_shipped_read() {
    // 95% of 100 messages: 95.
    let below = Evidence {
        fields: vec![field("amount", 97, 94, 100)],
        ..passing(&WON)
    };
    let why = refused(&below);
    assert!(
        why.contains("fields below their floor: acme amount 94 of 100 (floor 95)"),
        "{why}"
    );
    let at = Evidence {
        fields: vec![field("amount", 97, 95, 100)],
        ..passing(&WON)
    };
    assert!(verdict(&at).is_ok());
    // Shipped read 80: the floor is 80, not 95.
    let low = Evidence {
        fields: vec![field("amount", 80, 80, 100)],
        ..passing(&WON)
    };
    assert!(verdict(&low).is_ok());
    let lower = Evidence {
        fields: vec![field("amount", 80, 79, 100)],
        ..passing(&WON)
    };
    assert!(refused(&lower).contains("(floor 80)"));
    // The floor rounds up: 95% of 21 messages is 19.95, so 20.
    let small = Evidence {
        fields: vec![field("date", 21, 19, 21)],
        ..passing(&WON)
    };
    assert!(refused(&small).contains("(floor 20)"));
}

#[test]
fn every_reason_is_given_at_once() {
    let e = Evidence {
        empty: false,
        unit_failures: Ok(vec!["t".into()]),
        dev: [read(50, 600), read(40, 500)],
        fields: vec![field("unit", 100, 10, 100)],
        ..passing(&LOST)
    };
    assert_eq!(verdict(&e).expect_err("refused").len(), 4);
}

/// A candidate that reads any amount of the training files in the wrong currency or off by
/// ten times or more is refused, however well it scores: the corpus test fails on any such
/// amount, and a wrong figure in a decision log misleads worse than none.
#[test]
fn a_model_that_reads_an_amount_wrongly_is_refused_naming_it() {
    let wrong = Evidence {
        money_errors: vec!["acme: want $12K got $2.1M <- the stores scanners …".into()],
        ..passing(&WON)
    };
    let why = refused(&wrong);
    assert!(
        why.contains(
            "1 amount read with the wrong magnitude or currency: acme: want $12K got $2.1M"
        ),
        "{why}"
    );
    let passed = verdict(&passing(&WON)).expect("ships");
    assert!(
        passed.contains("no amount read with the wrong magnitude or currency"),
        "{passed}"
    );
}
