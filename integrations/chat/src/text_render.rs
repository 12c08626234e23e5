//! Renders a `Reply` as plain text with aligned tables, for terminals and logs.

use crate::{Block, Reply};

/// Plain text for a terminal: headings underlined, fields as `name: value`, tables aligned.
pub fn render_plain(reply: &Reply) -> String {
    let mut out = String::new();
    for block in &reply.blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match block {
            Block::Heading { text } => {
                out.push_str(text);
                out.push('\n');
                out.push_str(&"=".repeat(text.chars().count()));
                out.push('\n');
            }
            Block::Paragraph { text } => {
                out.push_str(text);
                out.push('\n');
            }
            Block::Fields { fields } => {
                let width = fields
                    .iter()
                    .map(|(k, _)| k.chars().count())
                    .max()
                    .unwrap_or(0);
                for (k, v) in fields {
                    out.push_str(&format!("{k:<width$}  {v}\n"));
                }
            }
            Block::Table { table } => {
                let cols = table.headers.len();
                let mut widths: Vec<usize> =
                    table.headers.iter().map(|h| h.chars().count()).collect();
                for row in &table.rows {
                    for (i, cell) in row.iter().enumerate().take(cols) {
                        widths[i] = widths[i].max(cell.chars().count());
                    }
                }
                let line = |cells: &[String]| {
                    let mut s = String::new();
                    for (i, w) in widths.iter().enumerate() {
                        let cell = cells.get(i).map(String::as_str).unwrap_or("");
                        if i + 1 == cols {
                            s.push_str(cell);
                        } else {
                            s.push_str(&format!("{cell:<w$}  "));
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
}
