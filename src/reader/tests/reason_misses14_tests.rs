//! Reasons the reader missed or mis-cut on a stranger's text (issue 16): a date remark after
//! a condition ("…, which should be mid-January"), a bare bullet "- hold until …", the
//! "since it went in" of a result, a condition opening the sentence ("Pending the audit, …"),
//! a reason sentence before the verdict's, a plan taken for the reason.

use super::*;

/// A US public radio network: an industry the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Newsroom", &["News"]),
            ("Engineering", &[]),
            ("Membership", &[]),
            ("Underwriting", &[]),
            ("IT", &[]),
        ],
        &[
            ("Transmitter Refresh", "Engineering"),
            ("Audio Archive Digitization", "Engineering"),
            ("Pledge Drive Platform", "Membership"),
            ("Donor CRM", "Membership"),
            ("Newsroom CMS", "Newsroom"),
            ("Podcast Hosting", "Newsroom"),
            ("Sponsor Billing System", "Underwriting"),
            ("Studio Wi-Fi", "IT"),
        ],
    )
}

fn read(text: &str) -> Reading {
    super::test_names::read_us(text, "lena", "2026-11-27", &dir())
}

fn reason(text: &str) -> Option<String> {
    read(text).rationale
}

#[test]
fn a_date_remark_after_a_condition_is_no_part_of_it() {
    for (text, want, review) in [
        (
            "Donor CRM is on hold until the foundation answers our grant letter, which should be \
             mid-January.",
            "until the foundation answers our grant letter",
            Some("2027-01-15"),
        ),
        (
            "We're holding the pledge drive platform till the board sets the FY27 budget, which \
             is usually early March.",
            "till the board sets the FY27 budget",
            // "usually early March" is not read as a date yet (the dates' part, not the
            // reason's).
            None,
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
        if let Some(review) = review {
            assert_eq!(r.review_date, review.parse().ok(), "{text}");
        }
    }
}

#[test]
fn a_bare_bullet_hold_until_keeps_its_condition() {
    for (text, want) in [
        (
            "Podcast hosting - hold until the Spotify contract is renegotiated, pick it back up \
             in March",
            "until the Spotify contract is renegotiated",
        ),
        (
            "Studio wifi - hold until the building survey is back, prob early Feb",
            "until the building survey is back",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn since_it_went_in_stays_with_the_result_it_measures() {
    for (text, want) in [
        (
            "Studio wifi stays. Dropped calls went from 30 a week to about 2 since it went in.",
            "Dropped calls went from 30 a week to about 2 since it went in",
        ),
        (
            "Newsroom CMS: keep going. Nobody has lost a draft since it was installed.",
            "Nobody has lost a draft since it was installed",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_condition_opening_the_sentence_is_the_reason() {
    for (text, want) in [
        (
            "Pending the audit, the sponsor billing system stays parked. Revisit in March.",
            "Pending the audit",
        ),
        (
            "Until the FCC filing clears, the transmitter refresh is on hold.",
            "Until the FCC filing clears",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_plan_with_its_owner_after_the_verdict_is_no_reason() {
    for text in [
        "Podcast hosting renewed at $18K, Marco's running the vendor review in the spring.",
        "Approved the transmitter refresh at $240K, Dave's crew will schedule the work around \
         the overnight shows.",
    ] {
        assert_eq!(reason(text), None, "{text}");
    }
}

#[test]
fn a_clause_the_writer_calls_the_driver_is_the_reason() {
    for (text, want) in [
        (
            "Cost pressure is the driver here: the donor CRM is deferred, look again in April.",
            "Cost pressure is the driver here",
        ),
        (
            "Newsroom CMS approved at $90K, board's call. Reporter churn is the main driver.",
            "Reporter churn is the main driver",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_state_told_with_with_before_the_verdict_is_the_reason() {
    for (text, want) in [
        (
            "With two engineers retiring in March, the transmitter refresh is approved at $240K.",
            "two engineers retiring in March",
        ),
        (
            "With podcast downloads down 40%, we're stopping podcast hosting.",
            "podcast downloads down 40%",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
    // Who blessed it is no reason.
    let text = "With the board's blessing, the transmitter refresh is approved at $240K.";
    assert_eq!(reason(text), None, "{text}");
}

#[test]
fn a_sentence_on_where_we_are_before_the_verdict_is_the_reason() {
    for (text, want) in [
        (
            "We're at 94% of the capital line already. Studio wifi is a no.",
            "We're at 94% of the capital line already",
        ),
        (
            "They're still on the 2019 firmware everywhere. Transmitter refresh approved.",
            "They're still on the 2019 firmware everywhere",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_benefit_opened_by_since_its_event_keeps_it_with_a_comma_or_a_place() {
    for (text, want) in [
        (
            "Since the new CMS went live in May, the check-in queue at the Bismarck desk is gone \
             and we moved one editor back to the desk, roughly $70K a year.",
            "Since the new CMS went live in May, the check-in queue at the Bismarck desk is gone \
             and we moved one editor back to the desk",
        ),
        (
            "Since the studio wifi went in at the Fargo bureau we've had no dropped live shots, \
             about $8K a year less in satellite backup.",
            "Since the studio wifi went in at the Fargo bureau we've had no dropped live shots",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn an_end_of_life_told_after_a_dash_before_the_verdict_is_the_reason() {
    for (text, want) in [
        (
            "Replacing the transmitter — the old one's end of life next summer. Board signed off \
             at $240K.",
            "the old one's end of life next summer",
        ),
        (
            "Donor CRM - the current one is end of life in March. The board approved it at $60K.",
            "the current one is end of life in March",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_count_before_the_comma_stays_with_the_reason_it_opens() {
    for (text, want) in [
        (
            "Podcast hosting — we're dropping it. 40 downloads a month, nobody listens.",
            "40 downloads a month, nobody listens",
        ),
        (
            "Studio wifi: stop. 3 logins in six weeks, the staff all use their hotspots.",
            "3 logins in six weeks, the staff all use their hotspots",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn what_we_pay_now_told_after_and_in_the_sentence_after_the_verdict_is_the_reason() {
    for (text, want) in [
        (
            "Transmitter refresh approved at $240K. Engineers keep driving out to the tower at \
             night and we're paying $900 a callout.",
            "Engineers keep driving out to the tower at night and we're paying $900 a callout",
        ),
        (
            "Studio wifi approved, $30K. The guest network drops every hour and we overpaid $4K \
             on hotspot data last quarter.",
            "The guest network drops every hour and we overpaid $4K on hotspot data last quarter",
        ),
    ] {
        assert_eq!(reason(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn until_after_a_holiday_is_a_time_and_the_clause_after_it_the_reason() {
    for (text, want) in [
        (
            "Pledge drive platform is paused until after the holidays, the membership team is \
             flat out with the year-end drive.",
            "the membership team is flat out with the year-end drive",
        ),
        (
            "Donor CRM on hold till after Christmas, nobody in Membership has time to test it.",
            "nobody in Membership has time to test it",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_look_again_joined_by_and_ends_the_reason_before_it() {
    for (text, want) in [
        (
            "Podcast hosting: keep going. It's now pulling 12,000 listens a week, and we'll review \
             at the end of June.",
            "It's now pulling 12,000 listens a week",
        ),
        (
            "Newsroom CMS: keep going. Reporters file twice as fast, and we'll look again in May.",
            "Reporters file twice as fast",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(want), "{text}");
    }
}
