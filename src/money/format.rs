//! Amounts shown to people: `£1,250.50`, or whole units `£250,001`, commas between thousands.

use super::Currency;

/// Appends `n`'s digits to `out`, a comma between each group of three.
fn push_grouped(out: &mut String, n: u128) {
    // Into a buffer from the right: 39 digits and 12 commas at most.
    let mut buf = [0u8; 52];
    let mut at = buf.len();
    let mut put = |digit: u8, count: usize| {
        if count > 0 && count.is_multiple_of(3) {
            at -= 1;
            buf[at] = b',';
        }
        at -= 1;
        buf[at] = b'0' + digit;
    };
    let mut count = 0;
    // Most amounts fit in 64 bits, where dividing is much cheaper.
    match u64::try_from(n) {
        Ok(mut n) => loop {
            put((n % 10) as u8, count);
            count += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        },
        Err(_) => {
            let mut n = n;
            loop {
                put((n % 10) as u8, count);
                count += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
        }
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("digits and commas"));
}

/// Formats minor units (an amount, or a total of any size); `whole` rounds half away from
/// zero to whole units. Made in one string: digests format hundreds of thousands of these.
pub fn format_minor(minor: impl Into<i128>, currency: Currency, whole: bool) -> String {
    let mut s = String::with_capacity(32);
    push_minor(&mut s, minor.into(), currency, whole);
    s
}

/// Appends what [`format_minor`] makes to `s` (a large digest writes its amounts straight
/// into a table's text).
pub fn push_minor(s: &mut String, minor: i128, currency: Currency, whole: bool) {
    let abs = minor.unsigned_abs();
    let exponent = currency.exponent();
    let scale = 10u128.pow(exponent);
    let (units, frac) = match (whole, exponent, u64::try_from(abs)) {
        (true, 0, _) => (abs, 0),
        // Nearly every amount shown is whole, in hundredths, and fits in 64 bits, where
        // dividing by a constant is much cheaper than dividing in 128.
        (true, 2, Ok(small)) if small <= u64::MAX / 2 => (u128::from((small + 50) / 100), 0),
        (true, ..) => ((abs + scale / 2) / scale, 0),
        (false, ..) => (abs / scale, abs % scale),
    };
    if minor < 0 {
        s.push('-');
    }
    s.push_str(currency.symbol());
    push_grouped(s, units);
    if frac != 0 {
        s.push('.');
        let digits = frac.to_string();
        (digits.len()..exponent as usize).for_each(|_| s.push('0'));
        s.push_str(&digits);
    }
}
