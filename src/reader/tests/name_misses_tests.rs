//! Names said the way people say them, in a regional water company's words: acronyms the
//! name's words spell with a digit for "to" ("P2P" for Procure-to-Pay) or with its "and"
//! skipped ("EPMA"), two capitals of a name's first words before the kind of thing it is
//! ("the WO system", "the AP bot"), and a name's later words misspelt at a message's start.

use super::*;

/// A regional water company.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Finance", &["Finance Office"]),
            ("Network Operations", &["Networks"]),
            ("Customer Billing", &["Billing"]),
            ("People", &["HR"]),
            ("Sales", &["Business Customers"]),
            ("Procurement", &["Contracts"]),
            ("Information Technology", &["IT"]),
            ("Export Sales", &["Export"]),
            ("Estates", &["Facilities"]),
        ],
        &[
            ("Procure-to-Pay Automation", "Finance"),
            ("Order-to-Cash Redesign", "Sales"),
            ("Hire-to-Retire Platform", "People"),
            (
                "Electronic Permits and Metering Application",
                "Network Operations",
            ),
            ("Work Order Management", "Network Operations"),
            ("Accounts Payable Automation", "Finance"),
            ("Leak Telemetry Platform", "Network Operations"),
            ("Microgrid Pilot", "Network Operations"),
            ("Reservoir CCTV Upgrade", "Estates"),
            ("HR System Replacement", "People"),
            ("Hydrant Replacement", "Network Operations"),
            ("Pressure Sensor Network", "Network Operations"),
            ("Online Quote Replacement", "Sales"),
        ],
    )
}

fn read_uk(text: &str) -> Reading {
    test_names::read_on_test_day(text, "ffion", &dir())
}

fn assert_names(text: &str, investment: &str, unit: &str) {
    test_names::assert_known_name(&read_uk(text), text, investment, unit);
}

#[test]
fn a_digit_for_to_spells_the_acronym() {
    assert_names(
        "P2P automation on hold till the ledger move is done",
        "Procure-to-Pay Automation",
        "Finance",
    );
    assert_names(
        "O2C redesign approved at £210k",
        "Order-to-Cash Redesign",
        "Sales",
    );
    assert_names(
        "H2R: touchless starters now 80%, saving £3k a month",
        "Hire-to-Retire Platform",
        "People",
    );
}

#[test]
fn an_acronym_may_skip_the_name_s_and() {
    assert_names(
        "EPMA go live in the north zone went well, no missed readings in week one",
        "Electronic Permits and Metering Application",
        "Network Operations",
    );
    // The acronym wins over another short word in capitals before it.
    assert_names(
        "EMB 24/11 - EPMA business case approved, £1.4m",
        "Electronic Permits and Metering Application",
        "Network Operations",
    );
    assert_names(
        "EPMA: kept going with the south module, £180k",
        "Electronic Permits and Metering Application",
        "Network Operations",
    );
}

#[test]
fn two_capitals_of_a_name_s_first_words_before_the_kind_of_thing() {
    assert_names(
        "the WO system keeps double-booking crews, raised with the vendor",
        "Work Order Management",
        "Network Operations",
    );
    assert_names(
        "the AP bot paid 900 invoices in Nov, roughly £6k of clerk time saved",
        "Accounts Payable Automation",
        "Finance",
    );
    // Initials as an owner ("AP to …") are a person, not the name.
    let r = read_uk("AP to circulate the meter data by Friday");
    assert_ne!(
        r.investment.as_deref(),
        Some("Accounts Payable Automation"),
        "{r:?}"
    );
    assert_eq!(r.action.as_ref().map(|a| a.owner.as_str()), Some("AP"));
}

#[test]
fn a_name_s_later_words_misspelt_at_the_start() {
    assert_names(
        "Telemtry platform renewal approved, £30k for another year",
        "Leak Telemetry Platform",
        "Network Operations",
    );
}

#[test]
fn two_investments_said_both_are_two_records_with_their_amounts_in_order() {
    let text = "AP automation and the WO system both approved today, £120k and £55k";
    let r = read_uk(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Accounts Payable Automation"));
    assert_eq!(r.amount, Some(Money::new(12_000_000, Currency::GBP)));
    assert_eq!(r.also.len(), 1, "{text}");
    let second = &r.also[0];
    assert_eq!(second.verdict, Some(Verdict::Approve));
    assert_eq!(second.investment.as_deref(), Some("Work Order Management"));
    assert_eq!(second.unit.as_deref(), Some("Network Operations"));
    assert_eq!(second.amount, Some(Money::new(5_500_000, Currency::GBP)));
    assert_eq!(second.date, r.date);
    // The look-again date and the reason are said of both.
    let r = read_uk(
        "P2P automation and the WO system are both on hold till the new year - no budget left",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.also.len(), 1);
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Work Order Management")
    );
    assert_eq!(r.also[0].review_date, r.review_date);
    assert_eq!(r.also[0].rationale, r.rationale);
    // Without "both", "and" may join one name's parts or a list that is no verdict each.
    let r = read_uk("AP automation and the WO system were discussed, nothing decided");
    assert!(r.also.is_empty());
}

