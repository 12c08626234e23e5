use super::*;
use crate::digest::view::{FollowUpView, RestView};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Stored entries of every shape, in key order: several units (one with no notes, one
/// with notes alone), the first and last dates there are, follow-ups with and without
/// an owner, several on one day and in one note, texts empty, long and not ASCII.
fn entries() -> Vec<(Vec<u8>, Vec<u8>)> {
    let dates = [
        NaiveDate::MIN,
        day("2024-02-29"),
        day("2025-01-01"),
        day("2025-01-02"),
        day("2026-11-27"),
        NaiveDate::MAX,
    ];
    let texts = [
        "",
        "send the cost breakdown",
        "Café ☕ avant vendredi",
        &"y".repeat(90),
    ];
    let mut out = Vec::new();
    for u in 1..=4u64 {
        let unit = UnitId(u);
        for (k, d) in dates
            .iter()
            .enumerate()
            .filter(|(k, _)| !(k + u as usize).is_multiple_of(3))
        {
            let n = (k as u32 + 1) * u as u32;
            out.push((layout::note_day(unit, *d), n.to_be_bytes().to_vec()));
        }
        if u == 2 {
            continue;
        }
        for (k, d) in dates.iter().enumerate() {
            for (note, index) in [(7u64, 0u32), (7, 1), (u * 100 + k as u64, 0)] {
                let text = texts[(k + index as usize) % texts.len()];
                let owner = (note % 2 == 1).then_some(texts[(k + 1) % texts.len()]);
                out.push((
                    layout::follow_up(unit, *d, NoteId(note), index),
                    layout::encode_follow_up(text, owner),
                ));
            }
            let c = ClosedCounts {
                on_time: k as u32,
                late: u as u32,
                undated: (k as u32) % 2,
            };
            out.push((layout::closed(unit, *d), layout::encode_closed(&c)));
        }
    }
    out.sort();
    out
}

fn table(entries: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let mut w = NotesWriter::default();
    for (tail, value) in entries {
        assert!(w.push(tail, value).unwrap());
    }
    let mut out = Vec::new();
    w.finish(&mut out);
    out
}

fn image(entries: &[(Vec<u8>, Vec<u8>)]) -> Aggregates {
    Aggregates::from_entries(entries.iter().map(|(t, v)| (&t[..], &v[..]))).unwrap()
}

type Shown = Vec<(NaiveDate, Text, Text, Option<Text>)>;

fn shown(list: impl Iterator<Item = (NaiveDate, impl FollowUpView)>) -> Shown {
    list.map(|(d, f)| (d, f.note(), f.text(), f.owner()))
        .collect()
}

#[test]
fn notes_read_in_place_answer_as_the_store_image_does() {
    let entries = entries();
    let bytes = table(&entries);
    let notes = NotesTable::open(&bytes).expect("a table just written");
    let agg = image(&entries);
    let rest = Rest {
        named: Aggregates::default(),
        notes,
    };
    assert_eq!(rest.to_aggregates(None), agg);
    let mine = rest.to_aggregates(Some(UnitId(3)));
    assert_eq!(mine.followups.keys().collect::<Vec<_>>(), [&UnitId(3)]);
    assert_eq!(mine.followups[&UnitId(3)], agg.followups[&UnitId(3)]);

    let (flat, held) = (&rest, &agg);
    let days = [
        NaiveDate::MIN,
        day("2024-02-28"),
        day("2024-02-29"),
        day("2025-01-01"),
        day("2025-01-02"),
        day("2026-11-27"),
        day("2026-11-28"),
        NaiveDate::MAX,
    ];
    for unit in [1, 2, 3, 4, 9].map(UnitId) {
        assert_eq!(flat.has_open_followups(unit), held.has_open_followups(unit));
        for from in days {
            assert_eq!(
                flat.last_note_day(unit, from),
                held.last_note_day(unit, from)
            );
            assert_eq!(
                shown(flat.open_followups_before(unit, from)),
                shown(held.open_followups_before(unit, from)),
                "{unit} before {from}"
            );
            for to in days {
                let at = format!("{unit} {from}..={to}");
                assert_eq!(
                    flat.notes_between(unit, from, to),
                    held.notes_between(unit, from, to),
                    "{at}"
                );
                assert_eq!(
                    flat.any_note_between(unit, from, to),
                    held.any_note_between(unit, from, to),
                    "{at}"
                );
                assert_eq!(
                    flat.open_followups_between(unit, from, to),
                    held.open_followups_between(unit, from, to),
                    "{at}"
                );
                assert_eq!(
                    flat.closed_between(unit, from, to).collect::<Vec<_>>(),
                    held.closed_between(unit, from, to).collect::<Vec<_>>(),
                    "{at}"
                );
            }
        }
    }
    // What the comparisons above cover is not empty.
    let everything = (NaiveDate::MIN, NaiveDate::MAX);
    assert_eq!(
        flat.notes_between(UnitId(2), everything.0, everything.1),
        2 * (1 + 3 + 4 + 6)
    );
    assert_eq!(
        shown(flat.open_followups_before(UnitId(4), NaiveDate::MAX)).len(),
        15
    );
    assert!(!flat.has_open_followups(UnitId(2)));

    let empty = table(&[]);
    let none = NotesTable::open(&empty).unwrap();
    let rest = Rest {
        named: Aggregates::default(),
        notes: none,
    };
    assert_eq!(rest.to_aggregates(None), Aggregates::default());
}

#[test]
fn a_notes_table_that_does_not_read_as_written_is_refused_whole() {
    let entries = entries();
    let good = table(&entries);
    assert!(NotesTable::open(&good).is_some());
    let n_days = u32_at(&good, 0) as usize;
    let n_followups = u32_at(&good, 4) as usize;
    let days = 16;
    let followups = days + n_days * NOTE_DAY;
    let closed = followups + n_followups * FOLLOW_UP;
    let second_followup = followups + FOLLOW_UP;
    // The follow-up whose text is "Café…" (its first character is two bytes).
    let cafe = (0..n_followups)
        .map(|k| followups + k * FOLLOW_UP)
        .find(|&r| {
            let texts = &good[closed + u32_at(&good, 8) as usize * CLOSED..];
            let off = u32_at(&good, r + 24) as usize;
            texts[off..].starts_with("Café".as_bytes())
        })
        .unwrap();
    type Damage = Box<dyn Fn(&mut Vec<u8>)>;
    let cases: Vec<(&str, Damage)> = vec![
        ("cut short", Box::new(|b| b.truncate(b.len() - 1))),
        ("a byte too many", Box::new(|b| b.push(0))),
        ("a count too many", Box::new(|b| b[0] += 1)),
        (
            "note days out of order",
            Box::new(move |b| b[days + NOTE_DAY] = 0),
        ),
        (
            "a day that is no date",
            Box::new(move |b| b[days + 8..days + 12].copy_from_slice(&i32::MAX.to_le_bytes())),
        ),
        (
            "follow-ups out of order",
            Box::new(move |b| {
                b[second_followup + 8..second_followup + 16].copy_from_slice(&0u64.to_le_bytes())
            }),
        ),
        (
            "an owner flag that is neither",
            Box::new(move |b| b[second_followup + 40] = 2),
        ),
        (
            "a text past the area",
            Box::new(move |b| {
                b[second_followup + 28..second_followup + 32]
                    .copy_from_slice(&u32::MAX.to_le_bytes())
            }),
        ),
        (
            "a text cut inside a character",
            Box::new(move |b| b[cafe + 28..cafe + 32].copy_from_slice(&4u32.to_le_bytes())),
        ),
        (
            "a closed due date that is no date",
            Box::new(move |b| b[closed + 8..closed + 12].copy_from_slice(&i32::MIN.to_le_bytes())),
        ),
        (
            "closed days out of order",
            Box::new(move |b| b[closed + CLOSED] = 0),
        ),
    ];
    for (what, damage) in cases {
        let mut bad = good.clone();
        damage(&mut bad);
        assert!(NotesTable::open(&bad).is_none(), "{what}");
    }
}
