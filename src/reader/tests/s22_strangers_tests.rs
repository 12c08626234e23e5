//! Readings of forms from round S22's writers the reader had not met (terse Discord lines
//! from an Austin food-truck fleet, a London cargo-bike courier co-op and a New Zealand club
//! ski field), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Yukon dog-sled tour outfit posting in its Discord: the kennels, the tours, the gear
/// shed, the office.
fn sled_dir() -> StaticDirectory {
    directory(
        &[
            ("Kennels", &["Dogs", "Kennel Crew"]),
            ("Tours", &["Guides", "Bookings"]),
            ("Gear", &["Sleds", "Gear Shed"]),
            ("Office", &["Admin", "Finance"]),
        ],
        &[
            ("Kennel Heating", "Kennels"),
            ("Sled Fleet Refresh", "Gear"),
            ("Snowmobile Replacement", "Gear"),
            ("Booking Website", "Tours"),
            ("Trail Groomer", "Tours"),
            ("Insurance Renewal", "Office"),
        ],
    )
}

fn read_sled(text: &str) -> Reading {
    read_day_first_in(text, "mags", "CAD", &sled_dir())
}

fn assert_verdict(text: &str, verdict: Verdict) -> Reading {
    let r = read_sled(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(verdict)),
        "{text}: {r:?}"
    );
    r
}

/// "appr" and "rej", the chat abbreviations of approved and rejected, are those verdicts
/// wherever they stand; "appr." straight before a number is "approximately".
#[test]
fn appr_and_rej_are_approved_and_rejected() {
    let text = "sled fleet refresh — appr, 18k. runners are cracking on half of them";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.investment.as_deref(),
        Some("Sled Fleet Refresh"),
        "{text}"
    );
    assert_eq!(r.amount, whole(18_000, "CAD"), "{text}");
    let text = "rej on the snowmobile replacement. 24k for a machine we'd use 30 days a yr";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(
        r.investment.as_deref(),
        Some("Snowmobile Replacement"),
        "{text}"
    );
    let text = "booking website — rej. dev wants 9k and the old one takes cards fine";
    assert_verdict(text, Verdict::Reject);
    let text = "kennel heating runs appr. 4,000 a winter in propane";
    assert_eq!(read_sled(text).verdict, None, "{text}");
}

/// A bare answer after a label's dash or colon: "ok", "yeah nah", "tbd", "sign it" (the
/// label a renewal) are approve, reject, defer and approve as "go" and "no" are.
#[test]
fn terse_answers_after_a_label() {
    let text = "trail groomer for the north loop — ok, 6,500 for the unit";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.investment.as_deref(), Some("Trail Groomer"), "{text}");
    let text = "snowmobile replacement — yeah nah, 24k for a machine we'd use 30 days a yr";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(r.amount, whole(24_000, "CAD"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("24k for a machine we'd use 30 days a yr"),
        "{text}"
    );
    let text = "kennel heating: tbd. waiting on the landlord's quote for the roof, revisit 15/1";
    let r = assert_verdict(text, Verdict::Defer);
    assert_eq!(r.review_date, Some("2027-01-15".parse().unwrap()), "{text}");
    let text = "insurance renewal — sign it, 7.2k for the year. can't run a single tour without it";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.investment.as_deref(), Some("Insurance Renewal"), "{text}");
    // Chat stays chat.
    for text in [
        "yeah nah not keen on the staff party fri, too tired",
        "ok see you all at the kennels at 6",
    ] {
        assert_eq!(read_sled(text).intent, Intent::None, "{text}");
    }
}

/// A thumbs-up on a named thing, "👍 on the groomer", is a yes to it, as "yes to the …" is;
/// "sack off the <thing>" drops it (an idea turned down: refused).
#[test]
fn thumbs_up_on_a_thing_and_sacking_it_off() {
    let text = "👍 on the trail groomer, 9k";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.investment.as_deref(), Some("Trail Groomer"), "{text}");
    assert_eq!(r.amount, whole(9_000, "CAD"), "{text}");
    let text = "sack off the heated dog boots idea, 6k and the dogs chew them off in a day";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(r.investment.as_deref(), Some("heated dog boots"), "{text}");
    assert_eq!(read_sled("👍 thanks mags").intent, Intent::None);
}

