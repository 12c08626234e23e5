//! Verdicts and intents missed on strangers' wording (round V46), each worded for an
//! invented Shropshire cider press, and set against the same words recording nothing.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Shropshire cider press: the press house, the orchards, the farm shop, the office.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Press House", &["Pressing"]),
            ("Orchards", &[]),
            ("Farm Shop", &["Shop"]),
            ("Office", &["Finance", "Payroll"]),
        ],
        &[
            ("Bottling Line", "Press House"),
            ("Apple Washer", "Press House"),
            ("Orchard Sprayer", "Orchards"),
            ("Shop Till System", "Farm Shop"),
            ("Payroll System", "Office"),
            ("Cold Store", "Press House"),
            ("Tractor Replacement", "Orchards"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "megan", "GBP", &cider_dir())
}

/// "We're finished with the online shop. €15,000 spent since the spring and we sold more
/// at the gate": "finished with" a thing, with why it is not worth keeping (money sunk, no
/// one using it), is "done with" it, a stop; "finished with" work that is complete stops
/// nothing.
#[test]
fn finished_with_a_thing_given_up_is_a_stop() {
    for text in [
        "We're finished with the web shop. £9,000 spent since March and we sell more cider at the farm gate.",
        "I'm finished with that loyalty card app, nobody's used it since the summer.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
    for text in [
        "We're finished with the bottling line install, it ran 4,000 bottles on Tuesday.",
        "The press crew are finished with the apple washer for the season.",
    ] {
        let r = read_cider(text);
        assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// "[7:15 AM] Dale: enough. get the second dump pit going, we budgeted for it — up to
/// $900k": told to get a thing going (started, ordered) and a ceiling said on its own on the
/// same line is the thing approved up to that money, as "buy a new one … up to £5k" is
/// (round V45). Asked, or said as what it would take, it is none.
#[test]
fn told_to_get_it_going_up_to_a_ceiling_approves() {
    for text in [
        "[09:02] Owen Price: the old chiller packed in again, third time this week\n[09:10] Megan Lloyd: enough. get the cold store going, we budgeted for it — up to £40k\n[09:11] Owen Price: 👍",
        "ok get the cold store started, up to £40k",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Cold Store"), "{text}: {r:?}");
    }
    for text in [
        "can we get the new cold store going before spring? quotes are up to £40k",
        "we'd need to get the cold store going, up to £40k by the look of it",
    ] {
        let r = read_cider(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "Sorry, I'll be out of office tomorrow – please direct any urgent arena issues to Mike":
/// the writer's own absence, with where to send things meanwhile, records nothing, though
/// it reads as a promise with a day and a request; the same words about work we track
/// (a named investment, a verdict, money) stay a record.
#[test]
fn an_away_notice_is_chat() {
    for text in [
        "Sorry, I'll be out of office tomorrow – please direct any urgent press house issues to Owen.",
        "Heads up, I'll be on leave Monday and Tuesday, anything urgent for the shop to Owen please.",
        "I will be out of the office until 4 January, please contact Owen for anything urgent.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    for text in [
        "I'll be out at the orchards tomorrow, @owen please get the cold store quote to me by Friday.",
        "I'll be off Monday, but the bottling line is approved at £24k, Owen has the paperwork.",
    ] {
        let r = read_cider(text);
        assert_ne!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

/// "dili na ta mo-proceed sa collector motorcycles, ₱285k for 3 and 2 na naaksidente sa
/// pilot": the Cebuano "dili" (not) before "mo-proceed" / "i-proceed" (go ahead) refuses the
/// thing, as "we won't proceed with" does; "mo-proceed ta" goes ahead.
#[test]
fn cebuano_not_proceeding_is_a_refusal() {
    for text in [
        "dili na ta mo-proceed sa orchard sprayer, £24k for 2 and the pilot one broke twice",
        "dili ta mo-proceed sa cold store, £40k is too much this year",
        "dili na nato i-proceed ang orchard sprayer, £24k for two.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert!(
            r.investment
                .as_deref()
                .is_some_and(|n| n.contains("prayer") || n.contains("Cold")),
            "{text}: {r:?}"
        );
    }
    // A new thing is named after the Cebuano "sa" (on, the).
    let text = "dili na ta mo-proceed sa delivery e-bikes, £9k for 3 and 2 crashed in the pilot";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("delivery e-bikes"),
        "{text}: {r:?}"
    );
    let text = "mo-proceed ta sa orchard sprayer, £24k for two";
    let r = read_cider(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "Payroll stays on the current system for another year, the switch would land right in
/// Vals season": work that stays on the current (old, existing) one for a further term, or
/// until a time, is the change to it put off; said with no time it decides nothing, and a
/// part left on the old one inside a cut-back stays the rescope's.
#[test]
fn staying_on_the_current_one_for_a_term_puts_the_change_off() {
    for text in [
        "Payroll stays on the current system for another year, the switch would land right in pressing season.",
        "The shop tills will stay on the old system until after Christmas, Owen can't train anyone in December.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        // The work stays on; its subject is no one who decided.
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
    // What we stay on after pulling the plug is no deferral of the thing stopped.
    let text = "We're pulling the plug on the web shop, £9k spent and no orders; we'll stay on the old order form until the new website is done.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "Payroll stays on the current system, it's fine.";
    let r = read_cider(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "The shop till system is cut back to the Ludlow shop only, £12k; the farm gate stall stays on the old tills till next year.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "mould tooling refresh approved 28L, pallet racking also ok 9.5L": a bare "ok" after the
/// thing it answers, its money straight after, approves it, as "ok at 9.5L" and "ok, 9.5L"
/// do; a count after it ("ok 2 days a week") is no money allowed.
#[test]
fn a_bare_ok_with_its_money_next_approves() {
    for text in [
        "bottling line approved £24k, shop till system also ok £9.5k",
        "cold store ok £40k",
    ] {
        let r = read_cider(text);
        let last = r.also.last().unwrap_or(&r);
        assert_eq!(last.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(last.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    // In lakh, the next item parked: the second record is the "ok".
    let text = "bottling line approved 28L, cold store also ok 9.5L. payroll system still parked";
    let r = read_day_first_in(text, "megan", "INR", &cider_dir());
    let second = r.also.first().unwrap_or(&r);
    assert_eq!(second.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        second.investment.as_deref(),
        Some("Cold Store"),
        "{text}: {r:?}"
    );
    let text = "cold store ok 2 days a week now the compressor's fixed";
    let r = read_cider(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Two decisions of today:\n- the treasury software is approved, …\n- the renting of the
/// electric forklifts we continue, more 3 years": a thing put first with its verdict after
/// (as Portuguese and Spanish writers say it) keeps its verdict when the thing is named
/// after "the renting (lease, hire) of" opening the sentence.
#[test]
fn the_renting_of_a_thing_put_first_keeps_its_verdict() {
    for text in [
        "Two decisions of today:\n- the bottling line is approved, £24k, the old filler leaks\n- the renting of the orchard sprayer we continue, more 2 years",
        "The leasing of the cold store we continue, more 3 years.",
    ] {
        let r = read_cider(text);
        let last = r.also.last().unwrap_or(&r);
        assert_eq!(last.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(last.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "ych a fi, who left the diesel cap off the tractor again 😡": blaming whoever did a small
/// thing ("who left / took / moved … again") is a grumble, chat, asked or not; with a task,
/// money or a verdict it is a record.
#[test]
fn who_left_it_again_is_a_grumble() {
    for text in [
        "ych a fi, who left the diesel cap off the tractor again 😡",
        "who took the van keys home again, grr",
        "Honestly, who moved the pallet jack out of the press house AGAIN",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    let text = "who left the tractor out in the rain again? @owen get a cover ordered by Friday";
    let r = read_cider(text);
    assert_ne!(r.intent, Intent::None, "{text}: {r:?}");
}

/// "SXSW is gonna be insane this year, hotels already sold out lol": a remark closed with a
/// laugh ("lol", "haha", "lmao"), with no verdict, money or task and no investment named
/// outright, is chat, as the corpus labels "honestly the circ desk PCs … duct tape lol";
/// a laugh after a verdict or news of a named investment leaves the record.
#[test]
fn a_remark_closed_with_a_laugh_is_chat() {
    for text in [
        "the tractor show is gonna be mad this year, B&Bs already full lol",
        "tractor's making that noise again haha",
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    for text in [
        "cold store approved £40k, the old one sounds like a jet engine lol",
        "the bottling line is live on the Ludlow press lol 🎉",
    ] {
        let r = read_cider(text);
        assert_ne!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

/// "Close notes: CAB pulled it, vendor can't ship the 9300s before the holiday freeze.
/// Re-raise in February.": a hyphenated "re-" verb of asking again ("re-raise", "re-visit",
/// "re-look", "re-assess") is read as "revisit", so the time to raise it again is the
/// review date; other "re-" words ("re-roofing") are left as they are.
#[test]
fn re_raise_at_a_time_is_a_look_again() {
    let text = "CHG0041 – Cold store refit\nState: Scheduled → Cancelled\nClose notes: the board pulled it, the contractor can't start before harvest. Re-raise in February.";
    let r = read_cider(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-02-01".parse().ok(), "{text}: {r:?}");
    let text = "Cold store on hold, the contractor can't start before harvest. Re-visit in March.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}: {r:?}");
    let text = "The re-roofing of the cold store is approved at £30k, the old roof leaks.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}
