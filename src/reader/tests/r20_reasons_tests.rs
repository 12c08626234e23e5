//! Reasons told before the verdict's sentence, a sentence or more ahead of it (round R20),
//! each read in another writer's words (a Dutch cycling club: the timing chips, the route
//! planner, the clubhouse heating).

use super::*;

/// A Dutch cycling club: timing chips, route planner, clubhouse heating, bike hire kiosk.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[("Race Office", &[]), ("Clubhouse", &[])],
        &[
            ("Timing Chips", "Race Office"),
            ("Route Planner App", "Race Office"),
            ("Clubhouse Heating", "Clubhouse"),
            ("Bike Hire Kiosk", "Clubhouse"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "femke", &dir()).rationale
}

/// "The drone's been a bit of a faff. Six callouts it couldn't fly, and …. Trustees have
/// agreed we stop it": the sentence just before the verdict's says why, whole, even when a
/// sentence of the writer's mood opens the message.
#[test]
fn the_sentence_just_before_the_verdict_is_read_after_an_opening_judgement() {
    let text = "The timing chips have been a let-down, to be fair. Our marshals lost riders \
                at the line in four races this year, and the one time they worked the results \
                went out a day late. The committee have agreed we stop them and sell them on.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "Our marshals lost riders at the line in four races this year, and the one time \
             they worked the results went out a day late"
        ),
        "{text}"
    );
}

/// "Livestock entry portal is a keeper. Entries closed 3 days faster …. Keep funding it.":
/// the result told between the praise and the verdict is why.
#[test]
fn the_result_between_praise_and_the_verdict_is_why() {
    let text = "Route planner app is a winner. Sign-ups closed 2 days sooner this season and \
                the volunteers didn't have to type up a single paper form. Keep funding it.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "Sign-ups closed 2 days sooner this season and the volunteers didn't have to type \
             up a single paper form"
        ),
        "{text}"
    );
}

/// "The HVAC controls are original …. Honeywell confirmed it. So we're going ahead": a
/// short sentence that only confirms "it" points back at the reason before it.
#[test]
fn a_confirmation_of_it_points_back_at_the_reason() {
    let text = "Quick note from the clubhouse. We looked round the boiler room with the \
                engineer on Friday. The heating controls are original to the 1985 build and \
                the spares aren't made anymore. Vaillant confirmed it. So we're going ahead \
                with the clubhouse heating upgrade at €48k.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "The heating controls are original to the 1985 build and the spares aren't made \
             anymore"
        ),
        "{text}"
    );
}

/// Several sentences of news before a verdict that needs no reason stay news: a follow-up
/// or a meeting is no reason.
#[test]
fn a_meeting_sentence_before_the_verdict_is_no_reason() {
    let text = "Busy week at the race office. The committee met on Tuesday. Route planner app \
                approved at €9k.";
    assert_eq!(reason(text).as_deref(), None, "{text}");
}

/// "Six callouts this year it couldn't fly for wind or cloud, and …": a count put first,
/// then the clause it belongs to, is a clause of its own.
#[test]
fn a_count_put_before_its_clause_is_read_as_the_reason() {
    let text = "The bike hire kiosk has been a bit of a headache, honestly. Five weekends this \
                summer it wouldn't take cards, and the one weekend it did nobody hired a bike. \
                The committee have agreed we stop it.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "Five weekends this summer it wouldn't take cards, and the one weekend it did \
             nobody hired a bike"
        ),
        "{text}"
    );
}

/// "I've asked the developers for options and I'll bring them to the January board. Until
/// then we carry on": what the writer will do next is a plan, no reason.
#[test]
fn a_plan_before_the_verdict_is_no_reason() {
    let text = "Treasurer here. The route planner app has been fine but the hosting goes up \
                in April. I've asked the developer for options and I'll bring them to the \
                spring committee. Until then we carry on as we are.";
    assert_eq!(reason(text).as_deref(), None, "{text}");
}

/// "Operative scheduling tool - ✅ approved £75k. Each operative is doing …": a tick before
/// the verdict leaves the name before the dash a heading, and the sentence after says why.
#[test]
fn a_heading_before_a_ticked_verdict_is_no_reason() {
    let text = "Route planner app - ✅ approved €9k. Each marshal is doing 3 sign-ups an hour \
                and the other clubs are on 8.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Each marshal is doing 3 sign-ups an hour and the other clubs are on 8"),
        "{text}"
    );
}

/// "Approved by the council: ILS migration to Polaris, $148,000. Current vendor's sunsetting
/// our version …": what was approved, after the colon, is the record's name, and the next
/// sentence says why.
#[test]
fn what_was_approved_after_the_colon_is_no_reason() {
    let text = "Approved by the committee: timing chips upgrade to MyLaps, €14,000. Current \
                supplier's retiring our model at the end of 2027.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Current supplier's retiring our model at the end of 2027"),
        "{text}"
    );
}

