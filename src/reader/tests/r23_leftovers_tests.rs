//! Readings of shapes rounds S21 and S22 left missed (long Slack paragraphs, terse Discord
//! lines), made general rules, each worded here for another invented organisation: a
//! Cornish tin-mine museum.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Cornish tin-mine museum posting in its Discord: the engine houses, the underground
/// tours, the shop and café, the trustees' office.
fn mine_dir() -> StaticDirectory {
    directory(
        &[
            ("Engines", &["Engine Crew", "Engineering"]),
            ("Tours", &["Guides", "Underground", "Audio"]),
            ("Shop & Café", &["Shop", "Café", "Cafe"]),
            ("Office", &["Trustees", "Admin"]),
        ],
        &[
            ("Second Shaft", "Engines"),
            ("Beam Engine Restoration", "Engines"),
            ("Audio Guide Rollout", "Tours"),
            ("Adit Lighting", "Tours"),
            ("Till System", "Shop & Café"),
            ("Roof Repairs", "Office"),
        ],
    )
}

fn read_mine(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &mine_dir())
}

fn assert_verdict(text: &str, verdict: Verdict) -> Reading {
    let r = read_mine(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(verdict)),
        "{text}: {r:?}"
    );
    r
}

/// A name opening on an ordinal ("Second Shaft") written with the ordinal's digits
/// and suffix ("2nd shaft") is that investment, not a new name from "nd".
#[test]
fn an_ordinal_name_written_in_digits_is_that_investment() {
    let text = "2nd shaft — parking it till april. the pump hire went up 30% and we can barely staff one as is";
    let r = assert_verdict(text, Verdict::Defer);
    assert_eq!(
        r.investment.as_deref(),
        Some("Second Shaft"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Engines"), "{text}");
    assert!(!r.new_investment, "{text}: {r:?}");
    // An ordinal date stays a date.
    let text = "roof repairs approved on the 3rd, £14k";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.investment.as_deref(), Some("Roof Repairs"), "{text}");
}

/// A refusal's next sentence that joins its money to another ground with "+" or "and"
/// ("2k/mo lease + we'd need another volunteer") is its reason whole: the price is one of
/// the grounds (convention 30).
#[test]
fn grounds_joined_to_a_price_are_the_refusals_reason() {
    let text = "no to the gift kiosk at the harbour. 2k/mo lease + we'd need another volunteer on weekends";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.rationale.as_deref(),
        Some("2k/mo lease + we'd need another volunteer on weekends"),
        "{text}: {r:?}"
    );
    let text = "café extension — rej. council wants 8k for the plans + fees and we'd be shutting the café all of july";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.rationale.as_deref(),
        Some("council wants 8k for the plans + fees and we'd be shutting the café all of july"),
        "{text}: {r:?}"
    );
}

/// "fyi <someone> coming to the <unit> <day>": a visit told ahead is a note of the unit
/// visited, not chat.
#[test]
fn fyi_a_visit_coming_is_a_note_of_the_unit() {
    let text = "fyi fire inspector coming to the café weds";
    let r = read_mine(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some("Shop & Café"), "{text}");
    assert_eq!(r.date, None, "{text}");
}

/// "second time this month", "3 times this week": a count of times in the period dates
/// nothing; time saved "this month" still dates a benefit.
#[test]
fn times_this_month_date_nothing() {
    let text = "beam engine's seized again, second time this month 😤 @jory get the millwright in before weds";
    let r = read_mine(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "adit lighting tripped 3 times this week, the guides had to use head torches";
    let r = read_mine(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "audio guide rollout has saved £900 in guide time this month";
    let r = read_mine(text);
    assert_eq!(r.date, Some("2026-11-01".parse().unwrap()), "{text}: {r:?}");
}

/// "<work> can wait till after <time>, <someone> says …": the wait's time is when, not
/// why; the reason is the clause after its comma.
#[test]
fn a_waits_time_is_no_part_of_its_reason() {
    let text = "adit lighting can wait till after the easter rush, Jory says the old lamps are dim but holding, and the money's better spent on the roof";
    let r = assert_verdict(text, Verdict::Defer);
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Jory says the old lamps are dim but holding, and the money's better spent on the roof"
        ),
        "{text}: {r:?}"
    );
}

