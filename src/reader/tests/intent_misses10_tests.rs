//! Intents and verdicts the reader missed, each read in another writer's words (a Dutch
//! bicycle maker): chit-chat that names an investment, more money told as
//! approved, "scrapping" opening a clause, a conditional "ok", and a verdict word inside the
//! reason that follows the verdict.
//!
//! Each reading is by the rules alone, so a retrained intent model cannot hide a rule that
//! went missing.

use super::*;

/// A Dutch bicycle maker: frame assembly, e-bike motors, dealer sales.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Assembly", &["Frame Shop"]),
            ("Dealer Sales", &["Dealers"]),
            ("Service", &["Repairs"]),
            ("IT", &[]),
        ],
        &[
            ("Paint Robot", "Assembly"),
            ("Dealer Portal", "Dealer Sales"),
            ("Warranty App", "Service"),
            ("Torque Sensors", "Assembly"),
            ("Parts Scanner", "Service"),
            ("Dealer Data Sync", "Dealer Sales"),
        ],
    )
}

/// `text` read by the rules alone on the tests' today, Friday 2026-11-27.
fn read(text: &str) -> Reading {
    test_names::read_by_rules_on_test_day(text, "joost", &dir(), ReaderSettings::default())
}

#[test]
fn chit_chat_naming_an_investment_is_no_record() {
    for text in [
        "who's bringing stroopwafels to the paint robot retro on Monday? 🧇",
        "who is bringing coffee to the dealer portal demo tomorrow?",
        "lol the new parts scanner keeps beeping at the mechanics 😂",
        "haha the torque sensors retro ran long again",
        "the warranty app retro ran over again 😂",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::None, "{text}");
        assert_eq!(r.investment, None, "{text}");
    }
    // News with a laugh is still news.
    let r = read("lol the paint robot went live Monday, rework down 30% 😂");
    assert_eq!(r.intent, Intent::Note);
}

#[test]
fn more_money_approved_is_an_approval() {
    let r = read(
        "Paint robot: EUR 90k more approved by the board on Tuesday for the second spray arm.",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn scrapping_at_a_clause_start_is_a_stop() {
    let r = read("Scrapping warranty app. Nobody filed a claim through it after the pilot.");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref().map(str::to_lowercase).as_deref(),
        Some("nobody filed a claim through it after the pilot")
    );
}

#[test]
fn scrapping_a_sync_tool_is_no_meeting_called_off() {
    let r = read("Scrapping dealer data sync. Nobody opened it after the pilot.");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    // A meeting called off still stops no work.
    let r = read("Cancelled the dealer portal sync tomorrow, Sales are at the trade fair");
    assert_eq!(r.verdict, None);
}

#[test]
fn ok_but_only_if_is_a_conditional_approval() {
    let r = read("Dealer portal - ok but only if Sales can show three dealers using it by March");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    let r = read("Dealer portal: ok, only if Sales can show three dealers using it");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref().map(str::to_lowercase).as_deref(),
        Some("only if sales can show three dealers using it")
    );
}

#[test]
fn a_verdict_word_inside_the_reason_does_not_win() {
    let r = read("Parts scanner: keep going. Mechanics stopped writing part numbers on paper.");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref().map(str::to_lowercase).as_deref(),
        Some("mechanics stopped writing part numbers on paper")
    );
    let r = read("Signed off the torque sensors at €40k so fitters stop guessing the bolt torque");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn so_people_stop_a_chore_is_the_reason() {
    let r = read("Signed off the torque sensors at €40k so fitters stop guessing the bolt torque");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref().map(str::to_lowercase).as_deref(),
        Some("fitters stop guessing the bolt torque")
    );
}

/// Chit-chat the intent model reads as a note: a laugh opening the message, or asking who
/// brings the snacks, decides the rules' "nothing to record" whatever the model says.
#[test]
fn chit_chat_stays_chat_whatever_the_model_says() {
    let dir = test_names::directory(
        &[("Revenue Management", &[]), ("Stores", &[])],
        &[
            ("Fare Optimization Engine", "Revenue Management"),
            ("Self-Checkout Kiosks", "Stores"),
        ],
    );
    for text in [
        "who's bringing donuts to the fare engine retro tomorrow? 🍩",
        "lol the new self-checkouts in Leeds keep telling customers to remove the item from the bagging area 😂",
        "kkkkk the self-checkouts in Leeds again 😂",
    ] {
        let r = test_names::read_on_test_day(text, "ana", &dir);
        assert_eq!(r.intent, Intent::None, "{text}");
    }
    // A laugh with news and money is still a record.
    let r = test_names::read_on_test_day(
        "lol the self-checkouts saved £12k in Leeds last month 😂",
        "ana",
        &dir,
    );
    assert_eq!(r.intent, Intent::Benefit);
}

/// "Should we pull the plug on X? Only 12 clients logged in last month.": a question to the
/// team, with what prompts it after, asks for a verdict and records none.
#[test]
fn a_question_to_the_team_then_its_prompt_records_nothing() {
    let dir = test_names::directory(
        &[("Business Development", &["BD"])],
        &[("Client Portal", "Business Development")],
    );
    let text =
        "Should we pull the plug on the client portal? Only 12 clients logged in last month.";
    let r = test_names::read_on_test_day(text, "ana", &dir);
    assert_eq!(r.intent, Intent::None, "{text}");
}
