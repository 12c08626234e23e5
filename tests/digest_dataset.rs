//! The benchmark data set: the issue's proportions, deterministic, and a digest that
//! finds something in every section of it.

use valuebridge::config::Config;
use valuebridge::digest::{self, dataset, DigestRequest, DigestSettings, Period};
use valuebridge::ids::{Kind, TenantId, UnitId};
use valuebridge::store::Store;

fn generated(scale: usize) -> (Store, dataset::DatasetSummary) {
    let store = Store::temporary().unwrap();
    let summary = dataset::generate_dataset(&store, &TenantId::local(), scale).unwrap();
    (store, summary)
}

#[test]
fn the_data_set_has_the_issues_proportions() {
    let (store, s) = generated(1_900);
    assert_eq!(
        (s.units, s.investments, s.decisions, s.benefits, s.notes),
        (50, 100, 300, 500, 1_000)
    );
    assert_eq!(s.records(), 1_900);
    let t = TenantId::local();
    for (kind, n) in [
        (Kind::Unit, 50),
        (Kind::Service, 252),
        (Kind::Investment, 100),
        (Kind::Decision, 300),
        (Kind::Benefit, 500),
        (Kind::Note, 1_000),
    ] {
        assert_eq!(store.live(&t, kind).unwrap().len(), n, "{kind:?}");
    }
}

#[test]
fn the_data_set_is_deterministic_and_every_section_has_something() {
    let (a, _) = generated(950);
    let (b, _) = generated(950);
    let t = TenantId::local();
    let mut config = Config::default();
    config.fx.insert("USD".into(), "0.79".into());
    let settings = DigestSettings::from_config(&config).unwrap();
    let period = Period::parse("quarter", dataset::AS_OF).unwrap();
    let req = DigestRequest {
        unit: None,
        period,
        as_of: dataset::AS_OF,
    };
    let da = digest::build(&a, &t, &settings, &req).unwrap();
    let db = digest::build(&b, &t, &settings, &req).unwrap();
    assert_eq!(da, db);
    assert!(da.headline.active > 0);
    assert!(!da.decisions.is_empty());
    assert!(!da.reviews_due.is_empty());
    assert!(da.investments.iter().any(|l| l.slipping));
    assert!(!da.coverage.units_without.is_empty());
    assert!(!da.overdue_followups.is_empty());
    // CHF has no rate in this configuration: named in a warning, not mixed in.
    assert!(
        da.warnings.iter().any(|w| w.contains("CHF")),
        "{:?}",
        da.warnings
    );
    let unit = digest::build(
        &a,
        &t,
        &settings,
        &DigestRequest {
            unit: Some(UnitId(2)),
            ..req
        },
    )
    .unwrap();
    assert_eq!(unit.unit.as_deref(), Some("Unit 01"));
    assert!(unit.investments.iter().all(|l| l.unit == "Unit 01"));
}

#[test]
fn a_digest_split_over_threads_equals_the_one_worked_out_on_one() {
    let (store, _) = generated(9_500);
    let t = TenantId::local();
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let req = DigestRequest {
        unit: None,
        period: Period::parse("quarter", dataset::AS_OF).unwrap(),
        as_of: dataset::AS_OF,
    };
    let one = store
        .with_aggregates(&t, |a| {
            digest::from_aggregates_on(a, &settings, &req, Some(1))
        })
        .unwrap();
    assert_eq!(
        one,
        digest::build_from_records(&store, &t, &settings, &req).unwrap()
    );
    assert!(one.investments.len() >= 400 && !one.reviews_due.is_empty());
    // Enough of each kind of line for every split below to give each thread some.
    assert!(one.reviews_due.len() >= 7 && one.overdue_followups.len() >= 7);
    for threads in [2, 3, 7] {
        let split = store
            .with_aggregates(&t, |a| {
                digest::from_aggregates_on(a, &settings, &req, Some(threads))
            })
            .unwrap();
        assert_eq!(split, one, "{threads} threads");
        assert_eq!(digest::to_json(&split), digest::to_json(&one));
    }
}

