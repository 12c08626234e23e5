//! Names said the way people say them, in a Dutch garden-centre chain's words (Dutch, UK and
//! US writers): a well-known vendor's product for the investment of its kind ("Shopify",
//! "Planday"), a product or a made-up name dropped at a clause's end ("We're dropping
//! Plantwise."), a name's last word set as a label ("The app:"), a new name set as a label
//! that shares only its first word with a known one ("Irrigation sensor kit:"), "rota" for
//! rostering, a new thing wanted whose words hold one word of a known name, and "e-" for a
//! name's "Electronic" before its last word ("e-tags").

use super::*;

/// A Dutch garden-centre chain with stores in Belgium and a US web shop.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Garden Centres", &["Stores", "Winkels"]),
            ("Logistics", &["Distribution", "Haulage"]),
            ("Online", &["Ecom", "Web"]),
            ("Finance", &["Financiën"]),
            ("Information Technology", &["IT"]),
            ("Staff Services", &["HR", "Staffing"]),
            ("Customer Care", &["Klantenservice"]),
            ("Heating & Energy", &["Energy"]),
        ],
        &[
            ("Online Shop Rebuild", "Online"),
            ("Staff Rostering System", "Garden Centres"),
            ("Customer Loyalty App", "Customer Care"),
            ("Irrigation Controller Upgrade", "Garden Centres"),
            ("Plantwise Licences", "Information Technology"),
            ("Stock Forecasting Platform", "Logistics"),
            ("Heat Pump Expansion", "Heating & Energy"),
            ("Electronic Price Tags", "Garden Centres"),
            ("Self-Checkout Tills", "Garden Centres"),
            ("Click and Collect Lockers", "Online"),
            ("Pest Outbreak Prediction", "Garden Centres"),
            ("HR System Replacement", "Staff Services"),
            ("Delivery Route Optimisation", "Logistics"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_us(text, "femke", "2026-12-02", &dir())
}

fn assert_names(text: &str, investment: &str, unit: &str) {
    test_names::assert_known_name(&read(text), text, investment, unit);
}

/// A name not in the directory, read as written.
fn assert_new_name(text: &str, name: &str) {
    test_names::assert_name_as_written(&read(text), text, name);
}

#[test]
fn a_shop_or_rota_vendor_names_the_investment_of_its_kind() {
    assert_names(
        "Shopify move: keep going. Basket size is up 4% since the beta.",
        "Online Shop Rebuild",
        "Online",
    );
    assert_names(
        "the Planday rollout is on hold till March, the works council wants to see it first",
        "Staff Rostering System",
        "Garden Centres",
    );
}

#[test]
fn a_product_or_a_made_up_name_dropped_at_a_clause_end() {
    assert_names(
        "We're dropping Planday. Store managers went back to paper within a month.",
        "Staff Rostering System",
        "Garden Centres",
    );
    assert_names(
        "Licences doubled again at renewal. We're dropping Plantwise.",
        "Plantwise Licences",
        "Information Technology",
    );
}

#[test]
fn a_name_s_last_word_set_as_a_label() {
    assert_names(
        "The app: paused until the new login with iDEAL is ready, maybe March",
        "Customer Loyalty App",
        "Customer Care",
    );
}

#[test]
fn a_new_name_set_as_a_label_sharing_only_a_first_word() {
    for (text, name) in [
        (
            "Irrigation sensor kit: the board wants more details, it comes back in January",
            "Irrigation sensor kit",
        ),
        (
            "Heat storage tank: the board wants more details, it comes back in the 15.01 board",
            "Heat storage tank",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        assert!(r.unit.is_none(), "{text}: {r:?}");
    }
}

#[test]
fn rota_is_said_for_rostering() {
    assert_names(
        "Staff rota system and the loyalty app both on hold till the new year - no budget left",
        "Staff Rostering System",
        "Garden Centres",
    );
    // The name's first word said as a unit's gerund before the rest of the name, sharing
    // the verdict with another name.
    let text = "Staffing rota system and the HR replacement both on hold till the new year - no budget left";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Staff Rostering System"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("HR System Replacement"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_new_thing_wanted_holding_one_word_of_a_known_name() {
    assert_new_name(
        "The CFO's team wants a cash flow forecasting tool, roughly €60k",
        "cash flow forecasting tool",
    );
}

#[test]
fn two_names_sharing_one_approval_each_with_its_amount() {
    let text = "Approved the e-tags and the self checkouts for Ghent today, €180k and €260k";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Electronic Price Tags"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Self-Checkout Tills"),
        "{text}: {r:?}"
    );
    let text = "Heads up — the lockers and the loyalty app both got greenlit by the exec team, £60k and £45k";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Click and Collect Lockers"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Customer Loyalty App"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_new_name_after_someone_s_request_for_beats_a_known_name_in_the_reason() {
    assert_new_name(
        "Rejected: the Ecom request for an AR plant viewer at €70k. Only 3% of visitors opened the loyalty app last quarter.",
        "AR plant viewer",
    );
}

#[test]
fn a_unit_alias_in_lower_case_before_what_an_outsider_renewed() {
    let text = "Maersk renewed the haulage contract for 3 more years 🎉";
    let r = read(text);
    assert_eq!(r.unit.as_deref(), Some("Logistics"), "{text}: {r:?}");
}

#[test]
fn a_refused_or_deferred_new_name_without_a_unit_asks_for_it() {
    for text in [
        "HQ rejected the AR mirror trial on 11/20, they want to see the Ghent results first.",
        "Rain water tank: the board wants more details, it comes back in January",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert!(r.unit.is_none(), "{text}: {r:?}");
        assert_eq!(r.missing, vec![Missing::Unit], "{text}: {r:?}");
    }
}

#[test]
fn a_follow_up_alone_is_about_the_unit_its_task_goes_to() {
    for (text, unit) in [
        (
            "@joost to send the pallet delivery schedule to Distribution by Friday",
            "Logistics",
        ),
        (
            "@anouk kindly share the generator fuel logs with Finance by Friday",
            "Finance",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
    }
    // An investment named in the task brings its own unit: the one asked is whom to ask.
    let text = "@joost please check with Finance if the budget for the Plantwise licences is still there, by Monday";
    let r = read(text);
    assert_eq!(
        r.unit.as_deref(),
        Some("Information Technology"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_benefit_verb_ends_a_name_said_before_it() {
    let text = "Pallet tracker cut shrink by €12k in November at the Venlo DC";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Pallet tracker"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_kind_of_thing_named_alone_runs_on_through_for_what_it_does() {
    assert_new_name(
        "Stores wants to buy a new tool for pallet labelling, around €25k",
        "tool for pallet labelling",
    );
    assert_new_name(
        "Info: HR proposes a new e-learning for food safety, costs €15k, no decision yet.",
        "e-learning for food safety",
    );
    // Whom or where it is for is not its name.
    assert_new_name(
        "Stores wants to buy a new tool for the Ghent store, around €25k",
        "tool",
    );
}

#[test]
fn a_new_name_after_the_proposal_of_someone_for() {
    assert_new_name(
        "After long discussion the board has accepted the proposal of Customer Care for a callback planner for €40k.",
        "callback planner",
    );
}

#[test]
fn a_new_name_after_we_need() {
    assert_new_name(
        "We need a new potting shed scale, ca. €11k, the old one is end of support in June. Proposal from IT.",
        "potting shed scale",
    );
}

#[test]
fn a_name_s_later_words_all_its_own_said_in_passing() {
    assert_names(
        "Some thoughts after the visit at Intratuin last week. They have used outbreak prediction for three years and say the first year was mostly false alarms. Joost will send me their report by 10.12.",
        "Pest Outbreak Prediction",
        "Garden Centres",
    );
}

#[test]
fn a_refused_request_for_a_new_thing_beats_a_name_said_whole_in_the_reason() {
    let text = "The IT team refused the request of Logistics for a second pallet wrapper, not needed after the Online Shop Rebuild";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("second pallet wrapper"),
        "{text}: {r:?}"
    );
    // Whose request it was is the unit, not who refused it.
    assert_eq!(r.unit.as_deref(), Some("Logistics"), "{text}: {r:?}");
}

#[test]
fn a_rota_is_shift_planning() {
    // The chain's Belgian arm, which plans shifts rather than rosters.
    let dir = test_names::directory(
        &[("Stores", &["Winkels"]), ("Staff Services", &["HR"])],
        &[
            ("Shift Planning Tool", "Staff Services"),
            ("Self-Checkout Tills", "Stores"),
        ],
    );
    let text = "The rota tool saved €12k in overtime in October across the Ghent stores";
    let r = test_names::read_us(text, "femke", "2026-12-02", &dir);
    assert_eq!(
        r.investment.as_deref(),
        Some("Shift Planning Tool"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_name_s_word_said_as_its_gerund_leading_the_clause() {
    assert_names(
        "Routing tool cut fuel spend by €38k in November at the Venlo DC",
        "Delivery Route Optimisation",
        "Logistics",
    );
}