/// A bare number written straight onto "/mo" or "/yr" ("saves approx 350/mo", "down
/// 1,800/yr") is money by the month or the year in the tenant's currency: a benefit's
/// yearly amount.
#[test]
fn a_bare_number_per_month_or_year_is_money() {
    let text = "kennel heating's paying off, propane bill down approx 350/mo";
    let r = read_sled(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(4_200, "CAD"), "{text}");
    let text = "booking website paid for itself, agency fees dropped 1,800/yr since it went live";
    let r = read_sled(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(1_800, "CAD"), "{text}");
}

/// "✅" after a named item of a list, with its money or alone, ticks it: approved.
#[test]
fn a_tick_after_an_item_approves_it() {
    let text = "office mtg:\n- sled fleet refresh ✅ 18k";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.investment.as_deref(),
        Some("Sled Fleet Refresh"),
        "{text}"
    );
    assert_eq!(r.amount, whole(18_000, "CAD"), "{text}");
    // A tick on work finished is news.
    let text = "booking website done ✅ 0 complaints, under budget by 2k";
    assert_ne!(read_sled(text).intent, Intent::Decision, "{text}");
}

/// "renewing (for) another yr / year" of a running thing keeps it for a further term: a
/// continue (convention 12).
#[test]
fn renewing_another_year_continues() {
    let text = "booking website: renewing another yr, the card fees alone cover it";
    let r = assert_verdict(text, Verdict::Continue);
    assert_eq!(r.investment.as_deref(), Some("Booking Website"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the card fees alone cover it"),
        "{text}"
    );
}

/// "the weather killed wk 2": weather as the subject of "killed" is no stop; a refusal's
/// reason runs on through it as one record. A new name stops before "b/c".
#[test]
fn weather_killing_something_is_no_stop() {
    let text = "rej the winter market stall b/c the fee went to 3k and the storm killed day 2";
    let r = assert_verdict(text, Verdict::Reject);
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
    // A new name stops before "b/c" (because), as before "because".
    assert_eq!(
        r.investment.as_deref(),
        Some("winter market stall"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the fee went to 3k and the storm killed day 2"),
        "{text}"
    );
}

/// "trimmed to 40k — just the tiller, the second blade waits": the part a rescope leaves
/// for later is its reason (convention 40), no hold of its own.
#[test]
fn what_a_rescope_leaves_waiting_is_its_reason() {
    let text = "trail groomer trimmed to 40k — just the tiller, the second blade waits";
    let r = assert_verdict(text, Verdict::Rescope);
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
    assert_eq!(r.amount, whole(40_000, "CAD"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("just the tiller, the second blade waits"),
        "{text}"
    );
}

/// "… as it is" closing a reason is "already", no "as" cause: the reason is the whole
/// clause before it.
#[test]
fn as_it_is_closing_a_reason_opens_no_cause() {
    let text = "sled fleet x6 — yes, 18k. we're turning away bookings every sat as it is";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(
        r.rationale.as_deref(),
        Some("we're turning away bookings every sat as it is"),
        "{text}"
    );
}

/// A line of its own opening on "@name" with a task about another investment than the
/// record on the line before is a note of its own, as one announced by "Also @name" is.
#[test]
fn a_line_handing_out_a_task_on_another_investment_is_a_note_of_its_own() {
    let text = "two things:\nthe booking website — keep going, bookings are up 30%\n@dee kennel heating quotes to me by 18/12 pls";
    let r = assert_verdict(text, Verdict::Continue);
    assert_eq!(r.investment.as_deref(), Some("Booking Website"), "{text}");
    assert_eq!(r.due, None, "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let note = &r.also[0];
    assert_eq!(note.intent, Intent::Note, "{text}");
    assert_eq!(note.investment.as_deref(), Some("Kennel Heating"), "{text}");
    assert_eq!(note.due, Some("2026-12-18".parse().unwrap()), "{text}");
}

/// "park it til after the AGM in march, need the members to vote …": the wait says when,
/// the subjectless "need …" clause after its comma says why.
#[test]
fn a_wait_then_a_need_gives_the_need_as_the_reason() {
    let text = "kennel heating — park it til after the AGM in march, need the members to vote on the propane levy first";
    let r = assert_verdict(text, Verdict::Defer);
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("need the members to vote on the propane levy first"),
        "{text}"
    );
}

/// "40k not 65k" in a rescope: the figure after "not" is the one replaced, with or without
/// a comma before "not".
#[test]
fn a_rescopes_figure_not_the_old_one() {
    let text =
        "trail groomer: scaled back to the tiller only, 40k not 65k. the season's short this yr";
    let r = assert_verdict(text, Verdict::Rescope);
    assert_eq!(r.amount, whole(40_000, "CAD"), "{text}");
}

/// After a sentence of praise, a result that opens on its count ("2 extra …") is the
/// evidence, and another measured clause after its comma stays in it (convention 29); the
/// money's clause ends it.
#[test]
fn results_listed_after_praise_are_the_evidence() {
    let text = "sled fleet refresh has been a game changer ngl. 3 extra tours a day, like 24 more guests a week, ~5k a month extra";
    let r = read_sled(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(60_000, "CAD"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("3 extra tours a day, like 24 more guests a week"),
        "{text}"
    );
}

/// After a sentence of praise, "no more <trouble>" is a result measured as gone: the
/// evidence, up to its clause's end.
#[test]
fn no_more_of_a_trouble_after_praise_is_the_evidence() {
    let text = "kennel heating has been a game changer. no more frozen water bowls, and we're off the rental heaters, saves approx 300/mo";
    let r = read_sled(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_600, "CAD"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("no more frozen water bowls"),
        "{text}"
    );
}

/// "before sat", "by sun" in lower case: after a word that leads a day, or ending a
/// meeting's heading ("office mtg sun:"), "sat" and "sun" are the weekdays however written
/// ("sat down with …" stays a verb).
#[test]
fn lower_case_sat_and_sun_after_a_word_leading_a_day_are_weekdays() {
    let text = "sled brakes are shot on the 8-dog rig 😬 @dee fix before sat";
    let r = read_sled(text);
    assert_eq!(r.due, Some("2026-11-28".parse().unwrap()), "{text}: {r:?}");
    let text = "@dee kennel heating quotes to me by sun pls";
    let r = read_sled(text);
    assert_eq!(r.due, Some("2026-11-29".parse().unwrap()), "{text}: {r:?}");
    // Ending a heading after the meeting's word, it dates the items under it.
    let text = "office mtg sun:\n- sled fleet refresh ✅ 18k";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.date, Some("2026-11-22".parse().unwrap()), "{text}: {r:?}");
    let text = "sat down with the vet about the kennel heating, she's happy with the temps";
    let r = read_sled(text);
    assert_eq!((r.date, r.due), (None, None), "{text}: {r:?}");
}

/// "we lost the first 3 wks of july last season waiting on natural snow": "waiting" inside
/// a clause that already has its subject ("we") opens no reason of its own; the whole
/// sentence is the reason, and its month no date of the decision.
#[test]
fn waiting_inside_a_clause_with_its_subject_opens_no_reason() {
    let text = "kennel heating - stage 2 appr, 12k. we lost the first 3 wks of jan last winter waiting on the old heater to kick in";
    let r = assert_verdict(text, Verdict::Approve);
    assert_eq!(r.date, None, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we lost the first 3 wks of jan last winter waiting on the old heater to kick in"),
        "{text}"
    );
}
