//! Readings of forms from round S18's writers the reader had not met (a New York orchard and
//! cidery, a Snowdonia outdoor-education charity, a Kenyan safari-lodge group), worded here
//! for a Northumberland forest bike park: a name's word said in an "-es" plural ("the new
//! coaches"), "sunset" as a noun, "can wait till <an event> in <a month>", "<name> stays,
//! whatever …", "want to wait on X till …", "leave X until after …", "put back to …" after
//! an approval, a new name said with its "quote", a weekday misspelt ("by wednesdy").

use super::test_names::{self, assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Northumberland forest bike park: trails, the hire shop, the café, transport, estates.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Trails", &["Trail Crew", "Trail Team"]),
            ("Hire Shop", &["Hire", "Workshop Team"]),
            ("Café", &["Cafe", "Kitchen"]),
            ("Transport", &["Uplift", "Drivers"]),
            ("Estates", &["Buildings", "Grounds"]),
            ("Finance", &["Accounts"]),
            ("Safety", &["First Aid", "Marshals"]),
        ],
        &[
            ("Coach Fleet Renewal", "Transport"),
            ("Trail Counter Network", "Trails"),
            ("Jump Line Rebuild", "Trails"),
            ("Hire Booking System", "Hire Shop"),
            ("Café Card Readers", "Café"),
            ("Workshop Heating", "Estates"),
            ("Incident Log System", "Safety"),
            ("Members App", "Finance"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    assert_reads(text, "morag", &dir(), settings, intent, verdict)
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "the three new coaches" for the Coach Fleet Renewal: a name's word in its "-es" plural.
#[test]
fn a_names_word_in_its_es_plural_names_it() {
    let text = "Met with Transport this morning. They're pleased with the three new coaches but the wheelchair lift keeps sticking. @ken to chase the dealer by Friday";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Coach Fleet Renewal"),
        "{text}: {r:?}"
    );
}

/// "gorgeous sunset over the reservoir": "sunset" after a word that describes it is the
/// evening's, no stop.
#[test]
fn a_sunset_described_is_no_stop() {
    let text = "gorgeous sunset over the reservoir tonight if anyone's still up at the car park 🌅";
    rules_and_model(text, Intent::None, None);
}

/// "can wait till the audit's finished in March": an event dated by a month after "till"
/// puts the work off to that month.
#[test]
fn can_wait_till_an_event_in_a_month_defers() {
    let text = "Members app can wait till the year-end audit's finished in March, Priya doesn't want the accounts changing under the auditors";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Members App"), "{text}");
    assert_eq!(r.review_date, day("2027-03-01"), "{text}");
}

/// "Incident log system stays, whatever …": a named investment that "stays" goes on.
#[test]
fn a_name_that_stays_goes_on() {
    let text = "Incident log system stays, whatever the new supplier says about theirs. It does what the insurers ask for and the marshals know it well";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Incident Log System"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("It does what the insurers ask for and the marshals know it well"),
        "{text}"
    );
}

/// "want to wait on the workshop heating till April": those who decide waiting on a named
/// thing till a time put it off.
#[test]
fn waiting_on_a_named_thing_till_a_time_defers() {
    let text = "The trustees want to wait on the workshop heating till April, the energy price cap review might change the sums completely.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Workshop Heating"), "{text}");
    assert_eq!(r.review_date, day("2027-04-01"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the energy price cap review might change the sums completely"),
        "{text}"
    );
}

/// "we'll leave the rebuild until after Easter": left until after a time is put off.
#[test]
fn left_until_after_a_time_defers() {
    let text = "Jump line - we'll leave the rebuild until after Easter, there are race weekends booked right through till then";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Jump Line Rebuild"), "{text}");
}

/// "…, and the café card readers are put back to May, …": a second item put back to a time
/// is a deferral of its own.
#[test]
fn put_back_to_a_time_after_an_approval_is_a_second_record() {
    let text = "From the board tonight: the trail counter network is approved at £12k, and the café card readers are put back to April, the card provider won't quote till then";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref()),
        (
            Intent::Decision,
            Some(Verdict::Approve),
            Some("Trail Counter Network")
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let d = &r.also[0];
    assert_eq!(
        (d.verdict, d.investment.as_deref(), d.review_date),
        (
            Some(Verdict::Defer),
            Some("Café Card Readers"),
            day("2027-04-01")
        ),
        "{text}: {d:?}"
    );
}

/// "The floodlights quote came in at £48k, …. We're not doing it.": the thing quoted is
/// the new name, without its "quote".
#[test]
fn a_new_name_said_with_its_quote_is_the_thing_quoted() {
    let text = "The floodlights quote came in at £48k, and the council won't let us run them past 8pm anyway. We're not doing it.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(
        r.investment.as_deref(),
        Some("floodlights"),
        "{text}: {r:?}"
    );
}

