//! Readings of forms from round S11's writers the reader had not met (a US county 911
//! centre's Discord and director's notes, a Scottish fish-auction co-operative's finance
//! manager and harbour master, a Canadian junior hockey club), worded here for a Welsh
//! heritage mountain railway: "by Hogmanay", "said non merci to", "calling a halt to",
//! "rescoping", "scoping it down to", an opening "Since …" whose event is "finished" or
//! "went on", "one's been failing … since March", "scrapping the … idea", "X is staying.",
//! "till after the busy season, <reason>".

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Welsh heritage mountain railway: steam locos, carriages, a workshop, shops, bookings.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Operations", &["Ops"]),
            ("Engineering", &["Loco Works"]),
            ("Retail", &["Shops"]),
            ("Finance", &[]),
            ("IT", &[]),
            ("Bookings", &["Reservations"]),
        ],
        &[
            ("Ticket Barrier Upgrade", "Operations"),
            ("Carriage Heating Refit", "Engineering"),
            ("Workshop Crane", "Engineering"),
            ("Track Relay Programme", "Engineering"),
            ("Signalling Radio Upgrade", "Operations"),
            ("Station Cafe Tills", "Retail"),
            ("Online Booking Platform", "Bookings"),
            ("Staff Rostering App", "Operations"),
            ("Visitor Wi-Fi", "IT"),
            ("Guard Training Simulator", "Operations"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "gwen", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "gwen",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// Hogmanay is 31 December, as Christmas is the 25th: "by Hogmanay" is due then, "after
/// Hogmanay" is New Year's Day.
#[test]
fn hogmanay_is_the_last_day_of_the_year() {
    let text = "@rhys to send the boiler inspection report for the carriage heating refit to me by Hogmanay";
    let r = read(text);
    assert_eq!(r.due, day("2026-12-31"), "{text}: {r:?}");
    let text = "Carriage heating refit is on hold till after Hogmanay, the fitters are on the Santa specials";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, day("2027-01-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the fitters are on the Santa specials"),
        "{text}"
    );
}

/// "said non merci to", a French "no thanks" in English chat, refuses the thing.
#[test]
fn said_non_merci_refuses() {
    let r = rules_and_model(
        "The trustees said non merci to the station cafe tills. £30k for tills we'd use four months a year",
        Intent::Decision,
        Some(Verdict::Reject),
    );
    assert_eq!(r.investment.as_deref(), Some("Station Cafe Tills"));
}

/// "calling a halt to" the work stops it.
#[test]
fn calling_a_halt_stops_the_work() {
    let text = "We're calling a halt to the carriage heating refit after the first three coaches. The boilers cost twice what we budgeted.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Carriage Heating Refit"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The boilers cost twice what we budgeted"),
        "{text}"
    );
}

/// "rescoping" and "scoping it down to" cut the work to a smaller scope; a budget the
/// reason says will not be given ("won't fund the full £600k") is no refusal then.
#[test]
fn rescoping_and_scoping_down_rescope() {
    let text = "Online booking platform — rescoping. just the seat reservations this year, £14k instead of £40k, because the shop does the rest";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, Money::parse("£14k", Currency::GBP).ok(), "{text}");
    let text = "Track relay: the trust won't fund the full £600k, so we're scoping it down to the top mile at £240k";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(
        r.amount,
        Money::parse("£240k", Currency::GBP).ok(),
        "{text}"
    );
}

/// An opening "Since …" whose event is work "finished", put "on" or gone live keeps its
/// "Since" in a benefit's evidence (convention 1 of the corpus), whatever verb its result
/// has ("spends").
#[test]
fn since_the_work_finished_or_went_on_stays_in_the_evidence() {
    for (text, evidence) in [
        (
            "Since the ticket barrier upgrade finished, fare dodging at Llanberis went from 30 a week to 4. That's about £9k a year.",
            "Since the ticket barrier upgrade finished, fare dodging at Llanberis went from 30 a week to 4",
        ),
        (
            "Since the new barriers went on, we've had 30 fewer fare dodgers a week, roughly £8k a year",
            "Since the new barriers went on, we've had 30 fewer fare dodgers a week",
        ),
        (
            "Since the rostering app went live our supervisor spends 5 hrs less a week on rotas, call it £7K a year",
            "Since the rostering app went live our supervisor spends 5 hrs less a week on rotas",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}");
    }
}

