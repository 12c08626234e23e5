//! A draft still asking a question shows what was read so far, with the card's fields and
//! words, then the question: everywhere the waiting reply is built (the first answer, the
//! reader's sharper question, a typed `edit`, the next question, a `yes` too early, a draft
//! brought back after a newer one), so the person answering can see what the bot took the
//! message for. Through the service, as the console shows it.

mod support;

use support::edit_forms::{ops_bot, say};

/// A decision on a name nobody registered, with no benefit said: the bot asks for it.
const WAITING: &str = "ServiceTitan renewal for Ops approved at £40k";

/// The value shown beside the card's field `label` (its first line starting with it).
fn field<'a>(out: &'a str, label: &str) -> Option<&'a str> {
    out.lines()
        .find_map(|l| l.strip_prefix(label).filter(|v| v.starts_with("  ")))
        .map(str::trim)
}

/// Where `s` is in `out`, which must hold it.
fn at(out: &str, s: &str) -> usize {
    out.find(s)
        .unwrap_or_else(|| panic!("missing {s:?} in\n{out}"))
}

#[tokio::test]
async fn the_first_question_comes_after_what_was_read_so_far() {
    let bot = ops_bot().await;
    let out = say(&bot, WAITING).await;
    let heading = at(
        &out,
        "Draft 1, as read so far: new investment and its decision",
    );
    assert_eq!(field(&out, "Name"), Some("ServiceTitan renewal"), "{out}");
    assert_eq!(field(&out, "Unit"), Some("Ops"), "{out}");
    assert_eq!(field(&out, "Cost"), Some("£40,000"), "{out}");
    // The thing approved is not who approved it: the speaker decided (round D43).
    assert_eq!(field(&out, "By"), None, "{out}");
    assert_eq!(
        field(&out, "Then"),
        Some("log the decision: approve"),
        "{out}"
    );
    // The asked field is to come, and so are the ones asked after it.
    assert_eq!(field(&out, "Benefit a year"), Some("asked below"), "{out}");
    assert_eq!(field(&out, "Years"), Some("still needed"), "{out}");
    let question = at(&out, "What benefit a year do you expect from it?");
    assert!(heading < question, "{out}");
    assert!(
        at(&out, "Years") < question,
        "the question comes last: {out}"
    );
    // How to correct what was read, under the question (the console has no form).
    let how = at(&out, "`edit <field> <value>` to correct a field above");
    assert!(question < how, "{out}");
    // Not the card: nothing to confirm yet.
    assert!(!out.contains("log this"), "{out}");
    assert!(!out.contains("Reply `yes`"), "{out}");
}

#[tokio::test]
async fn who_decided_is_shown_only_when_someone_named_decided() {
    let bot = ops_bot().await;
    let out = say(
        &bot,
        "Priya approved the ServiceTitan renewal for Ops at £40k",
    )
    .await;
    assert_eq!(field(&out, "By"), Some("Priya"), "{out}");
}

#[tokio::test]
async fn the_readers_sharper_question_is_asked_once_under_the_fields() {
    let bot = ops_bot().await;
    let out = say(&bot, "ServiceTitan renewal approved at £40k").await;
    let question = at(&out, "Which business unit is the ServiceTitan renewal for?");
    assert_eq!(field(&out, "Name"), Some("ServiceTitan renewal"), "{out}");
    assert_eq!(field(&out, "Unit"), Some("asked below"), "{out}");
    assert_eq!(field(&out, "Cost"), Some("£40,000"), "{out}");
    assert!(at(&out, "Cost") < question, "{out}");
    // The field's own question is not asked as well.
    assert!(!out.contains("Which business unit is this for"), "{out}");
}

#[tokio::test]
async fn an_answer_then_a_typed_edit_show_the_draft_again_with_the_next_question() {
    let bot = ops_bot().await;
    say(&bot, WAITING).await;
    let out = say(&bot, "£10k a year").await;
    assert_eq!(field(&out, "Benefit a year"), Some("£10,000"), "{out}");
    assert_eq!(field(&out, "Years"), Some("asked below"), "{out}");
    assert!(at(&out, "Years") < at(&out, "Over how many years"), "{out}");
    // Corrected while it still waits: the correction is shown, the question still asked.
    let out = say(&bot, "edit cost £45k").await;
    assert_eq!(field(&out, "Cost"), Some("£45,000"), "{out}");
    assert_eq!(field(&out, "Years"), Some("asked below"), "{out}");
    assert!(out.contains("Over how many years"), "{out}");
    // Corrected to a registered investment, it is a decision with nothing to ask: the card.
    let out = say(&bot, "edit investment Field service platform").await;
    assert!(out.contains("log this"), "{out}");
}