/// "<work> = <result>": a spaced equals sign after the work's name sets off the measure
/// it moved by money, the benefit's evidence up to its money.
#[test]
fn an_equals_sign_sets_off_a_benefits_result() {
    let text =
        "audio guides on level 1 = avg spend up £1.80 and the café takes more, approx 1k/mo more";
    let r = read_mine(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(12_000, "GBP"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("avg spend up £1.80 and the café takes more"),
        "{text}: {r:?}"
    );
}

/// "<reason>, so the <thing>'s a no": the thing refused is the subject of the verdict's
/// clause after "so", not the reason's opening words (a unit's alias among them).
#[test]
fn the_thing_refused_after_so_is_the_name() {
    let text =
        "trustees voted against late opening at the AGM, so the evening tours are a no from us";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.investment.as_deref(),
        Some("evening tours"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("trustees voted against late opening at the AGM"),
        "{text}"
    );
}

/// A heading that says a verdict over items listed under it, each with its money ("signed
/// off at the trustees' meeting yesterday:\n- A, 22k\n- B, 2.5k"), is one decision per
/// item, each with the heading's verdict and day.
#[test]
fn a_verdict_heading_over_listed_items_gives_each_its_record() {
    let text = "signed off at the trustees' meeting yesterday:\n- roof repairs on the count house, 22k\n- adit lighting top-up, 2.5k";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.investment.as_deref(),
        Some("Roof Repairs"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(22_000, "GBP"), "{text}");
    assert_eq!(r.date, Some("2026-11-26".parse().unwrap()), "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let more = &r.also[0];
    assert_eq!(
        (more.intent, more.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{text}: {more:?}"
    );
    assert_eq!(more.investment.as_deref(), Some("Adit Lighting"), "{text}");
    assert_eq!(more.amount, whole(2_500, "GBP"), "{text}");
    assert_eq!(more.date, Some("2026-11-26".parse().unwrap()), "{text}");
    // Items with verdicts of their own are read as before.
    let text =
        "trustees' meeting yesterday:\n- roof repairs ok, 22k\n- adit lighting on hold till spring";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}");
}

/// A point granted before the reason's "but" ("Clever kit, no argument, but …", "Yes it's
/// slow and yes …, but …") is no part of the reason: the reason is what follows "but",
/// even in a long sentence after the verdict's.
#[test]
fn a_point_granted_before_but_is_no_part_of_the_reason() {
    let text = "Till system stays. Yes it's slow and yes the volunteers grumbled about it all summer long on every single busy day, but the card takings reconcile to the penny for the first time and the auditors are happy.";
    let r = assert_verdict(text, Verdict::Continue);
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "the card takings reconcile to the penny for the first time and the auditors are happy"
        ),
        "{text}: {r:?}"
    );
    let text = "Had the guide-hire people in again about a VR headset tour. Clever kit, no argument, but it's £90k and we'd lose the café for a month for the install. So it's a no from me and the trustees.";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.rationale.as_deref(),
        Some("it's £90k and we'd lose the café for a month for the install"),
        "{text}: {r:?}"
    );
}

/// A message cut short right after a granted point's ", but" (a draft sent early) reads
/// without panicking: the "but" has nothing after it to be the reason.
#[test]
fn a_granted_point_cut_short_after_but_reads() {
    for text in [
        "Till system stays. Yes it's slow, but",
        "Had the guide-hire people in again. Clever kit, no argument, but",
    ] {
        let r = read_mine(text);
        assert_ne!(r.rationale.as_deref(), Some(""), "{text}: {r:?}");
    }
}

