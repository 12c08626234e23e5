//! Reasons still missed or cut wrong after round R17 (round R18), each read in another
//! writer's words (a Welsh canal trust: the locks, the moorings, the visitor centre).

use super::*;

/// A Welsh canal trust: locks, moorings, visitor centre.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Waterways", &[]),
            ("Moorings", &[]),
            ("Visitor Centre", &[]),
        ],
        &[
            ("Lock Gate Sensors", "Waterways"),
            ("Mooring Booking Site", "Moorings"),
            ("Towpath Lighting", "Waterways"),
            ("Ticket Machines", "Visitor Centre"),
        ],
    )
}

fn reading(text: &str) -> Reading {
    test_names::read_on_test_day(text, "rhian", &dir())
}

fn reason(text: &str) -> Option<String> {
    reading(text).rationale
}

/// "…, Varley's quote. Both trucks are …": a comma clause after the verdict that is only a
/// noun phrase (whose quote the price is) tells no reason; the sentence after it does.
#[test]
fn a_bare_noun_phrase_after_the_verdict_gives_way_to_the_next_sentence() {
    let text = "Lock gate sensors approved at £38k for locks 4 and 5, Pritchard's quote. \
                Both gates are 40 years old and the hinges are seized.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Both gates are 40 years old and the hinges are seized"),
        "{text}"
    );
}

/// "- rejected, I'm afraid. It's outwith …": a hedge after the verdict is no reason.
#[test]
fn a_hedge_after_the_verdict_gives_way_to_the_next_sentence() {
    let text = "Towpath lighting phase 2, £90k - turned down, I'm afraid. \
                It's over the grant cap and we've no reserves left.";
    assert_eq!(
        reason(text).as_deref(),
        Some("It's over the grant cap and we've no reserves left"),
        "{text}"
    );
}

/// "Cat 1 tanker - the RFS grant didn't come through, so we're parking it": the name as a
/// heading before a dash is not part of the reason told after it.
#[test]
fn a_heading_before_a_dash_is_not_part_of_the_reason() {
    let text = "Towpath lighting - the lottery bid didn't come through, so we're parking it \
                for another year.";
    assert_eq!(
        reason(text).as_deref(),
        Some("the lottery bid didn't come through"),
        "{text}"
    );
}

/// "nobody's touched it since 2024 and it's $2,400 a year": "since" a year inside a clause
/// of its own says from when it was not used; after a stop the clause, opened by a negative
/// subject, is read whole with its money.
#[test]
fn since_a_year_inside_a_reason_clause_keeps_the_clause_whole() {
    let text = "We're scrapping the ticket machines at Chirk, nobody's used them since 2023 \
                and they cost £1,800 a year.";
    assert_eq!(
        reason(text).as_deref(),
        Some("nobody's used them since 2023 and they cost £1,800 a year"),
        "{text}"
    );
}

/// "The vendor's lead times have gone out …, so the board's agreed the … swap now, £180k,
/// ahead of the main replacement": the reason before ", so <verdict>" beats a phrase of when
/// after the price.
#[test]
fn a_reason_before_so_and_the_verdict_beats_an_ahead_of_phrase() {
    let text = "The sensor maker's lead times have gone out to 30 weeks and the old probes are \
                failing, so the trustees have agreed the lock gate sensors now, £60k, ahead of \
                the full rebuild.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "The sensor maker's lead times have gone out to 30 weeks and the old probes are \
             failing"
        ),
        "{text}"
    );
}

/// "…is a go, $16K, same setup as Plaquemine": what the work is like elsewhere describes it;
/// no reason.
#[test]
fn same_setup_as_another_site_is_no_reason() {
    let text = "Ticket machines for the Chirk basin are a go, £4K, same setup as Llangollen.";
    let r = reading(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.rationale, None, "{text}");
}

/// "Cat 1 tanker - the RFS grant didn't come through, so we're parking it": a heading that
/// names a thing not in the directory, before a dash, is not part of the reason after it.
#[test]
fn an_unknown_things_heading_before_a_dash_is_not_part_of_the_reason() {
    let text = "Work boat 2 - the lottery bid didn't come through, so we're parking it for \
                another year. Look again next May.";
    assert_eq!(
        reason(text).as_deref(),
        Some("the lottery bid didn't come through"),
        "{text}"
    );
}

/// "Since the digital X-ray room opened, Radiology are doing 140 more …": a benefit's
/// result opened by the event it is counted since keeps its "Since" and the event whole.
#[test]
fn a_result_opened_by_since_an_event_keeps_the_event_whole() {
    let text = "Since the mooring booking site opened, the basin is selling 30 more nights a \
                month, and the harbour dues are up £2,100 for October.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Since the mooring booking site opened, the basin is selling 30 more nights a month"),
        "{text}"
    );
}