/// "Old one's been failing its inspection since March": "since" a month after a perfect
/// said with "'s been" says from when, so the clause is the reason whole.
#[test]
fn since_a_month_after_s_been_is_part_of_the_reason() {
    let text = "Workshop crane approved, £48k. Old one's been failing its inspection since March and the fitters are lifting by hand";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Old one's been failing its inspection since March and the fitters are lifting by hand"
        ),
        "{text}"
    );
}

/// "scrapping the … idea": an idea was never under way, so dropping it refuses it.
#[test]
fn scrapping_an_idea_refuses_it() {
    let text = "Ops: we're scrapping the heritage audio guide idea, the volunteers hated the demo";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(
        r.investment.as_deref(),
        Some("heritage audio guide"),
        "{text}"
    );
    // Work under way is still stopped.
    let text = "We're scrapping the staff rostering app, the guards never used it";
    rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
}

/// "The X is staying." ending its sentence keeps the work going; a person staying is no
/// verdict.
#[test]
fn a_thing_that_is_staying_goes_on() {
    let text = "The signalling radio upgrade is staying. It's a faff for the guards but the safety case depends on it.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Signalling Radio Upgrade"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("It's a faff for the guards but the safety case depends on it"),
        "{text}"
    );
    let text = "Rhys is staying late to finish the rota, thanks Rhys";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "holding it till after the busy season, <reason>": a condition on a named time is when,
/// and the clause after its comma is why.
#[test]
fn till_after_a_season_then_a_clause_gives_the_clause_as_the_reason() {
    let text = "Online booking platform - we're holding it till after the busy season, nobody wants the booking screens changed with the trains full every day";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("nobody wants the booking screens changed with the trains full every day"),
        "{text}"
    );
}

/// Scots negatives ("didnae", "cannae") read as the English ones: the sentence after a
/// deferral that says what did not happen is its reason.
#[test]
fn scots_negatives_read_as_english_ones() {
    let text = "Carriage heating refit's been put on the back burner. The heritage grant didnae come through and we cannae borrow for it.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The heritage grant didnae come through and we cannae borrow for it"),
        "{text}"
    );
    let r = read("Carriage heating refit - we cannae approve it this year");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "the Heritage Rail Fund grant": "Fund" with a capital inside a name is no approval, so
/// the sentence that says it is still the reason.
#[test]
fn fund_inside_a_name_is_no_verdict() {
    let text = "Carriage heating refit's been put on the back burner. The Heritage Rail Fund grant didn't come through.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The Heritage Rail Fund grant didn't come through"),
        "{text}"
    );
}

/// "Finance want to hold off til after the AGM": a wish to wait holds the work, whoever
/// asks for the wait; "want to approve" is still only a wish.
#[test]
fn wanting_to_hold_off_defers() {
    let text = "Visitor wifi: Finance want to hold off til after the AGM, no point buying routers for a station we might close";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.rationale.as_deref(),
        Some("no point buying routers for a station we might close"),
        "{text}"
    );
    let text = "Finance want to approve the visitor wifi next month";
    let r = read(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "I said not till …" refuses only until a condition is met: a deferral.
#[test]
fn said_not_till_defers() {
    let text = "Retail want us to run the station cafe tills ourselves, £9k/yr. I said not till they give us a till supervisor";
    rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
}

/// "Online booking renewal — I signed it at £3,900": signed at a price approves.
#[test]
fn signed_it_at_a_price_approves() {
    let text = "Online booking renewal — I signed it at £3,900 for next season, the volunteers actually use it";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Online Booking Platform"));
}

/// "still on tho" ending its clause keeps the work going; "still on track" tells how it
/// goes.
#[test]
fn still_on_ending_its_clause_goes_on() {
    let text =
        "rostering app go-live pushed to 15/1, the vendor needs another data load. still on tho";
    rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    let text = "rostering app is still on track for January";
    let r = read(text);
    assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "…, and the X are a hard no for this season" after another verdict is a second record,
/// refused; "a no until there's grant money" puts the work off until then.
#[test]
fn a_hard_no_and_a_no_until_after_another_verdict() {
    let text = "Two from the trustees: the workshop crane goes ahead after Easter at £48k, and the station cafe tills are a hard no for this season";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("Station Cafe Tills"));
    let text = "From the trustees: the track relay is a no until there's grant money.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("until there's grant money"),
        "{text}"
    );
}

