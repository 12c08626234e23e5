//! Names said the way native-English managers say them, in a US symphony orchestra's, a UK
//! estate agency's and a US state parks department's words: a unit's alias that opens one of
//! its investments' names, inside a task someone owns, is that investment; a new thing asked
//! of staff is the thing, not "staff"; "mentioned a", "are after", a plural's possessive, a
//! unit written with an ampersand, a unit's team owning or asked to buy, and someone said with
//! their unit are no part of a new name; a finance vendor's product names the finance system;
//! the kind of thing only one investment is ("the portal", "the webshop") and a short word
//! in the plural ("the desks") name it; a unit's whole name that opens an investment's is the unit, and a
//! verdict's word inside it ("Park Ops") no verdict; two names joined by "+" or "&", or opened
//! by "Both the", share a verdict.

use super::*;

/// A US symphony orchestra with a streaming arm, a schools programme and a patron desk.
fn orchestra() -> StaticDirectory {
    test_names::directory(
        &[
            ("Digital Media", &["Digital", "Streaming"]),
            ("Patron Services", &["Ticketing", "Box Office"]),
            ("Education & Community", &["E&C", "Education"]),
            ("Artistic Operations", &["Artistic Ops"]),
            ("Finance", &[]),
            ("Development", &["Fundraising"]),
            ("Marketing", &[]),
            ("Facilities", &[]),
        ],
        &[
            ("Streaming Platform Migration", "Digital Media"),
            ("Schools Learning Portal", "Education & Community"),
            ("Finance System Upgrade", "Finance"),
            ("CRM Migration", "Marketing"),
            ("Donor Database", "Development"),
            ("Stage Lighting Upgrade", "Artistic Operations"),
            ("Recording Desk Refresh", "Digital Media"),
            ("Artistic Operations Scheduler", "Artistic Operations"),
        ],
    )
}

fn read_orchestra(text: &str) -> Reading {
    test_names::read_us(text, "dana", "2026-11-27", &orchestra())
}

#[test]
fn a_unit_alias_that_opens_one_of_its_investments_names_it_in_an_owned_task() {
    let text = "@maria owns the Streaming caption testing, ticket STR-12, done by the 18th";
    let r = read_orchestra(text);
    test_names::assert_known_name(&r, text, "Streaming Platform Migration", "Digital Media");
}

#[test]
fn a_new_thing_asked_of_staff_is_the_thing() {
    let text = "The CFO asked staff to look at a ticket scanning app for the Pops series, no $ yet";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "ticket scanning app");
}

#[test]
fn mentioned_a_leads_in_to_a_new_name() {
    let text = "Facilities mentioned a chiller replacement for the hall in the January planning, around $55k";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "chiller replacement");
}

#[test]
fn a_plurals_possessive_is_part_of_a_new_name() {
    let text = "Marketing floated a subscribers' rewards app at ~$80k at the all-hands";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "subscribers' rewards app");
}

#[test]
fn a_unit_written_with_an_ampersand_is_no_new_name() {
    let text = "E&C are after a new CRM for school bookings, around $20k";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "CRM");
    assert_eq!(r.unit.as_deref(), Some("Education & Community"), "{r:?}");
}

#[test]
fn a_finance_vendors_product_names_the_finance_system() {
    let text = "the Sage upgrade is on hold till April, month end is fine on the current version";
    let r = read_orchestra(text);
    test_names::assert_known_name(&r, text, "Finance System Upgrade", "Finance");
    // Someone called Sage is no product.
    let text = "Sage says the lighting quote came in high";
    let r = read_orchestra(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Finance System Upgrade"),
        "{r:?}"
    );
}

#[test]
fn the_kind_of_thing_only_one_investment_is_names_it() {
    for text in [
        "The portal held up for the spring on-sale, 9k logins in the first hour",
        "Education: two schools went live last Tues, 400 students enrolled on the portal",
    ] {
        let r = read_orchestra(text);
        test_names::assert_known_name(&r, text, "Schools Learning Portal", "Education & Community");
    }
    // A new thing for it is that new thing.
    let text =
        "Rejected Marketing's chatbot for the portal at $30k, too few questions to justify it";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "chatbot");
}

#[test]
fn a_names_word_in_the_plural_pointed_at_names_it() {
    let text = "The desks quote came in $14k over, @li to ring the supplier by Monday";
    let r = read_orchestra(text);
    test_names::assert_known_name(&r, text, "Recording Desk Refresh", "Digital Media");
}

#[test]
fn a_units_whole_name_that_opens_an_investments_is_the_unit() {
    let text = "Chatted with Artistic Operations about the stage lighting upgrade - they're happy with it because fewer cues failed.";
    let r = read_orchestra(text);
    test_names::assert_known_name(&r, text, "Stage Lighting Upgrade", "Artistic Operations");
}

