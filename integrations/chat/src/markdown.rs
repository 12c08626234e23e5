//! Renders a `Reply` as Markdown (for files, e-mail and wikis).

use crate::text::clip;
use crate::text_render::{MAX_PLAIN_CELL, MAX_PLAIN_TEXT};
use crate::{Block, Reply};

/// A table cell on one line, its pipes escaped, clipped as in a terminal.
fn cell(s: &str) -> String {
    clip(s, MAX_PLAIN_CELL)
        .replace('|', "\\|")
        .replace('\n', " ")
}

pub fn render_markdown(reply: &Reply) -> String {
    let mut out = String::new();
    let mut first_heading = true;
    for block in &reply.blocks {
        match block {
            Block::Heading { text } => {
                out.push_str(if first_heading { "# " } else { "## " });
                first_heading = false;
                out.push_str(&clip(text, MAX_PLAIN_CELL));
                out.push_str("\n\n");
            }
            Block::Paragraph { text } => {
                out.push_str(&clip(text, MAX_PLAIN_TEXT));
                out.push_str("\n\n");
            }
            Block::Fields { fields } => {
                for (k, v) in fields {
                    let (k, v) = (clip(k, MAX_PLAIN_CELL), clip(v, MAX_PLAIN_TEXT));
                    out.push_str(&format!("- **{k}**: {v}\n"));
                }
                out.push('\n');
            }
            Block::Table { table } => {
                out.push_str(&format!(
                    "| {} |\n",
                    table
                        .headers
                        .iter()
                        .map(|h| cell(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
                out.push_str(&format!("|{}\n", "---|".repeat(table.headers.len())));
                for row in &table.rows {
                    out.push_str(&format!(
                        "| {} |\n",
                        row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                    ));
                }
                out.push('\n');
            }
            Block::Buttons { .. } => {}
        }
    }
    out.trim_end().to_string() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_has_headings_fields_and_tables() {
        let r = Reply::info()
            .heading("Digest")
            .fields([("NPV", "£1")])
            .heading("Decisions")
            .table(&["Id", "Why"], vec![vec!["DEC-1".into(), "a|b".into()]]);
        assert_eq!(render_markdown(&r), "# Digest\n\n- **NPV**: £1\n\n## Decisions\n\n| Id | Why |\n|---|---|\n| DEC-1 | a\\|b |\n");
    }
}
