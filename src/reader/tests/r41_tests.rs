//! Round R41: the rationale's misses on the training corpus sorted by cause (sixth pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of indoor climbing walls around the Peak District.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// Climbing walls in Sheffield, Matlock and Buxton: the walls, the café, the office.
fn walls_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Bouldering"]),
            ("Cafe", &["Kitchen"]),
            ("IT", &["Office"]),
        ],
        &[
            ("Auto Belays", "Walls"),
            ("Chalk Dryers", "Walls"),
            ("Booking System", "IT"),
            ("Door Entry", "IT"),
            ("Belay Camera Kits", "Walls"),
        ],
    )
}

fn read_walls(text: &str) -> Reading {
    read_day_first_in(text, "nadia", "GBP", &walls_dir())
}

/// "hire revenue up $36k on last season and heaps fewer complaints about the boots", "we
/// spend less 1.800 € per month in diesel and maintenance, and no more fumes in the
/// warehouse": the result told with the money is the benefit's amount said; the other, with
/// no money, is what was measured, the evidence. A measure per thing ("average spend up £4
/// a head and …") is a result of its own and stays.
#[test]
fn a_result_beside_the_money_result_is_the_evidence() {
    for (text, why) in [
        (
            "The auto belays have paid off — wall revenue up £12k on last winter and far fewer complaints about the queues for a rope",
            "far fewer complaints about the queues for a rope",
        ),
        (
            "The chalk dryers are paying off: we spend £300 less per month on chalk and towels, and no more greasy holds in the bouldering room.",
            "no more greasy holds in the bouldering room",
        ),
        (
            "The booking system has paid off, average spend up £4 a head and the queue at the desk is gone",
            "average spend up £4 a head and the queue at the desk is gone",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "…, £74k, after the break-ins at Gosport in October. I know some berth holders will
/// moan …": an incident that prompted an approval, dated, is its reason (convention 27),
/// not a detail refused for its date, with a sentence after it to fall back to.
#[test]
fn an_incident_after_the_approval_with_its_month_is_the_reason() {
    for (text, why) in [
        (
            "Good news: the board approved the door entry for all three walls, £18k, after the break-ins at Matlock in October. I know some members will grumble about fobs, but we'll give everyone a month's grace.",
            "after the break-ins at Matlock in October",
        ),
        (
            "The board signed off the booking system upgrade, £9k, after the ransomware scare at the Buxton café in September. Installs start in the new year.",
            "after the ransomware scare at the Buxton café in September",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "…, £2,800, as owners keep asking why only Dorking has them": "as" before a plain
/// plural and "keep(s) …-ing" opens a clause of its own, the reason, as it does before "the
/// owners".
#[test]
fn as_and_a_plural_that_keeps_doing_something_is_the_reason() {
    for (text, why) in [
        (
            "Tom's given the nod to auto belays at Buxton too, £6,400, as members keep asking why only Sheffield has them",
            "members keep asking why only Sheffield has them",
        ),
        (
            "Approved the chalk dryers for Matlock, £1,900, as setters keep complaining about greasy holds",
            "setters keep complaining about greasy holds",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "new grooming tables at guildford = 2 more dogs a day per groomer, ~£20k a year extra",
/// "card readers on the fuel pontoon = nobody on the pontoon after 5, saving ~£1,500 a
/// month": the work, "=", then what it brought; the result after "=" is the evidence.
#[test]
fn the_result_after_an_equals_sign_is_the_evidence() {
    for (text, why) in [
        (
            "new auto belays at buxton = 3 more sessions a night per instructor, ~£9k a year extra 💪",
            "3 more sessions a night per instructor",
        ),
        (
            "door entry at matlock = nobody on the front desk after 9, saving ~£800 a month in wages",
            "nobody on the front desk after 9",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "drain cams at eau claire found 11 root intrusions in the first 2 wks we'd have missed,
/// thats ~$14k of sewer jobs": the work named by a short form the reader guessed (no name
/// in the directory matches it) is the result's subject as a matched name is; the result
/// is read from its verb.
#[test]
fn a_result_after_a_guessed_name_is_the_evidence() {
    let text = "belay cams at matlock found 12 loose holds in the first 2 wks we'd have missed, thats ~£4k of insurance claims";
    let r = read_walls(text);
    assert_eq!(r.investment.as_deref(), Some("Belay Camera Kits"), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("found 12 loose holds in the first 2 wks we'd have missed"),
        "{r:?}"
    );
}

/// "shockwave at subi has done 140 sessions since sept, thats about $9k …": "has done" and
/// a count after the guessed name and its place is the result, without its "has"
/// (convention 73, round R55); the month it is counted since dates the benefit and leaves
/// the evidence.
#[test]
fn has_done_a_count_after_a_guessed_name_is_the_evidence() {
    let text = "belay cams at buxton has done 300 checks since sept, thats about £2k we'd have paid an inspector";
    let r = read_walls(text);
    assert_eq!(r.rationale.as_deref(), Some("done 300 checks"), "{r:?}");
}

/// "Stopping the Plans CRM text reminders today – families found them intrusive, 14
/// complaints in a month", "… — Paylocity has missed two go-live dates, we've spent $27k on
/// it, and ADP offered to match the price", "Pulling the plug on the online ordering. Only
/// six of our wholesale accounts ever logged in, the rest still text Kyle …, and we been
/// paying $900 a month for it since April": a stop's or a refusal's case is told as several
/// facts in one sentence, each after a comma; the reason is the whole sentence's case.
#[test]
fn a_stops_case_told_in_several_clauses_is_read_whole() {
    for (text, why) in [
        (
            "Stopping the door entry text alerts today – members found them annoying, 22 complaints in a week",
            "members found them annoying, 22 complaints in a week",
        ),
        (
            "Tom's pulling the plug on the booking system upgrade — the vendor has missed three go-live dates, we've spent £14k on it, and the old system does the job",
            "the vendor has missed three go-live dates, we've spent £14k on it, and the old system does the job",
        ),
        (
            "Pulling the plug on the chalk dryers. Only two of the walls ever switched them on, the setters still use towels, and we been paying £90 a month for them since April",
            "Only two of the walls ever switched them on, the setters still use towels, and we been paying £90 a month for them since April",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The power backup at Kothrud has paid off well. We have not cancelled a single lecture
/// since the inverters went in in August, and the makeup classes … are gone — about ₹60,000
/// a month …", "The generator earn its keep, man. JPS light gone for two days straight and
/// we roast right through, …": a sentence that only praises the work, then a sentence
/// telling what it did with no count to measure it, up to the money; that sentence is the
/// evidence, less a "since <month>" ending it (the benefit's date).
#[test]
fn an_unmeasured_result_after_a_sentence_of_praise_is_the_evidence() {
    for (text, why) in [
        (
            "The booking system has paid off nicely. We have not lost a single booking since the cutover, and the phone queue we used to get every morning is gone — about £700 a month in staff time.",
            "We have not lost a single booking since the cutover, and the phone queue we used to get every morning is gone",
        ),
        (
            "The chalk dryers paid for themselves already. We used to buy towels by the crate and haven't needed one since September, which is about £150 a month back.",
            "We used to buy towels by the crate and haven't needed one",
        ),
        (
            "The auto belays earn their keep. Two staff off sick and we still ran every session, the kids' party went ahead — a £900 booking we'd have lost",
            "Two staff off sick and we still ran every session, the kids' party went ahead",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "… scaled back to Phase 1 only (Riverside Trail, 1.2 km) at a revised cost of $86,000 …
/// Phases 2 and 3 will be referred to the 2028 budget.": what a rescope puts off to later
/// is its reason (convention 40); the bracket after "Phase 1 only" names the phase kept, as
/// after "Phase 1"; "referred / deferred / pushed to" a later year puts a part off as
/// "waits till" does.
#[test]
fn a_rescopes_part_referred_to_a_later_budget_is_its_reason() {
    let text = "Re: Door entry\n\nThe door entry project has been scaled back to Phase 1 only (Matlock wall, front doors) at a revised cost of £14,000, down from £40,000. Phases 2 and 3 will be referred to the 2028 budget.";
    let r = read_walls(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Phases 2 and 3 will be referred to the 2028 budget"),
        "{r:?}"
    );
}

/// "fleet insurance dropped 2,200/yr since the gps trackers went in 🙌", "… already saved
/// R$ 480 mil in overtime … since the start of the harvest": a benefit told only as money,
/// since the work went in or since a season started, has no evidence; the "since" says from
/// when the money is counted, not why.
#[test]
fn since_the_work_went_in_after_money_alone_is_no_evidence() {
    for text in [
        "door entry saved us £3,100 in desk hours since the fobs went in 🙌",
        "the chalk dryers already saved £400 in towels since the start of the season",
    ] {
        let r = read_walls(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "approved phase 2 at $640K (gold carding for top 200 providers)", "… proceed with the
/// accessibility upgrades at the Community Centre (automatic door operators and a universal
/// washroom) at $64,000": a bracket of nouns after an approval says what the work holds, no
/// reason; no label takes one.
#[test]
fn a_bracket_of_what_an_approval_holds_is_no_reason() {
    for text in [
        "1. Door entry - approved phase 2 at £18K (fob readers for all 3 walls)\n2. Website - no change\n3. Next mtg 1/5",
        "Further to the board's vote, staff will proceed with the upgrades at the Buxton wall (auto belays and a second bouldering cave) at £64,000. Walls team, please coordinate with the installer.",
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // A bracket with a verb of its own stays the reason.
    let r = read_walls(
        "Auto belays approved for Sheffield at £9k (the two small walls keep their old ones)",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the two small walls keep their old ones"),
        "{r:?}"
    );
}

/// "The office took 340 fewer phone calls in November, that's about £4k of Carys's time":
/// the month ending a benefit's result is its date (conventions 5 and 37), not its evidence;
/// "since we went live in August" and "less in November than last November" keep theirs.
#[test]
fn a_month_ending_a_benefits_result_is_left_out() {
    let r = read_walls(
        "Booking system is ace, honestly. The desk took 210 fewer phone calls in November, that's about £2k of Jo's time",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The desk took 210 fewer phone calls"),
        "{r:?}"
    );
}

/// "Scoreboard's paying off already, we sold the 4 new corner panels to Tim Hortons and Kal
/// Tire for $45K a year": an "and" between two names joins the names, not a clause told
/// with the money; the evidence keeps both.
#[test]
fn an_and_between_two_names_is_no_consequence() {
    let r = read_walls(
        "The auto belays are paying off already, we sold the 2 new wall banners to Rock Shop and Outside Ltd for £8K a year",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("we sold the 2 new wall banners to Rock Shop and Outside Ltd"),
        "{r:?}"
    );
}

/// "… not going ahead with the base extension at all. Planning came back wanting a full
/// flood risk assessment and a new access road, and that takes it past £400k, which is more
/// than twice what we set out to spend.": a sentence telling what pushed the price up to a
/// figure ("takes it past / pushes it over / brings it to") is news of the price, the case
/// against the work, as "the quote doubled to $60K" is.
#[test]
fn what_took_the_price_past_a_figure_is_the_reason() {
    let r = read_walls(
        "Right then. We're not going ahead with the bouldering extension at all. The council came back wanting a full drainage survey and a new fire exit, and that takes it past £90k, which is more than twice what we set out to spend.",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The council came back wanting a full drainage survey and a new fire exit, and that takes it past £90k, which is more than twice what we set out to spend"),
        "{r:?}"
    );
}

/// "And the new backwashes at Gateshead are already showing: the stylists are fitting in an
/// extra client a day each, which is about £2,500 a month more through the tills": "are
/// (already) showing" before a colon praises the work as "is paying off" does; the result
/// after the colon is the evidence.
#[test]
fn already_showing_before_a_colon_praises_the_work() {
    let r = read_walls(
        "The new chalk dryers at Buxton are already showing: the setters are cleaning an extra wall a day each, which is about £300 a month less in towels.",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the setters are cleaning an extra wall a day each"),
        "{r:?}"
    );
}