#[test]
fn a_unit_owning_in_the_plural_is_no_part_of_a_new_name() {
    let text = "Patron Services' new chatbot approved at $30k";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "chatbot");
    assert_eq!(r.unit.as_deref(), Some("Patron Services"), "{r:?}");
}

#[test]
fn someone_from_a_unit_is_no_name() {
    let text = "Kelly in Finance says the SFU needs another $30k";
    let r = read_orchestra(text);
    assert_ne!(r.investment.as_deref(), Some("Kelly"), "{r:?}");
}

/// A UK estate agency group with lettings, sales and surveying arms.
fn estate_agents() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lettings", &[]),
            ("Sales", &["Sales team"]),
            ("Surveying", &["Surveys"]),
            ("Finance", &["Accounts"]),
            ("Compliance", &[]),
            ("Marketing", &[]),
        ],
        &[
            ("Tenant Referencing Service", "Lettings"),
            ("Client Money Reconciliation", "Finance"),
            ("Digital Signatures Rollout", "Compliance"),
            ("Valuation App", "Surveying"),
            ("Website Rebuild", "Marketing"),
        ],
    )
}

fn read_estate_agents(text: &str) -> Reading {
    test_names::read_day_first_in(text, "amy", "GBP", &estate_agents())
}

/// `r` holds two records, of `first` and then `second`, with `verdict`.
fn assert_two(r: &Reading, text: &str, first: &str, second: &str, verdict: Verdict) {
    assert_eq!(r.investment.as_deref(), Some(first), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some(second),
        "{text}: {r:?}"
    );
    assert_eq!(
        (r.verdict, r.also[0].verdict),
        (Some(verdict), Some(verdict)),
        "{text}"
    );
}

#[test]
fn two_names_joined_by_a_plus_or_an_ampersand_share_the_verdict() {
    let text = "tenant referencing + e-signatures both approved, £25k and £18k";
    let r = read_estate_agents(text);
    let (first, second) = ("Tenant Referencing Service", "Digital Signatures Rollout");
    assert_two(&r, text, first, second, Verdict::Approve);
    assert_eq!(r.also[0].amount, test_names::whole(18_000, "GBP"), "{r:?}");
    let text = "tenant referencing & the e-sign rollout approved today";
    let r = read_estate_agents(text);
    assert_two(&r, text, first, second, Verdict::Approve);
}

#[test]
fn both_before_two_names_shares_the_verdict() {
    let text = "Both the CMR and the val app are on hold till March";
    let r = read_estate_agents(text);
    let (first, second) = ("Client Money Reconciliation", "Valuation App");
    assert_two(&r, text, first, second, Verdict::Defer);
}

/// A US state parks department.
fn parks() -> StaticDirectory {
    test_names::directory(
        &[
            ("Park Operations", &["Park Ops"]),
            ("Law Enforcement", &["Rangers"]),
            ("Reservations", &[]),
        ],
        &[
            ("Ranger Body Cameras", "Law Enforcement"),
            ("Fee Station Kiosks", "Park Operations"),
            ("Online Pass Shop", "Reservations"),
        ],
    )
}

#[test]
fn a_verdicts_word_inside_a_units_name_is_the_unit() {
    let text = "Park Ops wants e-bikes for the rangers at Eagle Creek, $40K";
    let r = test_names::read_us(text, "kim", "2026-11-27", &parks());
    assert_eq!(r.verdict, None, "{r:?}");
    test_names::assert_name_as_written(&r, text, "e-bikes");
    assert_eq!(r.unit.as_deref(), Some("Park Operations"), "{r:?}");
}

#[test]
fn a_units_team_owning_or_asked_to_buy_is_no_name() {
    let text = "the Development team's donor portal approved, $25k";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "donor portal");
    assert_eq!(r.unit.as_deref(), Some("Development"), "{r:?}");
    let text = "Approved $18k for the Education team to buy 30 iPads for school visits";
    let r = read_orchestra(text);
    test_names::assert_name_as_written(&r, text, "iPads");
}

#[test]
fn the_everyday_word_for_the_one_online_shop_names_it() {
    let text = "The webshop brought in $210K of annual passes in November";
    let r = test_names::read_us(text, "kim", "2026-11-27", &parks());
    test_names::assert_known_name(&r, text, "Online Pass Shop", "Reservations");
    // A new thing for it is that new thing.
    let text =
        "Rejected Reservations' chatbot for the webshop at $30K, too few questions to justify it";
    let r = test_names::read_us(text, "kim", "2026-11-27", &parks());
    test_names::assert_name_as_written(&r, text, "chatbot");
}