/// "Since we moved first aid refreshers onto the online portal, 212 lifeguards have …":
/// "Since" and what we did, then the result, read whole.
#[test]
fn a_result_opened_by_since_what_we_did_keeps_its_since() {
    let text = "Since we moved lock keeper training onto the booking site, 40 volunteers have \
                qualified without a weekend at the depot, and we've saved about £6,000 in trainer hours.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "Since we moved lock keeper training onto the booking site, 40 volunteers have \
             qualified without a weekend at the depot"
        ),
        "{text}"
    );
}

/// "the councils have asked us to park it until after the May elections, so it's on hold
/// till June": someone asking us to put it off is the reason, with the time they asked
/// for; the verdict joined by ", so" after it is not.
#[test]
fn someone_asking_us_to_park_it_is_the_reason() {
    let text = "Website relaunch - the trustees have asked us to park it until after the AGM, \
                so it's on hold till March.";
    assert_eq!(
        reason(text).as_deref(),
        Some("the trustees have asked us to park it until after the AGM"),
        "{text}"
    );
}

/// "Boiler house: we've had to scale it back. Full replacement came in at €1.2m, so we're
/// doing the two boilers …": the price of the whole told before ", so" and the scope kept
/// is the rescope's reason.
#[test]
fn the_whole_jobs_price_before_so_is_the_rescopes_reason() {
    let text = "Lock gate sensors: we've had to scale them back. The full set came in at \
                £95k, so we're doing locks 4 and 5 only for £38k this year.";
    assert_eq!(
        reason(text).as_deref(),
        Some("The full set came in at £95k"),
        "{text}"
    );
}

/// "the board has asked us to park it until we've picked the new ticketing partner": a
/// condition told as a clause of its own stays the reason, not the request.
#[test]
fn a_condition_of_its_own_after_the_request_stays_the_reason() {
    let text = "Towpath lighting: the trustees have asked us to park it until we've signed \
                the new lease with the council.";
    assert_eq!(
        reason(text).as_deref(),
        Some("until we've signed the new lease with the council"),
        "{text}"
    );
}

/// "Since the digital X-ray room opened, …": a hyphen inside a word of the event adds no
/// word to it.
#[test]
fn a_hyphenated_word_in_the_event_since_keeps_the_result_whole() {
    let text = "Since the new lock-keeper cabin opened, Volunteers are logging 25 more shifts a \
                month, and the car park takings are up £700 for October.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "Since the new lock-keeper cabin opened, Volunteers are logging 25 more shifts a month"
        ),
        "{text}"
    );
}

/// "The new coding software is flying. Coders cleared the October backlog three weeks
/// early and we got €64k more …": praise with no figure, then the measured result in the
/// next sentence, up to the money's clause, is the benefit's evidence.
#[test]
fn the_measured_result_after_a_sentence_of_praise_is_the_evidence() {
    let text = "The mooring booking site has been a godsend. Boaters are booking three days \
                earlier on average and we've taken about £4,000 more in mooring fees.";
    let r = reading(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Boaters are booking three days earlier on average"),
        "{text}"
    );
}

/// "Pay run takes Sarah 2 hours now, not a day and a half, and it's cut about $6,500 …":
/// the old figure set against the new after ", not" stays with the result.
#[test]
fn the_old_figure_after_not_stays_with_the_result() {
    let text = "Lock gate sensors have been brilliant. Lock checks take Dai 20 minutes now, not \
                half a day, and they've cut about £3,000 a year off the callout bill.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Lock checks take Dai 20 minutes now, not half a day"),
        "{text}"
    );
}

/// "we're putting it off till the fitout's finished, no point doing it twice": the
/// condition says when it comes back; "no point …" after its comma says why.
#[test]
fn no_point_after_a_conditions_comma_is_the_reason() {
    let text = "Visitor centre tills: we're putting them off till the roof's fixed, no point \
                fitting them twice.";
    assert_eq!(
        reason(text).as_deref(),
        Some("no point fitting them twice"),
        "{text}"
    );
}

/// "ERP migration is dead. Vendor wants $2.1M now, was $900K when we signed. Board pulled
/// the plug last night.": the price told again between two sentences of the stop is why.
#[test]
fn the_price_told_again_between_two_stop_sentences_is_the_reason() {
    let text = "Towpath lighting is dead. Contractor wants £210k now, was £90k when we signed. \
                Trustees pulled the plug last night.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Contractor wants £210k now, was £90k when we signed"),
        "{text}"
    );
}