/// "by wednesdy": a weekday misspelt by a letter is that weekday.
#[test]
fn a_weekday_misspelt_by_a_letter_is_that_day() {
    let text = "the trail counters went in fine 👍 @jo pls send the first week's numbers to the board by wednesdy";
    let r = read(text);
    assert_eq!(r.due, day("2026-12-02"), "{text}: {r:?}");
}

/// "can wait till the audit's done in Jan, Priya doesn't want …": after a condition dated
/// by its own month, the clause after its comma is the reason.
#[test]
fn a_dated_condition_gives_way_to_the_reason_after_it() {
    let text = "Members app can wait till the audit's done in Jan, Priya doesn't want the accounts changing under the auditors";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, day("2027-01-01"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Priya doesn't want the accounts changing under the auditors"),
        "{text}"
    );
}

/// "Guiding asked about night vision scopes …, no figures yet": an ask about things with
/// no price yet is a proposal asking its cost, as "asked for" is (conventions 17, 18).
#[test]
fn asked_about_things_with_no_figures_yet_proposes_them() {
    let text = "Hire Shop asked about torque wrenches for the workshop, no figures yet";
    let r = rules_and_model(text, Intent::Investment, None);
    assert_eq!(r.unit.as_deref(), Some("Hire Shop"), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("torque wrenches"),
        "{text}: {r:?}"
    );
}

/// "we shall do only Mara camp for now, KSh 4M instead of 7.5M": doing only a part, at a
/// figure instead of the old one, rescopes to it.
#[test]
fn only_a_part_at_a_figure_instead_of_another_rescopes() {
    let text = "Jump line rebuild: we'll do only the lower section for now, £40k instead of £95k";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(40_000, "GBP"), "{text}: {r:?}");
}

/// "til after tax season, she's not moving the books …": after a time waited for, a clause
/// opening on a pronoun and its verb ("she's", "they're") says why.
#[test]
fn a_clause_on_a_pronouns_verb_after_the_time_waited_for_is_the_reason() {
    let text = "Priya wants to hold off on the members app til after budget season, she's not changing the accounts mid close. revisit in March";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.rationale.as_deref(),
        Some("she's not changing the accounts mid close"),
        "{text}"
    );
}

/// "… and half the parents want the kids off their phones anyway. We're saying no.": the
/// refusal said as a sentence of its own after the case against.
#[test]
fn were_saying_no_after_the_case_refuses() {
    let text = "Workshop heating: the quote came in at £26k for one shed, and half the mechanics want to work outside anyway. We're saying no.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Workshop Heating"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the quote came in at £26k for one shed, and half the mechanics want to work outside anyway"),
        "{text}"
    );
}

/// "eTIMS integration gets the extra KSh 280,000 for the Narok office, and the staff
/// housing upgrade is deferred to March": more money in shillings written "KSh" is given as
/// pounds or dollars are, and the deferral after "and" is a record of its own.
#[test]
fn more_money_in_ksh_is_given_and_the_deferral_after_is_its_own_record() {
    let text = "Trail counter network gets the extra KSh 280,000 for the north loop, and the members app is deferred to March, we shall first see the spring numbers";
    let r = read_day_first_in(text, "morag", "KES", &dir());
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.amount),
        (
            Some(Verdict::Approve),
            Some("Trail Counter Network"),
            test_names::whole(280_000, "KES")
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Mgmt meeting 1/12: 1) … approved, KSh 380,000 2) … approved, KSh 1.4M 3) AOB: …": items
/// numbered inline are items of their own.
#[test]
fn items_numbered_inline_are_records_of_their_own() {
    let text = "Trustees 25/11: 1) trail counter network approved, £12k 2) workshop heating approved, £26k 3) AOB: Jo's leaving do on Friday 🎉";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.rationale.as_deref()),
        (Some(Verdict::Approve), Some("Trail Counter Network"), None),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (
            r.also[0].investment.as_deref(),
            r.also[0].rationale.as_deref()
        ),
        (Some("Workshop Heating"), None),
        "{text}: {r:?}"
    );
}

/// "- minibus no.3 on hold till June": "no." before a number ends no sentence.
#[test]
fn no_before_a_number_ends_no_item() {
    let text = "Trustees 25/11:\n- hire booking system card payments approved, £6k\n- coach no.3 on hold till June";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Verdict::Approve), Some("Hire Booking System")),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].investment.as_deref()),
        (Some(Verdict::Defer), Some("Coach Fleet Renewal")),
        "{text}: {r:?}"
    );
}
