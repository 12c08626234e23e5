use super::*;

#[test]
fn short_replies_are_one_embed_coloured_by_kind() {
    let m = render(&Reply::user_error("`INV-9` does not exist."));
    assert_eq!(m.len(), 1);
    assert!(m[0].ephemeral);
    assert_eq!(m[0].embeds[0].description, "`INV-9` does not exist.");
    assert_eq!(m[0].embeds[0].color, 0xE8A33D);
    let m = render(
        &Reply::recorded()
            .heading("Logged")
            .fields([("Id", "DEC-1")]),
    );
    assert!(!m[0].ephemeral);
    assert_eq!(m[0].embeds[0].title.as_deref(), Some("Logged"));
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
    assert_eq!(render(&asking)[0].content, None);
    let m = render(&asking.clone().notify("Draft 1: What benefit a year?"));
    assert_eq!(
        m[0].content.as_deref(),
        Some("Draft 1: What benefit a year?")
    );
    assert_eq!(
        m[0].embeds,
        render(&asking)[0].embeds,
        "the embeds are unchanged"
    );
    let long = render(&asking.notify("x".repeat(3000)));
    assert!(long[0].content.as_ref().unwrap().chars().count() <= MAX_CONTENT);
}
