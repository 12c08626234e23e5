//! Readings of forms from round S21's writers the reader had not met (a Newfoundland fish
//! plant, a Black Country iron foundry, a West Virginia sawmill), each worded here for
//! another invented organisation.

use super::test_names::{directory, read_us, whole};
use super::*;
use crate::domain::Verdict;
use crate::reader::Intent;

/// A Wisconsin cheese dairy: the make room, the cave, the farm, the shop, the office.
fn dairy_dir() -> StaticDirectory {
    directory(
        &[
            ("Make Room", &["Cheesemakers", "Make"]),
            ("Aging Cave", &["Cave", "Aging"]),
            ("Dairy Farm", &["Farm", "Herd"]),
            ("Retail Shop", &["Shop", "Retail"]),
            ("Office", &["Front Office", "Accounting"]),
        ],
        &[
            ("Vat Automation", "Make Room"),
            ("Cave Humidity Controls", "Aging Cave"),
            ("Robotic Milkers", "Dairy Farm"),
            ("Shop Expansion", "Retail Shop"),
            ("Payroll Software", "Office"),
        ],
    )
}

fn read_dairy(text: &str) -> Reading {
    read_us(text, "marlys", "2026-12-03", &dairy_dir())
}

/// Where the tenant counts in US or Canadian dollars, "pounds" after a number is a weight
/// ("1.3 million pounds of milk"), never sterling; the benefit's money is the dollars.
#[test]
fn pounds_in_a_dollar_tenant_are_a_weight() {
    let text = "Vat automation's been a blessing. We put 1.3 million pounds through the new vats this fall with two fewer on the make shift, and Lyle figures the wages alone came to $48,000 less than last year.";
    let r = read_dairy(text);
    assert_eq!(r.amount, whole(48_000, "USD"), "{text}: {r:?}");
    let text = "The scale at the farm reads 240 pounds light on the north end, @gus get it looked at by Friday";
    let r = read_dairy(text);
    assert_eq!(r.amount, None, "{text}: {r:?}");
    // Written with its sign, or as quid, it is still money.
    let text = "Cave humidity controls approved at £40,000 for the Italian unit";
    let r = read_dairy(text);
    assert_eq!(r.amount, whole(40_000, "GBP"), "{text}: {r:?}");
}

/// `text` reads as a decision with `verdict` about the known `investment`.
fn assert_decision(text: &str, verdict: Verdict, investment: &str) -> Reading {
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref()),
        (Intent::Decision, Some(verdict), Some(investment)),
        "{text}: {r:?}"
    );
    r
}

/// A verb's "-ing" written with its g dropped and an apostrophe in its place ("knockin'",
/// "shuttin'", "pourin'") is the verb, whatever the verb: the apostrophe says so.
#[test]
fn a_dropped_g_marked_by_an_apostrophe_is_the_verb() {
    assert_decision(
        "We're knockin' the vat automation on the head, it never once ran a full make.",
        Verdict::Stop,
        "Vat Automation",
    );
}

/// Phrasal verdicts the long-paragraph writers used: "putting off <work>" defers it,
/// "thanks but no thanks on <thing>" refuses it, "<work>'s been whittled down to <money>"
/// rescopes it, and "<work> comes down to <money>" sets its new size as "goes up to" does
/// ("it comes down to cost" sets nothing).
#[test]
fn phrasal_verdicts_of_long_paragraph_writers() {
    assert_decision(
        "We're putting off the shop expansion till after the holidays, nobody has time to run it.",
        Verdict::Defer,
        "Shop Expansion",
    );
    let r = read_dairy(
        "Told the rep thanks but no thanks on the cheese vending machine, $9,000 for a box nobody would use",
    );
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Reject)),
        "{r:?}"
    );
    let r = assert_decision(
        "Shop expansion's been whittled down to $120k. We do the counter and leave the patio.",
        Verdict::Rescope,
        "Shop Expansion",
    );
    assert_eq!(r.amount, whole(120_000, "USD"));
    let r = assert_decision(
        "Cave humidity controls comes down to $45,000, we just do the north cave.",
        Verdict::Rescope,
        "Cave Humidity Controls",
    );
    assert_eq!(r.amount, whole(45_000, "USD"));
    let r = read_dairy("Robotic milkers: it comes down to who services them out here.");
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// Two items told in one paragraph, the second after "; and": each is a record.
#[test]
fn a_put_off_item_after_a_semicolon_is_a_record_of_its_own() {
    let text = "Board met Tuesday: vat automation is approved, $46,000, after the old vat cracked last month; and we're putting off the shop expansion till after the holidays.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("Shop Expansion"));
}

