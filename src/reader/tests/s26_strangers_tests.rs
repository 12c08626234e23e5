//! Readings of forms from round S26's writers the reader had not met (a cinema chain's
//! issue-tracker comments pasted into chat, a funeral group's pasted tables, a toy maker's
//! ops team writing in chat shorthand), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;

/// A Michigan ski resort whose ops team pastes Jira comments into Slack.
fn resort_dir() -> StaticDirectory {
    directory(
        &[
            ("Lift Operations", &["Lifts"]),
            ("Snowmaking", &["Snow"]),
            ("Guest Services", &["Rentals", "Tickets"]),
        ],
        &[
            ("Chairlift Drive Upgrade", "Lift Operations"),
            ("Snow Gun Fleet", "Snowmaking"),
            ("Rental Shop POS", "Guest Services"),
        ],
    )
}

fn read_resort(text: &str) -> Reading {
    read_us(text, "maria", "2026-12-03", &resort_dir())
}

/// An issue tracker's comment pasted into chat opens with who commented ("Jo Baker
/// commented:", "@sam commented:", "kenji commented:"): the line's words are what was said,
/// so the reason and the review date are read from them as from any line.
#[test]
fn a_trackers_commented_line_is_read_as_said() {
    let r = read_resort(
        "SNOW-41 Snow gun fleet, phase 2\nJo Baker changed the status to On Hold\nJo Baker \
         commented: parking this until March, the phase 1 guns at the north bowl still freeze \
         up below -20 and I'm not buying more of them until the vendor fixes it",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Snow Gun Fleet"));
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "the phase 1 guns at the north bowl still freeze up below -20 and I'm not buying \
             more of them until the vendor fixes it"
        )
    );
    let r = read_resort(
        "GS-12 Rental shop POS – card readers\nStatus: On Hold\n@lee commented: holding till \
         February, no point swapping readers before the new season passes go on sale in Jan",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-02-01".parse().ok());
    assert_eq!(
        r.rationale.as_deref(),
        Some("no point swapping readers before the new season passes go on sale in Jan")
    );
}

/// A Kerala spice exporter's ops team, writing rupees in lakh and their chat shorthand.
fn spice_dir() -> StaticDirectory {
    directory(
        &[
            ("Processing", &["Plant", "Grading"]),
            ("Warehouse", &["WH", "Dispatch"]),
        ],
        &[
            ("Steam Sterilizer", "Processing"),
            ("Cold Store Expansion", "Warehouse"),
        ],
    )
}

fn read_spice(text: &str) -> Reading {
    read_day_first_in(text, "anil", "INR", &spice_dir())
}

/// "p/m" is per month and "p/a" per year, as "pcm" and "p.a." are: a benefit said so is a
/// year's money (convention 38), never the month's figure alone.
#[test]
fn p_slash_m_is_per_month_and_p_slash_a_per_year() {
    let r = read_spice("steam sterilizer saving approx 1.5L p/m on rework since sept");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.amount, whole(1_800_000, "INR"));
    let r = read_spice("grading wants a colour sorter ~12L, prob saves ~30k p/m on manual picking");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.amount, whole(1_200_000, "INR"));
    assert_eq!(r.annual_benefit, whole(360_000, "INR"));
    let r = read_spice("dispatch wants a cold room ~25L, saves 4L p/a in hired storage");
    assert_eq!(r.amount, whole(2_500_000, "INR"));
    assert_eq!(r.annual_benefit, whole(400_000, "INR"));
}

/// "not happening" and "def not" / "definitely not" said of a thing refuse it, as "a no"
/// does; "not happening till March" puts it off.
#[test]
fn not_happening_and_def_not_refuse() {
    let r =
        read_spice("cold store expansion def not happening, 40L for a store we fill 3 months a yr");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Cold Store Expansion"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("40L for a store we fill 3 months a yr")
    );
    let r = read_spice("metal detector for dispatch - def not, the buyer tests every lot anyway");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the buyer tests every lot anyway")
    );
    let r = read_spice("steam sterilizer upgrade definitely not, the old one passed its audit");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    let r = read_spice("cold store expansion not happening till march, lease isnt signed");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
}

