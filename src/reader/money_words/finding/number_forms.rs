//! How a number was written: decimal commas and thousands dots, and the multiplier a
//! range's high end carries ("-80k").

use super::*;

/// A number as [`Money::parse`] reads it (`1250.5`, `1,250`), from the way it was written:
/// a comma before one or two last digits is a decimal comma (`1,2 Mio.`, `1.250,50`), and
/// dots before groups of three digits separate thousands (`€180.000`), since no amount in
/// a currency of cents has three decimals. With a multiplier, one dot is a decimal point
/// (`$1.250m`).
pub(in crate::reader::money_words) fn english_number(
    num: &str,
    has_multiplier: bool,
    exponent: u32,
) -> String {
    let last_comma = num.rfind(',');
    let last_dot = num.rfind('.');
    match (last_comma, last_dot) {
        (Some(c), Some(d)) if c > d => num.replace('.', "").replace(',', "."),
        (Some(c), None) if num.matches(',').count() == 1 && (2..=3).contains(&(num.len() - c)) => {
            num.replace(',', ".")
        }
        (None, Some(_)) => {
            let groups: Vec<&str> = num.split('.').collect();
            let grouped = groups[1..].iter().all(|g| g.len() == 3);
            let dots = groups.len() - 1;
            if grouped && (dots > 1 || (!has_multiplier && exponent < 3)) {
                num.replace('.', "")
            } else {
                num.to_string()
            }
        }
        _ => num.to_string(),
    }
}

/// The multiplier a range's high end carries, when the range goes on at `i` ("-80k").
pub(in crate::reader::money_words) fn range_multiplier(toks: &[Token], i: usize) -> Option<u32> {
    let dash = toks.get(i)?;
    if !(dash.is_sym("-") || dash.is_sym("–") || dash.is("to")) {
        return None;
    }
    toks.get(i + 1).filter(|t| t.kind == TokKind::Num)?;
    let m = toks
        .get(i + 2)
        .filter(|t| t.kind == TokKind::Word && t.attached)?;
    multiplier(&m.lower)
}
