//! Text shaping every adapter needs to fit a platform's limits: clip at a word, split at
//! lines, lay a table out as aligned monospace lines.

/// Cuts `text` to at most `max` characters at a word boundary, adding `…`.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > 0)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// Splits text into pieces of at most `max` characters, at line breaks where possible,
/// else at spaces.
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if current.chars().count() + line.chars().count() <= max {
            current.push_str(line);
            continue;
        }
        if !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        let mut rest = line.to_string();
        while rest.chars().count() > max {
            let head: String = rest.chars().take(max).collect();
            let at = head.rfind(' ').filter(|i| *i > 0).unwrap_or(head.len());
            pieces.push(head[..at].to_string());
            rest = rest[at..].trim_start().to_string();
        }
        current = rest;
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// Widest a table cell is shown, in characters.
pub const MAX_CELL: usize = 40;

/// `text` followed by spaces up to `width` characters. Unlike `format!("{:<w$}")`, which
/// panics when the width passes 65,535, this works for any width (a stored cell may be
/// longer than anything the bot accepts today).
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.chars().count());
    let mut out = String::with_capacity(text.len() + fill);
    out.push_str(text);
    out.push_str(&" ".repeat(fill));
    out
}

/// The width a cell takes in a table laid out by [`table_lines`].
pub fn cell_width(cell: &str) -> usize {
    cell.chars().count().min(MAX_CELL)
}

/// The header and rows of a table as aligned monospace lines (header first).
pub fn table_lines(headers: &[String], rows: &[Vec<String>]) -> Vec<String> {
    table_lines_at_least(headers, rows, &[])
}

/// [`table_lines`] with each column at least as wide as `widths` says: the widths of rows
/// of the same table not given (left out of a long one), so the rows given are laid out
/// as they would be with every row.
pub fn table_lines_at_least(
    headers: &[String],
    rows: &[Vec<String>],
    widths: &[usize],
) -> Vec<String> {
    let mut widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| cell_width(h).max(widths.get(i).copied().unwrap_or(0)))
        .collect();
    for row in rows {
        for (i, c) in row.iter().enumerate().take(widths.len()) {
            widths[i] = widths[i].max(cell_width(c));
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, w) in widths.iter().enumerate() {
            let cell = clip(cells.get(i).map(String::as_str).unwrap_or(""), MAX_CELL);
            s.push_str(&pad(&cell, *w));
            s.push_str("  ");
        }
        s.trim_end().to_string()
    };
    let mut out = vec![line(headers)];
    out.extend(rows.iter().map(|r| line(r)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_at_words_and_fit() {
        for piece in split_text(&"word ".repeat(2000), 3000) {
            assert!(piece.chars().count() <= 3000);
            assert!(!piece.ends_with("wor") && !piece.starts_with("ord"));
        }
        assert_eq!(clip("the quick brown fox", 12), "the quick…");
        assert_eq!(
            table_lines(
                &["Id".into(), "Name".into()],
                &[vec!["INV-1".into(), "CRM".into()]]
            ),
            vec!["Id     Name", "INV-1  CRM"]
        );
        assert_eq!(
            table_lines_at_least(
                &["Id".into(), "Name".into()],
                &[vec!["INV-1".into(), "CRM".into()]],
                &[2, 9]
            ),
            vec!["Id     Name", "INV-1  CRM"]
        );
        assert_eq!(
            table_lines_at_least(
                &["Id".into(), "Name".into(), "Unit".into()],
                &[vec!["INV-1".into(), "CRM".into(), "IT".into()]],
                &[7, 8]
            ),
            vec!["Id       Name      Unit", "INV-1    CRM       IT"]
        );
    }
}
