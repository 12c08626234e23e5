//! Names the directory does not spell, in a building society's words: a well-known industry
//! acronym whose expansion shares the investment's words ("EDW" for Data Warehouse
//! Consolidation), initials of a name's words with its hyphenated parts counted ("AML" for
//! Anti-Money Laundering Monitoring), a hyphenated word of a name said alone
//! ("self-exclusion", and "auto-exclusion" as French writers say it), a unit alias that is
//! also the first word of an investment ("eBanking migration"), and one shared adjective
//! before another thing ("the bilingual onboarding app" is not the Bilingual Chatbot).

use super::test_names::read_on_test_day;
use super::*;

/// A building society.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Technology", &["IT"]),
            ("Financial Crime", &["FinCrime"]),
            ("Member Services", &["Members"]),
            ("People", &["HR"]),
            ("Online Banking", &["eBanking"]),
        ],
        &[
            ("Data Warehouse Consolidation", "Technology"),
            ("Customer Relationship Platform", "Member Services"),
            ("Anti-Money Laundering Monitoring", "Financial Crime"),
            ("Payment Integrity Analytics", "Financial Crime"),
            ("Gambling Self-Exclusion Tool", "Member Services"),
            ("eBanking Platform Migration", "Online Banking"),
            ("Bilingual Chatbot", "Online Banking"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_on_test_day(text, "ola", &dir())
}

fn named(text: &str) -> (Option<String>, Option<String>, bool) {
    let r = read(text);
    (r.investment, r.unit, r.new_investment)
}

fn existing(name: &str, unit: &str) -> (Option<String>, Option<String>, bool) {
    (Some(name.into()), Some(unit.into()), false)
}

#[test]
fn an_industry_acronym_names_the_investment_its_expansion_shares_words_with() {
    let dwc = existing("Data Warehouse Consolidation", "Technology");
    for text in [
        "EDW consolidation greenlit, £2.1m, we pay for 3 warehouses holding the same member data",
        "EDW: the data team retired 2 of the 3 warehouses, £410k saved on licences in November",
        "Two updates from ExCo: EDW consolidation phase 1 approved at £1.3m",
    ] {
        assert_eq!(named(text), dwc, "{text}");
    }
    let crm = existing("Customer Relationship Platform", "Member Services");
    assert_eq!(named("the CRM go-live is approved at £300k"), crm);
    // An acronym whose expansion shares no investment's words names none.
    let r = read("the ERP upgrade was approved at £300k");
    assert_ne!(
        r.investment.as_deref(),
        Some("Data Warehouse Consolidation")
    );
    assert_ne!(
        r.investment.as_deref(),
        Some("Customer Relationship Platform")
    );
}

#[test]
fn initials_count_a_names_hyphenated_parts() {
    let aml = existing("Anti-Money Laundering Monitoring", "Financial Crime");
    assert_eq!(
        named("AML: 2 analysts freed up, avoided £140k in hiring this year"),
        aml
    );
    assert_eq!(
        named("AML - we'll keep the vendor for another 3 yrs at £900k"),
        aml
    );
    let pi = existing("Payment Integrity Analytics", "Financial Crime");
    assert_eq!(
        named("Leadership signed off on PI analytics expansion, £430k"),
        pi
    );
}

#[test]
fn a_hyphenated_word_of_a_name_names_it() {
    let tool = existing("Gambling Self-Exclusion Tool", "Member Services");
    for text in [
        "Auto-exclusion: ~£150k in fines avoided, the audit found zero missed blocks",
        "Members: self-exclusion renewals are now online, 600 members re-enrolled. FYI",
        "they're fine with our self-exclusion approach but want an audit first",
    ] {
        assert_eq!(named(text), tool, "{text}");
    }
}

#[test]
fn a_unit_alias_that_starts_an_investment_name_gives_way_to_the_name() {
    let migration = existing("eBanking Platform Migration", "Online Banking");
    assert_eq!(
        named("eBanking migration is over budget - was £1.8m, now £2.3m. ExCo ok'd it."),
        migration
    );
    assert_eq!(
        named("eBanking migration: going ahead with phase 2, £1.8m"),
        migration
    );
    let r = read("met the eBanking team, they want better login analytics");
    assert_eq!(r.unit.as_deref(), Some("Online Banking"));
    assert_eq!(r.investment, None);
}

#[test]
fn one_shared_adjective_before_another_thing_is_a_new_investment() {
    let r = read(
        "HR: the bilingual onboarding app is a go at £60k, new staff fill in paper forms otherwise",
    );
    assert_eq!(r.investment.as_deref(), Some("bilingual onboarding app"));
    assert!(r.new_investment);
    assert_eq!(r.unit.as_deref(), Some("People"));
    // The name's own head noun, or nothing after the adjective, is still the name.
    let bot = existing("Bilingual Chatbot", "Online Banking");
    assert_eq!(
        named("keep funding the bilingual chatbot, £40k a year"),
        bot
    );
    assert_eq!(
        named("the bilingual bot is approved at £40k"),
        named("the bilingual chatbot is approved at £40k")
    );
}

#[test]
fn the_things_a_name_is_made_of_and_generic_words_keep_the_name() {
    let dir = super::test_names::directory(
        &[("Quality", &["QA"]), ("Legal", &[])],
        &[
            ("Production Line Vision Inspection", "Quality"),
            ("Legal Case Management", "Legal"),
        ],
    );
    let r = read_on_test_day(
        "QA walkthrough: the vision inspection cameras fog up on line 3",
        "ola",
        &dir,
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Production Line Vision Inspection")
    );
    let r = read_on_test_day(
        "we're stopping the case mgmt system, £90k a year for 3 matters",
        "ola",
        &dir,
    );
    assert_eq!(r.investment.as_deref(), Some("Legal Case Management"));
}

#[test]
fn a_unit_owning_a_word_of_its_one_investment_names_that_investment() {
    let pia = existing("Payment Integrity Analytics", "Financial Crime");
    assert_eq!(
        named("Members: FinCrime's analytics vendor contract renewed thru 2028 at £1.5m"),
        pia
    );
    assert_eq!(named("FinCrime analytics contract renewed at £1.5m"), pia);
    // A word two of the unit's investments share names neither.
    let r = read("FinCrime's monitoring vendor contract renewed at £1.5m");
    assert_ne!(r.investment.as_deref(), Some("Payment Integrity Analytics"));
}

#[test]
fn a_unit_alias_inside_a_follow_ups_task_still_names_the_unit() {
    let r = read("@nadia owns the eBanking age-verification testing, done by the 18th");
    assert_eq!(r.unit.as_deref(), Some("Online Banking"));
}

/// A water utility, whose names are made of common words.
fn utility() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Customer Service", &["CS"]),
            ("Information Technology", &["IT"]),
        ],
        &[
            ("Customer Self-Service Portal", "Customer Service"),
            ("Cloud Migration", "Information Technology"),
            ("Server Replacement", "Information Technology"),
            ("Data Platform Upgrade", "Information Technology"),
        ],
    )
}

