//! A row of a table pasted as text, read as the sentence its cells say: "| Hillsborough car
//! park | Rejected | 65,000 | we lease it |" under "| Request | Outcome | £ | Why |" is
//! "Hillsborough car park: Rejected, £65,000 – we lease it". The header's currency cell
//! gives the row's bare figure its currency (a cell of the symbol alone: "£k" or "£000"
//! would scale it, and is not read), its "Why" cell the reason.

/// The cells of a table's line, trimmed: "| a | b |" is ["a", "b"].
fn cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

/// Is `cell` a bare figure ("41,000", "9,800", "12000.50")?
fn bare_figure(cell: &str) -> bool {
    cell.chars().next().is_some_and(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// The row `row` (a line of `message` opening on a bar) said as a sentence, when a header
/// line above it names the columns with a currency symbol's cell ("£", "$", "€") over the
/// row's bare figure: "<thing>: <outcome>, <symbol><figure>" and "– <why>" when a "Why" /
/// "Reason" column says one. `None` otherwise.
pub(super) fn row_said(message: &str, row: &str) -> Option<String> {
    let header = message
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with('|') && !l.contains("---"))?;
    let head = cells(header);
    let money = head.iter().position(|c| matches!(*c, "£" | "$" | "€"))?;
    let why = head
        .iter()
        .position(|c| matches!(c.to_lowercase().as_str(), "why" | "reason" | "rationale"));
    let row_cells = cells(row);
    if row_cells.len() != head.len() || money < 2 || header == row.trim() {
        return None;
    }
    let figure = row_cells[money];
    if !bare_figure(figure) {
        return None;
    }
    let mut said = format!(
        "{}: {}, {}{}",
        row_cells[0],
        row_cells[1..money].join(", "),
        head[money],
        figure
    );
    if let Some(reason) = why.map(|w| row_cells[w]).filter(|r| !r.is_empty()) {
        said.push_str(" – ");
        said.push_str(reason);
    }
    Some(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Outcome of Monday's review:\n\n| Request | Outcome | £ | Why |\n|---|---|---|---|\n| Mist benches | Approved | 41,000 | half the cuttings died |\n| Seed tray washer | Deferred (review Sept) | 12,000 | |";

    #[test]
    fn a_row_under_a_currency_column_is_said_with_its_symbol_and_reason() {
        assert_eq!(
            row_said(
                TABLE,
                "| Mist benches | Approved | 41,000 | half the cuttings died |"
            )
            .as_deref(),
            Some("Mist benches: Approved, £41,000 – half the cuttings died")
        );
        assert_eq!(
            row_said(
                TABLE,
                "| Seed tray washer | Deferred (review Sept) | 12,000 | |"
            )
            .as_deref(),
            Some("Seed tray washer: Deferred (review Sept), £12,000")
        );
    }

    #[test]
    fn a_scaled_currency_column_or_a_worded_figure_is_not_read() {
        let scaled = TABLE.replace("| £ |", "| £k |");
        assert_eq!(
            row_said(&scaled, "| Mist benches | Approved | 41 | |"),
            None
        );
        assert_eq!(row_said(TABLE, "| Mist benches | Approved | tbc | |"), None);
    }
}
