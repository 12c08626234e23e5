//! Round R53: the rationale's misses on the training corpus sorted by cause (eighteenth
//! pass), each cause worded here for another invented organisation: an alpine dairy in the
//! Bregenzerwald (its cheese cellar, its farm shop and its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The dairy's units and investments.
fn dairy_dir() -> StaticDirectory {
    directory(
        &[
            ("Cellar", &["Cheese Cellar"]),
            ("Shop", &["Farm Shop"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Cheese Turning Robot", "Cellar"),
            ("Milk Tank Sensors", "Cellar"),
            ("Self Checkouts", "Shop"),
            ("Dust Extractor", "Cellar"),
            ("Booking Website", "Shop"),
            ("Label Printer", "Shop"),
        ],
    )
}

fn read_dairy(text: &str) -> Reading {
    read_day_first_in(text, "vreni", "EUR", &dairy_dir())
}

/// Convention 67: a sentence of praise before a benefit's result is no part of its reason;
/// the result in the next sentence is, up to the money's clause, also when the praise holds
/// a date, the result a rate beside its change, or the result is a trouble gone.
#[test]
fn praise_before_a_result_leaves_the_result() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "The milk tank sensors earned their money during the 14 July heatwave. We had 9 \
             farms on the alarm and got every tank cooled in 2 hours instead of the 6 it took \
             last summer, and the spoilt milk ran €8k under what we lost the year before.",
            "We had 9 farms on the alarm and got every tank cooled in 2 hours instead of the 6 \
             it took last summer",
        ),
        (
            "The self checkouts more than earned their spot this season. Average basket at the \
             two self checkouts ran €3.10 higher than at the tills, and the Saturday queues \
             were half what they used to be — call it €26k extra over the year.",
            "Average basket at the two self checkouts ran €3.10 higher than at the tills, and \
             the Saturday queues were half what they used to be",
        ),
        (
            "The dust extractor's paying for itself. We haven't had a single mould alarm in \
             the cellar since it went in, and the insurer knocked €4,200 a year off our \
             premium after the spring inspection.",
            "We haven't had a single mould alarm in the cellar since it went in",
        ),
        (
            "The booking website's been a blessing. Walk-ins used to be half our cellar tours, \
             now it's 80% booked ahead and we staff to it, that's about €1,300 a month less in \
             Sunday overtime.",
            "Walk-ins used to be half our cellar tours, now it's 80% booked ahead and we staff \
             to it",
        ),
    ] {
        let r = read_dairy(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        if r.rationale.as_deref() != Some(why) {
            bad.push(format!("{text}\n  want {why:?}\n  got {:?}", r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: money as the only result gives no reason, and the praise is not taken for one.
    let r = read_dairy(
        "The self checkouts have already paid for themselves: card fees are down €600 a month.",
    );
    assert_eq!(r.rationale, None, "{r:?}");
}

/// A remark that the spend is within the approver's own limit says who may approve, not
/// why: the reason told in the sentence before the go-ahead is the reason.
#[test]
fn within_my_limit_is_no_reason() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "Quick one: Resi wants a new label printer for the farm shop, ~€3,100. Saves her \
             about 4 hours a week of hand labelling before Christmas. I said go ahead, it's \
             under my limit.",
            "Saves her about 4 hours a week of hand labelling before Christmas",
        ),
        (
            "Resi is buying a new label printer for the farm shop, about €2,900. It saves her \
             an hour every day because the old one keeps jamming. I said ok, it is within my \
             limit.",
            "It saves her an hour every day because the old one keeps jamming",
        ),
        (
            "Resi's getting a new label printer for the farm shop, ~€2,400, it saves her about \
             five hours a week hand-writing tickets. I've said yes, it's within my limit.",
            "it saves her about five hours a week hand-writing tickets",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict != Some(Verdict::Approve) || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a limit that is the reason's subject stays ("the old printer is past its limit").
    let r = read_dairy(
        "Label printer approved at €2,400, the old one has hit its print limit and jams daily.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one has hit its print limit and jams daily"),
        "{r:?}"
    );
}

/// A hold "till <a time> and see if …": the time is when to look again, and what is to be
/// seen is why.
#[test]
fn held_till_a_time_to_see_if() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "We had a good long talk about the booking website. Resi found one at €9,600 a \
             year; Toni said let's hold it till next season and see if the phone bookings \
             actually cost us anything this year. Revisit in August.",
            "see if the phone bookings actually cost us anything this year",
        ),
        (
            "We discussed the booking website for long. Resi found one at €14,000; Toni says \
             let us hold it till after the season and see if the walk-ins are really falling. \
             We will come back to it in August.",
            "see if the walk-ins are really falling",
        ),
        (
            "Long chat about the booking website. Resi found one at €6,800 a year; Toni says \
             hold it till next season and see how the summer tours go. Back to it in August.",
            "see how the summer tours go",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict != Some(Verdict::Defer) || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a hold with its reason after a comma keeps it.
    let r = read_dairy(
        "Hold the booking website till after Christmas, the shop's too busy to train on it.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the shop's too busy to train on it"),
        "{r:?}"
    );
}

