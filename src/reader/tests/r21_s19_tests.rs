//! Readings of forms from round S19's writers (a Nelson winery, a Mississippi shipyard, a
//! Yorkshire Dales bus operator) the reader missed, worded here for a Cornish harbour
//! ferry company: two records in one message ("… stays on track, and … is approved",
//! "… approved, and … tbd til the Q2 budget", "… renewed, and we've turned down …, for
//! what … already gives us", "… stays. And … goes up to £90k from £70k"), verdicts said in
//! a register of their own, chat that shares a word with a name, and notes and proposals
//! read as chat.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Cornish harbour ferry company: vessels, the terminals, IT, safety, finance.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Vessels", &["Fleet", "Engineers"]),
            ("Terminals", &["Quayside", "Harbour Office"]),
            ("IT", &["Systems"]),
            ("Safety", &["Marine Safety", "MCA Compliance"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Radar Refit", "Vessels"),
            ("Pontoon Repair", "Terminals"),
            ("Crew Training Simulators", "Vessels"),
            ("Fuel Monitoring System", "Vessels"),
            ("Terminal Wi-Fi", "IT"),
            ("Booking App", "IT"),
            ("Storm Shutters", "Terminals"),
            ("Gangway Replacement", "Terminals"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &dir())
}

fn read_usd(text: &str) -> Reading {
    read_us(text, "tamsin", "2026-11-27", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "Two from the fleet meeting: the radar refit's service contract renewed for another
/// year, £9k, and we've turned down the drone survey, £30k for pictures the radar already
/// gives us": the second decision's reason names the first thing again, but its subject is
/// another thing; two records.
#[test]
fn a_counted_second_decision_whose_reason_names_the_first_is_its_own() {
    let text = "Two from the fleet meeting: the radar refit's service contract renewed for another year, £9k, and we've turned down the drone survey, £30k for pictures the radar already gives us.";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Verdict::Continue), Some("Radar Refit")),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(9_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.also[0].amount, whole(30_000, "GBP"), "{text}: {r:?}");
}

/// "…, and the crew simulators are tbd til the Q2 budget": a thing left to be decided until
/// a time is put off to it, a record of its own after the approval before it.
#[test]
fn tbd_till_a_time_defers_and_is_a_record_of_its_own() {
    let text = "from the 3/11 fleet meeting: pontoon repair approved at $60k, and the crew simulators are tbd til the Q2 budget";
    let r = read_usd(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.rationale.as_deref()),
        (Some(Verdict::Approve), Some("Pontoon Repair"), None),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let d = &r.also[0];
    assert_eq!(
        (d.verdict, d.investment.as_deref(), d.review_date),
        (
            Some(Verdict::Defer),
            Some("Crew Training Simulators"),
            day("2027-04-01")
        ),
        "{text}: {r:?}"
    );
}

/// "fuel monitoring stays on track, and the terminal wifi is approved at $40k": work that
/// "stays on track" at a meeting goes on; the approval after it is another record.
#[test]
fn stays_on_track_goes_on_and_the_next_approval_is_its_own() {
    let text = "two from the harbour board thursday: fuel monitoring stays on track, and the terminal wifi for the ticket hall is approved at $40k";
    let r = read_usd(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.amount),
        (
            Some(Verdict::Continue),
            Some("Fuel Monitoring System"),
            None
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].investment.as_deref()),
        (Some(Verdict::Approve), Some("Terminal Wi-Fi")),
        "{text}: {r:?}"
    );
}

