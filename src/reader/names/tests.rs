//! The name index on small directories: names, aliases, misspellings and short forms.

use super::*;
use crate::reader::tokens::tokenize;

fn dir() -> StaticDirectory {
    StaticDirectory {
        units: vec![
            UnitName {
                name: "Sales".into(),
                aliases: vec![],
            },
            UnitName {
                name: "Operations".into(),
                aliases: vec!["Ops".into()],
            },
            UnitName {
                name: "Customer Service".into(),
                aliases: vec!["Service".into()],
            },
        ],
        investments: vec![
            InvestmentName {
                name: "CRM Replacement".into(),
                unit: "Sales".into(),
                aliases: vec![],
            },
            InvestmentName {
                name: "CRM Replacement".into(),
                unit: "Customer Service".into(),
                aliases: vec![],
            },
            InvestmentName {
                name: "Data Lake".into(),
                unit: "Operations".into(),
                aliases: vec![],
            },
        ],
    }
}

#[test]
fn finds_names_aliases_and_misspellings() {
    let index = NameIndex::new(&dir());
    let cases: &[(&str, &[Target])] = &[
        ("met Ops today", &[Target::Unit(1)]),
        ("the Operatoins team", &[Target::Unit(1)]),
        ("stop the data lake project", &[Target::Investment(2)]),
        (
            "the CRM replacment",
            &[Target::Investment(0), Target::Investment(1)],
        ),
        ("customer service", &[Target::Unit(2)]),
        ("nothing here", &[]),
    ];
    for (text, want) in cases {
        let found = index.find(&tokenize(text));
        let got: Vec<Target> = found.iter().flat_map(|m| m.targets.clone()).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn an_ampersand_acronym_is_its_unit() {
    let dir = StaticDirectory {
        units: vec![
            UnitName {
                name: "People & Culture".into(),
                aliases: vec!["P&C".into()],
            },
            UnitName {
                name: "Quality Assurance".into(),
                aliases: vec!["QA".into()],
            },
            UnitName {
                name: "Research and Development".into(),
                aliases: vec!["R&D".into()],
            },
        ],
        investments: vec![],
    };
    let index = NameIndex::new(&dir);
    let cases: &[(&str, &[Target])] = &[
        ("P&C 1:1 today", &[Target::Unit(0)]),
        ("P&C and Finance workshop", &[Target::Unit(0)]),
        ("met r&d on Monday", &[Target::Unit(2)]),
        ("people & culture", &[Target::Unit(0)]),
        // Another acronym written with "&" is not a unit's written without one.
        ("Q&A session at noon", &[]),
    ];
    for (text, want) in cases {
        let found = index.find(&tokenize(text));
        let got: Vec<Target> = found.iter().flat_map(|m| m.targets.clone()).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn numeronyms_initials_with_a_number_and_clipped_hyphenated_words() {
    let inv = |name: &str| InvestmentName {
        name: name.into(),
        unit: "Platform".into(),
        aliases: vec![],
    };
    let dir = StaticDirectory {
        units: vec![UnitName {
            name: "Platform".into(),
            aliases: vec![],
        }],
        investments: vec![
            inv("Kubernetes Cluster Move"),
            inv("Office 365 Tenancy"),
            inv("E-Invoicing Rollout"),
            inv("Observability Stack"),
        ],
    };
    let index = NameIndex::new(&dir);
    let cases: &[(&str, Option<usize>)] = &[
        // A numeronym: first letter, how many letters between, last letter.
        ("k8s cluster move approved", Some(0)),
        ("the k8s work is paused", Some(0)),
        ("o11y stack went live", Some(3)),
        // A name's initial written onto its number.
        ("O365 tenancy signed off", Some(1)),
        ("we parked o365", Some(1)),
        // A hyphenated word clipped: "e-inv" for E-Invoicing.
        ("e-inv rollout is late", Some(2)),
        ("e-inv adoption is patchy", Some(2)),
        // Not every letter-number word is a name.
        ("k9s are not cluster moves", None),
        ("q3 numbers", None),
    ];
    for (text, want) in cases {
        let found = index.find(&tokenize(text));
        let got = found.iter().find_map(|m| match m.targets[..] {
            [Target::Investment(i)] => Some(i),
            _ => None,
        });
        assert_eq!(got, *want, "{text}");
    }
}
