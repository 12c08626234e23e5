//! Readings of forms from round S39's writers, the long Slack paragraphs and terse Discord
//! lines of an Arizona solar installer, a group of Cornish holiday parks and a Perth chain of
//! physiotherapy clinics, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records, whole};
use super::*;
use crate::domain::Verdict;

/// A Bristol and Bath chain of climbing walls: the walls, the café, IT.
fn climbing_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Setters", "Route Setting"]),
            ("Cafe", &["Café"]),
            ("IT", &["Systems"]),
            ("People", &["HR"]),
        ],
        &[
            ("Auto Belay Upgrade", "Walls"),
            ("Members App", "Walls"),
            ("Cafe Refit", "Cafe"),
            ("Laptop Refresh", "IT"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_climbing(text: &str) -> Reading {
    read_day_first_in(text, "freya", "GBP", &climbing_dir())
}

/// A Houston pool cleaning and repair company: the route techs, the trucks, IT.
fn pools_dir() -> StaticDirectory {
    directory(
        &[
            ("Service", &["Techs", "Routes"]),
            ("Fleet", &["Trucks"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Route Software", "Service"),
            ("Service Trucks", "Fleet"),
            ("Customer Portal", "Service"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_pools(text: &str) -> Reading {
    read_us(text, "dana", "2026-12-04", &pools_dir())
}

/// "We're giving up on the hydro heater at Rockingham: $26k spent on …": we give the work up
/// for good, a stop, whose amount is the money sunk; the approval after it is a record of its
/// own (read alone, its price was the stop's amount: a money error).
#[test]
fn giving_up_on_the_work_stops_it() {
    let text = "Two outcomes from Ian's budget review. We're giving up on the members app: \
                £18k spent and it still can't take a card payment. On the other hand he's \
                fine with MFA for the duty managers now, another £1,200, seeing as they're \
                the ones with the till logins.";
    let r = read_climbing(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Members App"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(18_000, "GBP"), "{text}: {r:?}");
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(all[1].amount, whole(1_200, "GBP"), "{text}: {r:?}");
    let text = "we've given up on the customer portal, 30k in and nobody logs in";
    let r = read_pools(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    // Someone else giving up on a thing is no verdict of ours.
    let text = "the techs have given up on the old route sheets, they all use the app now";
    let r = read_pools(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Gary came round on the Tucson forklift after all, $26k, since …", "Tom's come round on the
/// second shockwave …": the decider, won over, agrees to it; someone who "came round" on a day
/// or to a place only visited.
#[test]
fn coming_round_on_a_thing_approves_it() {
    for text in [
        "FYI Ian came round on the auto belay upgrade after all, £9k, since the old ones keep \
         failing their inspection. @tom to book the installer by 18/12.",
        "Ian's come round on the cafe refit, £22k, as the counter's falling apart.",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    let text = "the inspector came round on Tuesday and signed nothing off, the auto belays \
                are fine";
    let r = read_climbing(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "… And the monitoring platform is already earning its keep: service calls are down about a
/// quarter and …, roughly $3,000 a month lighter.": a closing sentence praising other work,
/// the result and its money after a colon, is a benefit record of its own, as "already
/// showing: …" was.
#[test]
fn work_earning_its_keep_before_a_colon_is_a_record() {
    let text = "Sorry, long one. Ian approved the cafe refit, £22k, after the health \
                inspector flagged the counter. We're parking the laptop refresh until April; \
                the budget isn't there this winter. And the auto belay upgrade is already \
                earning its keep: the wait for a belay is down by half and we're selling \
                about £1,500 a month more in day passes.";
    let r = read_climbing(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[2].intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        all[2].investment.as_deref(),
        Some("Auto Belay Upgrade"),
        "{text}: {r:?}"
    );
    assert_eq!(all[2].amount, whole(18_000, "GBP"), "{text}: {r:?}");
    let text = "Dana approved the route software, $14k, after the October mess. And the new \
                service trucks have more than paid their way already: fuel is down a third, \
                call it $900 a month.";
    let r = read_pools(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].intent, Intent::Benefit, "{text}: {r:?}");
}

/// "laptop refresh trimmed to the 22 office + design machines, 31k. crews keep their ipads
/// another yr": people keeping their own kit is what the cut leaves out, the rescope's reason,
/// not a verdict of its own.
#[test]
fn people_keeping_their_kit_is_the_cuts_reason() {
    let text = "laptop refresh cut to the 14 front desk machines, £16k. setters keep their \
                old macbooks another year";
    let r = read_climbing(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("setters keep their old macbooks another year"),
        "{text}: {r:?}"
    );
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
}

/// "newbook's still on even tho go-live slid to feb, the channel manager finally syncs …",
/// "cliniko's still happening even tho subi slipped to late jan, …": the work carries on
/// despite the slip, as "still a go even tho …" did; "the leak is still happening" is no
/// verdict.
#[test]
fn still_on_even_though_it_slipped_carries_on() {
    for text in [
        "members app's still on even tho launch slid to feb, the card payments finally work",
        "the members app is still happening even though launch slipped to late jan, the card \
         payments finally work",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Members App"),
            "{text}: {r:?}"
        );
        assert_eq!(
            r.rationale.as_deref(),
            Some("the card payments finally work"),
            "{text}: {r:?}"
        );
    }
    let text = "the leak over the auto belays is still happening, can someone call the roofer";
    let r = read_climbing(text);
    assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "crew trucks down to 3 from 4, $138k now. flagstaff keeps the old one thru summer",
/// "buggies down to 4 from 6, £28k. the grounds team keep the two old petrol ones another
/// season": fewer of the work's things at a new price is a rescope to it, and who keeps the
/// old ones is its reason; a count down with no price ("trolley waits down to 9 from 23") or
/// with money saved is no verdict.
#[test]
fn fewer_things_at_a_new_price_is_a_rescope() {
    let text = "service trucks down to 3 from 5, $141k now. the houston branch keeps the old \
                one thru summer";
    let r = read_pools(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Service Trucks"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(141_000, "USD"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the houston branch keeps the old one thru summer"),
        "{text}: {r:?}"
    );
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
    for text in [
        "callbacks down to 3 from 14 since the route software went in, saving $2k a month",
        "missed stops down to 9 from 23 this week",
    ] {
        let r = read_pools(text);
        assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    }
}

/// "the grounds team keep the two old petrol ones another season", said alone, keeps no work
/// of ours going: a group keeping its own or the old kit.
#[test]
fn a_group_keeping_the_old_kit_is_no_continue() {
    for text in [
        "the setters keep the two old drills another season",
        "setters keep their old macbooks another year",
    ] {
        let r = read_climbing(text);
        assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "a roadrunner just walked into the mesa warehouse and refused to leave": refusing to do an
/// ordinary thing is behaviour, no verdict; refusing to fund, approve or sign off still
/// refuses.
#[test]
fn refusing_to_do_a_thing_is_no_refusal() {
    let text = "lol a raccoon got into the truck yard and refused to leave 🦝";
    let r = read_pools(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    let text = "the owners refused to fund the customer portal, $40k for a login page";
    let r = read_pools(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "… The Las Vegas office is a no — … Happy to walk anyone through it Monday.": a day the
/// writer offers to talk things over on is still to come, no date of the record.
#[test]
fn a_day_offered_for_a_chat_is_no_date() {
    for text in [
        "The customer portal is a no — Dana doesn't want another login for the techs. Happy \
         to walk anyone through it Monday.",
        "The customer portal is a no, the techs won't use it. I'm happy to go over the \
         numbers with anyone on Tuesday.",
    ] {
        let r = read_pools(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

/// "tills at hayle clubhouse cut the bar queue to under 5 mins on the quiz nights, thats about
/// £2k extra through the bar": a queue made shorter is a result, not a smaller budget.
#[test]
fn a_queue_cut_is_a_result() {
    let text = "the cafe refit cut the coffee queue to under 3 mins on saturdays, thats about \
                £1k extra through the till";
    let r = read_climbing(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "…, which is roughly $1,800 a month we're no longer writing off.": money written off,
/// said before the verb, is a loss counted (here one that stopped), not work stopped or kept.
#[test]
fn money_no_longer_written_off_is_a_result() {
    let text = "Callbacks went from about 20 a week to none since the route software went in, \
                which is roughly $2,000 a month we're no longer writing off.";
    let r = read_pools(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    // Work written off is still stopped.
    let text = "we're writing off the customer portal, 30k and nobody logs in";
    let r = read_pools(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "We're giving up on the hydro heater at Rockingham: $26k spent on a unit that still can't
/// hold 34 degrees, …", "We're stopping the pool slide refurb: £12k gone on surveys and …":
/// money sunk, told first with "spent" or "gone" after it, opens the stop's reason (as "$52k
/// and two years in and …" does), after a colon or in the next sentence.
#[test]
fn money_spent_then_what_went_wrong_is_the_stops_reason() {
    for (text, why) in [
        (
            "We're giving up on the members app: £18k spent and it still can't take a card \
             payment.",
            "£18k spent and it still can't take a card payment",
        ),
        (
            "We're stopping the cafe refit. £6k gone on drawings and the builder's now \
             quoting double.",
            "£6k gone on drawings and the builder's now quoting double",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "On the upside she's happy for the permitting team to get MFA now, another $3k, since
/// …": a decider happy for someone to get a priced thing lets it go ahead, as "she's fine
/// with MFA for the dispatchers now, another $2k" does; unpriced, or "happy for you", no.
#[test]
fn happy_for_someone_to_get_a_priced_thing_approves_it() {
    let text = "Two calls from Ian's review. We're giving up on the members app: £18k spent \
                and it still can't take a card payment. On the upside he's happy for the \
                duty managers to get MFA now, another £1,200, since they hold the till logins.";
    let r = read_climbing(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("MFA Rollout"),
        "{text}: {r:?}"
    );
    let text = "he's happy for the setters to get on with it, they know the walls";
    let r = read_climbing(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "not doing fireworks night at looe this year, £6k for one evening and …": "not doing" a
/// thing said without "the", priced in its clause or for this year, refuses it, as "not
/// doing the …" does; "not doing well", "not doing overtime till the new rota" are no verdict.
#[test]
fn not_doing_a_bare_thing_with_its_price_refuses_it() {
    let text = "not doing bouldering comps at bath this year, £3k for one evening and the mats \
                are shot anyway";
    let r = read_climbing(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_000, "GBP"), "{text}: {r:?}");
    for text in [
        "the auto belays are not doing well in the cold",
        "setters not doing overtime till the new rota",
    ] {
        let r = read_climbing(text);
        assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "… And the monitoring platform is already earning its keep: service calls are down about
/// a quarter and the truck rolls are running roughly $3,000 a month lighter.": praise in an
/// idiom of earning its money ("earning its keep", "doing its job", "paid their way",
/// "pulling their weight") opens a benefit as "is paying off" does; its money is the amount.
#[test]
fn earning_its_keep_opens_a_benefit() {
    for text in [
        "The auto belay upgrade is already earning its keep: the wait for a belay is down by \
         half and day passes are running about £1,500 a month ahead.",
        "The auto belay upgrade is pulling its weight: the wait for a belay is down by half \
         and day passes are running about £1,500 a month ahead.",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.amount, whole(18_000, "GBP"), "{text}: {r:?}");
    }
    for text in [
        "The route software is already earning its keep: callbacks are down about a quarter \
         and the truck rolls are running roughly $3,000 a month lighter.",
        "The route software is doing its job: callbacks are down about a quarter and the \
         truck rolls are running roughly $3,000 a month lighter.",
    ] {
        let r = read_pools(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.amount, whole(36_000, "USD"), "{text}: {r:?}");
    }
    // Said before a full stop, the result told in sentences of their own keeps its commas.
    let text = "The route software's paid its way already this autumn. With it we could \
                run 6 routes in the October storms, not 2, and the county didn't send a crew, \
                which they bill us about $3,500 a time for.";
    let r = read_pools(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("With it we could run 6 routes in the October storms, not 2"),
        "{text}: {r:?}"
    );
}

/// "card takings at the bars are up 18% on last December": the month a change is measured
/// against is the comparison's base, no date of the record (as "vs last March" is).
#[test]
fn a_change_on_last_month_is_no_date() {
    let text = "The auto belay upgrade has paid its way already: day passes are up 18% on last \
                December, call it £900 a month.";
    let r = read_climbing(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
    // "up on Tuesday's exec" is no change set against a day.
    let text = "Following up on Tuesday's exec: we've agreed to rescope the cafe refit to £15k.";
    let r = read_climbing(text);
    assert_eq!(r.date, "2026-11-24".parse().ok(), "{text}: {r:?}");
}
