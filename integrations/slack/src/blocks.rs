//! `Reply` → Slack Block Kit, within Slack's limits: at most 50 blocks a message, 3,000
//! characters a section text, 10 fields a section, 150 characters a header. Long content is
//! split at line or word boundaries, and what does not fit is summarised truthfully
//! ("…and 12 more rows"), never cut mid-word and never rejected by Slack.
//!
//! Every piece of text that Slack reads as mrkdwn (sections, fields, tables, the fallback
//! `text` notifications show) has `&`, `<` and `>` escaped: the bot's replies quote what
//! people typed, and `<!channel>`, `<!here>` or `<@U123>` in a name must show as typed,
//! never ping anyone. Plain-text objects (headers, button labels) are not parsed by Slack.

use serde_json::{json, Value};
use valuebridge_chat::{Block, ButtonStyle, Reply};

pub const MAX_BLOCKS: usize = 50;
pub const MAX_TEXT: usize = 3000;
pub const MAX_FIELDS: usize = 10;
pub const MAX_FIELD_TEXT: usize = 2000;
pub const MAX_HEADER: usize = 150;

use valuebridge_chat::text::table_lines_at_least;
pub use valuebridge_chat::text::{clip, split_text};

/// Slack's control characters as entities, so text shows as typed and links, mentions and
/// `<!channel>` are never formed from it.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text escaped, then clipped to `max` characters without cutting an entity in half.
fn escape_clipped(text: &str, max: usize) -> String {
    let escaped = escape(text);
    if escaped.chars().count() <= max {
        return escaped;
    }
    let mut clipped = clip(&escaped, max);
    let body = clipped.trim_end_matches('…');
    if let Some(amp) = body.rfind('&') {
        if !body[amp..].contains(';') {
            clipped = format!("{}…", &body[..amp]);
        }
    }
    clipped
}

fn section(text: String) -> Value {
    json!({"type": "section", "text": {"type": "mrkdwn", "text": text}})
}

