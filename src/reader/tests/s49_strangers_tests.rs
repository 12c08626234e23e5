//! Readings of forms from round S49's writers, the Slack recaps and terse lines of a
//! Kentucky barrel cooperage, a Lightning Ridge opal miner and a Klein Karoo ostrich farm,
//! each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Tasmanian abalone farm: the grow-out tanks, the hatchery, the processing room and the
/// office, in Australian dollars, its dates day first.
fn abalone_dir() -> StaticDirectory {
    directory(
        &[
            ("Grow-out", &["Tanks"]),
            ("Processing", &["Packing Room"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Grading Tables", "Processing"),
            ("Tank Covers", "Grow-out"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_abalone(text: &str) -> Reading {
    read_day_first_in(text, "nerida", "AUD", &abalone_dir())
}

/// An Ohio pretzel bakery: the bakery floor, the shop and the office, in dollars.
fn pretzel_dir() -> StaticDirectory {
    directory(
        &[
            ("Bakery", &["Bakery Floor"]),
            ("Shop", &["Retail"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Proofing Cabinets", "Bakery"),
            ("Shop POS", "Shop"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_pretzel(text: &str) -> Reading {
    read_us(text, "ruthann", "2026-11-27", &pretzel_dir())
}

/// "feather tables approved!! 🎉 R95k, the sorters can stop working off the floor", "cutting
/// wheels approved!! 🎉 $7.5k, mei can stop polishing on wheels …": what an approval lets
/// someone stop doing is its reason, no stop of the thing.
#[test]
fn what_an_approval_lets_someone_stop_doing_is_no_stop() {
    let text =
        "grading tables approved!! 🎉 $14k, the shuckers can stop working off upturned crates";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Grading Tables"), "{text}");
    let text = "Proofing cabinets approved at $8,400, the bakers can finally stop propping the doors shut with sheet pans.";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    // A stop of the thing itself stays one.
    let text = "We can stop the payroll system rollout, the bureau has matched the price.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Dewayne priced a log scanner for the stave mill, about $118,000. He figures it saves us
/// around $40k a year …, and it's good for 15 years", "Riaan costed a feed mixer wagon …":
/// someone who priced or costed a new thing puts it forward, with its cost, yearly saving
/// and years.
#[test]
fn a_new_thing_priced_or_costed_by_someone_is_proposed() {
    let text = "Kane costed a pump skid for the grow-out tanks, about $48,000. He reckons it saves us $15k a year in power and it'll last 10 years.";
    let r = read_abalone(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("pump skid"), "{text}");
    assert_eq!(r.amount, whole(48_000, "AUD"), "{text}");
    assert_eq!(r.annual_benefit, whole(15_000, "AUD"), "{text}");
    assert_eq!(r.years, Some(10), "{text}");
    let text = "Eli priced a dough sheeter for the bakery floor, about $36,000. He figures it saves us around $12k a year in labor, and it's good for 12 years.";
    let r = read_pretzel(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("dough sheeter"), "{text}");
    assert_eq!(r.amount, whole(36_000, "USD"), "{text}");
    assert_eq!(r.annual_benefit, whole(12_000, "USD"), "{text}");
}

/// "She's rapt with $9,800 for eight of them", "shane's sweet with the new jackhammers …":
/// a decider rapt or sweet with a priced thing lets it go ahead, as "fine with" does.
#[test]
fn rapt_and_sweet_with_a_priced_thing_approve() {
    let text = "Kane came back to me on the tank covers. He's rapt with $6,200 for the lot, the gulls took half a tank of juveniles in October.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_200, "AUD"), "{text}");
    let text = "kane's sweet with the grading tables 👍 4.8k";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("kane"), "{text}");
    assert_eq!(r.amount, whole(4_800, "AUD"), "{text}");
    // Not an assent to anything: a sweet thing said of someone.
    let text = "kane's sweet with the juveniles, he hand-feeds the runts 🥹";
    let r = read_abalone(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "the jointer install slid to january, the rigger's backed up till after christmas": a
/// tradesman, a road or a drain "backed up" is busy or blocked, no work backed.
#[test]
fn backed_up_is_busy_not_backed() {
    for text in [
        "the grading tables install slid to january, the sparky's backed up",
        "Tank covers are late again, the fabricator is backed up till February.",
    ] {
        let r = read_abalone(text);
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

/// "hal aint going for the paint booth for barrel heads. 26k for maybe a dozen painted
/// heads a month": "ain't" / "aint" going for (or having) a priced thing turns it down, as
/// "not going for" does; a thing that "ain't going for" a price is no decider.
#[test]
fn aint_going_for_a_priced_thing_refuses_it() {
    let text = "eli aint going for the shop POS. 26k for a till that rings up pretzels";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("eli"), "{text}");
    assert_eq!(r.amount, whole(26_000, "USD"), "{text}");
    let text = "He ain't having the proofing cabinets, $14k for something the old racks do fine";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "Shade nets for the feedlot: half the pens this summer, R220 000 instead of R450 000":
/// half of the work for a smaller price set against the full one is a rescope, as "only"
/// or "just the …" is; a bill cut "in half" is a result.
#[test]
fn half_the_work_for_less_instead_of_more_is_a_rescope() {
    let text = "Tank covers: half the tanks this summer, $22,000 instead of $45,000. The other tanks are under the shed roof anyway.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(22_000, "AUD"), "{text}");
    let text = "The tank covers cut our feed losses in half, $2,000 a month instead of $4,000.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Kayla got back to me on the tour bus lease, we're keeping it through spring": a thing
/// kept through a season or until a month named goes on.
#[test]
fn kept_through_a_season_goes_on() {
    let text = "Kane got back to me on the tank covers, we're keeping them through winter. The gulls are back already.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Kane"), "{text}");
    let text = "Eli came back to me on the shop POS lease, we're keeping it till March.";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "Travis wants the ERP held till after the first of the year, he ain't switching systems
/// in the middle of year-end inventory": "the first of the year" is the coming New Year's
/// Day, the review date, and the year-end said in the reason dates nothing.
#[test]
fn the_first_of_the_year_is_new_years_day() {
    let text = "Eli wants the shop POS held till after the first of the year, he's not switching tills in the middle of the Christmas rush";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-01-01".parse().ok(), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("he's not switching tills in the middle of the Christmas rush"),
        "{text}"
    );
}

/// "The farm Wi-Fi she wants left till March, the bank's not lending for anything that
/// doesn't earn", "The gift shop POS he wants left alone till March, …": work someone wants
/// left (alone) till a time is put off, whether the thing comes before the one who wants
/// it or after.
#[test]
fn work_someone_wants_left_till_a_time_is_put_off() {
    for text in [
        "The shop POS she wants left till March, the Christmas rush is no time for new tills.",
        "Eli wants the shop POS left alone till March, the Christmas rush is no time for new tills.",
    ] {
        let r = read_pretzel(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("the Christmas rush is no time for new tills"),
            "{text}"
        );
    }
    let text = "Eli approved the proofing cabinets at $8,000, the old ones leak. The shop POS he wants left till March, the Christmas rush is no time for new tills.";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.rationale.as_deref(), Some("the old ones leak"), "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    // Someone who left, no work left.
    let text = "Kane left till March to see his family, the tanks are with Nerida.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "hal's good w the exhaust fan for the char line 👍 4,800", "shane's sweet with the new
/// jackhammers 👍 3,900": a terse line closing on a number grouped in thousands after a
/// thumbs-up prices the thing; a count before a cheer does not.
#[test]
fn a_grouped_number_closing_a_terse_line_after_a_thumbs_up_is_its_price() {
    let text = "eli's good w the proofing cabinets 👍 4,800";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(4_800, "USD"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("eli"), "{text}");
    let text = "kane's sweet with the tank covers 👍 3,900";
    let r = read_abalone(text);
    assert_eq!(r.amount, whole(3_900, "AUD"), "{text}");
    let text = "we sold 14,000 pretzels at the fair 👍";
    let r = read_pretzel(text);
    assert_eq!(r.amount, None, "{text}");
}

/// "oom says nee to the zipline over the camps, R420k and the insurance alone would kill
/// us": "nee" (Afrikaans, Dutch and Geordie "no") said to a thing refuses it, as "no to"
/// does.
#[test]
fn nee_to_a_thing_refuses_it() {
    let text =
        "Eli says nee to the pretzel kiosk at the airport, $35k and the rent alone would kill us";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("pretzel kiosk"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("$35k and the rent alone would kill us"),
        "{text}"
    );
}

/// "scrappin the online barrel store, 9k sunk n we sold 14 barrels all year": the money
/// sunk joined by "n" (or "&") to what came of it is the stop's reason, as with "and".
#[test]
fn money_sunk_n_what_came_of_it_is_the_reason() {
    let text = "scrappin the shop POS, 9k sunk n we sold 14 pretzels thru it all year";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("9k sunk n we sold 14 pretzels thru it all year"),
        "{text}"
    );
}

/// "char booth fire suppression is done n signed off by the fire marshal 👍": finished work
/// signed off by whoever checks it is news of the work, no approval.
#[test]
fn finished_work_signed_off_by_its_checker_is_news() {
    for text in [
        "proofing cabinets are done n signed off by the health inspector 👍 eli says they hold temp perfect",
        "The proofing cabinets are in and signed off by the health inspector.",
    ] {
        let r = read_pretzel(text);
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
    let text = "Proofing cabinets signed off by Eli at $8,400.";
    let r = read_pretzel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Notes from Wednesday with Oom Gerrit and Tannie Elna. First the bad news: the tour
/// trailer is a no, …": notes from a day announce the items after them, each dated that
/// day, as a meeting's are.
#[test]
fn notes_from_a_day_date_the_items_they_announce() {
    let text = "Notes from Wednesday with Kane and Nerida. First the bad news: the grading tables are a no, $14k for tables we'd use twice a week. The tank covers got the nod at $6,200, the gulls took half a tank in October.";
    let r = read_abalone(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.date, "2026-11-25".parse().ok(), "{text}: {r:?}");
}
