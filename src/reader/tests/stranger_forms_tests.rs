//! Readings of forms writers outside the UK and US office write: continental amounts
//! ("1,8 Mio. €", "€240.000"), dotted dates ("20.01."), milestones beside a numeric date,
//! "mid-Feb", "last night", names written joined or hyphenated ("sharepoint", "wifi",
//! "S/4HANA"), and a name's word used as an ordinary word in a follow-up.

use super::*;

/// A brewery: names with hyphens, slashes and joined words, and a word ("meter") people
/// also use for other things.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Brewing", &[]),
            ("Packaging", &["Pack"]),
            ("Sales", &[]),
            ("IT", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Taproom Wi-Fi", "Sales"),
            ("SharePoint Intranet", "IT"),
            ("S/4HANA Upgrade", "Finance"),
            ("Canning Line Robotics", "Packaging"),
            ("Steam Meter Network", "Brewing"),
            ("Taproom POS Replacement", "Sales"),
            ("ISO 9001 Audit", "Brewing"),
        ],
    )
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Read as a euro tenant writing day first, on Friday 2026-11-27.
fn read_eu(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: Currency::EUR,
    };
    read(text, "ute", d("2026-11-27"), &dir(), &settings).unwrap()
}

/// Read as a US tenant (month first, dollars), on Friday 2026-11-27.
fn read_us(text: &str) -> Reading {
    super::test_names::read_us(text, "ute", "2026-11-27", &dir())
}

fn eur(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::EUR))
}

#[test]
fn a_decimal_comma_and_mio_are_millions() {
    let r = read_eu("Finance approved the S/4HANA upgrade with 1,8 Mio. EUR");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("S/4HANA Upgrade"));
    assert_eq!(r.amount, eur(180_000_000));
    let r = read_eu("we approved 3,5 Mio. € for the canning line robotics");
    assert_eq!(r.amount, eur(350_000_000));
    assert_eq!(r.investment.as_deref(), Some("Canning Line Robotics"));
}

#[test]
fn dots_between_thousands_are_not_decimals() {
    let r = read_eu(
        "Packaging asks for a palletiser, approx. €240.000, saving €60.000 per year over 5 years",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.amount, eur(24_000_000));
    assert_eq!(r.annual_benefit, eur(6_000_000));
    assert_eq!(r.years, Some(5));
    assert_eq!(r.investment.as_deref(), Some("palletiser"));
    assert_eq!(r.unit.as_deref(), Some("Packaging"));
    let r = read_eu("the canning line robotics saved €12.500 of overtime in October");
    assert_eq!(r.amount, eur(1_250_000));
}

#[test]
fn a_dotted_day_and_month_is_a_date() {
    let r = read_eu("S/4HANA upgrade on hold until 20.01., year-end comes first");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some(d("2027-01-20")));
    let r = read_eu("Met Brewing 18.11.: the steam meter network readings look odd");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.date, Some(d("2026-11-18")));
    let r = read_eu("Finance call: @ole to send the cost split until 09.12.");
    assert_eq!(r.due, Some(d("2026-12-09")));
    // Month first or day first, a dotted date is day first.
    let r = read_us("Finance call: @ole to send the cost split by 09.12.");
    assert_eq!(r.due, Some(d("2026-12-09")));
}

#[test]
fn a_date_beside_go_live_or_cutover_is_a_milestone() {
    let r = read_us("approved $90k for the taproom wifi, go-live 4/20");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, None);
    let r = read_us("sharepoint intranet approved, 2/1 go-live, $140k");
    assert_eq!(r.date, None);
    let r = read_eu("S/4HANA upgrade approved, 2,1 Mio. €. Cutover 01.07.2027.");
    assert_eq!(r.date, None);
    assert_eq!(r.amount, eur(210_000_000));
    let r = read_us("approved the taproom POS replacement at $60k, install done by 1/12");
    assert_eq!((r.date, r.due), (None, None));
}

#[test]
fn mid_month_last_night_and_todays_meeting() {
    let r = read_us("Sales sync: @bo to send the pricing sheet by mid-Feb");
    assert_eq!(r.due, Some(d("2027-02-15")));
    let r = read_us("the exec team approved $75k for the sharepoint intranet last night");
    assert_eq!(r.date, Some(d("2026-11-26")));
    let r = read_us("From today's capex review: approved the taproom wifi at $40k");
    assert_eq!(r.date, Some(d("2026-11-27")));
}

#[test]
fn since_a_month_gives_way_to_when_a_benefit_was_realised() {
    let r = read_us("canning line robotics: 5 fewer stoppages since June, saved $20k in October");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.date, Some(d("2026-10-01")));
    // Alone, it is the start of the period the benefit covers.
    let r = read_us("canning line robotics saved $20k of overtime since June");
    assert_eq!(r.date, Some(d("2026-06-01")));
    // A note's "since" is not the meeting's day.
    let r = read_us("Met Packaging: uptime on the canning line robotics is up since September");
    assert_eq!((r.intent, r.date), (Intent::Note, None));
}