/// A no hedged "this year or next" says for how long, not why: the sentence after it is
/// the reason.
#[test]
fn this_year_or_next_then_why() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "Toni and Resi talked and there will be no cheese café, this year or next. The \
             tour groups can eat at the Gasthof.",
            "The tour groups can eat at the Gasthof",
        ),
        (
            "No cheese café, this year or next — Toni and Resi are agreed. The farm shop stays \
             as it is.",
            "The farm shop stays as it is",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict != Some(Verdict::Reject) || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A rescope to a part now "… and we see how … before the rest": what is to be seen is why
/// the rest waits; a grumble after it is no reason.
#[test]
fn rescope_then_we_see_how() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "Cheese turning robots again. The board went round the houses and landed on one \
             robot now instead of two — €85k instead of €160k — and we see how the export \
             orders go before buying the second. Sepp's not delighted but he'll live.",
            "we see how the export orders go before buying the second",
        ),
        (
            "Self checkouts cut back to one now instead of two — €14k instead of €28k — and \
             we'll see how the Saturday queues go before the second. Resi is not too happy.",
            "we'll see how the Saturday queues go before the second",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict != Some(Verdict::Rescope) || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// An approval whose sentence goes on with who orders it or where the money came from, then
/// tells the state of the old ones (in the next sentence or after a dash): the old ones'
/// state is why.
#[test]
fn the_old_ones_after_the_order() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "Long one, sorry. 1) The office laptop refresh is approved — 6 machines, €9,000, \
             Toni's ordering from the Dornbirn shop this week. The old ones are still on \
             Windows 10 and the cellar software people won't support it after March. 2) The \
             hygiene audit went fine.",
            "The old ones are still on Windows 10 and the cellar software people won't \
             support it after March",
        ),
        (
            "Sorry this is long. First, the laptop refresh is approved: Sepp found money in the IT \
             budget, 6 laptops at €1,400 each, and Toni will order from the Dornbirn shop next \
             week. The old ones cannot run the new cellar software. Second, the buyers from \
             Zurich visited on Tuesday.",
            "The old ones cannot run the new cellar software",
        ),
        (
            "The laptops are back on after all: Sepp found the money in the IT budget, so it's \
             6 machines at €1,150 each and Toni's ordering them from the Dornbirn shop next \
             week — the old ones take ten minutes to start and the cellar software keeps \
             crashing on them. The Zurich buyers were in on Tuesday.",
            "the old ones take ten minutes to start and the cellar software keeps crashing on \
             them",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict != Some(Verdict::Approve) || r.rationale.as_deref() != Some(why) {
            bad.push(format!("{text}\n  want {why:?}\n  got {:?} {:?}", r.verdict, r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The verdict told again inside the reason read is no part of it: before a dash or a
/// comma, or after ", so".
#[test]
fn the_verdict_told_again_leaves_the_reason() {
    let mut bad = Vec::new();
    for (text, why) in [
        (
            "We're done with the cheese turning robot. Toni pulled the plug this morning — \
             we've sunk €31k into it over two years and it still drops a wheel a week.",
            "we've sunk €31k into it over two years and it still drops a wheel a week",
        ),
        (
            "We have stopped the booking website. We paid the Bregenz developers €8,500 since \
             March and the site still cannot take group bookings, so Toni has ended it.",
            "We paid the Bregenz developers €8,500 since March and the site still cannot take \
             group bookings",
        ),
        (
            "label printer rental continues. toni says we should not stop it, the shop girls are \
             happy not to write tickets by hand",
            "the shop girls are happy not to write tickets by hand",
        ),
    ] {
        let r = read_dairy(text);
        if r.verdict.is_none() || r.rationale.as_deref() != Some(why) {
            bad.push(format!(
                "{text}\n  want {why:?}\n  got {:?} {:?}",
                r.verdict, r.rationale
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// News before a go-ahead "… it anyway" is no reason (the verdict stands despite it); a
/// plan after a go-on, closed by the decider's nod, is none either.
#[test]
fn anyway_and_a_nodded_plan_are_no_reason() {
    let mut bad = Vec::new();
    for text in [
        "Sepp came back on the dust extractor — the dealer can't get the new one here till \
         February, so Toni says go ahead and order it anyway and we'll rent one for January.",
        "Sepp came back on the dust extractor — the supplier cannae fit the new one till \
         February, so Toni says order it anyway and we'll hire one if the old one packs in.",
        "The milk tank sensors are staying on. Sepp wants to fit the same farms again in March \
         plus the Mellau dairy, Toni's good with it.",
        "The milk tank sensors are continuing. Sepp wants to add 15 more farms in February and \
         Toni is happy with that.",
    ] {
        let r = read_dairy(text);
        if r.verdict.is_none() || r.rationale.is_some() {
            bad.push(format!("{text}\n  got {:?} {:?}", r.verdict, r.rationale));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Near: a go-on with its reason keeps it.
    let r = read_dairy("The milk tank sensors are staying on, they caught two warm tanks in July.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("they caught two warm tanks in July"),
        "{r:?}"
    );
}

/// A benefit's result passed on by someone named, in a sentence after the one naming the
/// work, is the result without the saying (convention 35's benefit reported by someone).
#[test]
fn a_benefit_passed_on_by_someone_is_the_result() {
    let r = read_dairy(
        "The cheese turning robot's been running a month since the refit. Resi says the \
         Bergkäse wheels are getting the right rind first time now, where we used to send a \
         third of them back to the brine. Near enough €40k a year we're no longer losing to \
         seconds.",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "the Bergkäse wheels are getting the right rind first time now, where we used to \
             send a third of them back to the brine"
        ),
        "{r:?}"
    );
}

/// A sign-off or an apology to someone after the verdict ("sorry Davo", "stay safe brah",
/// "be safe on the roads, it's slick out there") is no reason.
#[test]
fn a_sign_off_is_no_reason() {
    for text in [
        "Label printer for the farm shop is on hold, sorry Resi.",
        "Booking website is on hold, stay safe on the roads everyone.",
    ] {
        let r = read_dairy(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a reason that says sorry for its cause stays.
    let r = read_dairy(
        "Label printer for the farm shop is on hold, sorry but the budget's gone on the robot.",
    );
    assert!(r.rationale.is_some(), "{r:?}");
}

/// A "since" cause after a dash is the reason without its "since" (convention 31); "since"
/// a time stays.
#[test]
fn a_since_cause_after_a_dash() {
    let r = read_dairy(
        "We're only doing half the cheese cellar sensors now — €6k rather than the full €12k — \
         since the Mellau contract's still not signed.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Mellau contract's still not signed"),
        "{r:?}"
    );
}
