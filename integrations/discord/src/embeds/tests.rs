use super::*;

#[test]
fn short_replies_are_one_embed_coloured_by_kind() {
    let m = render(
        &Reply::user_error("`INV-9` does not exist.").paragraph("`investments` lists them."),
    );
    assert_eq!(m.len(), 1);
    assert!(m[0].ephemeral);
    assert_eq!(m[0].content.as_deref(), Some("`INV-9` does not exist."));
    assert_eq!(m[0].embeds[0].description, "`investments` lists them.");
    assert_eq!(m[0].embeds[0].color, 0xE8A33D);
    let m = render(
        &Reply::recorded()
            .heading("Logged")
            .fields([("Id", "DEC-1")]),
    );
    assert!(!m[0].ephemeral);
    // Its heading is what it notifies: the message's text, said once.
    assert_eq!(m[0].content.as_deref(), Some("Logged"));
    assert_eq!(m[0].embeds[0].title, None);
    assert_eq!(m[0].embeds[0].fields[0].value, "DEC-1");
}

#[test]
fn a_reply_too_big_for_five_messages_is_split_then_counted_never_cut_mid_word() {
    let mut reply = Reply::info().heading("H".repeat(400));
    for i in 0..40 {
        reply = reply
            .paragraph(format!("Section {i}. ") + &"word ".repeat(900))
            .fields((0..30).map(|j| (format!("Field {j}"), "v".repeat(1500))));
    }
    let messages = render(&reply);
    assert_eq!(messages.len(), MAX_MESSAGES);
    for m in &messages {
        assert!(m.embeds.len() <= MAX_EMBEDS);
        assert!(m.size() <= MAX_EMBED_TOTAL, "{}", m.size());
        for e in &m.embeds {
            assert!(e.title.as_deref().map_or(0, |t| t.chars().count()) <= MAX_TITLE);
            assert!(e.description.chars().count() <= MAX_DESCRIPTION);
            assert!(!e.description.ends_with("wor"));
            assert!(e.fields.len() <= MAX_FIELDS);
            for f in &e.fields {
                assert!(f.value.chars().count() <= MAX_FIELD_VALUE);
            }
        }
    }
    let footer = messages[MAX_MESSAGES - 1]
        .embeds
        .last()
        .unwrap()
        .footer
        .clone()
        .unwrap();
    assert!(
        footer.starts_with("…and ") && footer.contains("more sections"),
        "{footer}"
    );
    assert_eq!(
        messages[0].embeds.last().unwrap().footer.as_deref(),
        Some("Part 1 of 5")
    );
}

#[test]
fn cells_and_texts_of_any_length_render_within_limits() {
    let huge = "z".repeat(70_000);
    let reply = Reply::info()
        .heading(&huge)
        .fields([(huge.as_str(), huge.as_str())])
        .table(&["Id", "Name"], vec![vec!["NOTE-1".into(), huge.clone()]]);
    let messages = render(&reply);
    let mut table = None;
    for m in &messages {
        assert!(m.size() <= MAX_EMBED_TOTAL, "{}", m.size());
        for e in &m.embeds {
            assert!(e.title.as_deref().map_or(0, |t| t.chars().count()) <= MAX_TITLE);
            assert!(e.description.chars().count() <= MAX_DESCRIPTION);
            if e.description.contains("NOTE-1") {
                table = Some(e.description.clone());
            }
        }
    }
    let table = table.expect("the table is shown");
    assert!(table.contains(&format!("{}…", "z".repeat(39))), "{table}");
}

#[test]
fn a_reply_that_says_its_notification_has_it_as_its_first_messages_content() {
    let asking = Reply::info()
        .heading("Draft 1, as read so far: new investment")
        .paragraph("What benefit a year do you expect from it?");
    // With no line of its own, a reply notifies its first heading (as Slack's fallback does).
    let plain = render(&asking);
    assert_eq!(
        plain[0].content.as_deref(),
        Some("Draft 1, as read so far: new investment")
    );
    assert_eq!(plain[0].embeds[0].title, None);
    let m = render(&asking.clone().notify("Draft 1: What benefit a year?"));
    assert_eq!(
        m[0].content.as_deref(),
        Some("Draft 1: What benefit a year?")
    );
    assert_eq!(
        m[0].embeds[0].title.as_deref(),
        Some("Draft 1, as read so far: new investment"),
        "a line that does not say the heading leaves it in the embed"
    );
    assert_eq!(
        m[0].embeds[0].description,
        "What benefit a year do you expect from it?"
    );
    let long = render(&asking.notify("x".repeat(3000)));
    assert!(long[0].content.as_ref().unwrap().chars().count() <= MAX_CONTENT);
}