/// "<someone>'s getting a new <thing>, <money>": a purchase told as done, an approval of
/// the thing; a quote got is news.
#[test]
fn a_thing_got_at_a_price_is_approved() {
    let text =
        "The make room's getting a new curd mill, $18,500, the old one chews the curd to paste.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref()),
        (Intent::Decision, Some(Verdict::Approve), Some("curd mill")),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(18_500, "USD"));
    let text = "Retail's getting their walk-in cooler for the shop, $22,000. The reach-ins can't keep up on a Saturday.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{text}: {r:?}"
    );
    let text = "We're getting a quote for the cave fans, $9,000 or so from Ziehl.";
    let r = read_dairy(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// Under a heading that counts its items ("Two from me:"), a clause opening on its own
/// verdict after "; and" ("…; and no to the cave tours, …") is another decision, though
/// the directory knows neither thing; and "<work> gets <a thing>, <money>" approves it.
#[test]
fn counted_items_each_with_a_verdict_are_records() {
    let text = "Two from me: the shop's getting a new cheese case, $6,400, the old one fogs up; and no to the cave tours, $15,000 for the insurance alone is crazy.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_400, "USD"), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.also[0].amount, whole(15_000, "USD"), "{text}: {r:?}");
    let text = "Two from this morning: the payroll software gets the extra module for the milk cheques, $4,500, Deb's been typing them in by hand. And the robotic milkers wait till January, the old parlour will do us through the winter.";
    let r = read_dairy(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Verdict::Approve), Some("Payroll Software")),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// Under a heading that counts its items, a sentence opening on a thing of its own, then
/// its verdict ("And the cave fans for the north room wait till January"), is another
/// decision, though the directory has no name for the thing.
#[test]
fn a_counted_item_opening_on_its_own_thing_is_a_record() {
    let text = "Two from this morning: the payroll software gets the extra module for the milk cheques, $4,500, Deb's been typing them in by hand. And the cave fans for the north room wait till January, the old ones will do us through the winter.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// A term of address after a verdict's comma ("…, bud.", "…, hon, let's …") is the writer
/// speaking to the room, no reason: the reason is the sentence after it, or the clause it
/// opens.
#[test]
fn a_term_of_address_is_no_reason() {
    let text = "Payroll software stays, hon. Deb ran the whole November payroll in one afternoon.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Deb ran the whole November payroll in one afternoon"),
        "{text}: {r:?}"
    );
    let text =
        "Shop expansion can wait till the new year, hon, let's get the holiday rush done first.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("let's get the holiday rush done first"),
        "{text}: {r:?}"
    );
}

/// After a cut-back, the next sentence saying what we do and what we leave ("We'll do the
/// counter … and leave the patio, …") is the scope, told in a sentence of its own: the
/// reason (convention 16).
#[test]
fn what_we_do_and_leave_after_a_cut_back_is_its_reason() {
    let text = "Shop expansion's getting cut back to $90,000. We'll do the counter and the coolers this winter and leave the patio, the old one holds up fine.";
    let r = assert_decision(text, Verdict::Rescope, "Shop Expansion");
    assert_eq!(
        r.rationale.as_deref(),
        Some("We'll do the counter and the coolers this winter and leave the patio, the old one holds up fine"),
        "{text}: {r:?}"
    );
}

/// "<work> done the trick", "<work>'s been worth its weight": praise of the work said as an
/// idiom, then its results and money, is a benefit.
#[test]
fn work_that_did_the_trick_is_a_benefit() {
    let text = "Robotic milkers done the trick. The herd's milked in half the time now and we quit paying the relief milker, near $2,000 a month.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.investment.as_deref(), r.amount),
        (
            Intent::Benefit,
            Some("Robotic Milkers"),
            whole(24_000, "USD")
        ),
        "{text}: {r:?}"
    );
    let text = "I'll tell you what, that vat automation's been worth its weight. Ran the numbers with Lyle: yield's up 4 points on last year, better'n $60,000 so far.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.investment.as_deref(), r.amount),
        (
            Intent::Benefit,
            Some("Vat Automation"),
            whole(60_000, "USD")
        ),
        "{text}: {r:?}"
    );
}