#[tokio::test]
async fn yes_too_early_says_so_above_the_draft_and_its_question() {
    let bot = ops_bot().await;
    say(&bot, WAITING).await;
    let out = say(&bot, "yes").await;
    let not_yet = at(&out, "Draft 1 can't be logged yet");
    let heading = at(&out, "Draft 1, as read so far");
    assert!(not_yet < heading, "{out}");
    assert_eq!(field(&out, "Name"), Some("ServiceTitan renewal"), "{out}");
    assert!(heading < at(&out, "What benefit a year"), "{out}");
}

#[tokio::test]
async fn a_draft_brought_back_after_a_newer_one_shows_what_it_had() {
    let bot = ops_bot().await;
    say(&bot, WAITING).await;
    let out = say(&bot, "approved the warehouse platform at £95k").await;
    assert!(out.contains("Draft 1 is kept for later"), "{out}");
    let out = say(&bot, "no").await;
    let back = at(&out, "Back to draft 1:");
    assert!(back < at(&out, "Draft 1, as read so far"), "{out}");
    assert_eq!(field(&out, "Name"), Some("ServiceTitan renewal"), "{out}");
    assert_eq!(field(&out, "Cost"), Some("£40,000"), "{out}");
    assert!(out.contains("What benefit a year"), "{out}");
}

#[tokio::test]
async fn a_note_asking_for_its_action_shows_the_owner_and_due_said() {
    let bot = ops_bot().await;
    say(&bot, "met Ops today about pricing").await;
    let out = say(&bot, "edit owner raj").await;
    assert!(
        out.contains("Draft 1, as read so far: engagement note"),
        "{out}"
    );
    assert_eq!(field(&out, "Unit"), Some("Ops"), "{out}");
    assert_eq!(field(&out, "Owner"), Some("raj"), "{out}");
    assert_eq!(field(&out, "Follow-up"), Some("asked below"), "{out}");
    assert!(out.contains("What is the follow-up action?"), "{out}");
}

/// Several records of one message waiting in turn: each is asked about under its own
/// draft's number and its place in the message, the first with the records named above it.
#[tokio::test]
async fn each_record_of_a_message_is_asked_about_under_its_own_number_and_place() {
    let bot = ops_bot().await;
    let out = say(
        &bot,
        "ServiceTitan renewal for Ops approved at £40k; also the field service platform saved £6k last month",
    )
    .await;
    let intro = at(&out, "That message holds 2 records. Draft 1 is below");
    let heading = at(
        &out,
        "Draft 1 (record 1 of 2 of your message), as read so far: new investment and its decision",
    );
    assert!(intro < heading, "{out}");
    assert!(heading < at(&out, "What benefit a year"), "{out}");
    let out = say(&bot, "no").await;
    assert!(out.contains("Back to draft 2:"), "{out}");
    assert!(out.contains("log this realised benefit?"), "{out}");

    // The later record still asking, brought back: its place in the message is said.
    let bot = ops_bot().await;
    say(
        &bot,
        "the field service platform saved £6k last month; also we approved £80k for the drone kit in Ops",
    )
    .await;
    let out = say(&bot, "no").await;
    let back = at(&out, "Back to draft 2:");
    let heading = at(
        &out,
        "Draft 2 (record 2 of 2 of your message), as read so far: new investment and its decision",
    );
    assert!(back < heading, "{out}");
    assert_eq!(field(&out, "Name"), Some("drone kit"), "{out}");
    assert_eq!(field(&out, "Cost"), Some("£80,000"), "{out}");
    assert!(heading < at(&out, "What benefit a year"), "{out}");
}

/// A message of one record says no place: there is no other record to tell it from.
#[tokio::test]
async fn a_message_of_one_record_says_no_place() {
    let bot = ops_bot().await;
    let out = say(&bot, WAITING).await;
    assert!(!out.contains("of your message"), "{out}");
}