/// All text of a message's embeds.
fn embed_text(m: &Message) -> String {
    m.embeds
        .iter()
        .map(|e| {
            let fields: Vec<String> = e
                .fields
                .iter()
                .map(|f| format!("{}={}", f.name, f.value))
                .collect();
            format!(
                "{}|{}|{}",
                e.title.as_deref().unwrap_or_default(),
                e.description,
                fields.join(",")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_question_the_content_says_is_not_said_again_in_the_embed() {
    let asking = Reply::info()
        .heading("Draft 4, as read so far: decision")
        .fields([("Investment", "Harbourline kiosks")])
        .paragraph("Which business unit is it for: Ports or Freight?")
        .paragraph("Reply with your answer, or `no` to drop the draft.")
        .notify("Draft 4: Which business unit is it for: Ports or Freight?");
    let m = render(&asking);
    assert_eq!(
        m[0].content.as_deref(),
        Some("Draft 4: Which business unit is it for: Ports or Freight?")
    );
    let shown = embed_text(&m[0]);
    assert!(!shown.contains("Ports or Freight"), "said twice: {shown}");
    // The rest of the card is all there, in order.
    assert_eq!(
        m[0].embeds[0].title.as_deref(),
        Some("Draft 4, as read so far: decision")
    );
    assert!(shown.contains("Investment=Harbourline kiosks"), "{shown}");
    assert!(shown.contains("Reply with your answer"), "{shown}");
}

#[test]
fn a_heading_the_content_says_leaves_the_embed_its_fields() {
    let logged = Reply::recorded()
        .heading("Logged decision DEC-7 approve Harbourline kiosks (INV-2)")
        .fields([("Verdict", "approve"), ("Amount", "£90,000")])
        .notify("Logged decision DEC-7 approve Harbourline kiosks (INV-2)");
    let m = render(&logged);
    assert_eq!(
        m[0].content.as_deref(),
        Some("Logged decision DEC-7 approve Harbourline kiosks (INV-2)")
    );
    assert_eq!(m[0].embeds.len(), 1);
    assert_eq!(m[0].embeds[0].title, None);
    assert_eq!(m[0].embeds[0].fields.len(), 2);
    // A line that goes on after the heading ("<heading> — <figures>") says it too.
    let digest = Reply::info()
        .heading("Value for money: Freight, last week")
        .paragraph("As of 2026-11-29.")
        .notify("Value for money: Freight, last week — NPV £1,200");
    let m = render(&digest);
    assert_eq!(m[0].embeds[0].title, None);
    assert_eq!(m[0].embeds[0].description, "As of 2026-11-29.");
}

#[test]
fn a_text_only_partly_said_or_clipped_from_the_content_stays_in_the_embed() {
    let partly = Reply::info()
        .heading("Draft 12")
        .paragraph("What did it cost?")
        .notify("Draft 123: What did it cost the port?");
    let shown = embed_text(&render(&partly)[0]);
    assert!(
        shown.contains("Draft 12") && shown.contains("What did it cost?"),
        "{shown}"
    );
    let long = "What did it cost? ".repeat(200);
    let clipped = Reply::info()
        .heading("Draft 5")
        .paragraph(long.trim())
        .notify(format!("Draft 5: {}", long.trim()));
    let m = render(&clipped);
    assert!(m[0].content.as_ref().unwrap().ends_with('…'));
    assert!(embed_text(&m[0]).contains(long.trim()));
}

/// A reply of one text is said once, as the message's content (what a push shows): an
/// embed under it would only say it again.
#[test]
fn a_reply_of_one_text_is_its_content_alone() {
    for reply in [
        Reply::user_error("No unit is called Docks.").notify("No unit is called Docks."),
        Reply::user_error("No unit is called Docks."),
    ] {
        let m = render(&reply);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].content.as_deref(), Some("No unit is called Docks."));
        assert!(m[0].embeds.is_empty(), "{m:?}");
    }
    // A line that says only part of it leaves it in the embed.
    let m = render(
        &Reply::info()
            .paragraph("No unit is called Docks.")
            .notify("Docks?"),
    );
    assert_eq!(m[0].embeds[0].description, "No unit is called Docks.");
    // Too long to be a message's content whole: the embed keeps it, under the clipped line.
    let long = "word ".repeat(900);
    let m = render(&Reply::user_error(long.trim()));
    assert!(m[0].content.as_ref().unwrap().ends_with('…'));
    assert!(m[0].embeds[0].description.starts_with("word word"), "{m:?}");
}
