//! The five label conventions settled on 2026-12-02 (conventions 9–13 of
//! `tests/corpus/README.md`), each read in another writer's words (a Cornish cider maker, in
//! pounds): a question about a named investment is chat; "this morning" is no date to
//! record; a cost spread over some years gives no benefit horizon; a renewal signed or
//! approved approves and a thing renewed goes on; a renewal refused is a refusal.
//!
//! Each verdict and intent is checked twice: as the reader reads it (the shipped intent
//! model included) and by the rules alone, so a retrained model cannot hide a rule that
//! went missing.

use super::*;

/// A Cornish cider maker: orchards, pressing, bottling, sales, finance, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Orchards", &["Growers"]),
            ("Pressing", &["Press House"]),
            ("Bottling", &[]),
            ("Sales", &["Trade"]),
            ("Finance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Press House Automation", "Pressing"),
            ("Orchard Sensor Network", "Orchards"),
            ("Bottling Line Upgrade", "Bottling"),
            ("Trade Order Portal", "Sales"),
            ("Payroll Platform", "Finance"),
            ("Cellar Monitoring", "Pressing"),
            ("Delivery Van Tracking", "Sales"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "kerensa",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "kerensa", &dir())
}

// Convention 9.
#[test]
fn a_question_about_a_named_investment_is_chat() {
    for text in [
        "are we still doing the trade order portal this spring?? 🤔",
        "did the board ever approve the cellar monitoring or is that still sitting with Tom? 🙃",
        "quick q - is the bottling line upgrade still £180k or did the supplier move the price? 🤷",
        "is the payroll platform migration still on budget? anyone know",
    ] {
        let r = assert_reads(text, Intent::None, None);
        assert_eq!(r.investment, None, "{text}: {r:?}");
    }
}

// Convention 10.
#[test]
fn this_morning_is_no_date_to_record() {
    for text in [
        "The board green-lit the press house automation this morning, £240k.",
        "Orchard sensor network approved by the MD this afternoon, £38k.",
        "The exec agreed this morning to hold the delivery van tracking until the new depot opens.",
        "Trade sync this am: the order portal is running 2 weeks late. Jenna to send the revised plan by Friday",
    ] {
        let r = read(text);
        assert_ne!(r.intent, Intent::None, "{text}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

#[test]
fn the_year_a_budget_is_for_is_no_date_of_its_approval() {
    let text = "Trade budget for next year signed off by the MD this morning: order portal 40k, van tracking 12k, both GBP.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

// Convention 11.
#[test]
fn a_cost_spread_over_some_years_gives_no_benefit_horizon() {
    for text in [
        "We green lit the press house automation, £2.4m over 3 years",
        "Bottling line upgrade approved at £1.2m over 3 yrs, board OK'd it last Thursday",
        "Cellar monitoring: yes, if legal clears the data clause. £265k over two years.",
        "we have approved £20k a year for 3 years of payroll platform support",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.years, None, "{text}: {r:?}");
    }
    // A benefit's years are its horizon.
    for text in [
        "approved the cellar monitoring at £90k, saves £30k a year over 3 years",
        "New investment: a cider club app for Sales, £60k, benefits over 3 years",
    ] {
        assert_eq!(read(text).years, Some(3), "{text}");
    }
}

// Convention 12.
#[test]
fn a_renewal_signed_approves_it_after_a_wish_to_keep_it() {
    let text =
        "Payroll contract is up in March. Finance are happy to keep it – two late runs this \
                year against nine with the old one – so I'm signing the renewal at £36k.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Payroll Platform"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(36_000, "GBP"));
    for text in [
        "Cellar monitoring renewal approved at £18k",
        "Van tracking: the FD signed off the renewal for £9k, two stolen vans traced in October",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    }
}

#[test]
fn a_thing_renewed_for_a_further_term_goes_on() {
    for text in [
        "Trade order portal renewed for another year at £12k",
        "Payroll platform contract extended through 2028 at £64k",
        "Orchards mtg notes 26/11\n- sensor network: renew for another year, £4,800\n- Tom to count the bins by 12/12",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Continue));
    }
}

// Convention 13.
#[test]
fn a_renewal_refused_is_a_refusal_and_not_renewing_stops() {
    for text in [
        "Finance: payroll platform renewal knocked back, we're moving to the one in our accounts package",
        "Rejected the van tracking renewal, no budget left this year",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    }
    assert_reads(
        "Not renewing the delivery van tracking. The insurer tracks the vans for free now.",
        Intent::Decision,
        Some(Verdict::Stop),
    );
}