/// "…, to replace the old whim on the north shaft, cos the rope's worn past its limit": what
/// the work is for, then why after ", cos": the reason is the cause.
#[test]
fn a_purpose_then_its_cause_gives_the_cause() {
    let text = "Beam engine restoration approved, £64k, to replace the old whim on the north shaft, cos the rope's worn past its limit since 2023.";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the rope's worn past its limit since 2023"),
        "{text}: {r:?}"
    );
}

/// "audio paid off big time": a benefit told of a unit's one-word alias that opens the name
/// of exactly one of the unit's investments (Audio Guide Rollout) is that investment's.
#[test]
fn a_unit_word_opening_one_investments_name_names_a_benefits_investment() {
    let text = "audio paid off big time. visitors stayed 20 mins longer and the café took more, approx £11k over the summer";
    let r = read_mine(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Audio Guide Rollout"),
        "{text}: {r:?}"
    );
}

/// "So no, we're not doing the <thing>, not this year anyway.": a refusal of ours with
/// "not this year" tagged on, and no time to look again, is a refusal, not a hold.
#[test]
fn not_this_year_tagged_on_a_refusal_refuses() {
    let text = "The shop asked about a gift wrapping stand for the summer. So no, we're not doing the gift wrapping stand, not this year anyway.";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.investment.as_deref(),
        Some("gift wrapping stand"),
        "{text}: {r:?}"
    );
    let text = "The lamp rep came pitching new helmet lamps, £6k. I told him we ain't buying, not this year.";
    assert_verdict(text, Verdict::Reject);
    // With a time to look again, it is put off.
    let text = "gift wrapping stand — nope, not this year, we'll revisit in March";
    assert_verdict(text, Verdict::Defer);
}

/// "the Heritage Fund came through w/ the lamp grant, 6k 🎉 so the adit lighting is a go":
/// the sum a grant came to, set off after it, is part of the reason, not cut as the
/// record's figure.
#[test]
fn a_grants_sum_stays_in_the_reason() {
    let text = "the Heritage Fund came through w/ the lamp grant, 6k 🎉 so adit lighting is a go from march";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Heritage Fund came through w/ the lamp grant, 6k"),
        "{text}: {r:?}"
    );
}

/// "Jory to recheck the lamps by 18/12": a task verb done again ("recheck", "resend",
/// "recount") hands out work as the verb does, with its due date.
#[test]
fn a_task_verb_done_again_hands_out_work() {
    let text = "adit lighting: hold til jan, Jory to recheck the lamp wiring by 18/12";
    let r = assert_verdict(text, Verdict::Defer);
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
    let text = "Jory to recount the helmets by 18/12";
    let r = read_mine(text);
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
}

/// "the scaffolders have confirmed the 21st for the strip-out": a day agreed for work to
/// come dates nothing; "confirmed on Monday" still says when it was agreed.
#[test]
fn a_day_confirmed_for_work_to_come_dates_nothing() {
    let text = "Roof repairs - the scaffolders have confirmed the 29th for the strip-out, @jory make sure the car park's clear by the 28th";
    let r = read_mine(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
    assert_eq!(r.due, Some("2026-11-28".parse().unwrap()), "{text}: {r:?}");
}

/// "the café's getting a new coffee machine, £3,200": a unit's word in lower case after
/// "the", getting a new thing, is the team that gets it, not the ordinary word.
#[test]
fn a_unit_word_getting_a_new_thing_is_the_team() {
    let text = "the café's getting a new coffee machine, £3,200, the old one can't hold its pressure anymore";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.unit.as_deref(), Some("Shop & Café"), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("coffee machine"), "{text}");
}

/// "the adit pump seized up again Tuesday": a day said straight after "again", of a thing
/// that happened once more, is when it happened (the last Tuesday), no time to look again.
#[test]
fn a_day_after_happening_again_is_when_it_happened() {
    let text = "adit pump seized up again Tuesday, the guides had to turn two tours back 🙄 @jory get the pump man in before Friday";
    let r = read_mine(text);
    assert_eq!(r.date, Some("2026-11-24".parse().unwrap()), "{text}: {r:?}");
    assert_eq!(r.due, Some("2026-11-27".parse().unwrap()), "{text}: {r:?}");
}