/// "On track" said of work with no meeting's verdict is progress, a note: "stays on track"
/// only goes on when it ends its clause.
#[test]
fn stays_on_track_for_a_date_is_progress() {
    let text =
        "Gangway replacement stays on track for the March changeover, the steel arrived Tuesday";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "From Monday's board: fuel monitoring stays, …. And the pontoon repair goes up to £90k
/// from £70k, …": a board's minutes telling a thing's money raised to a new figure from its
/// old one is a rescope, a record of its own.
#[test]
fn goes_up_to_a_figure_from_the_old_one_in_a_boards_minutes_rescopes() {
    let text = "From Monday's board: fuel monitoring stays, support renewed for another year at £3k a year. And the pontoon repair goes up to £90k from £70k, the divers found more rot in the piles than we thought";
    let r = read(text);
    assert_eq!(
        (
            r.verdict,
            r.investment.as_deref(),
            r.amount,
            r.annual_benefit
        ),
        (
            Some(Verdict::Continue),
            Some("Fuel Monitoring System"),
            None,
            None
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let d = &r.also[0];
    assert_eq!(
        (d.verdict, d.investment.as_deref(), d.amount),
        (
            Some(Verdict::Rescope),
            Some("Pontoon Repair"),
            whole(90_000, "GBP")
        ),
        "{text}: {r:?}"
    );
}

/// "Gangway: Board's said aye, £48k for …": a body that decides saying aye approves.
#[test]
fn a_deciding_body_saying_aye_approves() {
    let text = "Gangway replacement: Board's said aye, £48k for the new aluminium one. Old one's cracking at the hinge and the MCA flagged it at the last survey";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict, r.amount),
        (
            Intent::Decision,
            Some(Verdict::Approve),
            whole(48_000, "GBP")
        ),
        "{text}: {r:?}"
    );
    let text = "Booking app: the directors have said aye, £20k";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Yeah nah on the drone survey for now. … look at it again in June": a Kiwi no for now,
/// with a time to look again, puts it off.
#[test]
fn yeah_nah_for_now_then_look_again_defers() {
    let text = "Yeah nah on the radar refit for now. Let's see what the charter season brings in and look at it again in June";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict, r.review_date),
        (Intent::Decision, Some(Verdict::Defer), day("2027-06-01")),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Let's see what the charter season brings in"),
        "{text}: {r:?}"
    );
}

/// "pontoon repair's fixing to slide to spring, … look again 4/1": a Southern "fixing to"
/// (about to) slide to a time is work put off, with its look-again date.
#[test]
fn fixing_to_slide_to_a_season_defers() {
    let text = "pontoon repair's fixing to slide to spring, we can't lift the deck and pull the piles with the regatta moored up. look again 4/1";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.review_date),
        (Intent::Decision, Some(Verdict::Defer), day("2027-04-01")),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can't lift the deck and pull the piles with the regatta moored up"),
        "{text}: {r:?}"
    );
}

/// "booking app's scope got cut to $90k — …": the work's scope cut to a figure is a
/// rescope, not money saved.
#[test]
fn scope_got_cut_to_a_figure_rescopes() {
    let text = "booking app's scope got cut to $90k — we're skipping the loyalty module for now, just the timetable and tickets";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.amount),
        (
            Intent::Decision,
            Some(Verdict::Rescope),
            whole(90_000, "USD")
        ),
        "{text}: {r:?}"
    );
}

/// "storm shutters earned their keep in Ciarán. … we kept the terminal running the whole
/// time …": kit that earned its keep is a benefit told; what we kept running through the
/// storm is its evidence, not a decision to keep the work going.
#[test]
fn kit_that_earned_its_keep_is_a_benefit() {
    let text = "storm shutters earned their keep in Ciarán. wind was over 80 knots and we kept the terminal running the whole time, not one pane gone - call it $40k saved";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.amount),
        (Intent::Benefit, None, whole(40_000, "USD")),
        "{text}: {r:?}"
    );
}

/// "radar refit approved, …. old sets drift and the pilots are rejecting a third of the
/// fixes": "rejecting" in the reason after an approval is what someone else does, no
/// verdict on the work.
#[test]
fn rejecting_in_a_reason_after_an_approval_is_no_reject() {
    let text = "radar refit approved, $120k for 2 new sets. old ones drift in the rain and the pilots are rejecting a third of the fixes";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("old ones drift in the rain and the pilots are rejecting a third of the fixes"),
        "{text}: {r:?}"
    );
}

/// "… and the returns were short because of it": "because of it" points back at the
/// sentence it ends, which is the reason; "it" is none.
#[test]
fn because_of_it_points_back_at_its_sentence() {
    let text = "Gangway replacement: Board's said aye, £48k for the new aluminium one. Old one's cracking at the hinge and we failed the MCA survey because of it";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Old one's cracking at the hinge and we failed the MCA survey because of it"),
        "{text}: {r:?}"
    );
}

/// "look again 3/15" in a month-first tenant: a look-again date whose day is past 12 is a
/// time as "look again 4/1" is, so the work is put off to it.
#[test]
fn a_month_first_look_again_date_past_the_12th_defers() {
    let text = "gangway replacement's fixing to slide to spring, the yard can't take it till after the refit. look again 3/18";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.verdict, r.review_date),
        (Intent::Decision, Some(Verdict::Defer), day("2027-03-18")),
        "{text}: {r:?}"
    );
}

/// "storm season's over, thank goodness 🙏": a name's word before "season" names the time
/// of year, not the Storm Shutters; a remark on it is chat.
#[test]
fn a_names_word_before_season_names_the_season() {
    let text = "storm season's over, thank goodness 🙏";
    let r = read(text);
    assert_eq!(
        (r.intent, r.investment.as_deref()),
        (Intent::None, None),
        "{text}: {r:?}"
    );
}

