//! What a message's content already says is not said again in its embeds. The content is
//! a reply's notification line (a waiting draft's "Draft 4: Which unit is it for?", a
//! record's "Logged decision DEC-7 …"), shown right above the embeds; the heading or
//! paragraph it repeats is left out of them. Every request that carries a message's embeds
//! carries its content too (see `outbound`), so the text is never lost, and a message
//! rewritten in place by a reply with no line is rendered whole again.

use valuebridge_chat::{Block, Reply};

/// Where a line says a text in full: the whole line, the line's start before ": " or " — "
/// (a heading the line goes on from), or its end after ": " or " — " (the question after
/// "Draft 4").
fn says(line: &str, text: &str) -> bool {
    if text.trim().is_empty() {
        return false;
    }
    if line == text {
        return true;
    }
    const JOINS: [&str; 2] = [": ", " — "];
    JOINS.iter().any(|join| {
        line.strip_prefix(text)
            .is_some_and(|rest| rest.starts_with(join))
            || line
                .strip_suffix(text)
                .is_some_and(|rest| rest.ends_with(join))
    })
}

/// The line a reply that names none of its own notifies with: its first heading or
/// paragraph before any table (an error's what-went-wrong, a scorecard's or a chart's
/// title), as Slack's fallback text is. A message of embeds alone would notify blank.
pub(super) fn default_line(reply: &Reply) -> Option<&str> {
    reply
        .blocks
        .iter()
        .take_while(|b| !matches!(b, Block::Table { .. }))
        .find_map(|b| match b {
            Block::Heading { text } | Block::Paragraph { text } => Some(text.as_str()),
            _ => None,
        })
}

fn shown(b: &Block) -> bool {
    match b {
        Block::Heading { .. } | Block::Paragraph { .. } | Block::Table { .. } => true,
        Block::Fields { fields } => !fields.is_empty(),
        Block::Buttons { .. } => false,
    }
}

/// The block of `reply` that `content` says in full, if any: the first heading or paragraph
/// before any table (so on the first message, where the content is). When it is the reply's
/// only text, only a line that is that text whole says it: the message is then its content
/// alone, with no embed.
pub(super) fn said_by(reply: &Reply, content: Option<&str>) -> Option<usize> {
    let line = content?;
    if reply.blocks.iter().filter(|b| shown(b)).count() < 2 {
        return reply.blocks.iter().position(|b| match b {
            Block::Heading { text } | Block::Paragraph { text } => line == text,
            _ => false,
        });
    }
    reply
        .blocks
        .iter()
        .take_while(|b| !matches!(b, Block::Table { .. }))
        .position(|b| match b {
            Block::Heading { text } | Block::Paragraph { text } => says(line, text),
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::says;

    #[test]
    fn a_line_says_a_text_whole_at_its_start_or_end_never_a_piece_of_a_word() {
        assert!(says("Draft 4: Which unit?", "Which unit?"));
        assert!(says("Logged DEC-7", "Logged DEC-7"));
        assert!(says("Digest: Freight — NPV £1", "Digest: Freight"));
        assert!(!says("Draft 12: What cost?", "Draft 1"));
        assert!(!says("Draft 4: Which unit?", "unit?"));
        assert!(!says("Draft 4: Which unit?", ""));
    }
}