/// A new figure told against the old one ("£171k, not £148k", "down from £1.02m", "costs
/// went up … Now £212k"), then accepted, rescopes the work to it; an approval with one
/// figure stays an approval.
#[test]
fn a_new_figure_against_the_old_accepted_rescopes() {
    for (text, amount) in [
        (
            "That's the track relay now at £171k, not £148k. The culvert under the top mile needs lining as well. Trustees agreed it by email.",
            "£171k",
        ),
        (
            "Signalling radio: the contractor's revised number is £890k, down from £1.02m after we dropped the repeater masts. The GM signed off on the new scope today.",
            "£890k",
        ),
        (
            "Carriage heating refit costs went up, the fitters found asbestos lagging on the old boilers. Now £212k, trustees ok'd it",
            "£212k",
        ),
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
        assert_eq!(r.amount, Money::parse(amount, Currency::GBP).ok(), "{text}");
    }
    let text = "Workshop crane approved at £48k, the trustees agreed it by email";
    rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
}

/// "… will put in £30k if we find the rest, so the trustees approved our £18k share": the
/// "if" hedges the clause before ", so", not the approval after it, which is the record's
/// money; the clause before is its reason.
#[test]
fn a_hedge_before_so_leaves_the_approval_after_it() {
    let text = "Workshop crane: the heritage trust will put in £30k if we find the rest, so the trustees approved our £18k share on Friday.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, Money::parse("£18k", Currency::GBP).ok(), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the heritage trust will put in £30k if we find the rest"),
        "{text}"
    );
}

/// "tonight" after the verdict's amount is when, not why.
#[test]
fn tonight_is_no_reason() {
    let text = "Workshop crane: trustees signed off on the rest, £18k, tonight";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}

/// After a refusal, a price and what it would do ("£95k to let passengers book from their
/// sofas", "£68k for a heritage line is nuts") is the case against it.
#[test]
fn a_price_and_what_it_would_do_after_a_refusal_is_the_reason() {
    for (text, reason) in [
        (
            "The trustees said no to the online booking platform. £95k to let passengers book seats from their sofas, and the walk-up trade would dry up.",
            "£95k to let passengers book seats from their sofas, and the walk-up trade would dry up",
        ),
        (
            "The trustees said no to the visitor wifi. £68k for a heritage line is nuts, the walkers come here to get away from phones",
            "£68k for a heritage line is nuts, the walkers come here to get away from phones",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}");
    }
}

/// "BT have stopped supporting the router": a supplier ending what it does for a product is
/// the reason for replacing it, no stop of ours (nor a record of its own).
#[test]
fn a_supplier_that_stopped_supporting_is_no_stop() {
    let text = "Morning all. I've been through the numbers with the trustees and here's where we landed. The visitor wifi goes ahead at £18,400, the routers are older than some of the volunteers and BT have stopped supporting the router. The station cafe tills we've knocked back again: £12k for a payback of 9 years is not a conversation I want with the bank.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "@rhys need the crane quotes … by Fri pls", "@gwen wants the rota set up by the 15th":
/// a thing a named person needs or wants by a time is a task due then; "the Christmas
/// showcase" is an event, no date.
#[test]
fn a_handle_that_needs_a_thing_by_a_time_has_it_due() {
    let text = "@rhys need the workshop crane quotes from Street Crane and Demag by Fri pls";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.due, day("2026-11-27"), "{text}: {r:?}");
    let text = "Rostering: @gwen wants the new rota set up by the 15th so the guards can use it at the Christmas showcase";
    let r = read(text);
    assert_eq!(r.due, day("2026-12-15"), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "A and B both got cut by the GM": cut from the budget asked for, each refused; "got cut
/// to £X" still makes the work smaller.
#[test]
fn both_got_cut_refuses_each() {
    let text =
        "2027 budget ask: the station cafe tills and the visitor wifi both got cut by the GM 😕";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(
        r.investment.as_deref(),
        Some("Station Cafe Tills"),
        "{text}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Visitor Wi-Fi"),
        "{text}"
    );
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}");
    let text = "Visitor wifi got cut to £9k, just the booking hall";
    let r = read(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "done before the Santa specials", "work to be done before the spring" after an approval
/// say when the work lands, not why; "comes out of general fund now" names where money comes
/// from, no approval.
#[test]
fn when_it_is_done_and_a_fund_money_comes_from_are_no_reason_or_verdict() {
    for text in [
        "Trustees 26/11:\n- workshop crane approved, £48k, done before the Santa specials\n- rostering app: no change",
        "Trustees 26/11:\n1. Workshop crane - approved, £48k, work to be done before the spring.\n2. Any other business - none.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    let text = "ticket sales are down 8% this year, so the visitor wifi licence comes out of general fund now";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "cut over sat night": "sat" before a part of the day is Saturday, whatever its case.
#[test]
fn sat_night_is_saturday() {
    let text = "visitor wifi swap done ✅ BT cut over sat night, zero downtime";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.date, day("2026-11-21"), "{text}: {r:?}");
}

/// "goes ahead once the Santa specials are done, £56k. The old crane's been …": the
/// condition says when the work starts; the sentence after says why.
#[test]
fn a_reason_in_the_sentence_after_a_once_condition_wins() {
    let text = "Trustees: the workshop crane goes ahead once the Santa specials are done, £56k. The old crane's been jamming mid-lift and the fitters are losing patience.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old crane's been jamming mid-lift and the fitters are losing patience"),
        "{text}"
    );
}

/// "— rescoping. just the seat reservations this year, £14k instead of £40k, because
/// bookings is 2 people and …": the reason is what follows its own "because".
#[test]
fn a_reason_sentence_with_its_own_because_gives_what_follows_it() {
    let text = "Online booking platform — rescoping. just the seat reservations this year, £14k instead of £40k, because bookings is 2 people and they won't use the rest";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("bookings is 2 people and they won't use the rest"),
        "{text}"
    );
}

