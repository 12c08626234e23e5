//! Round R43: the rationale's misses on the training corpus sorted by cause (eighth pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of community climbing walls across the Peak District.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// Climbing walls in Buxton, Matlock and Hathersage: the walls, the café, the office.
fn climbing_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Setting"]),
            ("Cafe", &["Kitchen"]),
            ("Office", &["IT"]),
        ],
        &[
            ("Auto Belays", "Walls"),
            ("Booking App", "Office"),
            ("Member Kiosk", "Office"),
            ("Coffee Machine", "Cafe"),
            ("Awards Night Table", "Office"),
        ],
    )
}

fn read_climbing(text: &str) -> Reading {
    read_day_first_in(text, "martha", "GBP", &climbing_dir())
}

/// "scrapping the sponsor crm, 21k spent and sales still lives in the spreadsheet",
/// "pulling the plug on the mascot cam, 9k in and the feed drops every inning", "lorna
/// nixed the drone light show, 60k for twelve minutes of sky", "He has said no to the Dubai
/// trade show stall — ₹18 lakh for three days, and last year we got one enquiry from it":
/// after a stop or a refusal, the clause after the verdict's comma or dash that opens on
/// the money (sunk and what came of it, or the price and what it buys) is the case against
/// it, read whole; so is the price and, after "and", a clause of its own ("US$24,000 and
/// di CIB nah approve drone spraying on the slopes yet").
#[test]
fn a_refusals_case_opened_by_its_money_is_the_reason() {
    for (text, why) in [
        (
            "scrapping the member kiosk, 14k spent and everyone still books at the desk",
            "14k spent and everyone still books at the desk",
        ),
        (
            "pulling the plug on the booking app, 6k in and the calendar double-books every weekend",
            "6k in and the calendar double-books every weekend",
        ),
        (
            "we have wound up the e-commerce shop, £8k gone on adverts and zero repeat bookings",
            "£8k gone on adverts and zero repeat bookings",
        ),
        (
            "martha nixed the new coffee machine, £9k for a few flat whites on Saturdays",
            "£9k for a few flat whites on Saturdays",
        ),
        (
            "Martha turn down the auto belays fi Buxton, £24k and di insurers nah cover them yet",
            "£24k and di insurers nah cover them yet",
        ),
        (
            "not doing the awards night table, £3k for a dinner and a trophy",
            "£3k for a dinner and a trophy",
        ),
        (
            "Update from the trustees. They have said no to the auto belays at Matlock — £40k for three walls, and last winter we had one school booking there. Jo is gutted.",
            "£40k for three walls, and last winter we had one school booking there",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Timekeeping kiosks paid for themselves already. buddy punchin's about gone and we're
/// payin roughly $48k less OT since 8/1", "cctv at the yard has already paid its way, no
/// diesel nicked since it went up and we were losing about £600 a month": after praise (a
/// sentence, or a clause before a comma), the result told up to "and" and a clause of its
/// own holding the money is the evidence; the money's clause is the amount told.
#[test]
fn a_result_after_praise_stops_at_the_moneys_own_clause() {
    for (text, why) in [
        (
            "The auto belays have already paid their way. We've stopped turning away school groups and we're taking about £3k a month more at weekends.",
            "We've stopped turning away school groups",
        ),
        (
            "booking app paying its way already, no-shows at Matlock have stopped dead and we've clawed back about £1,500 a month in empty slots",
            "no-shows at Matlock have stopped dead",
        ),
        (
            "the member kiosk has already paid its way, no queue at the desk since it went in and we were paying about £800 a month for a weekend receptionist",
            "no queue at the desk since it went in",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "warranty claims on flat house batteries have dropped right off, which was costing us
/// around $2,000 a month", "we've stopped buying salt mix altogether, which was running us
/// about $3,500 a month": what the result used to cost, said after ", which", is the money
/// told, not the evidence.
#[test]
fn what_the_result_used_to_cost_after_which_is_no_evidence() {
    for (text, why) in [
        (
            "The auto belays are paying for themselves: belayer no-shows at Buxton have dropped right off, which was costing us around £1,200 a month.",
            "belayer no-shows at Buxton have dropped right off",
        ),
        (
            "Sorry, long one. Martha approved the coffee machine for the café, £6k, after the old one flooded the counter twice. And the booking app is more than paying for itself: we've stopped printing the paper timetables altogether, which was running us about £300 a month.",
            "we've stopped printing the paper timetables altogether",
        ),
    ] {
        let r = read_climbing(text);
        let last = r.also.last().unwrap_or(&r);
        assert_eq!(last.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Mi check it out — the German packing line need 380 volts and we only have 220 up here,
/// plus we'd need a whole new transformer from JPS. So no to the packing line.", "Cheapest is
/// £19k an' it'd do nothin' the old one cor do …. So no, bab, we ay doin' it.": a refusal's
/// sentence opening "So no" says the sentence before it is why.
#[test]
fn a_so_no_sentence_takes_the_sentence_before_as_its_reason() {
    for (text, why) in [
        (
            "Martha checked it out — the new auto belays need a 32-amp supply and we only have 16 amps in the Matlock barn, plus we'd need a new fuse board. So no to the auto belays.",
            "the new auto belays need a 32-amp supply and we only have 16 amps in the Matlock barn, plus we'd need a new fuse board",
        ),
        (
            "Our Jo's been pricing a new coffee machine. Cheapest is £9k and it'd do nothing the old one can't bar froth oat milk. So no, love, we're not doing it.",
            "Cheapest is £9k and it'd do nothing the old one can't bar froth oat milk",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "ok'd the p&c ask for 3 more Deputy kiosks, 4,500", "gps for the trailer too — ok, 450
/// for the unit": a bare figure after an approval, alone or with what it is for, is the
/// price told without its currency, never the reason.
#[test]
fn a_bare_figure_after_an_approval_is_no_reason() {
    for text in [
        "ok'd the setting team's ask for 2 more auto belays, 4,500",
        "kiosk for the café too — ok, 650 for the unit. jo install it mon",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "bev said yes to the pitch tracker for the bullpen, 38k, has to be in before pitchers &
/// catchers 🙌", "Install has to be done by 6/1": by when the work must be in is its plan,
/// not why it was approved.
#[test]
fn by_when_the_approved_work_must_be_in_is_no_reason() {
    for text in [
        "Jo said yes to the auto belays for the kids' wall, 24k, has to be in before half-term & the parties 🙌",
        "Coffee machine approved at £6k for Matlock, install has to be done by 14/12",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "In-house residue lab has paid for itself: we are not sending samples to Chennai anymore,
/// and results come in 2 days instead of 9, about ₹2.5 lakh a month saved …", "Payroll
/// outsourcing, one year in: payroll errors down from 310 to 42, and no more late CPF
/// submissions. Cost is S$180k less …": a second result joined by ", and", with no money, is
/// part of the evidence (convention 29).
#[test]
fn a_second_result_joined_by_and_stays_in_the_evidence() {
    for (text, why) in [
        (
            "The booking app has paid for itself: we are not printing paper timetables anymore, and bookings come in 3 days earlier on average, about £400 a month saved on print and admin.",
            "we are not printing paper timetables anymore, and bookings come in 3 days earlier on average",
        ),
        (
            "Auto belays, six months in: belay staff hours down from 60 to 25 a week, and no more cancelled school sessions. Cost is £14k less than the agency staff.",
            "belay staff hours down from 60 to 25 a week, and no more cancelled school sessions",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "…, and we've dropped the bookkeeper, $2,400 a year", "…, and Cumbria Fire didn't need
/// to send their boat team, which they bill the county about £3,500 a shout for": a payment
/// let go, and a result whose clause after it says what it would have cost, stay out.
#[test]
fn a_payment_let_go_after_and_stays_out_of_the_evidence() {
    for (text, why) in [
        (
            "New booking app saves the office about 6 hours a week on the phones, and we've dropped the answering service, £2,400 a year.",
            "saves the office about 6 hours a week on the phones",
        ),
        (
            "Auto belays paid their way already this autumn. With the new belays we could run 6 lanes at Matlock in the half-term rush, not 2, and the agency didn't need to send their belay staff, which they bill us about £350 a day for.",
            "With the new belays we could run 6 lanes at Matlock in the half-term rush, not 2",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "ERP migration we are keeping in abeyance till the GST audit is over — auditors have asked
/// for Tally data as it is, and moving now will only create confusion.": a hold's "till …"
/// followed by a dash and a clause of its own says why after the dash, as 21 labels of the
/// shape do ("parked till Q2 — no sense building reports on a system we're leaving").
#[test]
fn a_holds_why_after_its_till_and_a_dash() {
    let text = "Booking app upgrade we are keeping on hold till the VAT inspection is over — inspectors have asked for the bookings as they are, and moving now will only confuse things. We will take it up again on 15 February.";
    let r = read_climbing(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("inspectors have asked for the bookings as they are, and moving now will only confuse things"),
        "{r:?}"
    );
}

/// "I've agreed to keep the managed backup service going at £11k a year. It's the only reason
/// we'd survive a ransomware hit given we said no to the SOC.", "Ar, we am. It's the only
/// thing stoppin' us buyin' new sand by the lorry.": after a verdict, a sentence saying the
/// work is "the only thing / reason / way" is why, whole.
#[test]
fn the_only_thing_it_does_is_the_reason() {
    for (text, why) in [
        (
            "I've agreed to keep the member kiosk going at £3k a year. It's the only way we'd cope with the Saturday queue given we said no to a second desk.",
            "It's the only way we'd cope with the Saturday queue given we said no to a second desk",
        ),
        (
            "Martha says we're keepin' the auto belays on the full rota. It's the only thing stoppin' us hirin' more belay staff by the hour.",
            "It's the only thing stoppin' us hirin' more belay staff by the hour",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Game drive vehicles - we shall continue with the replacement, pole pole. The old Land
/// Cruisers are eating KSh 150,000 a month …", "Alamak, forklift battery catch fire again at
/// Tuas. Approved $420k for 12 new forklifts, die die must replace before CNY.": a word said
/// twice ("pole pole", slowly; "die die", at all costs) is tone or urgency, not why; the
/// reason is read around it.
#[test]
fn a_word_said_twice_is_no_reason() {
    for (text, why) in [
        (
            "Auto belays - we shall continue with the replacement, pole pole. The old belays are eating £1,500 a month in repairs and members are noticing.",
            "The old belays are eating £1,500 a month in repairs and members are noticing",
        ),
        (
            "Belay device snap again at Matlock. Approved £42k for 12 new auto belays, die die must replace before Easter.",
            "Belay device snap again at Matlock",
        ),
    ] {
        let r = read_climbing(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Automated storage carousel at the central store – wah, picking errors down from 1.2% to
/// 0.1% and the team picks 35% more lines per shift.": the interjection before the comma is
/// tone, not part of the result.
#[test]
fn an_interjection_opening_the_result_is_left_out() {
    let r = read_climbing(
        "Auto belays at Buxton – wah, no-shows down from 12% to 2% and the staff run 30% more sessions per shift. Saving ~£2k a month in agency hours.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("no-shows down from 12% to 2% and the staff run 30% more sessions per shift"),
        "{r:?}"
    );
}

/// A benefit's evidence before ", and" that ends the message (cut short) reads without
/// running on past the end.
#[test]
fn a_result_before_a_closing_and_reads_without_panicking() {
    for text in [
        "The booking app has paid for itself: we are not printing paper timetables anymore, and",
        "Booking app saved us about £300 a month: we are not printing paper timetables anymore, and",
        "Booking app saves the office about 6 hours a week on the phones, and",
    ] {
        read_climbing(text);
    }
}