/// Renders the reply as Block Kit blocks plus a plain-text fallback for notifications: the
/// reply's [`Reply::notification`] where it says one.
pub fn render(reply: &Reply) -> (Vec<Value>, String) {
    let mut blocks: Vec<Value> = Vec::new();
    let mut overflow_rows = 0usize;
    // Rows the reply's tables left out (counted, not sent): always said in the footer.
    let mut left_out_rows = 0usize;
    for block in &reply.blocks {
        match block {
            Block::Heading { text } => blocks.push(json!({"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER), "emoji": true}})),
            Block::Paragraph { text } => blocks.extend(split_text(&escape(text), MAX_TEXT).into_iter().map(section)),
            Block::Fields { fields } => {
                for chunk in fields.chunks(MAX_FIELDS) {
                    let fields: Vec<Value> = chunk
                        .iter()
                        .map(|(k, v)| json!({"type": "mrkdwn", "text": clip(&format!("*{}*\n{}", escape(k), escape(v)), MAX_FIELD_TEXT)}))
                        .collect();
                    blocks.push(json!({"type": "section", "fields": fields}));
                }
            }
            Block::Table { table } => {
                left_out_rows += table.left_out;
                // The rows kept are laid out in the columns every row needs, as they
                // would be had the left-out rows been sent too.
                let lines: Vec<String> =
                    table_lines_at_least(&table.headers, &table.rows, &table.left_out_widths)
                    .iter()
                    .map(|l| escape(l))
                    .collect();
                let (header, rows) = lines.split_first().expect("a table has a header line");
                // Each block: ``` + header + rows + ```, under the text limit.
                let budget = MAX_TEXT.saturating_sub(9 + header.chars().count());
                let mut chunk: Vec<&str> = Vec::new();
                let mut used = 0;
                let mut chunks: Vec<Vec<&str>> = Vec::new();
                for row in rows {
                    let len = row.chars().count() + 1;
                    if used + len > budget && !chunk.is_empty() {
                        chunks.push(std::mem::take(&mut chunk));
                        used = 0;
                    }
                    chunk.push(row.as_str());
                    used += len;
                }
                if !chunk.is_empty() || chunks.is_empty() {
                    chunks.push(chunk);
                }
                for c in chunks {
                    overflow_rows += c.len();
                    let body = format!("```{}\n{}```", header, c.join("\n"));
                    blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": body}, "rows": c.len()}));
                }
            }
            Block::Buttons { buttons } => {
                let elements: Vec<Value> = buttons
                    .iter()
                    .take(25)
                    .map(|b| {
                        let mut e = json!({"type": "button", "text": {"type": "plain_text", "text": clip(&b.label, 75)}, "action_id": b.action, "value": b.action});
                        match b.style {
                            ButtonStyle::Primary => e["style"] = json!("primary"),
                            ButtonStyle::Danger => e["style"] = json!("danger"),
                            ButtonStyle::Secondary => {}
                        }
                        e
                    })
                    .collect();
                blocks.push(json!({"type": "actions", "elements": elements}));
            }
        }
    }
    let _ = overflow_rows;
    if blocks.len() > MAX_BLOCKS || left_out_rows > 0 {
        let dropped = match blocks.len() >= MAX_BLOCKS {
            true => blocks.split_off(MAX_BLOCKS - 1),
            false => Vec::new(),
        };
        let rows: usize = dropped
            .iter()
            .filter_map(|b| b.get("rows").and_then(Value::as_u64))
            .sum::<u64>() as usize
            + left_out_rows;
        let others = dropped.iter().filter(|b| b.get("rows").is_none()).count();
        let what = match (rows, others) {
            (0, n) => format!("{n} more sections"),
            (r, 0) => format!("{r} more rows"),
            (r, n) => format!("{r} more rows and {n} more sections"),
        };
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": format!("…and {what} not shown here. Narrow it (for example by unit), or export everything with `valuebridge export`.")}]}));
    }
    for b in &mut blocks {
        if let Some(o) = b.as_object_mut() {
            o.remove("rows");
        }
    }
    // What notifications show: the reply's own line if it says one, else its first text.
    let fallback = reply
        .notification
        .iter()
        .chain(reply.blocks.iter().filter_map(|b| match b {
            Block::Heading { text } | Block::Paragraph { text } => Some(text),
            _ => None,
        }))
        .next()
        .map(|text| escape_clipped(text, 300))
        .unwrap_or_else(|| "valuebridge".into());
    (blocks, fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_len(b: &Value) -> usize {
        b["text"]["text"]
            .as_str()
            .map(|t| t.chars().count())
            .unwrap_or(0)
    }

    #[test]
    fn a_digest_with_200_investments_fits_slack_limits_and_says_what_it_left_out() {
        let rows: Vec<Vec<String>> = (1..=200)
            .map(|i| {
                vec![
                    format!("INV-{i}"),
                    format!("Investment number {i} with a long descriptive name"),
                    "Sales".into(),
                    "£1,250,000".into(),
                    "0.87".into(),
                ]
            })
            .collect();
        let mut reply = Reply::info().heading("Value-for-money digest: the whole portfolio, week 48 of 2026, with a heading longer than Slack allows for a header block which is one hundred and fifty characters");
        for _ in 0..10 {
            reply = reply
                .paragraph("A paragraph. ".repeat(400))
                .table(&["Id", "Name", "Unit", "Approved", "Ratio"], rows.clone());
        }
        reply = reply.fields((0..23).map(|i| (format!("Field {i}"), "value".to_string())));
        let (blocks, fallback) = render(&reply);
        assert!(blocks.len() <= MAX_BLOCKS, "{} blocks", blocks.len());
        assert!(blocks[0]["text"]["text"].as_str().unwrap().chars().count() <= MAX_HEADER);
        for b in &blocks {
            assert!(text_len(b) <= MAX_TEXT, "{}", text_len(b));
            if let Some(fields) = b["fields"].as_array() {
                assert!(fields.len() <= MAX_FIELDS);
            }
        }
        let last = blocks.last().unwrap()["elements"][0]["text"]
            .as_str()
            .unwrap();
        assert!(
            last.starts_with("…and ")
                && last.contains("more rows and")
                && last.contains("more sections not shown"),
            "{last}"
        );
        // Every row is either shown or counted.
        let shown: usize = blocks
            .iter()
            .filter_map(|b| b["text"]["text"].as_str())
            .map(|t| t.matches("INV-").count())
            .sum();
        let counted: usize = last
            .trim_start_matches("…and ")
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(shown + counted, 2000);
        assert!(fallback.starts_with("Value-for-money digest"));
    }

    #[test]
    fn cells_and_texts_of_any_length_render_within_limits() {
        let huge = "y".repeat(70_000);
        let reply = Reply::info()
            .heading(&huge)
            .paragraph(&huge)
            .fields([(huge.as_str(), huge.as_str())])
            .table(&["Id", "Name"], vec![vec!["NOTE-1".into(), huge.clone()]]);
        let (blocks, fallback) = render(&reply);
        for b in &blocks {
            assert!(text_len(b) <= MAX_TEXT, "{}", text_len(b));
        }
        let table = blocks
            .iter()
            .filter_map(|b| b["text"]["text"].as_str())
            .find(|t| t.contains("NOTE-1"))
            .unwrap();
        assert!(table.contains(&format!("{}…", "y".repeat(39))), "{table}");
        assert!(fallback.chars().count() <= 300 && fallback.ends_with('…'));
    }

    #[test]
    fn an_escaped_fallback_stays_within_its_length_and_never_halves_an_entity() {
        let reply = Reply::info().heading("<".repeat(400));
        let (_, fallback) = render(&reply);
        assert!(fallback.chars().count() <= 300, "{}", fallback.len());
        assert!(fallback.ends_with("&lt;…"), "{fallback}");
    }

    #[test]
    fn text_is_split_at_words_and_escaped() {
        for piece in split_text(&"word ".repeat(2000), MAX_TEXT) {
            assert!(piece.chars().count() <= MAX_TEXT);
            assert!(!piece.ends_with("wor") && !piece.starts_with("ord"));
        }
        let (blocks, _) = render(&Reply::info().fields([("R&D <x>", "a > b")]));
        assert_eq!(
            blocks[0]["fields"][0]["text"],
            "*R&amp;D &lt;x&gt;*\na &gt; b"
        );
        assert_eq!(clip("the quick brown fox", 12), "the quick…");
    }

    #[test]
    fn user_text_cannot_form_a_mention_anywhere_slack_reads_mrkdwn() {
        let reply = Reply::recorded()
            .paragraph("Logged business unit UNIT-1 <!channel> team & <@U123>")
            .fields([("Unit", "<!here>")])
            .table(&["Name"], vec![vec!["<!everyone>".into()]]);
        let (blocks, fallback) = render(&reply);
        let all = serde_json::to_string(&blocks).unwrap() + &fallback;
        for raw in ["<!channel>", "<!here>", "<!everyone>", "<@U123>"] {
            assert!(!all.contains(raw), "{raw} reaches Slack unescaped: {all}");
        }
        assert_eq!(
            fallback,
            "Logged business unit UNIT-1 &lt;!channel&gt; team &amp; &lt;@U123&gt;"
        );
        assert!(all.contains("&lt;!everyone&gt;"), "{all}");
    }

    #[test]
    fn a_reply_that_says_its_notification_has_it_as_the_fallback_text() {
        let asking = Reply::info()
            .heading("Draft 1, as read so far: new investment")
            .paragraph("What benefit a year do you expect from it?");
        let (_, fallback) = render(&asking);
        assert_eq!(fallback, "Draft 1, as read so far: new investment");
        let (blocks, fallback) = render(
            &asking
                .clone()
                .notify("Draft 1: What benefit <a> year & more?"),
        );
        assert_eq!(fallback, "Draft 1: What benefit &lt;a&gt; year &amp; more?");
        assert_eq!(blocks, render(&asking).0, "the blocks are unchanged");
    }

    #[test]
    fn a_reply_stored_in_the_outbox_before_notifications_notifies_as_before() {
        let stored = r#"{"kind":"info","visibility":"channel","blocks":[{"type":"heading","text":"Draft 1"}]}"#;
        let reply: Reply = serde_json::from_str(stored).unwrap();
        assert_eq!(reply.notification, None);
        assert_eq!(render(&reply).1, "Draft 1");
        assert!(!serde_json::to_string(&reply)
            .unwrap()
            .contains("notification"));
        let said = reply.notify("Draft 1: What benefit a year do you expect from it?");
        let again: Reply = serde_json::from_str(&serde_json::to_string(&said).unwrap()).unwrap();
        assert_eq!(again, said);
    }
}
