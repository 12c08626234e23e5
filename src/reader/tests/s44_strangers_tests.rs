//! Readings of forms from round S44's writers, the long Slack paragraphs and terse Discord
//! lines of a Vermont maple sugarhouse, a Kinver narrowboat hire firm and an Ogun State
//! cassava processor, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Wisconsin cranberry marsh: the beds, receiving, sales, the office, in dollars.
fn marsh_dir() -> StaticDirectory {
    directory(
        &[
            ("Marsh", &["Beds"]),
            ("Receiving", &["Intake"]),
            ("Sales", &["Brokers"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Bed Renovation", "Marsh"),
            ("Harvest Booms", "Marsh"),
            ("Frost Alarm System", "Marsh"),
            ("Receiving Scale", "Receiving"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_marsh(text: &str) -> Reading {
    read_us(text, "lorna", "2026-12-04", &marsh_dir())
}

/// A north Wales slate quarry with a visitor mine: the mill, the tours, the shop, in pounds.
fn slate_dir() -> StaticDirectory {
    directory(
        &[
            ("Quarry", &["Pit"]),
            ("Mill", &["Splitting"]),
            ("Visitor Mine", &["Tours"]),
            ("Shop", &["Gift Shop"]),
        ],
        &[
            ("Rock Saw Replacement", "Mill"),
            ("Dust Extraction", "Mill"),
            ("Tour Tram", "Visitor Mine"),
            ("Shop Till System", "Shop"),
        ],
    )
}

fn read_slate(text: &str) -> Reading {
    read_day_first_in(text, "gethin", "GBP", &slate_dir())
}

/// A Kano tomato paste factory: processing, the farmers, power, finance, in naira.
fn paste_dir() -> StaticDirectory {
    directory(
        &[
            ("Processing", &["Factory"]),
            ("Farmers", &["Outgrowers"]),
            ("Power", &["Energy"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Evaporator Line", "Processing"),
            ("Cold Room", "Processing"),
            ("Solar Plant", "Power"),
            ("Farmer Loans App", "Farmers"),
        ],
    )
}

fn read_paste(text: &str) -> Reading {
    read_day_first_in(text, "aminu", "NGN", &paste_dir())
}

/// "should last twelve years", "they run twenty years": a proposal's horizon said in words
/// past ten is its years, as "six years" is.
#[test]
fn a_horizon_in_words_past_ten_is_the_years() {
    let text = "Intake want a second receiving hopper, about $48k. It would save roughly $9,000 \
                a year in overtime and should last fifteen years.";
    let r = read_marsh(text);
    assert_eq!(r.years, Some(15), "{text}: {r:?}");
    let text = "Thinking about a heat pump for the gift shop, around £9k. Would take £1,500 a \
                year off the oil and they run twenty years.";
    let r = read_slate(text);
    assert_eq!(r.years, Some(20), "{text}: {r:?}");
}

/// "Trevor wants the new build boats held until the electric conversions have had a season,
/// he's not ordering hulls …": a hold wanted until an event told at some length, then its
/// reason, is passed on, as one held till a month is.
#[test]
fn a_hold_wanted_until_a_long_event_then_its_reason_is_passed_on() {
    let text = "Walt wants the bed renovation held until the new pumps have been through a \
                whole harvest, he's not rebuilding beds we might flood out.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Walt"), "{text}: {r:?}");
    let text = "Walt wants the bed renovation held until the new pumps have been through a \
                whole harvest.";
    let r = read_marsh(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Sandeep's had a look at the shore power bollards and he's fine with them, £18k, since
/// …": the thing named before and its price opening the clause after, the approval is
/// passed on by a pronoun, as "fine with the <thing>" is; "it's fine with them" is no one's.
#[test]
fn fine_with_a_pronoun_then_its_price_approves() {
    let text = "Dot had a look at the harvest booms and she's fine with them, $22k, since the \
                old ones split twice in October.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(22_000, "USD"), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Dot"), "{text}: {r:?}");
    let text = "Rhodri went through the dust extraction quote and he's fine with it, £14k.";
    let r = read_slate(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "The brokers looked at the receiving scale readings and it's fine with them, \
                $22k of berries a day.";
    let r = read_marsh(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Mr Okafor came back to me on the starch line expansion. He said no — …", "Sandeep's
/// been through the half-year figures and rang me last night. He's okayed …": an opening
/// sentence that tells who came back to the writer, or who rang after going through
/// something, names who the verdicts after it are from.
#[test]
fn who_came_back_or_rang_opening_the_message_decided() {
    let text = "Walt came back to me on the payroll system. He said no — $12k for twenty pay \
                slips a week doesn't add up.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Walt"), "{text}: {r:?}");
    let text = "Rhodri's been through the quarterly figures and rang me last night. He's okayed \
                the dust extraction, £14k, because the mill fails its air test otherwise.";
    let r = read_slate(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Rhodri"), "{text}: {r:?}");
    // Coming back from somewhere is no news passed on.
    let text = "Walt came back to the marsh at six. Payroll system approved, $12k.";
    let r = read_marsh(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "get a new one, keep it under £4k", "find us a used one, don't go over $15k": a ceiling
/// told as an instruction, closing its sentence, gives the go-ahead up to it, as "up to
/// $12k is fine" does; a limit told as a fact gives none.
#[test]
fn a_ceiling_told_as_an_instruction_approves() {
    let text = "[7:02 AM] Dale: the marsh pump quit again\n[7:10 AM] Lorna: buy a new one, \
                keep it under $6k\n[7:11 AM] Dale: 👍";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "USD"), "{text}: {r:?}");
    let text = "the tram brake's gone again. find us a used one, don't go over £3,500";
    let r = read_slate(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_500, "GBP"), "{text}: {r:?}");
    let text = "The new scale's readings keep it under $6k of berries an hour.";
    let r = read_marsh(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "We will not be buying the second gas generator. ₦95m for …", "Gil came back to me on
/// the steam hood. He's not doing it this year — $12k when …": a thing we will not buy,
/// or the one named not doing it, is refused.
#[test]
fn not_buying_it_or_not_doing_it_refuses() {
    let text = "We will not be buying the second evaporator line. ₦400m for a line we would \
                only run in the glut months does not make sense.";
    let r = read_paste(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "we won't be buying a second tour tram, £90k for the six weeks of summer \
                queues";
    let r = read_slate(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "Walt came back to me on the harvest booms. He's not doing it this year — $22k \
                when the old booms have one more season in them.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Walt"), "{text}: {r:?}");
}

/// "The refitted boats are paying their way. Average rating's gone from …", "The dry dock
/// work's done what it should — we did 14 blackings …": the work praised as earning its
/// money, or doing what it should, then its result with money, is a benefit.
#[test]
fn work_paying_its_way_or_doing_what_it_should_is_a_benefit() {
    let text = "The new harvest booms are paying their way. We lost 30 fewer barrels off the \
                beds this fall, about $40,000 more in the bank.";
    let r = read_marsh(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Harvest Booms"),
        "{text}: {r:?}"
    );
    let text = "The dust extraction's done what it should — the mill passed its air test for \
                the first time in three years, roughly £6,000 in fines we didn't pay.";
    let r = read_slate(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Dust Extraction"),
        "{text}: {r:?}"
    );
}

/// "The solar farm has been reduced to 500kW instead of 1.2MW, ₦310m as against ₦720m":
/// the figure "as against" sets the new money against is the one replaced, as "instead
/// of" is.
#[test]
fn money_as_against_the_old_figure_is_the_rescope() {
    let text = "The solar plant has been reduced to 400kW, ₦260m as against ₦610m. The grant \
                only covers phase one.";
    let r = read_paste(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(260_000_000, "NGN"), "{text}: {r:?}");
}

/// "£32k to save the lads an afternoon a week with a hose pipe": money spent to save some
/// effort is the price refused, not a yearly saving; "$40k to save $10k a year" still
/// saves money.
#[test]
fn money_to_save_an_effort_is_the_price() {
    let text = "We're not doing the second receiving scale. $32k to save the crew an hour a \
                week at intake.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(32_000, "USD"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
}

/// "Marketing have pulled the Facebook ads. £2,800 since July and the bookings all came off
/// the website anyway.": a thing pulled, closing its sentence, with the money sunk in it
/// told straight after, is stopped; "we've pulled the numbers" is no stop.
#[test]
fn a_thing_pulled_with_its_money_sunk_after_is_stopped() {
    let text = "Sales have pulled the radio spots. $2,400 since August and the brokers never \
                mentioned hearing one.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(2_400, "USD"), "{text}: {r:?}");
    let text = "Accounts have pulled the figures. $2,400 of overtime since August.";
    let r = read_marsh(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Marketing's done with the paid Instagram ads, $3k gone since summer and not one …": a
/// unit or a person done with a thing, with the money sunk in it, has let it go, as "we're
/// done with the …" has; "the audit's done with the new team" is work finished.
#[test]
fn someone_done_with_a_thing_with_its_money_sunk_stops_it() {
    let text = "Sales's done with the broker portal, $6k gone since spring and not one broker \
                logs in.";
    let r = read_marsh(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "USD"), "{text}: {r:?}");
    let text = "The audit's done with the new team, they start on the payroll system Monday.";
    let r = read_marsh(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Had the trust's engineer round on Monday about the dry dock — they'll let us drain it
/// in January if …": someone had round on a day about a thing is a visit, to note.
#[test]
fn someone_had_round_on_a_day_is_a_visit_noted() {
    let text = "Had the council's inspector round on Monday about the pit — they'll let us \
                blast in January if we give them two weeks' notice.";
    let r = read_slate(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.date, Some("2026-11-23".parse().unwrap()), "{text}: {r:?}");
}