/// A ticket's or a form's "Due:" line ("Due: 2026-12-18", "Due date: Dec 18", "Deadline:
/// 1/15") says when the work is owed: the due date, the coming one, whatever else the
/// message is.
#[test]
fn a_due_line_gives_the_due_date() {
    let r = read_resort(
        "LIFT-88 Chairlift drive upgrade – gearbox\nStatus: In Progress\nAssignee: @kai\nDue: \
         2027-01-15\nkai commented: bearings are on order, crane booked for the 6th",
    );
    assert_eq!(r.investment.as_deref(), Some("Chairlift Drive Upgrade"));
    assert_eq!(r.due, "2027-01-15".parse().ok());
    let r = read_resort(
        "GS-30 Rental shop POS – year-end stock count\nAssignee: Lee Park\nDue date: Dec 18\n\
         Lee: the count file has to go to the auditors before the holiday freeze",
    );
    assert_eq!(r.due, "2026-12-18".parse().ok());
    assert_eq!(r.date, None);
    let r = read_resort(
        "SNOW-52 Snow gun fleet – approved, $64,000 for 8 guns\nOwner: @jo | Deadline: 1/15",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.due, "2027-01-15".parse().ok());
}

/// "yday's" is "yesterday's" in chat shorthand, as "yday" is "yesterday": "frm yday's ops
/// review - …" dates what the review decided.
#[test]
fn yday_s_is_yesterday_s() {
    let r = read_spice("quick one frm yday's ops review - cold store expansion approved 28L");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(2_800_000, "INR"));
    assert_eq!(r.date, "2026-11-26".parse().ok());
}

/// A tracker's status change ("To Do → Approved", "Status: Approved → In Progress",
/// "Backlog → Canceled") tells the new status; the old one before the arrow is history,
/// never the reason, and an approval it names is no decision of today's message.
#[test]
fn the_status_before_a_trackers_arrow_is_history() {
    let r = read_resort(
        "Jira digest – capex review, Mon Nov 30\n• LIFT-90 Chairlift drive upgrade: To Do → \
         Approved ($240,000)\n• SNOW-60 Snow gun fleet: In Review → Rejected",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(240_000, "USD"));
    assert_eq!(r.rationale, None);
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject));
    assert_eq!(r.also[0].rationale, None);
    let r = read_resort(
        "GS-12 · Rental shop POS\nIn Review → Approved · Lee Park · Nov 27\nEstimate: \
         $27,400\n\"guests keep asking for tap to pay\"",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, "2026-11-27".parse().ok());
    // (The quoted comment under the fields is not read as the reason yet.)
    assert_ne!(r.rationale.as_deref(), Some("In Review"));
    let r = read_resort(
        "LIFT-77 Chairlift drive upgrade\nStatus: Approved → In Progress\nAssignee: @kai\nDue: \
         2027-02-15\nkai commented: gearbox is on order",
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.verdict, None);
    assert_eq!(r.investment.as_deref(), Some("Chairlift Drive Upgrade"));
    assert_eq!(r.due, "2027-02-15".parse().ok());
    // A cost changed with an arrow is no status: both figures are still read.
    let r = read_resort(
        "GS-14 Rental shop POS\nCost: $140,000 → $82,000\nLee Park changed the status to \
         Approved (rescoped)",
    );
    assert_eq!(r.amount, whole(82_000, "USD"));
}

