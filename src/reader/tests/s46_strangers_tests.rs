//! Readings of forms from round S46's writers, the Slack recaps and terse lines of a South
//! Georgia peanut sheller, a Derbyshire limestone quarry and a Hong Kong dim sum group, each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Cornish china clay works: the pit, the refinery, the lorries, the office, in pounds.
fn clay_dir() -> StaticDirectory {
    directory(
        &[
            ("Pit", &["Clay Pit"]),
            ("Refinery", &["Dryer"]),
            ("Haulage", &["Lorries"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Kiln Burner", "Refinery"),
            ("Pit Pumps", "Pit"),
            ("Lorry Telematics", "Haulage"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_clay(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &clay_dir())
}

/// "to make more 20mm. Ballpark £380k", "taken 20mm from 180 to 240 tonnes an hour, worth
/// about £60k": a bare figure glued to "mm" in a message that writes its money with a
/// currency is a size in millimetres (a grade of stone, a pipe), not millions.
#[test]
fn a_bare_figure_in_millimetres_beside_written_money_is_no_money() {
    let cases = [
        (
            "Refinery lads are after a new screen deck to make more 10mm grit. Ballpark £45k, and they reckon £15k a year over 8 years.",
            45_000,
        ),
        (
            "the new screen deck has taken 10mm from 40 to 65 tonnes an hour, worth about £30k so far",
            30_000,
        ),
    ];
    for (text, pounds) in cases {
        let r = read_clay(text);
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}");
    }
}

/// "Lee Marsh [07:05]: …\nTrevor Bagshaw [07:20]: right, … order the four eight-wheelers,
/// up to £560k": a pasted log whose speakers are each followed by the time in brackets reads
/// as the other pasted logs do; the one who gives the verdict decided it.
#[test]
fn a_log_with_the_time_in_brackets_after_each_speaker_is_a_pasted_log() {
    let text = "Jory Pascoe [07:05]: the old kiln burner tripped out again last night, that's twice this week\n\
                Morwenna Hicks [07:20]: right, I'm not nursing it any longer. replace the kiln burner, up to £240k\n\
                Jory Pascoe [07:21]: cheers boss";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("Kiln Burner"), "{text}");
    assert_eq!(r.amount, whole(240_000, "GBP"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("Morwenna Hicks"), "{text}");
}

/// "[07:52] Rhian Morgan: … buy a new one. up to £3k is fine", pasted by Rhian herself: the
/// speaker deciding on her own log line is no one else's decision.
#[test]
fn the_speaker_deciding_on_her_own_log_line_is_no_one_elses_decision() {
    let text = "Jory Pascoe [07:05]: the old kiln burner tripped out again last night\n\
                Tamsin Rowe [07:20]: replace the kiln burner, up to £240k\n\
                Jory Pascoe [07:21]: cheers boss";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.decided_by, None, "{text}");
}

/// "Batching plant controls can wait. The Peak Park still haven't signed off …": the thing
/// said to wait as the message's first sentence, its reason in the next, is put off.
#[test]
fn a_thing_that_can_wait_opening_the_message_is_put_off() {
    let text = "Pit pumps can wait. The landowner still hasn't signed the wayleave and there's nothing to pump till he does.";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("Pit Pumps"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The landowner still hasn't signed the wayleave and there's nothing to pump till he does"),
        "{text}"
    );
}

/// A Kowloon noodle factory: production, the shop, the vans, accounts, in Hong Kong dollars.
fn noodle_dir() -> StaticDirectory {
    directory(
        &[
            ("Production", &["Factory"]),
            ("Retail", &["Shop"]),
            ("Delivery", &["Vans"]),
            ("Accounts", &["Finance"]),
        ],
        &[
            ("Noodle Dryer Upgrade", "Production"),
            ("Laptop Refresh", "Accounts"),
            ("POS Terminals", "Retail"),
        ],
    )
}

fn read_noodle(text: &str) -> Reading {
    read_day_first_in(text, "kenneth", "HKD", &noodle_dir())
}

/// "Grease trap upgrade hold first.", "laptop refresh for accounts ok already, 8 units
/// $72k": Hong Kong and Singapore English put a thing on hold "first" (for now) and say a
/// thing is approved with "ok already".
#[test]
fn hold_first_puts_off_and_ok_already_approves() {
    let text = "Noodle dryer upgrade hold first. Landlord still not reply on the power supply, no point we spend before they answer.";
    let r = read_noodle(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Noodle Dryer Upgrade"),
        "{text}"
    );
    let text = "laptop refresh for accounts ok already, 6 units $48k";
    let r = read_noodle(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(48_000, "HKD"), "{text}");
}

/// "Winnie replied me about the steamer replacement. She ok with HK$96k, …", "Good news from
/// Mr. Leung — he agree to the refrigerated vans, HK$760k …": the copula and the verb's
/// ending left out, as second-language writers do, the approval is passed on all the same.
#[test]
fn an_approval_passed_on_without_its_copula_or_verb_ending() {
    let cases = [
        (
            "Mandy replied me about the noodle dryer upgrade. She ok with HK$180k, the old dryer burning too much gas.",
            "Noodle Dryer Upgrade",
            180_000,
            "Mandy",
        ),
        (
            "Good news from Mr. Chow — he agree to the POS terminals, HK$64k for the two shops, since the old ones keep dropping Octopus payments.",
            "POS Terminals",
            64_000,
            "Mr. Chow",
        ),
    ];
    for (text, investment, dollars, who) in cases {
        let r = read_noodle(text);
        assert_eq!(
            r.verdict,
            Some(crate::domain::Verdict::Approve),
            "{text}: {r:?}"
        );
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
        assert_eq!(r.amount, whole(dollars, "HKD"), "{text}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}");
    }
}

/// "done with the radio ads on WALB, $11k this year and not one grower said they heard em",
/// "We terminate the online booking system. $65k spent already but …", "The blast vibration
/// app's been pulled. £14k spent and …": work given up, said three more ways, is stopped.
#[test]
fn work_given_up_said_three_more_ways_is_stopped() {
    let cases = [
        (
            "done with the radio ads on Pirate FM, £9k this year and not one customer said they heard them",
            "radio ads",
        ),
        (
            "We terminate the lorry telematics. £20k spent already but the drivers keep unplugging the boxes, so we go back to the paper sheets.",
            "Lorry Telematics",
        ),
        (
            "The slurry sensor app's been pulled. £14k spent and it kept dropping out in the pit, so Jory's back on the dip tapes.",
            "slurry sensor app",
        ),
    ];
    for (text, investment) in cases {
        let r = read_clay(text);
        assert_eq!(
            r.verdict,
            Some(crate::domain::Verdict::Stop),
            "{text}: {r:?}"
        );
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
    }
}

/// "Ah Fai propose 2 more refrigerated vans …, around HK$760,000", "Plant lads are after a
/// second cone crusher …. Ballpark £380k", "Kirsty has put a case in for a new invoicing
/// system …", "Cherry suggest we do a WeChat mini program …": a new thing put forward, said
/// four more ways, is a proposal.
#[test]
fn a_new_thing_put_forward_four_more_ways_is_a_proposal() {
    let cases = [
        "Ah Keung propose a second noodle press for the factory, around HK$420,000 total.",
        "Factory lads are after a second noodle press. Ballpark HK$420k.",
        "Mandy in Accounts has put a case in for a new invoicing system, the current one can't do e-invoices. No prices back yet.",
        "Mandy suggest we do a WeChat mini program for mainland tourists, she still getting quotation.",
    ];
    for text in cases {
        let r = read_noodle(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    }
}

/// "Ah Fai propose 2 more refrigerated vans …, around HK$760,000 total. He say can save
/// $150k per year … and the vans can use 8 years", "Plant lads are after a second cone
/// crusher …. Ballpark £380k, and they reckon £120k a year extra … for 15 years": a saving
/// a new thing can bring is a proposal's yearly benefit, not money saved.
#[test]
fn a_saving_a_proposed_thing_can_bring_is_its_yearly_benefit() {
    let text = "Ah Keung propose 2 more dough mixers for the factory, around HK$420,000 total. He say can save $90k per year on overtime and the mixers can use 8 years.";
    let r = read_noodle(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(90_000, "HKD"), "{text}");
    let text = "Pit lads are after a second slurry pump to shift more clay. Ballpark £380k, and they reckon £120k a year extra on the export contracts for 15 years.";
    let r = read_clay(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, whole(380_000, "GBP"), "{text}");
    assert_eq!(r.annual_benefit, whole(120_000, "GBP"), "{text}");
}

/// "Kitchen display screens only do 3 branches this round, not 7. $210k instead of $490k.":
/// a price set against a bigger one it replaces is part of the work going ahead, a rescope,
/// as "£38k instead of the whole £140k" is.
#[test]
fn a_price_instead_of_a_bigger_one_is_a_rescope() {
    let text = "POS terminals only do 2 shops this round, not 5. $48k instead of $120k. The other shops' wiring too old, need to fix first.";
    let r = read_noodle(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Rescope),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("POS Terminals"), "{text}");
    assert_eq!(r.amount, whole(48_000, "HKD"), "{text}");
}

/// "dust sprays on the haul road stay on, EA lad was well chuffed …", "The dust suppression
/// contract rolls on another year — …": a thing said to stay on, closing its clause, or to
/// roll on for a further term, goes on.
#[test]
fn a_thing_that_stays_on_or_rolls_on_goes_on() {
    let cases = [
        (
            "pit pumps stay on, the EA lad was well chuffed with the discharge readings",
            "Pit Pumps",
        ),
        (
            "The lorry telematics contract rolls on another year — the drivers have stopped idling at the kiln.",
            "Lorry Telematics",
        ),
    ];
    for (text, investment) in cases {
        let r = read_clay(text);
        assert_eq!(
            r.verdict,
            Some(crate::domain::Verdict::Continue),
            "{text}: {r:?}"
        );
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
    }
}

/// "Anjali would rather we left the CCTV until the insurance renewal in March": the one who
/// decides would rather the thing were left until a time, so it is put off (convention 21).
#[test]
fn rather_we_left_it_until_a_time_puts_it_off() {
    let text = "Morwenna would rather we left the pit pumps until the wayleave renewal in March.";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("Pit Pumps"), "{text}");
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("Morwenna"), "{text}");
}

/// "Payroll system come back again — Ivy got Winnie's ok for HK$58k, …": someone got the one
/// who decides to say ok (the nod, the go-ahead), an approval that one gave.
#[test]
fn getting_someones_ok_is_their_approval() {
    let text = "POS terminals come back again — Ivy got Mandy's ok for HK$58k, the current vendor stop support next year.";
    let r = read_noodle(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("POS Terminals"), "{text}");
    assert_eq!(r.amount, whole(58_000, "HKD"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("Mandy"), "{text}");
}

/// "no more facebook ads for the concrete, 5 grand and every order still comes off the
/// phone": terse chat opening on "no more" and the thing, the money it cost opening the next
/// clause, gives the thing up.
#[test]
fn no_more_of_a_thing_with_its_cost_after_is_a_stop() {
    let text = "no more radio ads for the clay, 6 grand and every order still comes off the phone";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Stop),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("radio ads"), "{text}");
    assert_eq!(r.amount, whole(6_000, "GBP"), "{text}");
}