fn read_utility(text: &str) -> (Option<String>, Option<String>, bool) {
    let r = read_on_test_day(text, "kim", &utility());
    (r.investment, r.unit, r.new_investment)
}

#[test]
fn a_names_first_and_last_words_name_it_however_common() {
    let portal = (
        Some("Customer Self-Service Portal".to_string()),
        Some("Customer Service".to_string()),
        false,
    );
    assert_eq!(
        read_utility("customer portal went live, saved £30k in calls"),
        portal
    );
    assert_eq!(
        read_utility("the customer portal is approved at £250k"),
        portal
    );
    // Two common words that are not the name's first and last name nothing.
    let r = read_on_test_day("the data upgrade is approved at £250k", "kim", &utility());
    assert_eq!(r.investment_choices, Vec::<String>::new());
    assert_ne!(
        r.investment.as_deref(),
        Some("Customer Self-Service Portal")
    );
}

#[test]
fn a_names_last_word_said_with_a_settled_synonym() {
    let cloud = (
        Some("Cloud Migration".to_string()),
        Some("Information Technology".to_string()),
        false,
    );
    assert_eq!(read_utility("the cloud move is on hold until Q2"), cloud);
    let servers = (
        Some("Server Replacement".to_string()),
        Some("Information Technology".to_string()),
        false,
    );
    assert_eq!(read_utility("server swap approved at £80k"), servers);
}

#[test]
fn two_letters_swapped_are_a_misspelling() {
    let payroll = super::test_names::directory(
        &[("People", &[]), ("Fleet", &[])],
        &[
            ("Payroll Modernization", "People"),
            ("Fleet Telematics", "Fleet"),
        ],
    );
    let r = read_on_test_day("Paryoll modernization approved at £400k", "kim", &payroll);
    assert_eq!(r.investment.as_deref(), Some("Payroll Modernization"));
    let r = read_on_test_day("Teleamtics saved £45k in fuel in October", "kim", &payroll);
    assert_eq!(r.investment.as_deref(), Some("Fleet Telematics"));
}