#[test]
fn a_new_name_runs_on_through_its_hyphenated_words() {
    let r = read_uk(
        "Billing would like a text-to-pay reminder line for late payers, about £95k, should save £30k a year over 3 years",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("text-to-pay reminder line"));
    assert!(r.new_investment);
    let r = read_uk("Networks would like a reservoir on-demand sampling service, roughly £60k");
    assert_eq!(
        r.investment.as_deref(),
        Some("reservoir on-demand sampling service")
    );
}

#[test]
fn a_word_that_only_shares_a_stem_is_not_the_alias() {
    let r = read_uk(
        "IT is asking for ~£450k for a managed SOC service, should save about £120k a year in contractor fees over 5 years",
    );
    assert_eq!(r.unit.as_deref(), Some("Information Technology"));
    // A misspelling or the plural still is.
    let r = read_uk("met Contarcts about the tender calendar");
    assert_eq!(r.unit.as_deref(), Some("Procurement"));
}

#[test]
fn a_name_s_distinctive_word_after_a_qualifier_as_a_label() {
    assert_names(
        "Northside microgrid: keep it going, outages down 40%",
        "Microgrid Pilot",
        "Network Operations",
    );
}

#[test]
fn a_unit_s_one_word_name_said_as_its_gerund_leading_a_clause() {
    let r = read_uk("Exporting to Chile is stalled again, nothing for us to decide, just fyi");
    assert_eq!(r.unit.as_deref(), Some("Export Sales"));
    // Not inside a clause: "we are exporting" says what is done.
    let r = read_uk("we are exporting the meter data to the regulator");
    assert_eq!(r.unit, None);
}

#[test]
fn cameras_for_cctv_after_the_name_s_first_word() {
    assert_names(
        "Reservoir cameras now live at three sites",
        "Reservoir CCTV Upgrade",
        "Estates",
    );
}

#[test]
fn a_vendor_s_product_names_the_one_investment_of_its_kind() {
    assert_names(
        "Workday rollout signed off by the board on Thursday, £410k",
        "HR System Replacement",
        "People",
    );
    assert_names(
        "Payroll interface for the Workday project slipped, go-live now March",
        "HR System Replacement",
        "People",
    );
    // The ordinary word is no product.
    let r = read_uk("every workday the crews log 40 jobs");
    assert_eq!(r.investment, None);
}

#[test]
fn a_name_s_word_before_the_work_done_on_it_names_it() {
    assert_names(
        "Networks 1:1 today, they're worried about hydrant cutover over Easter",
        "Hydrant Replacement",
        "Network Operations",
    );
    // Not a word of the name before some other noun.
    let r = read_uk("they're worried about hydrant flushing over Easter");
    assert_eq!(r.investment, None);
}

#[test]
fn a_name_s_later_words_after_the_new_name_it() {
    assert_names(
        "the new sensor network keeps dropping readings at night, raised with the vendor",
        "Pressure Sensor Network",
        "Network Operations",
    );
}

#[test]
fn an_adverb_after_a_verb_is_no_new_name() {
    let r = read_uk("Morning all, the 6am shift's cancelled again so I'm WFH");
    assert_eq!(r.investment, None);
}

#[test]
fn a_common_word_said_between_a_name_s_later_words() {
    assert_names(
        "Sales' quote site replacement is 3 weeks late, vendor blames our data migration",
        "Online Quote Replacement",
        "Sales",
    );
}

#[test]
fn fin_and_sys_are_said_for_finance_and_system() {
    let dir = test_names::directory(
        &[("Finance", &[]), ("Ticketing", &["Box Office"])],
        &[
            ("Finance System Upgrade", "Finance"),
            ("Ticketing Platform Replacement", "Ticketing"),
        ],
    );
    let r = test_names::read_on_test_day(
        "Fin sys upgrade: we're going back out to tender in Jan, nothing decided",
        "ffion",
        &dir,
    );
    assert_eq!(r.investment.as_deref(), Some("Finance System Upgrade"));
    assert_eq!(r.unit.as_deref(), Some("Finance"));
    assert_eq!(r.intent, Intent::Note);
    // A fin is not the finance team.
    let r = test_names::read_on_test_day("saw a shark fin on the ferry lol", "ffion", &dir);
    assert_eq!(r.unit, None);
}

#[test]
fn both_said_before_the_names_reads_without_panicking() {
    let r = read_uk("both the AP automation and the hydrant replacement approved, £120k and £55k");
    assert_eq!(r.intent, Intent::Decision);
}