/// "only 9 applications since spring, and the lender still wants $4k a month for the API":
/// a second clause of the reason that holds what we still pay is part of it.
#[test]
fn what_we_still_pay_after_and_stays_in_the_reason() {
    let text = "Pulling the plug on the bike hire kiosk after €30k sunk into it — only 9 hires \
                since spring, and the card firm still wants €400 a month for the reader.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "only 9 hires since spring, and the card firm still wants €400 a month for the reader"
        ),
        "{text}"
    );
}

/// "We keep paying the £600 a month for the tags and the boxes still go walkabout to Spain.
/// Let's stop it …": before a stop, what we keep paying, joined to what still goes wrong,
/// is the case against it, money and all.
#[test]
fn what_we_keep_paying_before_a_stop_is_the_reason() {
    let text = "I'm not convinced about the bike hire kiosk any more. We keep paying €300 a \
                month for the card reader and the bikes still go missing. Let's stop it at \
                the end of the lease in June.";
    assert_eq!(
        reason(text).as_deref(),
        Some("We keep paying €300 a month for the card reader and the bikes still go missing"),
        "{text}"
    );
    let text = "We keep paying €300 a month for the card reader and the bikes still go \
                missing. We're stopping the bike hire kiosk.";
    assert_eq!(
        reason(text).as_deref(),
        Some("We keep paying €300 a month for the card reader and the bikes still go missing"),
        "{text}"
    );
}

/// A price alone before an approval is its cost, no reason.
#[test]
fn a_price_sentence_before_an_approval_is_no_reason() {
    let text = "Bikes R Us quoted €300 a month for the card reader and the install is free. \
                Bike hire kiosk approved.";
    assert_eq!(reason(text).as_deref(), None, "{text}");
}

/// "We've had four calls this month where …. That's the whole point of the NG911 upgrade
/// …, so I'm approving": a clause that opens "That's" points back at the sentence before,
/// which is the reason.
#[test]
fn a_reason_opening_thats_points_back_at_the_sentence_before() {
    let text = "We've had three races this month where the chips lost riders at the line and \
                the results went out wrong. That's the whole point of the timing chips upgrade \
                with the new mats, so I'm approving the €14K order with MyLaps today.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "We've had three races this month where the chips lost riders at the line and the \
             results went out wrong"
        ),
        "{text}"
    );
}

/// "Committee took the RFS offer on the Cat 1 tanker: a second-hand one from Hawkesbury,
/// $145k. New was $420k and …": what was taken, after the colon, is the thing, no reason;
/// the next sentence says why.
#[test]
fn what_an_offer_gave_after_the_colon_is_no_reason() {
    let text = "Committee took the cycling union offer on the timing chips: a second-hand set \
                from Utrecht, €14k. The new sets are a year away from delivery.";
    assert_eq!(
        reason(text).as_deref(),
        Some("The new sets are a year away from delivery"),
        "{text}"
    );
}

/// "the sponsor CRM subscription renewed at $12K, Amanda's happy with it": someone content
/// with it is no reason.
#[test]
fn someone_content_with_it_is_no_reason() {
    let text = "Race office: the route planner app subscription renewed at €2K, Joost's happy \
                with it";
    assert_eq!(reason(text).as_deref(), None, "{text}");
    // The work's results judged good may be why.
    let text = "Keep going with the route planner app, early sign-ups are good";
    assert_eq!(
        reason(text).as_deref(),
        Some("early sign-ups are good"),
        "{text}"
    );
}

/// "Vendor fixed the dropouts, we're good.": the contentment after the reason's comma is no
/// part of it.
#[test]
fn contentment_after_the_reason_is_cut() {
    let text = "Timing chips - carrying on. Supplier fixed the dropouts, we're good.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Supplier fixed the dropouts"),
        "{text}"
    );
}

/// "Thanks to the bed board the discharge lounge is full by 11 …": a benefit's result
/// starts after the work's name, never inside it.
#[test]
fn a_result_after_thanks_to_the_work_starts_after_its_name() {
    let text = "Thanks to the queue board the sign-up desk is empty by 10 every morning \
                now, it was queued till noon before. Saved us about €2k in volunteer hours \
                last month.";
    assert_eq!(
        reason(text).as_deref(),
        Some("the sign-up desk is empty by 10 every morning now, it was queued till noon before"),
        "{text}"
    );
}

/// "Roof's going ahead as planned, contractor starts on the 7th. Weather permitting, eh": a
/// condition told as "<thing> permitting" is no reason.
#[test]
fn a_thing_permitting_is_no_reason() {
    let text = "Clubhouse heating upgrade is going ahead as planned, the fitters start on the \
                9th. Weather permitting, eh";
    assert_eq!(reason(text).as_deref(), None, "{text}");
}