/// "the make-room rejects on the cheddar are down": rejects as things counted, no
/// refusal; "the only thing stoppin' us buyin' …": a thing preventing us, no stop.
#[test]
fn rejects_counted_and_things_stopping_us_are_no_verdicts() {
    let text = "Since the vat automation went in, the make-room rejects on the cheddar are down from 5% to under 1%. Worth about $30k a year in scrap by my sums.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref()),
        (Intent::Benefit, None, Some("Vat Automation")),
        "{text}: {r:?}"
    );
    let text = "Cave humidity controls run all night now. It's the only thing stoppin' us losing a rack of wheels every week.";
    let r = read_dairy(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// A thing someone has "been on about getting", or floated, with "nobody's put a price on
/// it yet" / "don't nobody know what one costs yet": an ask with no price yet, a proposal
/// that asks for its cost (convention 17).
#[test]
fn things_asked_for_with_no_price_yet_are_proposals() {
    let text = "Lyle's been on about getting a wax dipper for the make room so we quit waxing by hand. Don't nobody know what one costs yet.";
    let r = read_dairy(text);
    assert_eq!(
        (r.intent, r.investment.as_deref()),
        (Intent::Investment, Some("wax dipper")),
        "{text}: {r:?}"
    );
    assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
    let text = "The herd crew floated a calf barn camera so nobody has to walk out at 2am. Nobody's put a price on it yet.";
    let r = read_dairy(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
}

/// After a stop, the sentence of money and time put in ("$14,000 and two years in and the
/// cheques still come out wrong") is its reason (convention 30), not the plan after it.
#[test]
fn money_and_time_put_in_after_a_stop_is_its_reason() {
    let text = "We're done throwing money at that payroll software. $14,000 and two years in and the cheques still come out wrong. Back to the ledger it is.";
    let r = assert_decision(text, Verdict::Stop, "Payroll Software");
    assert_eq!(
        r.rationale.as_deref(),
        Some("$14,000 and two years in and the cheques still come out wrong"),
        "{text}: {r:?}"
    );
}

/// A ferry, a flight or a game cancelled is news of the day, no stop of our work.
#[test]
fn a_trip_or_a_game_cancelled_is_no_stop() {
    for text in [
        "Snow's coming in sideways, the ferry's cancelled for the afternoon run. anyone stuck on the island call Gus",
        "Lyle's flight got cancelled again, he's driving back from Milwaukee",
    ] {
        let r = read_dairy(text);
        assert_eq!((r.intent, r.verdict), (Intent::None, None), "{text}: {r:?}");
    }
}

/// "We're quitting on <work>": we give it up, a stop (a machine that "quit on us" broke).
#[test]
fn work_we_are_quitting_on_is_stopped() {
    assert_decision(
        "Y'all know the shop expansion we started on in the spring? We're quitting on it. The bank won't lend on the patio and the county wants a new septic first.",
        Verdict::Stop,
        "Shop Expansion",
    );
    let r = read_dairy("The old vat pump quit on us again Tuesday, Lyle's got it apart");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Since <the work> went in, <a subject> on <a place> are down …": the opening "since"
/// clause and its result, the subject's place said with "on", are the benefit's evidence
/// whole (convention 1).
#[test]
fn a_since_result_with_its_place_keeps_its_since() {
    let text = "Since the vat automation went in, the make-room rejects on the cheddar are down from 5% to under 1%. Worth about $30k a year in scrap by my sums.";
    let r = read_dairy(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the vat automation went in, the make-room rejects on the cheddar are down from 5% to under 1%"),
        "{text}: {r:?}"
    );
}

/// A name that opens on an ordinal ("Second Cave") said as its noun and number ("cave 2",
/// "Cave 2's racks") is that investment.
#[test]
fn an_ordinal_name_said_by_its_number_is_that_investment() {
    let dir = directory(
        &[("Aging Cave", &["Cave", "Aging"]), ("Office", &["Admin"])],
        &[
            ("Second Cave", "Aging Cave"),
            ("Payroll Software", "Office"),
        ],
    );
    let text = "Cave 2 is approved at $210,000, the first one's full by March.";
    let r = read_us(text, "marlys", "2026-12-03", &dir);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Verdict::Approve), Some("Second Cave")),
        "{text}: {r:?}"
    );
}
