//! Renders a `Reply` as plain text with aligned tables, for terminals and logs.

use crate::text::{clip, pad};
use crate::{Block, Reply};

/// Widest a table cell or field name is shown in a terminal; longer ones end in `…`.
pub const MAX_PLAIN_CELL: usize = 120;
/// Longest paragraph or field value shown; a longer stored text ends in `…`.
pub const MAX_PLAIN_TEXT: usize = 10_000;

/// Plain text for a terminal: headings underlined, fields as `name: value`, tables aligned.
pub fn render_plain(reply: &Reply) -> String {
    let mut out = String::new();
    for block in &reply.blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading { text } => {
                let text = clip(text, MAX_PLAIN_CELL);
                out.push_str(&text);
                out.push('\n');
                out.push_str(&"=".repeat(text.chars().count()));
                out.push('\n');
            }
            Block::Paragraph { text } => {
                out.push_str(&clip(text, MAX_PLAIN_TEXT));
                out.push('\n');
            }
            Block::Fields { fields } => {
                let names: Vec<String> = fields
                    .iter()
                    .map(|(k, _)| clip(k, MAX_PLAIN_CELL))
                    .collect();
                let width = names.iter().map(|k| k.chars().count()).max().unwrap_or(0);
                for (k, (_, v)) in names.iter().zip(fields) {
                    out.push_str(&pad(k, width));
                    out.push_str("  ");
                    out.push_str(&clip(v, MAX_PLAIN_TEXT));
                    out.push('\n');
                }
            }
            Block::Table { table } => {
                let cols = table.headers.len();
                let width = |s: &str| s.chars().count().min(MAX_PLAIN_CELL);
                let mut widths: Vec<usize> = table.headers.iter().map(|h| width(h)).collect();
                for row in &table.rows {
                    for (i, cell) in row.iter().enumerate().take(cols) {
                        widths[i] = widths[i].max(width(cell));
                    }
                }
                let line = |cells: &[String]| {
                    let mut s = String::new();
                    for (i, w) in widths.iter().enumerate() {
                        let cell = clip(cells.get(i).map(String::as_str).unwrap_or(""), *w);
                        s.push_str(&cell);
                        if i + 1 < cols {
                            s.push_str(&" ".repeat(w.saturating_sub(cell.chars().count()) + 2));
                        }
                    }
                    s.trim_end().to_string() + "\n"
                };
                out.push_str(&line(&table.headers));
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(&line(&rule));
                for row in &table.rows {
                    out.push_str(&line(row));
                }
            }
            Block::Buttons { buttons } => {
                let labels: Vec<String> =
                    buttons.iter().map(|b| format!("[{}]", b.label)).collect();
                out.push_str(&labels.join(" "));
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_aligned_on_the_widest_cell() {
        let reply = Reply::info().table(
            &["Id", "Name"],
            vec![
                vec!["INV-1".into(), "CRM".into()],
                vec!["INV-10".into(), "Data lake".into()],
            ],
        );
        assert_eq!(
            render_plain(&reply),
            "Id      Name\n------  ---------\nINV-1   CRM\nINV-10  Data lake\n"
        );
    }

    #[test]
    fn unicode_cells_align_by_characters() {
        let reply = Reply::info().table(&["Unit", "N"], vec![vec!["Café".into(), "1".into()]]);
        assert_eq!(render_plain(&reply), "Unit  N\n----  -\nCafé  1\n");
    }

    #[test]
    fn a_cell_longer_than_any_format_width_is_clipped_not_a_panic() {
        let huge = "x".repeat(70_000);
        let reply = Reply::info()
            .heading(&huge)
            .fields([(huge.as_str(), huge.as_str())])
            .table(
                &["Id", "Name", "N"],
                vec![vec!["UNIT-1".into(), huge.clone(), "1".into()]],
            );
        let out = render_plain(&reply);
        let row = out.lines().find(|l| l.starts_with("UNIT-1")).unwrap();
        let expected = format!("UNIT-1  {}…  1", "x".repeat(MAX_PLAIN_CELL - 1));
        assert_eq!(row, expected);
        assert!(out
            .lines()
            .all(|l| l.chars().count() <= MAX_PLAIN_TEXT + MAX_PLAIN_CELL + 2));
    }
}
