//! Round B54: names, units and the records split, tenth pass, each worded here for an
//! invented organisation: a Cumbrian slate quarry with its crusher, sheds, fleet and
//! office. Each is checked with the rules alone (an empty model) and with the shipped
//! model.

use super::*;

/// A Cumbrian slate quarry.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Quarry", &["Crusher", "Saw Shed"]),
            ("Fleet", &["Dumpers", "Loaders"]),
            ("Office", &["Admin", "IT"]),
        ],
        &[
            ("Site Solar", "Quarry"),
            ("Generator", "Quarry"),
            ("Saw Blades", "Quarry"),
            ("Dumper Replacement", "Fleet"),
            ("Laptop Refresh", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 71: money told by the year (or month) on a list of nouns ("31m per year on
/// UMEME and generator diesel") is one record with the whole money; the nouns say what the
/// money is saved or spent on, though one of them names a registered thing. A sentence
/// whose subject is that registered thing is still a record of its own.
#[test]
fn money_by_the_year_on_things_is_one_record_with_the_whole_money() {
    for reader in readers() {
        for text in [
            "Proposal for the board: solar for the saw shed and the crusher. Cost £48,000. It will save us about £11k per year on grid power and generator diesel. Panels last 20 years plus.",
            "Proposal for the board: solar for the saw shed and the crusher. Cost £48,000. It will save us about £11k a year on generator diesel. Panels last 20 years plus.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert!(r.also.is_empty(), "{text}: {r:?}");
            assert_eq!(r.annual_benefit, test_names::whole(11_000, "GBP"), "{text}: {r:?}");
            assert_eq!(r.years, Some(20), "{text}: {r:?}");
        }
        // The registered thing as the subject of its own sentence: two records.
        let text = "Site solar approved at £48,000, it will save us about £11k a year. Generator replacement deferred till the spring.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    }
}

/// A task handed out at the end of a message after its decisions, naming nothing but the
/// vendor the decision named ("We approved the move to ServiceTitan … @kyle please get me
/// the ServiceTitan onboarding timeline by 12/11"), is work on the decided investment; a
/// task naming a vendor or thing the message has not said is not filed under it.
#[test]
fn a_task_naming_the_decided_things_vendor_is_filed_under_it() {
    for reader in readers() {
        let text = "Quick recap of Tuesday's directors' meeting. We approved the laptop refresh with Dellworth at £28k for the office — the old machines take ten minutes to boot. The dumper replacement is on hold until March; Jo wants the January tonnages first. @kyle please get me the Dellworth delivery dates by 12/11.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("Laptop Refresh"), "{r:?}");
        let task = r.also.last().expect("a task");
        assert_eq!(task.intent, Intent::Note, "{r:?}");
        assert_eq!(task.investment.as_deref(), Some("Laptop Refresh"), "{r:?}");
        // A vendor the message has not named: a thing of its own, not filed.
        let text = "Quick recap of Tuesday's directors' meeting. We approved the laptop refresh at £28k for the office — the old machines take ten minutes to boot. The dumper replacement is on hold until March; Jo wants the January tonnages first. @kyle please get me the Brightcom delivery dates by 12/11.";
        let r = reader.read(text, "sam", today()).unwrap();
        let task = r.also.last().expect("a task");
        assert_eq!(task.intent, Intent::Note, "{r:?}");
        assert_eq!(task.investment, None, "{r:?}");
    }
}

/// A pasted chat's speaker said on two lines ("Ah Huat: $6,800 with install") is a person,
/// never the new thing's name; nor is the line announcing the paste.
#[test]
fn a_chat_speaker_is_no_things_name() {
    for reader in readers() {
        for text in [
            "Pasting the text thread so it's in here:\nGaz Hurst: boss the stone saw at Brandlehow died, bearing gone\nMr Tyson: how much new one\nGaz Hurst: £6,800 with install\nMr Tyson: ok buy, cannot cut without it",
            "Paste from the yard chat:\nGaz Hurst: boss the stone saw at Brandlehow died, bearing gone\nMr Tyson: how much new one\nGaz Hurst: £6,800 with install\nMr Tyson: ok buy, cannot cut without it\nGaz Hurst: ok boss I call supplier tmr",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            let name = r.investment.as_deref().unwrap_or("").to_lowercase();
            assert!(
                !name.contains("gaz")
                    && !name.contains("tyson")
                    && !name.contains("pasting"),
                "{text}: {r:?}"
            );
        }
    }
}

/// After a rescope, a sentence telling the part of the work left for later by a word for a
/// part ("The invoicing side can wait, Sue said.") is part of the rescope (convention 40), not
/// a deferral of its own, though no time is said and a word of another thing's name is in it.
#[test]
fn the_side_that_can_wait_after_a_rescope_is_no_record_of_its_own() {
    for reader in readers() {
        let text = "We're cutting the laptop refresh back to just the office machines — £12k instead of the £35k full swap. The saw blades side can wait, Jo said.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
        // A thing of its own put off after a rescope, with no word for a part, is still its
        // own record.
        let text = "We're cutting the laptop refresh back to just the office machines — £12k instead of the £35k full swap. The dumper replacement can wait, Jo said.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{r:?}");
    }
}

/// "Showroom refit's been pared back – we're keeping the old cabinets and just doing the
/// lighting and the front counter": after a rescope, what we keep or do now is its scope,
/// no record of its own, though a word of another thing's name ("lighting") is in it.
#[test]
fn what_we_keep_or_do_after_a_rescope_is_its_scope() {
    for reader in readers() {
        let text = "Laptop refresh's been pared back – we're keeping the old docks and just doing the saw blades office and the front desk. £9k, down from £28k. Jo is fine with it.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
        assert_eq!(r.investment.as_deref(), Some("Laptop Refresh"), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
    }
}

/// "the heat pump's a no from Seamus, we'll stick with the oil boiler for the offices": after
/// a refusal, sticking with the old thing is what the no leaves us with, no record of its own
/// (though "oil" is a word of another registered name).
#[test]
fn sticking_with_the_old_thing_after_a_no_is_no_record_of_its_own() {
    for reader in readers() {
        let text = "new dumper's landed 🎉 and the site solar's a no from Jo, we'll stick with the generator for the saw shed";
        let r = reader.read(text, "sam", today()).unwrap();
        let all: Vec<&Reading> = std::iter::once(&r).chain(&r.also).collect();
        assert!(
            all.iter().any(|x| x.verdict == Some(Verdict::Reject)),
            "{r:?}"
        );
        assert!(
            all.iter()
                .all(|x| x.investment.as_deref() != Some("Generator")),
            "{r:?}"
        );
    }
}

/// Convention 47 after the second of two decisions: "… The laptops for the office are
/// approved at £5,400 — …. @tom please get three quotes in by 15/12." is the approval's
/// follow-up (its owner and due), no note of its own; after a decision put off the task is
/// still a note of its own.
#[test]
fn a_task_straight_after_the_second_decision_is_its_follow_up() {
    for reader in readers() {
        let text = "Quick round-up before I go on leave. We're carrying on with the site solar into the crusher phase, another £11k, because the two outages in October were both out there. The laptops for the office are approved at £5,400 — the two we've got take ten minutes to boot. @tom please get three quotes in by 15/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Approve), "{r:?}");
        assert!(r.also[0].due.is_some(), "{r:?}");
        let text = "Quick round-up before I go on leave. We're carrying on with the site solar into the crusher phase, another £11k, because the two outages in October were both out there. The laptop refresh is on hold until March; Jo wants the January numbers first. @tom please get three quotes in by 15/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{r:?}");
        // After news of work going on said between: a note of its own.
        let text = "Update on the site solar since a few of you asked. Jo still wants it but not before the survey, so it stays parked till we review it on 8 February. In the meantime the saw shed keeps going on hired power, which isn't cheap. @tom please get the panel supplier in for a site visit by 17/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{r:?}");
        assert_eq!(r.also[0].intent, Intent::Note, "{r:?}");
    }
}

/// A unit known by a code with a digit in it ("H-2A", the visa the seasonal crews come on)
/// that opens exactly one of its investments' names (H-2A Housing Renovation): the code
/// said before a part of that work ("the h2a bunkhouse roof") names that investment, guessed,
/// not a new thing built after the code. A code opening two of its unit's names is left as
/// it was.
#[test]
fn a_units_code_opening_its_one_investment_names_it() {
    let dir = test_names::directory(
        &[
            ("Human Resources", &["HR", "H-2A", "Payroll"]),
            ("Quarry", &["Crusher", "Saw Shed"]),
            ("Fleet", &["F-150s"]),
        ],
        &[
            ("H-2A Housing Renovation", "Human Resources"),
            ("Payroll System", "Human Resources"),
            ("Site Solar", "Quarry"),
            ("F-150s Replacement", "Fleet"),
            ("F-150s Lift Kits", "Fleet"),
        ],
    );
    for reader in test_names::rules_alone_and_with_model(&dir, ReaderSettings::default()) {
        let text =
            "kristen signed off on the h2a bunkhouse roof, 31k. had 3 leaks in the last storm";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("H-2A Housing Renovation"),
            "{r:?}"
        );
        // A note of work on a part of it, the code written with its hyphen.
        let text = "Jo wants a couple of quotes on the H-2A bunkhouse roof, Donna's chasing those down by the 15th.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("H-2A Housing Renovation"),
            "{r:?}"
        );
        // A code that opens two of its unit's names: neither is guessed from it.
        let text = "kristen signed off on the f150s tow hitches, 31k. the old ones snapped";
        let r = reader.read(text, "sam", today()).unwrap();
        assert!(
            !r.investment.as_deref().unwrap_or("").starts_with("F-150s"),
            "{r:?}"
        );
    }
}