#[test]
fn until_a_day_in_a_follow_up_is_its_due_date() {
    let r = read_eu(
        "Pack meeting Tuesday: Jan to clarify the pallet sizes with the vendor until Friday",
    );
    assert_eq!(r.due, Some(d("2026-11-27")));
    assert_eq!(r.date, Some(d("2026-11-24")));
    assert_eq!(r.action.as_ref().map(|a| a.owner.as_str()), Some("Jan"));
}

#[test]
fn names_written_joined_hyphenated_or_with_a_slash() {
    for text in [
        "sharepoint intranet approved, €30k",
        "share-point intranet approved, €30k",
    ] {
        let r = read_eu(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("SharePoint Intranet"),
            "{text}"
        );
        assert_eq!(r.unit.as_deref(), Some("IT"), "{text}");
        assert!(!r.new_investment, "{text}");
    }
    for text in [
        "taproom wifi approved, €30k",
        "taproom wi-fi approved, €30k",
    ] {
        let r = read_eu(text);
        assert_eq!(r.investment.as_deref(), Some("Taproom Wi-Fi"), "{text}");
        assert!(!r.new_investment, "{text}");
    }
    let r = read_eu("s4hana upgrade: keep going, closing is two days faster");
    assert_eq!(r.investment.as_deref(), Some("S/4HANA Upgrade"));
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn a_names_word_in_a_follow_up_names_the_investment_the_task_serves() {
    let r = read_eu("@lee to book the meter supplier visit by Thursday");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Steam Meter Network"));
    assert_eq!(r.unit.as_deref(), Some("Brewing"));
    assert_eq!(r.missing, vec![]);
    assert_eq!(r.due, Some(d("2026-12-03")));
    let r = read_eu("Packaging sync Monday, Ida to price the robot cleaning kit by the 10th");
    assert_eq!(r.investment.as_deref(), Some("Canning Line Robotics"));
    assert_eq!(r.unit.as_deref(), Some("Packaging"));
    // Said as the record's subject, the same word still names it.
    let r = read_eu("the meter network saved €4k of gas in October");
    assert_eq!(r.investment.as_deref(), Some("Steam Meter Network"));
}

#[test]
fn the_new_acronym_names_the_investment() {
    let r = read_us("Sales catch-up Wednesday: bar staff like the new POS, queues are shorter");
    assert_eq!(r.unit.as_deref(), Some("Sales"));
    assert_eq!(r.investment.as_deref(), Some("Taproom POS Replacement"));
}

#[test]
fn over_to_someone_hands_them_the_follow_up() {
    let r = read_us("Sales sync Tuesday: over to Priya for the keg pricing by 12/9");
    assert_eq!(r.intent, Intent::Note);
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("Priya", Some(d("2026-12-09"))));
    assert_eq!(a.text, "the keg pricing");
    let r = read_eu("Brewing call. Over to @marta to chase the hop supplier until 03.12.");
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("marta", Some(d("2026-12-03"))));
}

#[test]
fn a_payback_period_is_not_the_benefit_horizon() {
    let r = read_eu("Pack turned down the canning line robotics, payback over 7 years");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.years, None);
    let r = read_eu("Pack want a shrink wrapper, €90k, saving €30k a year over 4 years");
    assert_eq!(r.years, Some(4));
}

#[test]
fn modernisation_said_as_a_noun_is_transform() {
    let r = read_us("Brewing would like a cellar controls modernization, about $300k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.category, Some(crate::domain::Category::Transform));
}

#[test]
fn names_written_with_or_without_a_space_between_their_words() {
    let r = read_eu("iso9001 audit pushed to Q2");
    assert_eq!(r.investment.as_deref(), Some("ISO 9001 Audit"));
    assert_eq!(r.unit.as_deref(), Some("Brewing"));
    assert_eq!(r.review_date, Some(d("2027-04-01")));
    // The whole name said apart: no "did you mean" needed.
    let r = read_eu("share point intranet approved, €30k");
    assert_eq!(r.investment.as_deref(), Some("SharePoint Intranet"));
    assert_eq!(r.investment_guessed_from, None);
    assert!(!r.new_investment);
}

#[test]
fn a_names_joined_form_is_matched_only_exactly() {
    // "HR Portal" is also indexed as "hrportal"; "portal" alone is not a misspelling of it.
    let dir = super::test_names::directory(&[("People", &["HR"])], &[("HR Portal", "People")]);
    let settings = ReaderSettings::default();
    let r = read(
        "call with People on Monday, they want a self-service portal",
        "ute",
        d("2026-11-27"),
        &dir,
        &settings,
    )
    .unwrap();
    assert_eq!(r.investment, None);
    let r = read(
        "hrportal saved £3k in October",
        "ute",
        d("2026-11-27"),
        &dir,
        &settings,
    )
    .unwrap();
    assert_eq!(r.investment.as_deref(), Some("HR Portal"));
}