#[test]
fn the_digest_written_as_it_is_made_is_the_replys_text_and_markdown_byte_for_byte() {
    let (store, _) = generated(1_900);
    let empty = Store::temporary().unwrap();
    let t = TenantId::local();
    let mut config = Config::default();
    config.fx.insert("USD".into(), "0.79".into());
    let settings = DigestSettings::from_config(&config).unwrap();
    let mut seen = 0;
    for (store, unit, period) in [
        (&store, None, "quarter"),
        (&store, Some(UnitId(2)), "quarter"),
        (&store, None, "2026-01-01..2026-11-27"),
        (&empty, None, "week"),
    ] {
        let req = DigestRequest {
            unit,
            period: Period::parse(period, dataset::AS_OF).unwrap(),
            as_of: dataset::AS_OF,
        };
        let d = digest::build(store, &t, &settings, &req).unwrap();
        let written = digest::write_plain(&d, Vec::new()).unwrap();
        let expected = valuebridge_chat::render_plain(&digest::to_reply(&d));
        assert_eq!(
            String::from_utf8(written).unwrap(),
            expected,
            "{unit:?} {period}"
        );
        let written = digest::write_markdown(&d, Vec::new()).unwrap();
        let markdown = valuebridge_chat::render_markdown(&digest::to_reply(&d));
        assert_eq!(
            String::from_utf8(written).unwrap(),
            markdown,
            "{unit:?} {period}"
        );
        seen += expected.lines().count();
    }
    assert!(seen > 1_000, "the digests had lines to compare: {seen}");
}

#[test]
fn a_digest_that_cannot_be_written_says_why() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "disk full",
            ))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let (store, _) = generated(950);
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let req = DigestRequest {
        unit: None,
        period: Period::parse("quarter", dataset::AS_OF).unwrap(),
        as_of: dataset::AS_OF,
    };
    let d = digest::build(&store, &TenantId::local(), &settings, &req).unwrap();
    let e = digest::write_plain(&d, Full)
        .err()
        .expect("the write failed");
    assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
}

/// Every item of `items` repeated until there are `count`, each copy changed by `edit`
/// (given its position).
fn stretched<T: Clone>(items: &[T], count: usize, edit: impl Fn(&mut T, usize)) -> Vec<T> {
    assert!(!items.is_empty());
    (0..count)
        .map(|k| {
            let mut item = items[k % items.len()].clone();
            edit(&mut item, k);
            item
        })
        .collect()
}

#[test]
fn a_large_digest_written_on_every_core_is_the_text_of_its_reply_made_on_one() {
    let (store, _) = generated(1_900);
    let mut config = Config::default();
    config.fx.insert("USD".into(), "0.79".into());
    let settings = DigestSettings::from_config(&config).unwrap();
    let req = DigestRequest {
        unit: None,
        period: Period::parse("quarter", dataset::AS_OF).unwrap(),
        as_of: dataset::AS_OF,
    };
    let mut d = digest::build(&store, &TenantId::local(), &settings, &req).unwrap();
    // Tables of three and a bit times the rows made on every core, in many currencies
    // (one unknown), some names not ASCII, and the widest cell of each table near its end
    // (in the part laid out last).
    let rows = 3 * 4_096 + 5;
    let codes = ["GBP", "USD", "EUR", "JPY", "CHF", "INR", "ZAR", "XXQ"];
    let name = |base: &str, k: usize| match k {
        k if k == rows - 2 => format!("{base} the widest of all, at the far end"),
        k if k.is_multiple_of(7) => format!("{base} Café ✓ {k}"),
        _ => format!("{base} {k}"),
    };
    d.investments = stretched(&d.investments, rows, |l, k| {
        l.id = format!("INV-{}", k + 1).into();
        l.name = name(&l.name, k).into();
        l.currency = codes[k % codes.len()].into();
        l.status = "active".into();
        l.slipping = k.is_multiple_of(3);
    });
    let decision = |l: &mut digest::DecisionLine, k: usize| {
        l.id = format!("DEC-{}", k + 1).into();
        l.investment = name(&l.investment, k).into();
        l.currency = Some(codes[k % codes.len()].into());
        l.amount_minor = (!k.is_multiple_of(5)).then_some(k as i64 * 1_234_567 - 50_000);
    };
    d.decisions = stretched(&d.decisions, rows, decision);
    d.reviews_due = stretched(&d.reviews_due, rows, decision);
    d.overdue_followups = stretched(&d.overdue_followups, rows, |f, k| {
        f.action = name(&f.action, k).into();
        f.owner = (!k.is_multiple_of(4)).then(|| format!("owner{}", k % 9).into());
    });
    let written = digest::write_plain(&d, Vec::new()).unwrap();
    let text = valuebridge_chat::render_plain(&digest::to_reply(&d));
    assert!(text.lines().count() > 4 * rows);
    assert!(text.contains("the widest of all") && text.contains("Café ✓"));
    assert!(text.contains("¥") && text.contains("XXQ (minor units)"));
    assert_eq!(String::from_utf8(written).unwrap(), text);
    let written = digest::write_markdown(&d, Vec::new()).unwrap();
    let markdown = valuebridge_chat::render_markdown(&digest::to_reply(&d));
    assert_eq!(String::from_utf8(written).unwrap(), markdown);
}
