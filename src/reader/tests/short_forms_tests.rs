//! Names and verdicts said the short way, in a county highways and housing service's words:
//! a unit by the distinctive first word of its name ("the Finance team" for Finance & Risk),
//! a unit alias that is an ordinary word ("the budget is tight"), acronyms of a name's words
//! in capitals ("ITS") or with a letter from inside a word ("PdM"), a name's word said as
//! its verb ("e-file" for E-Filing), a known synonym ("call center" for Contact Centre), a new
//! name that keeps its adjective ("a new planned maintenance system"), stops said as "off the
//! table" or "we're dropping", a job "done and dusted", a unit's request for money, and a
//! record joined after a benefit.

use super::*;

/// A county council's highways and housing service.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Finance & Risk", &["fin"]),
            ("Budget Office", &["Budget"]),
            ("Contact Centre", &[]),
            ("Housing", &[]),
            ("Highways", &["Roads"]),
            ("Fleet", &[]),
        ],
        &[
            ("Rent Arrears Analytics", "Housing"),
            ("Tenant Repairs App", "Housing"),
            ("Intelligent Transport System", "Highways"),
            ("Predictive Maintenance", "Fleet"),
            ("E-Filing Portal", "Finance & Risk"),
            ("Gritter Telematics", "Highways"),
        ],
    )
}

fn read_uk(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morag", &dir())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

#[test]
fn a_unit_s_distinctive_first_word_names_it() {
    let r = read_uk("met the Finance team about the year-end audit, they want weekly numbers");
    assert_eq!(r.unit.as_deref(), Some("Finance & Risk"));
    assert_eq!(r.intent, Intent::Note);
    // A first word two units share names neither.
    let two = test_names::directory(
        &[("Finance & Risk", &[]), ("Finance Systems", &[])],
        &[("Ledger Upgrade", "Finance Systems")],
    );
    let r = test_names::read_on_test_day("met the Finance team about the audit", "morag", &two);
    assert_eq!(r.unit, None);
}

#[test]
fn a_unit_alias_that_is_an_ordinary_word_gives_way() {
    let r = read_uk("the budget is tight this year but Housing still want the repairs app");
    assert_eq!(r.unit.as_deref(), Some("Housing"));
    let r = read_uk("the budget is tight this year, no new asks");
    assert_eq!(r.unit, None);
    assert!(r.units.is_empty());
    let r = read_uk("over budget again on the repairs app");
    assert_eq!(r.unit.as_deref(), Some("Housing"));
    assert!(r.units.is_empty());
    // Said as the unit, it is the unit.
    let r = read_uk("Budget want a forecasting add-in, about £30k");
    assert_eq!(r.unit.as_deref(), Some("Budget Office"));
    let r = read_uk("met the budget team about next year's asks");
    assert_eq!(r.unit.as_deref(), Some("Budget Office"));
    let r = read_uk("met the finance team about the audit");
    assert_eq!(r.unit.as_deref(), Some("Finance & Risk"));
}

#[test]
fn acronyms_in_capitals_or_with_inner_letters_name_their_investment() {
    let r = read_uk("ITS go-live approved at £1.2m");
    assert_eq!(
        r.investment.as_deref(),
        Some("Intelligent Transport System")
    );
    assert_eq!(r.investment_guessed_from.as_deref(), Some("ITS"));
    // "its" written in lower case is the pronoun.
    let r = read_uk("approved the gritter telematics at £40k, its data goes to the depot");
    assert_eq!(r.investment.as_deref(), Some("Gritter Telematics"));
    let r = read_uk("PdM rollout to the north depot approved, £85k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Predictive Maintenance"));
    assert_eq!(r.unit.as_deref(), Some("Fleet"));
    assert_eq!(r.amount, gbp(8_500_000));
}

#[test]
fn a_name_s_word_said_as_its_verb_finds_the_name() {
    let r = read_uk("e-file portal saved £30k in postage last quarter");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.investment.as_deref(), Some("E-Filing Portal"));
    assert_eq!(r.unit.as_deref(), Some("Finance & Risk"));
}

#[test]
fn call_centre_is_the_contact_centre() {
    for text in [
        "call center want a new callback module, about £50k",
        "Call Centre want a new callback module, about £50k",
        "contact center want a new callback module, about £50k",
    ] {
        let r = read_uk(text);
        assert_eq!(r.unit.as_deref(), Some("Contact Centre"), "{text}");
    }
}

#[test]
fn a_new_name_keeps_its_adjective() {
    let r = read_uk(
        "Fleet want £900k for a new planned maintenance system, replacing the spreadsheets",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("planned maintenance system"));
    assert!(r.new_investment);
}

