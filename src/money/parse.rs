//! The ways people write amounts: `£250k`, `€1,250.50`, `250000 GBP`, `1.5bn`.

use super::{Currency, Money, MoneyError, MAX_MINOR};
use std::str::FromStr;

pub(super) fn parse_money(input: &str, default: Currency) -> Result<Money, MoneyError> {
    let original = input.trim();
    let not_amount = || MoneyError::NotAnAmount(original.to_string());
    let mut s = original;
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        negative = true;
        s = rest.trim_start();
    }
    let mut currency: Option<Currency> = None;
    // Leading symbol or code.
    if let Some(first) = s.chars().next() {
        if let Some(c) = Currency::from_symbol(first) {
            currency = Some(c);
            s = s[first.len_utf8()..].trim_start();
        } else if first.is_ascii_alphabetic() {
            let code: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            let followed_by_number = s[code.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '-');
            if code.len() == 3 && followed_by_number {
                currency = Some(Currency::from_str(&code)?);
                s = s[3..].trim_start();
            } else {
                return Err(not_amount());
            }
        }
    }
    if let Some(rest) = s.strip_prefix('-') {
        negative = true;
        s = rest.trim_start();
    }
    // Number: digits, grouping commas, one decimal point.
    let num_len = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let (number, rest) = s.split_at(num_len);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(not_amount());
    }
    let mut rest = rest.trim();
    // Multiplier suffix.
    let lower_rest = rest.to_ascii_lowercase();
    let mut multiplier_exp = 0u32;
    for (suffix, exp) in [
        ("bn", 9),
        ("b", 9),
        ("m", 6),
        ("mm", 6),
        ("k", 3),
        ("thousand", 3),
        ("million", 6),
        ("billion", 9),
    ] {
        let matches = lower_rest == suffix
            || (lower_rest.starts_with(suffix)
                && lower_rest[suffix.len()..].starts_with(|c: char| c.is_whitespace()));
        if matches && (multiplier_exp == 0 || suffix.len() > 1) {
            multiplier_exp = exp;
            rest = rest[suffix.len()..].trim();
            break;
        }
    }
    // Trailing code.
    if !rest.is_empty() {
        let code = Currency::from_str(rest)?;
        if let Some(c) = currency {
            if c != code {
                return Err(not_amount());
            }
        }
        currency = Some(code);
    }
    let currency = currency.unwrap_or(default);
    let (mantissa, scale) = parse_decimal(number).ok_or_else(not_amount)?;
    if negative && mantissa != 0 {
        return Err(MoneyError::Negative(original.to_string()));
    }
    // value_minor = mantissa * 10^(exponent + multiplier) / 10^scale, exactly.
    let up = currency.exponent() + multiplier_exp;
    let too_large = || MoneyError::TooLarge(original.to_string());
    let value = if up >= scale {
        mantissa
            .checked_mul(10u128.checked_pow(up - scale).ok_or_else(too_large)?)
            .ok_or_else(too_large)?
    } else {
        let div = 10u128.pow(scale - up);
        if mantissa % div != 0 {
            return Err(MoneyError::TooPrecise {
                input: original.to_string(),
                currency,
                places: currency.exponent(),
            });
        }
        mantissa / div
    };
    if value > MAX_MINOR as u128 {
        return Err(too_large());
    }
    Ok(Money::new(value as i64, currency))
}

/// Digits with optional grouping commas (every 3 digits) and one decimal point, as an integer
/// mantissa and the count of decimal places.
///
/// The mantissa is summed digit by digit as the number is read (round P66), not gathered
/// into a string and parsed: `number` holds only ASCII digits, commas and dots (the number
/// [`parse_money`] cut out), so every character kept is a digit, and thirty digits, the
/// most kept, never overflow a `u128`. Checked against the string-and-parse way
/// (`parse_decimal_as_first_written`) in the tests.
fn parse_decimal(number: &str) -> Option<(u128, u32)> {
    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    if int_part.is_empty() {
        return None;
    }
    let mut mantissa: u128 = 0;
    let mut digits = 0usize;
    let mut add = |b: u8| {
        digits += 1;
        if digits <= 30 {
            mantissa = mantissa * 10 + u128::from(b - b'0');
        }
    };
    // Groups of three after the first (of one to three) where commas group the digits.
    let mut group = 0usize;
    let mut grouped = false;
    for b in int_part.bytes() {
        if b == b',' {
            if group == 0 || group > 3 || grouped && group != 3 {
                return None;
            }
            grouped = true;
            group = 0;
        } else {
            group += 1;
            add(b);
        }
    }
    if grouped && group != 3 {
        return None;
    }
    let mut scale = 0;
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let f = f.trim_end_matches('0');
        f.bytes().for_each(&mut add);
        scale = f.len() as u32;
    }
    if digits > 30 {
        return None;
    }
    Some((mantissa, scale))
}

#[cfg(test)]
mod p66_tests {
    use super::parse_decimal;

    /// [`parse_decimal`] as first written: the digits gathered into a string and parsed.
    fn parse_decimal_as_first_written(number: &str) -> Option<(u128, u32)> {
        let (int_part, frac_part) = match number.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (number, None),
        };
        if int_part.is_empty() {
            return None;
        }
        if int_part.contains(',') {
            let groups: Vec<&str> = int_part.split(',').collect();
            if groups[0].is_empty()
                || groups[0].len() > 3
                || groups[1..].iter().any(|g| g.len() != 3)
            {
                return None;
            }
        }
        let mut digits: String = int_part.chars().filter(|c| *c != ',').collect();
        let mut scale = 0;
        if let Some(f) = frac_part {
            if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let f = f.trim_end_matches('0');
            digits.push_str(f);
            scale = f.len() as u32;
        }
        if digits.len() > 30 {
            return None;
        }
        Some((digits.parse().ok()?, scale))
    }

    /// Round P66: the mantissa summed as the digits are read is the one the string of them
    /// parses to, and is refused where that was, for every number of up to seven characters
    /// of digits, commas and dots, and for long ones about the thirty digits kept.
    #[test]
    fn parse_decimal_reads_as_the_digits_parsed() {
        let alphabet = ['0', '1', '7', '9', ',', '.'];
        let mut last = vec![String::new()];
        let mut numbers = vec![String::new()];
        for _ in 0..7 {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            numbers.extend(last.iter().cloned());
        }
        for n in 25..=33 {
            let nines = "9".repeat(n);
            numbers.push(nines.clone());
            numbers.push(format!("{nines}.5"));
            numbers.push(format!("1.{nines}"));
            numbers.push(format!("{nines}.000"));
            numbers.push(format!("12,345.{nines}"));
        }
        numbers.push("999,999,999,999,999,999,999,999,999,999".into());
        numbers.push("1,000,000,000,000,000,000,000,000,000.00".into());
        for n in &numbers {
            assert_eq!(parse_decimal(n), parse_decimal_as_first_written(n), "{n:?}");
        }
    }
}
