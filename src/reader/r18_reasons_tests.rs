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