/// Lakh and crore said as words by speech-to-text ("six point five lakh", "twelve lakh
/// rupees", "one point two crore") are the amounts they say, as "one point two million" is.
#[test]
fn lakh_and_crore_said_aloud_are_amounts() {
    let r = read_spice("exec approved the colour sorter for grading six point five lakh");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(650_000, "INR"));
    let r = read_spice("cold store expansion approved at twelve lakh rupees");
    assert_eq!(r.amount, whole(1_200_000, "INR"));
    let r = read_spice("steam sterilizer approved one point two crore");
    assert_eq!(r.amount, whole(12_000_000, "INR"));
}

/// Things that kept happening "stopped" or "have nearly stopped" ("the freeze-up callouts
/// stopped", "the card errors have nearly stopped"): a result told, not a stop of the work.
#[test]
fn complaints_that_stopped_are_a_result_not_a_stop() {
    let r = read_resort(
        "SNOW-70 Snow gun fleet – programme review\nJo Baker commented: keep going w/ the rest \
         of the fleet, diesel spend on the new guns is way down and the freeze-up callouts \
         stopped",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Snow Gun Fleet"));
    let r = read_resort(
        "Rental shop POS – first month: 2,300 rentals through the new tills and the card \
         errors have nearly stopped",
    );
    assert_ne!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.intent, Intent::Note);
}

/// "rejects" said as a plant's noun ("saves ~30k p/m on picking time n rejects", "fewer
/// rejects"): parts thrown out, no refusal.
#[test]
fn rejects_as_a_noun_refuse_nothing() {
    let r = read_spice(
        "grading wants a colour sorter ~12L, prob saves ~30k p/m on picking time n rejects",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.verdict, None);
    assert_eq!(r.annual_benefit, whole(360_000, "INR"));
    let r =
        read_spice("steam sterilizer has paid off, fewer rejects and approx 2L saved last month");
    assert_eq!(r.verdict, None);
    assert_eq!(r.intent, Intent::Benefit);
    // The verb still refuses.
    let r = read_spice("exec rejects the cold store expansion, 40L is too much");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

/// Speech-to-text writes "we're" as "were": opening a sentence before a verb in "-ing"
/// ("were stopping the …", "were keeping the …") it is "we're", so the verdict is read.
#[test]
fn were_opening_a_sentence_is_we_re() {
    let r = read_spice(
        "were stopping the cold store expansion its been over budget since july and the lease \
         might not renew",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Cold Store Expansion"));
    let r = read_spice("ok. were keeping the steam sterilizer going another year");
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

/// "asking about a …" and chat's "asking abt a …" ask for the thing after them: the name
/// is the thing, not "about a …".
#[test]
fn asking_about_a_thing_names_the_thing() {
    let r = read_spice("grading asking abt a moisture meter for the pepper lots, ~3L");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("moisture meter"));
    assert_eq!(r.amount, whole(300_000, "INR"));
    let r =
        read_spice("Grading are asking about a moisture meter for the pepper lots, about 3 lakh");
    assert_eq!(r.investment.as_deref(), Some("moisture meter"));
}

/// Chat's "bc", "bcoz", "coz" and "cuz" are "because": "hold till Q1 bc the lease …" gives
/// the look-again date and the reason as "because" would.
#[test]
fn bc_is_because() {
    let r = read_spice(
        "cold store expansion - hold till Q1 bc the lease renewal isnt signed yet, ~22L",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-01-01".parse().ok());
    assert_eq!(
        r.rationale.as_deref(),
        Some("the lease renewal isnt signed yet")
    );
}

/// An issue tracker's "Resolution: Won't Do" on a request refuses it, as "rejected" does;
/// "closing SNOW-61 as Won't Do" too.
#[test]
fn a_wont_do_resolution_refuses() {
    let r = read_resort(
        "IT-58 Request: second ticket scanner server for DR\nTeam: Guest Services\nResolution: \
         Won't Do\nLee: $46k for a box that sits idle, the vendor's failover covers us",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Reject));
    let r = read_resort("closing SNOW-61 (snowmaking: spare pump skid) as Won't Do, the old skid passed its service");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}