/// "Cut the semi order from 5 trucks to 3, that's $495k now.": a count cut with the money
/// it now comes to is a smaller order, a rescope, as one with "instead of" the old money is.
#[test]
fn a_count_cut_with_what_it_comes_to_now_is_a_rescope() {
    let text = "Cut the lorry telematics order from 12 boxes to 8, that's £14k now. The other four can wait for the new lorries.";
    let r = read_clay(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Rescope),
        "{text}: {r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("Lorry Telematics"), "{text}");
    assert_eq!(r.amount, whole(14_000, "GBP"), "{text}");
}

/// "Lee Marsh [07:05]: no.3 tipper's gearbox has gone again …\nTrevor Bagshaw [07:20]: …
/// order the four eight-wheelers, up to £560k": the report before the deciding line is the
/// reason, its "no.3" no sentence's end.
#[test]
fn a_numbered_thing_in_the_report_before_the_deciding_line_ends_no_sentence() {
    let text = "Jory Pascoe [07:05]: no.2 kiln burner tripped out again last night, that's twice this week\n\
                Morwenna Hicks [07:20]: right, I'm not nursing it any longer. replace the kiln burner, up to £240k\n\
                Jory Pascoe [07:21]: cheers boss";
    let r = read_clay(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("no.2 kiln burner tripped out again last night, that's twice this week"),
        "{text}"
    );
}
