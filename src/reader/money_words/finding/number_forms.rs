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
    match last_comma_and_dot(num) {
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

/// Where `num`'s last comma and last dot are (`num.rfind(',')`, `num.rfind('.')`), found
/// in one pass over its bytes (round P66): a number is a few bytes, where `rfind`'s searcher,
/// set up for long texts, cost more than the search. Both marks are ASCII, never a byte of
/// another character, so each byte's place is the place `rfind` gives.
fn last_comma_and_dot(num: &str) -> (Option<usize>, Option<usize>) {
    let (mut comma, mut dot) = (None, None);
    for (k, b) in num.bytes().enumerate() {
        match b {
            b',' => comma = Some(k),
            b'.' => dot = Some(k),
            _ => {}
        }
    }
    (comma, dot)
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

#[cfg(test)]
mod p66_tests {
    use super::last_comma_and_dot;

    /// Round P66: the last comma and dot found over the bytes are `rfind`'s, for every word
    /// of the training messages and of the source's strings, and a few numbers not in ASCII.
    #[test]
    fn last_comma_and_dot_are_rfinds() {
        let mut words = crate::reader::tests::p55_training_texts::training_and_source_words();
        words.extend(
            [
                "1,250.50",
                "1.250,50",
                "€180.000",
                "٣,٥",
                "1 250,5",
                ",.",
                "",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(last_comma_and_dot(w), (w.rfind(','), w.rfind('.')), "{w:?}");
        }
    }
}
