//! Readings of forms from round S47's writers, the Slack recaps and terse lines of a
//! Michigan Christmas tree farm, a Bay of Plenty honey producer and a Cavite jeepney
//! co-operative writing Taglish, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Batangas ferry co-operative: the terminal, the shipyard, the treasury, in pesos, its
/// dates month first.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Operations", &["Terminal"]),
            ("Fleet Maintenance", &["Shipyard"]),
            ("Finance", &["Treasury"]),
        ],
        &[
            ("Ticketing System", "Operations"),
            ("Passenger Boats", "Operations"),
            ("Pier Lights", "Operations"),
            ("Payroll System", "Finance"),
        ],
    )
}

fn read_ferry(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("PHP").unwrap(),
    };
    read(
        text,
        "liza",
        "2026-11-27".parse().unwrap(),
        &ferry_dir(),
        &settings,
    )
    .unwrap()
}

/// A Red River Valley sugar beet co-operative: the factory, the piling grounds, the office,
/// in dollars.
fn beet_dir() -> StaticDirectory {
    directory(
        &[
            ("Factory", &["Plant"]),
            ("Agronomy", &["Piling Grounds"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Pulp Dryer", "Factory"),
            ("Beet Pilers", "Agronomy"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_beet(text: &str) -> Reading {
    read_us(text, "karen", "2026-11-27", &beet_dir())
}

/// A Southland deer farm: the paddocks, the velvet shed, the office, in New Zealand dollars.
fn deer_dir() -> StaticDirectory {
    directory(
        &[
            ("Farm", &["Paddocks"]),
            ("Velvet Shed", &["Shed"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Deer Yards", "Farm"),
            ("Velvet Freezer", "Velvet Shed"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_deer(text: &str) -> Reading {
    read_day_first_in(text, "hine", "NZD", &deer_dir())
}

/// "that's about ₱320k more per month in collections": a month said straight after the
/// comparative is the money's period, as one said a word or two after it is.
#[test]
fn a_month_said_straight_after_more_is_the_moneys_period() {
    let text = "The new ticketing system is working — ticket leakage down from 10% to 1%, that's about ₱150k more per month in fares for the coop.";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(1_800_000, "PHP"), "{text}");
}

/// "…, kasi the LTFRB deadline for consolidation is March …": Tagalog-English writers give
/// the reason after "kasi" (because), which is no part of it.
#[test]
fn kasi_opens_a_reason_as_because_does() {
    let text =
        "Approved na the pier lights, ₱600k, kasi the night trips are not safe without them.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the night trips are not safe without them"),
        "{text}"
    );
}

/// "tigil na yung sms blast, ₱60k na nagastos …", "no muna sa tire changer, …": Tagalog's
/// "tigil na" stops and "no muna" (no for now) puts off.
#[test]
fn tigil_na_stops_and_no_muna_puts_off() {
    let text = "tigil na yung radio ads, ₱30k na nagastos wala namang bagong pasahero";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "no muna sa pier lights, mas mura pa rin yung generator";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Sir, Ma'am Tess replied na about the vehicle lift. Ok daw ₱1.2M for the 2-post lift, …":
/// an "ok" passed on with "daw" (she says) approves.
#[test]
fn an_ok_passed_on_with_daw_approves() {
    let text = "Ma'am Cora replied na about the pier lights. Ok daw ₱600k for the LED ones, kasi the night trips are not safe without them.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pier Lights"), "{text}");
}

/// "Dashcams, 20 units lang muna instead of all 45, so ₱360k na lang", "Utes: down from
/// three to two, $112k": fewer things than planned, with the new price, is a rescope.
#[test]
fn fewer_things_than_planned_with_the_new_price_is_a_rescope() {
    let text = "Passenger boats – 2 na lang this year instead of 4, ₱9M. Hintayin natin yung loan for the other 2.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    let text = "Deer yards: down from three to two, $112k. We can share the old one between the two blocks for another season.";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(112_000, "NZD"), "{text}");
    let text = "Beet pilers – 3 only this campaign instead of 5, so $1.1M now. The other two wait for the new piling ground.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "They'll do the equipment loan at 6.9%, so Gary says go — $58,000 for the T66": someone
/// who "says go" approves.
#[test]
fn someone_who_says_go_approves() {
    let text = "Heard back from the co-op bank on the pulp dryer. They'll lend at 7%, so Linda says go — $2.4M for the new one.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pulp Dryer"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("Linda"), "{text}");
}

/// "She's happy with $42k for the Herma one": someone happy with a price for a thing
/// approves it.
#[test]
fn happy_with_a_price_approves() {
    let text = "Had Linda on the phone re the pulp dryer. She's happy with $2.4M for the new one, the old one caught fire twice this campaign.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Linda"), "{text}");
}

/// "we stopped sending units to the Imus shop, around ₱180k saved", "we've dropped a whole
/// casual shift, about $48k a year": what a thing's result let us stop doing, with the money
/// saved, is the result, not a stop of the thing.
#[test]
fn what_a_result_let_us_stop_doing_is_no_stop() {
    let text = "The pulp dryer has paid its way. We're drying 20% more pulp and we stopped hauling wet pulp to the landfill, around $90k saved this year.";
    let r = read_beet(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    let text = "The velvet freezer has earned its keep. Velvet's grading higher and we've dropped a whole trip to the Invercargill store, about $9k a year in freight.";
    let r = read_deer(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "stop na natin yung fb boosting, ₱45k na nagastos …", "approved na laptops for finance":
/// Tagalog's "natin" (our), "yung" (the) and "na" (now) before the thing are no part of its
/// name.
#[test]
fn tagalog_the_our_and_now_are_no_part_of_a_name() {
    let text = "stop na natin yung radio ads, ₱30k na nagastos wala namang bagong pasahero";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("radio ads"), "{text}");
    let text = "approved na tablets for the terminal, 4 pcs ₱90k. ang bagal na ng luma";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("tablets"), "{text}");
}

/// "keepin the hay wagon shuttle rollin thru christmas, the kids love it …": a thing kept
/// rolling goes on, as one kept going does.
#[test]
fn a_thing_kept_rolling_goes_on() {
    let text = "keepin the pulp dryer rollin thru the campaign, the growers love the pulp checks";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pulp Dryer"), "{text}");
}

/// "Chairman wants the depot solar held muna, he wants to see first if …": a hold wanted
/// "for now" (Tagalog "muna"), with its reason, is passed on as one said without it is.
#[test]
fn a_hold_wanted_for_now_with_its_reason_is_passed_on() {
    let text = "Chairman wants the pier lights held muna, he wants to see first if the loan comes through.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pier Lights"), "{text}");
}

/// "pulling the plug on the facebook ads, $3,800 since october and the lot's no busier",
/// "2.5 grand down the drain and not one order …", "₱60k na nagastos wala namang
/// nagbabasa", "45k for a ride the kids do once a year": a stop's or refusal's case opened
/// by its money, said as gone since a time, down the drain or spent (Tagalog "nagastos"),
/// or as the price of what is done once a year, is the reason.
#[test]
fn money_gone_since_a_time_or_down_the_drain_opens_the_case() {
    let cases = [
        (
            read_ferry("pulling the plug on the radio ads, ₱28k since october and the ferry's no busier than last year"),
            "₱28k since october and the ferry's no busier than last year",
        ),
        (
            read_deer("pulled the pin on the insta ads, 1.5 grand down the drain and not one booking we can trace to them"),
            "1.5 grand down the drain and not one booking we can trace to them",
        ),
        (
            read_ferry("tigil na yung sms blast, ₱40k na nagastos wala namang nagbabasa"),
            "₱40k na nagastos wala namang nagbabasa",
        ),
        (
            read_beet("linda said nope on the tour bus, 45k for a ride the visitors take once a year"),
            "45k for a ride the visitors take once a year",
        ),
    ];
    for (r, why) in cases {
        assert_eq!(r.rationale.as_deref(), Some(why), "{r:?}");
    }
}

/// "Priya reckons we need our own HPLC in the lab … Haven't got a price yet", "Kuya Jun from
/// Dispatch is requesting a PA system for the terminal … No quotation yet.": a new thing
/// asked for, said to have no price yet, is a proposal that asks for its cost.
#[test]
fn a_thing_asked_for_with_no_price_yet_is_a_proposal() {
    let text = "Aroha reckons we need our own velvet grader in the shed so we're not waiting on the buyer's man in January. Haven't got a price yet, she's ringing around.";
    let r = read_deer(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.missing, vec![Missing::Amount], "{text}");
    let text = "Kuya Ben from the Terminal is requesting a PA system for the waiting area so the barkers don't have to shout the trips. No quotation yet.";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("PA system"), "{text}");
}

/// "Kuya Jun from Dispatch is requesting a PA system …": a month's name after a term of
/// address (Tagalog "Kuya", "Ate", or "Sir") is someone's name, no date.
#[test]
fn a_months_name_after_a_term_of_address_is_no_date() {
    let text = "Kuya Jun from the Terminal is requesting a PA system for the waiting area so the barkers don't have to shout the trips. No quotation yet.";
    let r = read_ferry(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "Ate May approved na the pier lights, ₱600k, kasi the night trips are not safe without them.";
    let r = read_ferry(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// Minutes' items "Terminal shed roofing – for further study, the current roof can still
/// last …" and "Forklift: leave it for now, we'll hire one for the peak.": both put the
/// work off.
#[test]
fn for_further_study_and_leave_it_for_now_put_off() {
    let text = "MINUTES – ManCom, 11/25\n1. Pier lights – for further study, the generator can still cover the night trips.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pier Lights"), "{text}");
    let text = "Shed hui 25/11\n1. Velvet freezer: leave it for now, we'll hire one for the peak.";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Velvet Freezer"), "{text}");
}

/// "Chairman pulled out of the members portal with the Makati vendor. ₱220k na ang
/// naibayad …": someone who pulled out of the work stopped it.
#[test]
fn someone_who_pulled_out_of_the_work_stopped_it() {
    let text = "Chairman pulled out of the ticketing system with the Makati vendor. ₱220k na ang naibayad pero hindi pa rin gumagana sa terminal.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Ticketing System"), "{text}");
}

/// "We're done with the online tree tagging. $22k into the app since August and folks
/// still …": money put into the work, after we are done with it, says it is given up.
#[test]
fn done_with_a_thing_with_money_put_into_it_stops_it() {
    let text = "We're done with the pulp dryer. $40k into the burner since August and it still trips every shift.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "We're scrapping the drum store. $7,500 on the consent so far and now the council wants
/// …": a stop's sentence that ends on the thing, the next opening on the money put into it
/// and what came of it, has that next sentence as its reason.
#[test]
fn money_put_in_opening_the_next_sentence_is_the_stops_case() {
    let text = "We're scrapping the velvet freezer. $6,500 on the compressor so far and now the sparky says the whole unit is shot.";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("$6,500 on the compressor so far and now the sparky says the whole unit is shot"),
        "{text}"
    );
}

/// "website stuff after the holidays, no bandwidth rn 🙏", "traceability migration after
/// xmas, …": a terse line putting the work after a holiday puts it off.
#[test]
fn work_put_after_a_holiday_in_a_terse_line_is_put_off() {
    let text = "ticketing stuff after the holidays, no bandwidth rn 🙏";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Ticketing System"), "{text}");
    let text = "velvet freezer after xmas, no one's got the headspace rn";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Velvet Freezer"), "{text}");
}

/// "Yeah nah, the tasting room in town isn't happening. $150k is a lot of coin …": a thing
/// said not to happen, its sentence ending there, is turned down; money said not to happen
/// is no verdict of its own.
#[test]
fn a_thing_that_isnt_happening_is_turned_down() {
    let text = "Yeah nah, the visitor centre isn't happening. $300k is a lot of coin for a few school trips.";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "Velvet freezer's a no for now. The old one's fine, and $40k on a new one while the yards are on finance isn't happening. Back on the agenda in May.";
    let r = read_deer(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert!(r.also.is_empty(), "{text}: {r:?}");
}

/// "sprayer's winterized n parked in the pole barn 👍": a machine parked in a building is
/// left there, news of it, not put off.
#[test]
fn a_machine_parked_in_a_building_is_no_deferral() {
    let text = "beet pilers greased n parked in the equipment shed 👍";
    let r = read_beet(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Beet Pilers"), "{text}");
}