/// "quayside wants bike racks at the ferry terminal, no $ yet": things wanted in the plural
/// with no article, said with no price yet, are a proposal still to be priced.
#[test]
fn things_wanted_with_no_price_yet_are_a_proposal() {
    let text = "quayside wants bike racks at the ferry terminal, no $ yet";
    let r = read_usd(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("bike racks"), "{text}: {r:?}");
    assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
}

/// "…, about $30k per the harbourmaster": "per" before who said it ("the", "our", a
/// name) tells the source of the figure, not a price per thing.
#[test]
fn per_a_source_is_no_rate() {
    let text = "engineers want a bilge pump monitor for the old ferry, about $30k per the yard";
    let r = read_usd(text);
    assert_eq!(
        (r.intent, r.amount),
        (Intent::Investment, whole(30_000, "USD")),
        "{text}: {r:?}"
    );
}

/// "@jory see if the other yard can match it by 18/12": "see if" hands the person named a
/// task of finding out, due by the date.
#[test]
fn see_if_after_a_handle_is_a_task_with_its_due_date() {
    let text = "Heads up, the chandlery's putting the fuel price up 8% from Feb. Not happy. @jory see if the other yard can match it by 18/12";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.due, day("2026-12-18"), "{text}: {r:?}");
}

/// "Walk round the pontoons with the insurer on Tuesday. @jory get the logs printed by
/// then": the task is due on the Tuesday still to come, which is no date of the note.
#[test]
fn by_then_is_due_on_the_day_named_before() {
    let text = "Walk round the pontoon repair with the insurer on Tuesday. @jory get the dive logs printed by then";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!((r.date, r.due), (None, day("2026-12-01")), "{text}: {r:?}");
}

/// "on hold til after the regatta, no way we're …": the time a hold lasts is not its
/// reason; the clause after it is.
#[test]
fn a_holds_time_is_not_its_reason() {
    let text = "Gangway replacement is on hold til after the regatta, no way we're having cranes on the quay in August with the crowds in. Revisit in October.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("no way we're having cranes on the quay in August with the crowds in"),
        "{text}: {r:?}"
    );
    let text = "Booking app's on hold while we sort the winter timetable, nothing changes till the council confirms the sailings. Look again in March.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("nothing changes till the council confirms the sailings"),
        "{text}: {r:?}"
    );
}

/// After a refusal, the price and what it would buy, said with what is wrong with it ("that'll
/// not …") or had already ("summat the crews already do"), is the case against it.
#[test]
fn a_refusals_price_for_what_it_would_buy_is_its_reason() {
    let text = "We're not doing the hovercraft trial. £600k for one craft that'll not cope with the swell in January";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("£600k for one craft that'll not cope with the swell in January"),
        "{text}: {r:?}"
    );
    let text = "No to the rota app, £5k for summat the crews already do on the group chat";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("£5k for summat the crews already do on the group chat"),
        "{text}: {r:?}"
    );
}

/// A benefit's second result joined by "and" and told as a bad thing that did not happen
/// ("… and the hulls never fouled", "… and we haven't had a breakdown all winter", "… and not
/// a peep from the MCA") is evidence too, not what the money came from.
#[test]
fn a_second_result_told_as_a_bad_thing_that_did_not_happen_stays() {
    let text = "Fuel monitoring system has done us proud. Burn is down from 410 litres a crossing to 350 and not a peep from the MCA at the last audit, reckon it's saved us £18k";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Burn is down from 410 litres a crossing to 350 and not a peep from the MCA at the last audit"),
        "{text}: {r:?}"
    );
    let text = "Radar refit is paying off. Fixes went from 70% accurate to 98% and we haven't had a near miss in the channel all winter, figure about $30k in delays we didn't eat";
    let r = read_usd(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Fixes went from 70% accurate to 98% and we haven't had a near miss in the channel all winter"),
        "{text}: {r:?}"
    );
}

/// "booking app - stopping it. the tablets can't scan the tickets once they've been in the
/// rain, …": "once" qualifies the clause of its own before it, which is the reason.
#[test]
fn once_after_a_clause_of_its_own_is_part_of_the_reason() {
    let text = "booking app - stopping it. the tablets can't scan the tickets once they've been in the rain, and the deckhands went back to paper";
    let r = read_usd(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the tablets can't scan the tickets once they've been in the rain, and the deckhands went back to paper"),
        "{text}: {r:?}"
    );
}
