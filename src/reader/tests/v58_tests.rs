//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V58),
//! each worded for an invented citrus packing house at Dangriga, Belize (its packing shed,
//! juice plant, trucks and office, counting in dollars), and set against the same words
//! recording something else. The test day is Friday 27 November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A citrus packing house at Dangriga: the packing shed, the juice plant, the trucks, the
/// office.
fn citrus_dir() -> StaticDirectory {
    directory(
        &[
            ("Packing Shed", &["Packing"]),
            ("Juice Plant", &["Juice"]),
            ("Transport", &["Trucks"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Grading Line", "Packing Shed"),
            ("Juice Evaporator", "Juice Plant"),
            ("Reefer Truck", "Transport"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_citrus(text: &str) -> Reading {
    read_day_first_in(text, "marisela", "USD", &citrus_dir())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Convention 84: a task said for "next week" with no day is due next week's Monday (as
/// "the week after next" is that week's Monday and "next month" its first day); a weekday
/// said on that very weekday ("by Friday" on a Friday) is today, "next Friday" and "Friday
/// week" a week on; "this week" names no day still to come.
#[test]
fn a_week_or_todays_weekday_as_a_tasks_day() {
    for (text, due) in [
        (
            "The office laptops are approved, 6 machines at $1,400 each, and Delroy will order \
             them from the Belmopan shop next week.",
            "2026-11-30",
        ),
        (
            "Grading line quote came in high. Delroy to get a second quote by Friday.",
            "2026-11-27",
        ),
        ("Delroy - truck insurance by fri pls", "2026-11-27"),
        (
            "Grading line quote came in high. Delroy to get a second quote by next Friday.",
            "2026-12-04",
        ),
        (
            "Grading line quote came in high. Delroy to get a second quote by Friday week.",
            "2026-12-04",
        ),
    ] {
        let r = read_citrus(text);
        assert_eq!(r.due, day(due), "{text}: {r:?}");
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some("Delroy"),
            "{text}: {r:?}"
        );
    }
    // Work under way this week, and news of next week, give no due.
    for text in [
        "The office laptops are approved, 6 machines at $1,400 each, Delroy to order them this \
         week.",
        "The juice evaporator is in, the fitters commission it next week.",
    ] {
        let r = read_citrus(text);
        assert_eq!(r.due, None, "{text}: {r:?}");
    }
}

/// Minutes' items under a heading: "- The board approved the …" names the board as who
/// decided, as the same sentence does on a line of its own; the bullet is no part of it.
#[test]
fn a_body_deciding_in_a_bulleted_item() {
    let text = "From the board meeting 25.11 (extract):\n- The board approved the new reefer \
                truck, $84,000.\n- The board did not approve the juice evaporator. Too \
                expensive this year.";
    let r = read_citrus(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("The board"), "{text}: {r:?}");
    let second = r.also.first();
    assert_eq!(
        second.and_then(|s| s.decided_by.as_deref()),
        Some("The board"),
        "{text}: {r:?}"
    );
    for text in [
        "Notes from Tuesday:\n- Boss agree to put the grading line at the Pomona shed, $18,000.",
        "• Ms. Garbutt approved the office laptops, $8,400",
    ] {
        let r = read_citrus(text);
        assert!(r.decided_by.is_some(), "{text}: {r:?}");
    }
    // A bullet before a passive verdict still names no one.
    let text = "Notes from Tuesday:\n- Reefer truck approved, $84,000.";
    let r = read_citrus(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// A list of actions under its heading ("Action items from today:", "Reminders for next
/// week:"): each line "<Name> – <task> by <day>" hands the task to the one named, a verb
/// said or not; the same lines under a heading of news hand nothing.
#[test]
fn a_name_and_a_dash_in_a_list_of_actions() {
    let text = "Action items from today:\nDelroy — get two quotes for the reefer truck by \
                4/12\nKeisha — grading line service contract by end of next week";
    let r = read_citrus(text);
    let owners: Vec<&str> = std::iter::once(&r)
        .chain(&r.also)
        .flat_map(|x| x.follow_ups.iter().map(|f| f.owner.as_str()))
        .collect();
    assert_eq!(owners.first(), Some(&"Delroy"), "{text}: {r:?}");
    assert!(owners.contains(&"Keisha"), "{text}: {r:?}");
    assert_eq!(r.due, day("2026-12-04"), "{text}: {r:?}");
    let text = "Reminders for next week:\n1) Delroy – office laptops order by 02/12\n2) Keisha \
                – juice evaporator drawings by 04/12";
    let r = read_citrus(text);
    assert_eq!(
        r.follow_ups.first().map(|f| f.owner.as_str()),
        Some("Delroy"),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, day("2026-12-02"), "{text}: {r:?}");
    let text = "Updates from the shed:\nGrading line — running well since the belt change\n\
                Reefer truck — back from the garage by Friday";
    let r = read_citrus(text);
    assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
}

/// "Makana going run da build", "Darlene going get bids by end of january": "going" with no
/// "to" before a verb of work, in the creoles and pidgins that say it so, hands the task to
/// the one named; a thing "going" somewhere is no one's task.
#[test]
fn a_name_going_and_a_bare_verb_of_work() {
    let text = "Office laptops approved, $8,400, and Delroy going get them from the Belmopan \
                shop.";
    let r = read_citrus(text);
    assert_eq!(
        r.follow_ups.first().map(|f| f.owner.as_str()),
        Some("Delroy"),
        "{text}: {r:?}"
    );
    for text in [
        "Delroy going rebuild the gearbox on the reefer truck instead of buying new, saves us \
         $6k. I ok'd it.",
        "Office laptops approved, $8,400. Juice going run out before Christmas.",
        "Office laptops approved, $8,400. Delroy going to the Belmopan shop.",
    ] {
        let r = read_citrus(text);
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}

/// "Brian to procure before 20th December", "Issah to process the documents with the
/// dealer", "Ashwin please close the Shopify account by
/// 31/12", "Could you please revert with the three quotes": verbs of work the list lacked.
#[test]
fn more_verbs_of_work_handed_out() {
    for (text, who) in [
        (
            "Office laptops approved, 6 at $1,400. Delroy to procure before 20th December.",
            "Delroy",
        ),
        (
            "Reefer truck approved at $84,000. Keisha to process the papers with the dealer.",
            "Keisha",
        ),
        (
            "We are stopping the web shop. Delroy please close the Shopify account by 31/12.",
            "Delroy",
        ),
        (
            "Delroy, can you revert with the three truck quotes by Wednesday 2 December?",
            "Delroy",
        ),
    ] {
        let r = read_citrus(text);
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(who),
            "{text}: {r:?}"
        );
    }
    // The same verbs said of a thing, or by no one, hand nothing.
    for text in [
        "Reefer truck approved at $84,000. The dealer will process the papers.",
        "The grading line will make a big difference to the packing times.",
    ] {
        let r = read_citrus(text);
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}

/// Minutes' and tickets' fields for who owns the work, said inside the item: "…, approved,
/// $45,000. … Owner: Jone.", "Replace 6 office laptops … Assigned to Nuwan. Due 18.12.2026.":
/// the one named owns its follow-up; a field left open names no one.
#[test]
fn an_owner_field_inside_an_item() {
    for (text, who) in [
        (
            "Minutes – shed meeting 25/11\n1. Reefer truck – approved, $84,000. The old one \
             keeps breaking down. Owner: Delroy.\n2. Juice evaporator – on hold.",
            "Delroy",
        ),
        (
            "JIRA OPS-12: Replace 4 office laptops ($5,600). Assigned to Keisha. Due 18.12.2026. \
             Approved by Finance 01.12.",
            "Keisha",
        ),
    ] {
        let r = read_citrus(text);
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(who),
            "{text}: {r:?}"
        );
    }
    for text in [
        "Minutes – shed meeting 25/11\n1. Reefer truck – approved, $84,000. Owner: TBC.",
        "Reefer truck approved, $84,000. Assigned to the Dangriga depot for the orange crop.",
    ] {
        let r = read_citrus(text);
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}

/// A heading that says the items under it come from a meeting or a call with one person
/// ("Hello team, update from this morning's meeting with Mr Li:", "Quick rundown from
/// yesterday meeting with Boss:", "a few things from today's call with Tuilagi (he's in
/// Auckland):"): every verdict under it that names no one else is that person's
/// (convention 78's one it is passed on from). A meeting with two people, or one told in a
/// sentence of its own, gives nobody.
#[test]
fn items_after_a_meeting_with_one_person_are_theirs() {
    for (text, who) in [
        (
            "Hello team, update from this morning's meeting with Mr Tillett:\n• Reefer truck — \
             go ahead, $84,000. The old one broke down twice in November.\n• Office laptops — \
             not approved, he prefers to fix the old ones.",
            "Mr Tillett",
        ),
        (
            "Morning all. Quick rundown from yesterday meeting with Boss:\n1) Grading line — \
             approved, $18,000.\n2) Juice evaporator — hold it till after the crop.",
            "Boss",
        ),
        (
            "Evening all, a few things from today's call with Ms. Garbutt (she's in Belize \
             City):\n1. Reefer truck: go ahead after all, $84,000.\n2. Office laptops: wait \
             till January.",
            "Ms. Garbutt",
        ),
    ] {
        let r = read_citrus(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
        assert_eq!(
            r.also.first().and_then(|s| s.decided_by.as_deref()),
            Some(who),
            "{text}: {r:?}"
        );
    }
    for text in [
        "Notes from the budget call with Delroy and Keisha:\n• Reefer truck — go ahead, \
         $84,000.\n• Office laptops — not approved.",
        "Quick rundown from Wednesday's meeting with Delroy. The reefer truck is approved, \
         $84,000. The office laptops are on hold till April, Delroy wants to see the crop first.",
    ] {
        let r = read_citrus(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
        assert!(
            r.also.iter().all(|s| s.decided_by.is_none()),
            "{text}: {r:?}"
        );
    }
}

/// "We done wid da online payments ting. Paid da company $18,500 already and it still ain'
/// workin": "we done with" with the "are" dropped, and "wid" / "da" for "with" / "the", given
/// up with money sunk in it, is a stop; work finished and running well is news.
#[test]
fn we_done_wid_it_stops_it() {
    let text = "We done wid da reefer truck tracking ting. Paid da company $18,500 already and \
                it still ain' workin, drivers can't even log in.";
    let r = read_citrus(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "We done wid da grading line install, it running good now.";
    let r = read_citrus(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Quick rundown from Wednesday's meeting with Hal. He signed off on the new stave jointer
/// …", "Just got off the phone with Mr Prasad — he's happy with the staff transport van":
/// "he" or "she" opening the verdict's sentence, straight after a sentence that closes on a
/// meeting or a call with one person, is that person; the same pronoun after a meeting with
/// two, or after news of someone else, names no one.
#[test]
fn he_or_she_after_a_meeting_with_one_person() {
    for (text, who) in [
        (
            "Morning all. Quick rundown from Wednesday's meeting with Delroy. He signed off on \
             the new reefer truck, $84,000, because the old one broke down twice in November.",
            "Delroy",
        ),
        (
            "Just got off the phone with Mr Tillett — he's happy with the office laptops, \
             $8,400. The old ones take ten minutes to start.",
            "Mr Tillett",
        ),
    ] {
        let r = read_citrus(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Quick rundown from Wednesday's meeting with Delroy and Keisha. He signed off on the new \
         reefer truck, $84,000.",
        "The mechanic came by on Wednesday. He signed off on the new reefer truck, $84,000.",
    ] {
        let r = read_citrus(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "Roller jigger machine still continue, the supplier delay 2 weeks but no problem, Mr.
/// Zhang said keep going.", "Seawall work keep going even in the rain, Tuilagi said don't
/// stop": a name saying to go on, in a clause after a continue, gave it; a name saying
/// anything else did not.
#[test]
fn a_name_saying_go_on_after_a_continue() {
    for (text, who) in [
        (
            "Grading line upgrade still continue, the supplier delay 2 weeks but no problem, \
             Mr. Tillett said keep going.",
            "Mr. Tillett",
        ),
        (
            "Reefer truck refit keep going even in the rain, Delroy said don't stop, the crop \
             coming next week.",
            "Delroy",
        ),
    ] {
        let r = read_citrus(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Grading line upgrade still continue, Delroy said the new belts are fine.";
    let r = read_citrus(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "Zafir, pa bliye check the roof before the solar people come on Tuesday": a name, a comma
/// and "don't forget (to)" — Mauritian Kreol "pa bliye" — before a verb of work hands the
/// task over, as "please" does; "don't forget" before news hands nothing.
#[test]
fn dont_forget_after_a_name_asks() {
    for text in [
        "Delroy, don't forget to check the reefer truck tyres before the inspector comes on \
         Tuesday",
        "Delroy, pa bliye check the reefer truck tyres before the inspector come on Tuesday",
    ] {
        let r = read_citrus(text);
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some("Delroy"),
            "{text}: {r:?}"
        );
        assert_eq!(r.due, day("2026-12-01"), "{text}: {r:?}");
    }
    let text = "Delroy, don't forget the crop starts on Monday";
    let r = read_citrus(text);
    assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
}

/// "Tiffany – shipping schedule for the January containers to Jamaica and Trinidad, need it
/// Monday 7th.": the day the thing is needed is the task's deadline, before a month the thing
/// is named by; with no such day, the first date as before.
#[test]
fn the_day_it_is_needed_is_the_due() {
    let text = "Delroy – shipping schedule for the January containers to Miami, need it Monday \
                7th.";
    let r = read_citrus(text);
    assert_eq!(r.due, day("2026-12-07"), "{text}: {r:?}");
    let text = "Delroy to send the shipping schedule for the containers in January.";
    let r = read_citrus(text);
    assert_eq!(r.due, day("2027-01-01"), "{text}: {r:?}");
}
