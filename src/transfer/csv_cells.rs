//! Cells of the CSV files: text that a spreadsheet can never run as a formula, and amounts
//! in major units (`250000.00`) beside their currency.

use crate::money::Money;

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell, safe to open in a spreadsheet: one that would start a formula gets a
/// leading `'`, which spreadsheets show as text. Only text cells are escaped; numeric
/// cells (amounts, counts) are written as numbers, negative ones included.
pub fn text(s: &str) -> String {
    if s.starts_with(FORMULA_STARTS) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A text cell read back: the `'` that [`text`] added is removed, so an exported register
/// imports with the names it had.
pub fn unescape(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => s,
    }
}

/// The amount in major units with the currency's decimals and no symbol or grouping:
/// `250000.00`, `-12.50`, `900` (yen).
pub fn major(m: Money) -> String {
    let places = m.currency.exponent();
    let sign = if m.minor < 0 { "-" } else { "" };
    let abs = (m.minor as i128).unsigned_abs();
    let scale = 10u128.pow(places);
    if places == 0 {
        format!("{sign}{abs}")
    } else {
        format!(
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = places as usize
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[test]
    fn formulas_are_escaped_and_read_back() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "'=HYPERLINK(\"http://evil.example\",\"x\")",
            ),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("CRM = win", "CRM = win"),
            ("'quoted'", "'quoted'"),
        ] {
            assert_eq!(text(cell), written);
            assert_eq!(unescape(&text(cell)), cell);
        }
    }

    #[test]
    fn amounts_are_major_units() {
        assert_eq!(major(Money::new(25_000_000, Currency::GBP)), "250000.00");
        assert_eq!(major(Money::new(-1_250, Currency::USD)), "-12.50");
        assert_eq!(major(Money::new(5, Currency::EUR)), "0.05");
        assert_eq!(
            major(Money::new(i64::MIN, Currency::GBP)),
            "-92233720368547758.08"
        );
        let yen = Currency::from_code("JPY").unwrap();
        assert_eq!(major(Money::new(900, yen)), "900");
    }
}