#[test]
fn a_units_initials_in_capitals_name_it() {
    let dir = super::test_names::directory(
        &[
            ("Customer Service", &[]),
            ("Human Resources", &[]),
            ("Finance", &[]),
        ],
        &[("Ledger Upgrade", "Finance")],
    );
    let r = read_on_test_day("met the CS team, they want live chat", "kim", &dir);
    assert_eq!(r.unit.as_deref(), Some("Customer Service"));
    let r = read_on_test_day("HR sync: hiring freeze until March", "kim", &dir);
    assert_eq!(r.unit.as_deref(), Some("Human Resources"));
    // In lower case the letters are an ordinary word.
    let r = read_on_test_day("met cs about nothing much", "kim", &dir);
    assert_eq!(r.unit, None);
}

/// An insurer.
fn insurer() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Technology", &["IT"]),
            ("Distribution", &["Broker Channel"]),
        ],
        &[
            ("Policy Admin Replacement", "Technology"),
            ("Broker Portal", "Distribution"),
            ("Data Lake", "Technology"),
        ],
    )
}

#[test]
fn an_industry_acronyms_words_may_be_clipped_in_the_name() {
    let r = read_on_test_day("PAS replacement approved at £2m", "kim", &insurer());
    assert_eq!(r.investment.as_deref(), Some("Policy Admin Replacement"));
    assert!(!r.new_investment);
}

#[test]
fn a_unit_as_a_label_then_a_word_of_its_one_investment_names_it() {
    let r = read_on_test_day(
        "Broker Channel: portal phase 2 approved, £200k",
        "kim",
        &insurer(),
    );
    assert_eq!(r.investment.as_deref(), Some("Broker Portal"));
    assert!(!r.new_investment);
}

#[test]
fn a_new_names_verb_of_paying_or_making_is_not_part_of_it() {
    for (text, want) in [
        (
            "Members would like to fund a debt advice pilot, est £250k, should save £1.1m a year over 3 yrs",
            "debt advice pilot",
        ),
        (
            "IT want to develop a branch booking app, about £90k",
            "branch booking app",
        ),
        (
            "Members would like to install queue screens in 12 branches, roughly £60k",
            "queue screens",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.investment.as_deref(), Some(want), "{text}");
        assert!(r.new_investment, "{text}");
    }
}

#[test]
fn a_new_name_after_a_spend_on_or_getting_a_new() {
    let r = read("approved a £60k spend on laptop docks");
    assert_eq!(r.investment.as_deref(), Some("laptop docks"));
    let r = read("IT is getting a new ATS for £35k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("ATS"));
    assert_eq!(r.unit.as_deref(), Some("Technology"));
}

#[test]
fn a_product_name_clipped_before_its_number_or_after_it() {
    let dir = super::test_names::directory(
        &[("Technology", &["IT"]), ("Finance", &[])],
        &[
            ("S/4HANA Migration", "Finance"),
            ("Windows 11 Upgrade", "Technology"),
        ],
    );
    let r = read_on_test_day("the S/4 migration is approved at £2m", "kim", &dir);
    assert_eq!(r.investment.as_deref(), Some("S/4HANA Migration"));
    let r = read_on_test_day("IT jour fixe re S/4: data migration is late", "kim", &dir);
    assert_eq!(r.investment.as_deref(), Some("S/4HANA Migration"));
    let r = read_on_test_day("Win11 upgrade approved at £200k", "kim", &dir);
    assert_eq!(r.investment.as_deref(), Some("Windows 11 Upgrade"));
    // Letters alone are not a clipped product name.
    let r = read_on_test_day("the S team approved £2k", "kim", &dir);
    assert_ne!(r.investment.as_deref(), Some("S/4HANA Migration"));
}

#[test]
fn a_word_of_a_name_after_re_is_the_topic() {
    let dir = super::test_names::directory(
        &[("Motor Vehicles", &["DMV"]), ("Finance", &[])],
        &[
            ("DMV Kiosk Pilot", "Motor Vehicles"),
            ("Ledger Upgrade", "Finance"),
        ],
    );
    let index = NameIndex::new(&dir);
    let found = |text: &str| -> Vec<names::Target> {
        index
            .find(&tokens::tokenize(text))
            .iter()
            .flat_map(|m| m.targets.clone())
            .collect()
    };
    let kiosk = vec![names::Target::Investment(0)];
    assert_eq!(found("Re: kiosks. The committee voted to continue"), kiosk);
    assert_eq!(found("re kiosks, the committee voted to continue"), kiosk);
    // Plural at a clause's start with no topic marker is the things talked about.
    assert_eq!(found("kiosks are popular everywhere this year"), vec![]);
}