/// After a stop, "The estimate is now £1.6m with the culvert work, and …" (the price now)
/// and "Trainline wants 85p a ticket on top now and …" (a supplier asking more) are its
/// reason, money and all.
#[test]
fn a_price_now_or_asked_after_a_stop_is_the_reason() {
    for (text, reason) in [
        (
            "Note for the file. We are stopping the track relay at the top mile. The estimate is now £1.6m with the culvert work, and Network Rail will lend us their tamper for a fraction of that. I'd rather put what's left into the carriages.",
            "The estimate is now £1.6m with the culvert work, and Network Rail will lend us their tamper for a fraction of that",
        ),
        (
            "online booking platform: we're pulling the plug. Trainline wants £0.85 a ticket on top now and the sync with our season ticket list has broken 3 times",
            "Trainline wants £0.85 a ticket on top now and the sync with our season ticket list has broken 3 times",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}");
    }
}

/// "pausing the router swap until the new IT officer starts in Feb, don't want to pick kit
/// she has to live with": the wait says when, what the writer won't do says why.
#[test]
fn until_an_event_then_what_we_wont_do_gives_the_reason() {
    let text = "Visitor wifi: pausing the router swap until the new IT officer starts in Feb, don't want to pick kit she has to live with";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, day("2027-02-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("don't want to pick kit she has to live with"),
        "{text}"
    );
}

/// "the workshop crane gets new hooks while it's in bits, £12k extra": a thing given, its
/// price after a comma said as more money, approves it.
#[test]
fn gets_a_thing_then_its_price_extra_approves() {
    let text = "Two from the trustees: the workshop crane gets new hooks while it's in bits, £12k extra, and the track relay is a no until there's grant money.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, Money::parse("£12k", Currency::GBP).ok(), "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Visitor wifi's been a godsend. Two ticket frauds caught on the cameras already, and the
/// insurer's knocked £1,200 off the premium": the counted result opening the sentence, up to
/// ", and" the money, is the benefit's evidence.
#[test]
fn a_counted_result_before_and_the_money_is_the_evidence() {
    let text = "Visitor wifi's been a godsend. Two ticket frauds caught on the booking hall cameras already, and the insurer's knocked £1,200 off the premium";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Two ticket frauds caught on the booking hall cameras already"),
        "{text}"
    );
}

/// "the training sim" for Guard Training Simulator: a name said without its first word, its
/// last word clipped, where it is pointed at; "A and the training sim both got cut" is then
/// two records.
#[test]
fn a_tail_with_its_last_word_clipped_names_the_work() {
    let text =
        "2027 budget ask: the station cafe tills and the training sim both got cut by the GM";
    let r = read(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Guard Training Simulator"),
        "{text}"
    );
}

/// "the crane folk can do a demo the week of the 14th": an offer of something ahead gives
/// the note no date.
#[test]
fn an_offer_to_do_something_gives_no_date() {
    let text = "workshop crane folk can do a demo the week of the 14th, I've said aye";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "Pls remember track safety training is due 31/12 for everyone w/ signalling radio
/// access": a reminder put to everyone records nothing, whatever it names.
#[test]
fn a_reminder_to_everyone_is_chat() {
    let text =
        "Pls remember track safety training is due 31/12 for everyone w/ signalling radio access";
    let r = read(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    // Handed to someone, it is a note.
    let text = "Reminder: @rhys to send the signalling radio licence to everyone by 31/12";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
}
