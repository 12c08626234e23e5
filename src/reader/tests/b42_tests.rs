//! Round B42: records split and verdict leftovers, each worded here for an invented
//! organisation: a tree-surgery firm working across a city (the climbing crews, the yard,
//! the office). Each is checked with the rules alone (an empty model) and with the shipped
//! model.

use super::model::IntentModel;
use super::*;
use std::sync::Arc;

/// A tree-surgery firm.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Climbing", &["Crews", "Arborists"]),
            ("Yard", &["Depot", "Workshop"]),
            ("Office", &["Admin", "Sales"]),
        ],
        &[
            ("Wood Chipper Replacement", "Yard"),
            ("Crew Tracking App", "Climbing"),
            ("Quoting Software", "Office"),
            ("Banbury Depot", "Yard"),
            ("Stump Grinder", "Climbing"),
            ("Crew Vans", "Yard"),
            ("MEWP Trailer", "Yard"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn rules_only() -> Reader {
    Reader::new(&dir(), ReaderSettings::default()).with_model(Arc::new(IntentModel::default()))
}

fn shipped() -> Reader {
    Reader::new(&dir(), ReaderSettings::default())
}

/// "@kieran is the delivery going to the yard or straight to site? need to know by weds":
/// a question put to a handle, with the answer needed by a time, is the handle's task (a
/// note of the work it names, due then), not chat.
#[test]
fn a_question_to_a_handle_needed_by_a_time_is_their_task() {
    for reader in [rules_only(), shipped()] {
        for (text, owner, due) in [
            (
                "@ollie does the wood chipper warranty cover the blades or is that extra? need to know by wed",
                "ollie",
                "2026-12-02",
            ),
            (
                "@jess quoting software import - where r we? need it done by 18/12",
                "jess",
                "2026-12-18",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            let got = r.action.as_ref().map(|a| a.owner.as_str());
            assert_eq!(got, Some(owner), "{text}: {r:?}");
            assert_eq!(r.due, Some(due.parse().unwrap()), "{text}: {r:?}");
        }
    }
    // A question to a handle with no time it is needed by is chat, as before.
    let r = rules_only()
        .read(
            "@ollie is the chipper back from the menders?",
            "sam",
            today(),
        )
        .unwrap();
    assert_eq!(r.intent, Intent::None, "{r:?}");
}

/// "Meanwhile the wagons are getting washed at the truck stop, which is a faff.": a stop
/// named after what stops there ("the truck stop", "a bus stop") is a place, no verdict: the
/// sentence is the deferral's aside, not a stop of its own.
#[test]
fn a_truck_stop_is_a_place_not_a_stop() {
    let text = "Quick one on the wood chipper. Still want the bigger model but not until the new trailer is licensed, so it's parked until we look at it again on 5 February. Meanwhile the Banbury vans are getting cleaned at the truck stop, which is a faff.";
    for reader in [rules_only(), shipped()] {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
    }
    for text in [
        "The van drivers wait at the bus stop, which is a faff.",
        "We meet the lorry at a truck stop near the ring road.",
    ] {
        let r = rules_only().read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    // A stop said of the work is still one.
    let r = rules_only()
        .read("We're going to stop the crew tracking app.", "sam", today())
        .unwrap();
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "The Townsville dealership is off the table — he won't open another site till …": a new
/// thing (no registered investment) said off the table was asked for and turned down, a
/// refusal; registered work said so, or work with money sunk in it, is still stopped.
#[test]
fn a_new_thing_off_the_table_is_refused() {
    for reader in [rules_only(), shipped()] {
        let text = "Dave got back from the bank with one yes and one no. The wood chipper replacement goes ahead at £48k, because the old one jams twice a week. The Witney yard is off the table — he won't open another site till the lease is signed.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
        let later = r.also.first().expect("a second record");
        assert_eq!(later.verdict, Some(Verdict::Reject), "{later:?}");
        assert!(later.new_investment, "{later:?}");
        let r = reader
            .read(
                "A log splitter for the Witney crew is off the table.",
                "sam",
                today(),
            )
            .unwrap();
        assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    }
    let r = rules_only()
        .read(
            "The crew tracking app is off the table, nobody uses it.",
            "sam",
            today(),
        )
        .unwrap();
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Timed ticketing is doing exactly what we hoped. … roughly $9k a month we weren't getting
/// before.", "Feed store till is doing the business – … we found £1,800 of feed": registered
/// work praised as worth its money, with money it brought, is a benefit (with a model that
/// leans to a new ask too); without money, news of it.
#[test]
fn work_praised_as_worth_it_with_money_is_a_benefit() {
    let with_money = [
        "The crew tracking app is doing exactly what we hoped. Crews find the next job without ringing the office, and we've billed about £3k a month of call-outs we used to miss.",
        "Quoting software is doing the business – quotes that took a day now take an hour, and we won £6,500 of jobs we'd have lost.",
        "The crew tracking app has been worth every penny, we've saved about £1,200 a month on fuel.",
    ];
    for reader in [rules_only(), shipped()] {
        for text in with_money {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        }
    }
    let r = rules_only()
        .read(
            "The crew tracking app has been worth every penny.",
            "sam",
            today(),
        )
        .unwrap();
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    // Said of what it would be, it is no result.
    let r = rules_only()
        .read(
            "A new stump grinder would be worth every penny, about £9k.",
            "sam",
            today(),
        )
        .unwrap();
    assert_ne!(r.intent, Intent::Benefit, "{r:?}");
}

/// "The Saturday line at the front desk has gone from 40 minutes to about 10": a weekday
/// naming the line of every such day is no date of the record.
#[test]
fn a_weekday_s_line_is_no_date() {
    let text = "The crew tracking app is doing exactly what we hoped. The Saturday line at the yard gate has gone from 40 minutes to about 10, roughly £2k a month we weren't getting before.";
    let r = rules_only().read(text, "sam", today()).unwrap();
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
}

/// "Leanne knocked back a second CNC for the Gold Coast service centre": one more of the
/// thing a registered name is (a thing, not work done on one), said by an acronym of its
/// kind, is that name;
/// another of a thing a name only does work on ("a second wood chipper" against Wood
/// Chipper Replacement) is still a new thing.
#[test]
fn one_more_of_a_registered_thing_is_that_thing() {
    let reader = rules_only();
    for (text, name) in [
        (
            "Dave said no to a second stump grinder for the Witney crew, £9k — they can borrow ours.",
            "Stump Grinder",
        ),
        (
            "Dave said no to a second MEWP for the Witney crew, £9k — they can borrow ours.",
            "MEWP Trailer",
        ),
    ] {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
    let r = reader
        .read(
            "Dave said no to a second wood chipper for Witney, £40k.",
            "sam",
            today(),
        )
        .unwrap();
    assert_eq!(
        r.investment.as_deref(),
        Some("second wood chipper"),
        "{r:?}"
    );
}

/// "qa asking abt a drop test rig for the new plastic range, no quote yet": someone asking
/// about a thing said as new, with no price yet, is a proposal, as "asked about" is.
#[test]
fn asking_about_a_new_thing_with_no_price_yet_is_a_proposal() {
    for reader in [rules_only(), shipped()] {
        for text in [
            "climbers asking abt a rope access kit for the cathedral job, no quote yet",
            "The crews are asking about a stump trailer for the Witney jobs, nobody's priced it yet",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        }
    }
    // Asking about a thing already there is no proposal.
    let r = rules_only()
        .read("customers asking about the invoices again", "sam", today())
        .unwrap();
    assert_ne!(r.intent, Intent::Investment, "{r:?}");
}

/// "qa asking abt a drop test rig …, no quote yet. n they want 2 more lux meters ~12k": a
/// sentence opening on "and" ("n", "plus") with someone wanting more things and their money
/// is another ask, a record of its own, as "Also they want …" is.
#[test]
fn and_they_want_more_with_money_is_another_ask() {
    for reader in [rules_only(), shipped()] {
        for text in [
            "climbers asking abt a rope access kit for the cathedral job, no quote yet. n they want 2 more harnesses ~1.2k",
            "The crews are asking about a stump trailer for the Witney jobs, nobody's priced it yet. And they want 3 more chainsaws, about £2,400.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
            assert_eq!(r.amount, None, "{text}: {r:?}");
            assert_eq!(r.also.len(), 1, "{text}: {r:?}");
            assert!(r.also[0].amount.is_some(), "{text}: {r:?}");
        }
    }
}

/// "Heads up, Robin changed his mind on the wi-fi for the touring field, £12k, since …": a
/// decider who changed their mind on a thing, its money said with it, now agrees to it, as
/// one who "came round on" it does; a mind changed to a no is still a refusal.
#[test]
fn a_mind_changed_on_a_priced_thing_approves_it() {
    for reader in [rules_only(), shipped()] {
        let text = "Heads up, Dave changed his mind on the stump grinder for Witney, £9k, since the hire bills keep coming in. @ollie to order it by 17/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.intent, Intent::Decision, "{r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
        assert_eq!(r.decided_by.as_deref(), Some("Dave"), "{r:?}");
    }
    let r = rules_only()
        .read(
            "Dave changed his mind on the stump grinder, it's a no, £9k is too much.",
            "sam",
            today(),
        )
        .unwrap();
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "Heads up, Craig's come round on the show stand, the Sydney show is back on at $58k,
/// because …": after a decider came round on a thing, the clause saying it is back on is the
/// same approval told again, with its money, one record.
#[test]
fn back_on_after_coming_round_is_the_same_approval() {
    for reader in [rules_only(), shipped()] {
        let text = "Heads up, Dave's come round on the stump grinder, the Witney job is back on at £6k, because the hire bills keep coming in. @ollie to order it by 22/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
        assert_eq!(r.amount, Money::parse("£6k", Currency::GBP).ok(), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
    }
}

/// "… the grower portal carries on as rescoped and the grower liaison team wants a text
/// message alert system for bin deliveries about nine thousand dollars" (dictated, no
/// stops): after a verdict, "and" then someone wanting a thing said as new, with money of
/// its own, is another record, a proposal, and the money is its.
#[test]
fn a_verdict_and_someone_wanting_a_thing_with_money_are_two_records() {
    for reader in [rules_only(), shipped()] {
        let text = "two from the crew meeting last night the crew tracking app carries on as it is and the arborists want a rope access kit for the cathedral job about two thousand pounds";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
        assert_eq!(r.amount, None, "{r:?}");
        let later = r.also.first().expect("a second record");
        assert_eq!(later.intent, Intent::Investment, "{later:?}");
        assert_eq!(
            later.amount,
            Money::parse("£2,000", Currency::GBP).ok(),
            "{later:?}"
        );
    }
}

/// "Two bits from Harriet's budget review. We're pulling the plug on …. On the plus side
/// she's fine with the groomers getting new tables …, another £2,400, since …": a first
/// sentence counting its items, then sentences each with a verdict of its own, is that many
/// records, though the things are not in the directory.
#[test]
fn a_first_sentence_counting_its_items_then_verdicts_are_records_each() {
    for reader in [rules_only(), shipped()] {
        let text = "Two bits from Dave's budget review. We're pulling the plug on the yard turf: £3k spent and it still floods every time it rains. On the plus side he's fine with the climbers getting new helmets, another £1,400, since the old ones are past their date.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
        let later = r.also.first().expect("a second record");
        assert_eq!(later.verdict, Some(Verdict::Approve), "{later:?}");
        assert_eq!(
            later.amount,
            Money::parse("£1,400", Currency::GBP).ok(),
            "{later:?}"
        );
    }
}

/// "the boiler economiser installed in June cut firewood consumption by 14%, saving
/// approximately KES 3.6 million to date": money saved "to date" / "so far" is a result
/// already had, a benefit, reported in minutes or not.
#[test]
fn a_saving_to_date_is_a_benefit() {
    for reader in [rules_only(), shipped()] {
        for text in [
            "The Yard Manager reported that the wood chipper replacement installed in June cut fuel use by 14%, saving approximately £3,600 to date.",
            "The crew tracking app cut overtime by a fifth, saving about £2k so far.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        }
    }
}

/// "Hurricane prep pay off when the tropical storm pass through — …, that's $5 million in
/// green coffee we woulda lose": the bare "pay off" said of what happened (Caribbean
/// English's past) is the work paying off, a benefit with its money; "would pay off", "to
/// pay off" stay forecasts or asks.
#[test]
fn work_that_pay_off_is_a_benefit() {
    for reader in [rules_only(), shipped()] {
        let text = "Crew tracking app pay off when the storm come through — every crew got to a safe site, the insurer say that's £40k of kit we woulda lose.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    }
    let r = rules_only()
        .read(
            "Climbing reckon a second stump grinder would pay off, about £9k.",
            "sam",
            today(),
        )
        .unwrap();
    assert_ne!(r.intent, Intent::Benefit, "{r:?}");
}