#[test]
fn off_the_table_and_we_re_dropping_are_stops() {
    let r = read_uk(
        "@ailsa pls log that the gritter telematics is off the table for 2027 - the new contract covers it",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Gritter Telematics"));
    let r = read_uk("pls log that we're dropping the tenant repairs app");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Tenant Repairs App"));
    // Things that keep dropping are a fault, not a decision.
    let r = read_uk("Housing visit: the repairs app keeps dropping the photos");
    assert_eq!(r.verdict, None);
}

#[test]
fn done_and_dusted_is_a_milestone_note() {
    let r = read_uk("tenant repairs app at Leith done and dusted, tenants love the photo upload");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Tenant Repairs App"));
    assert_eq!(r.unit.as_deref(), Some("Housing"));
}

#[test]
fn a_unit_requesting_money_for_a_new_thing_is_an_investment() {
    let r = read_uk("Housing requests £300k for a damp sensor pilot in the tower blocks");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.unit.as_deref(), Some("Housing"));
    assert_eq!(r.investment.as_deref(), Some("damp sensor pilot"));
    assert_eq!(r.amount, gbp(30_000_000));
}

#[test]
fn a_record_after_a_benefit_is_read_on_its_own() {
    for text in [
        "arrears analytics saved £20k; also approved a new kiosk refresh at £45k",
        "arrears analytics saved £20k; approved a new kiosk refresh at £45k",
        "arrears analytics saved £20k in October. Board approved a new kiosk refresh at £45k",
    ] {
        let r = read_uk(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.investment.as_deref(), Some("Rent Arrears Analytics"));
        assert_eq!(r.amount, gbp(2_000_000), "{text}");
        assert_eq!(r.also.len(), 1, "{text}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Approve));
        assert_eq!(r.also[0].investment.as_deref(), Some("kiosk refresh"));
        assert_eq!(r.also[0].amount, gbp(4_500_000));
    }
    // A new thing said in passing about the same work stays with it.
    let r = read_uk("arrears analytics approved at £40k. It replaces a new spreadsheet we built");
    assert!(r.also.is_empty());
}

#[test]
fn a_part_of_a_named_investment_that_is_stopped_is_that_investment() {
    let r = read_uk(
        "Housing decided to scrap the text reminders in arrears analytics. Tenants found them threatening.",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Rent Arrears Analytics"));
    assert_eq!(
        r.investment_guessed_from.as_deref(),
        Some("arrears analytics")
    );
}

#[test]
fn a_condition_that_names_a_time_is_the_reason() {
    // A season alone is when, no reason (convention 82, round R58; this test said the
    // opposite before the convention).
    let r =
        read_uk("gritter telematics deferred until after the winter season. look again in March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.rationale, None);
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
    // An event waited for stays the reason (convention 51).
    let r =
        read_uk("gritter telematics parked until after the year-end close. look again in March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(
        r.rationale.as_deref(),
        Some("until after the year-end close")
    );
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
    let r = read_uk("gritter telematics deferred until after the Christmas rush");
    assert_eq!(r.rationale, None);
    // Only a time is when to look again, not why.
    let r = read_uk("gritter telematics deferred until after Christmas");
    assert_eq!(r.rationale, None);
    // Boxing Day, the first day after it (as "after Easter" is Easter Monday).
    assert_eq!(r.review_date, "2026-12-26".parse().ok());
}

#[test]
fn a_two_letter_word_the_name_writes_in_capitals_names_it() {
    let dir = test_names::directory(
        &[("Engineering", &["Eng"]), ("Operations", &["Ops"])],
        &[
            ("Solar PV Plant", "Engineering"),
            ("Document Review AI", "Operations"),
        ],
    );
    let r = test_names::read_on_test_day(
        "AI: @pieter to get 3 quotes for the PV inverters by 15/1",
        "morag",
        &dir,
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Solar PV Plant"));
    assert_eq!(r.unit.as_deref(), Some("Engineering"));
    assert_eq!(r.follow_ups.len(), 1);
    assert_eq!(r.follow_ups[0].owner, "pieter");
    // In lower case it is a word like any other; as a label it names nothing.
    let r = test_names::read_on_test_day("Eng sync: the pv numbers look odd", "morag", &dir);
    assert_eq!(r.investment, None);
    let r = test_names::read_on_test_day("AI: @kim to send the rota by Friday", "morag", &dir);
    assert_eq!(r.investment, None);
}

#[test]
fn deciding_to_keep_a_thing_is_a_continue() {
    for text in [
        "Fleet decided to keep the predictive maintenance trial on the night shift, 2 breakdowns caught already",
        "the board agreed to keep gritter telematics for another winter",
    ] {
        let r = read_uk(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
    }
    // Keeping something else in a decision about the work is no verdict of its own.
    let r = read_uk("Housing visit: keep the photo upload in the repairs app, tenants love it");
    assert_eq!(r.verdict, None);
}

#[test]
fn a_new_name_keeps_its_number_and_is_never_one() {
    let r = read_uk(
        "new one for the register: Highways would like a stage 2 signal controller, £60k, should save £25k a year over 3 years",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("stage 2 signal controller"));
    assert_eq!(r.unit.as_deref(), Some("Highways"));
}

#[test]
fn e_for_online_or_electronic_before_a_name_s_word() {
    let dir = test_names::directory(
        &[("Revenue", &[]), ("Libraries", &[])],
        &[
            ("Online Filing Portal", "Revenue"),
            ("Electronic Lending Catalogue", "Libraries"),
        ],
    );
    let read = |t: &str| test_names::read_on_test_day(t, "morag", &dir);
    let r = read("e-file portal enhancements are a no for this cycle");
    assert_eq!(r.investment.as_deref(), Some("Online Filing Portal"));
    let r = read("approved the e-lending catalogue at £20k");
    assert_eq!(
        r.investment.as_deref(),
        Some("Electronic Lending Catalogue")
    );
}

#[test]
fn a_verb_of_registering_is_not_the_new_name() {
    let r = read_uk("We want to register a damp sensor pilot for Housing, £35k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("damp sensor pilot"));
    let r = read_uk("We want to register an investment but I don't know the numbers yet");
    assert_eq!(r.investment, None);
}

#[test]
fn getting_more_money_is_an_approval() {
    let r = read_uk(
        "Two points from the cabinet: the gritter telematics gets £150k more for the sensors. Also the repairs app is postponed to March.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Gritter Telematics"));
    assert_eq!(r.amount, gbp(15_000_000));
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    let r = read_uk("the repairs app got an extra £20k for the photo upload");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    let r = read_uk("the repairs app got the nod at £30k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    // Money that came back is a benefit, not an approval.
    let r = read_uk("the repairs app got £20k back from the old contract last month");
    assert_eq!(r.verdict, None);
}

#[test]
fn a_second_verdict_on_a_thing_with_its_own_subject_is_its_own_record() {
    let r = read_uk(
        "Two from cabinet: approved the gritter telematics at £40k, and the drones are a no until Q2.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Gritter Telematics"));
    assert_eq!(r.amount, gbp(4_000_000));
    assert_eq!(r.review_date, None);
    assert_eq!(r.also.len(), 1);
    // The same thing said again by a pronoun stays one record.
    let r = read_uk("approved the gritter telematics at £40k, and it is a go from April");
    assert!(r.also.is_empty());
}

#[test]
fn a_unit_requesting_an_amount_for_a_thing_is_an_investment() {
    let dir = test_names::directory(
        &[("Taxpayer Services", &["TPS"]), ("Revenue", &[])],
        &[("Online Filing Portal", "Taxpayer Services")],
    );
    let r = test_names::read_us(
        "TPS requests $300K for a chatbot on the filing status line, about 40% of calls are 'where's my refund'",
        "dana",
        "2026-12-02",
        &dir,
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.unit.as_deref(), Some("Taxpayer Services"));
    assert_eq!(r.investment.as_deref(), Some("chatbot"));
    let r = read_uk("Highways would like a salt barn robot for the gritter depot loading, £260k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("salt barn robot"));
    assert!(r.new_investment);
    // Requests counted are no ask for money.
    let r = test_names::read_us(
        "filing portal: service requests are down 20% since the redesign",
        "dana",
        "2026-12-02",
        &dir,
    );
    assert_ne!(r.intent, Intent::Investment);
}

#[test]
fn a_common_word_after_the_names_the_one_investment_of_the_unit_said() {
    // "app" is too common to stand for an investment on its own, but said as "the app" in
    // a message about Housing, whose one app is the Tenant Repairs App, it is that.
    let r = read_uk("Housing say the app's photo upload is the most used bit, tenants love it");
    assert_eq!(r.investment.as_deref(), Some("Tenant Repairs App"));
    assert_eq!(r.unit.as_deref(), Some("Housing"));
    // With no unit said, "the app" could be anything.
    let r = read_uk("the app's photo upload is the most used bit, tenants love it");
    assert_eq!(r.investment, None);
    // A unit with two portals: "the portal" names neither.
    let two = test_names::directory(
        &[("Planning", &[])],
        &[
            ("Planning Portal", "Planning"),
            ("Building Control Portal", "Planning"),
        ],
    );
    let r = test_names::read_on_test_day(
        "spoke to Planning about the portal, they want payments first",
        "morag",
        &two,
    );
    assert_eq!(r.investment, None);
}

#[test]
fn a_common_word_that_describes_the_next_noun_names_nothing() {
    // "the app team", "the app budget": the word says which team or budget, not the app.
    let r = read_uk("Housing want to revisit the app budget in Q1; I'll prep numbers");
    assert_eq!(r.investment, None);
    let r = read_uk("Housing say the app is down again on Mondays");
    assert_eq!(r.investment.as_deref(), Some("Tenant Repairs App"));
}
