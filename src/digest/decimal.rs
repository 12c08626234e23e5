//! A ratio with a fixed number of decimals (`0.87`, `12%`, `3.4 yrs`), worked out with
//! integers: the same text as `format!("{v:.N}")`, which goes through the general float
//! formatter (exact decimal expansion) and was a measurable share of a large digest's
//! rendering (a portfolio's has a quarter of a million of them).

/// Appends `v` with `places` decimals (at most 4), exactly as `format!("{v:.places$}")`
/// writes it: the exact value of the double rounded half to even, a minus sign kept when
/// a negative value rounds to zero (`-0.00`).
pub fn push_fixed(out: &mut String, v: f64, places: u32) {
    match fixed_digits(v, places) {
        Some((negative, q)) => {
            if negative {
                out.push('-');
            }
            let scale = 10u64.pow(places);
            push_digits(out, q / scale);
            if places > 0 {
                out.push('.');
                let frac = q % scale;
                let mut buf = [b'0'; 4];
                let mut f = frac;
                for k in (0..places as usize).rev() {
                    buf[k] = b'0' + (f % 10) as u8;
                    f /= 10;
                }
                out.push_str(std::str::from_utf8(&buf[..places as usize]).expect("ASCII digits"));
            }
        }
        // Not finite, or too large for 64 bits once scaled: the general formatter.
        None => {
            use std::fmt::Write;
            write!(out, "{v:.p$}", p = places as usize).expect("writing to a String");
        }
    }
}

/// `v` times 10^places, rounded half to even, as a sign and a magnitude; `None` when `v`
/// is not finite or not below 2^52 (where every double is a whole number; left to the
/// general formatter).
fn fixed_digits(v: f64, places: u32) -> Option<(bool, u64)> {
    if !v.is_finite() || places > 4 {
        return None;
    }
    let bits = v.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac_bits = bits & ((1u64 << 52) - 1);
    // v = mantissa × 2^exp exactly.
    let (mantissa, exp) = match exp_bits {
        0 => (frac_bits, -1074),
        _ => (frac_bits | (1 << 52), exp_bits - 1075),
    };
    if exp >= 0 {
        return None;
    }
    // Below 2^53 × 10^4 < 2^67: in 128 bits, exactly.
    let scaled = u128::from(mantissa) * u128::from(10u64.pow(places));
    let shift = exp.unsigned_abs();
    if shift >= 127 {
        // Less than 2^-60 once scaled: rounds to zero.
        return Some((negative, 0));
    }
    let mut q = scaled >> shift;
    let rest = scaled & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && q & 1 == 1) {
        q += 1;
    }
    u64::try_from(q).ok().map(|q| (negative, q))
}

/// Appends `n`'s decimal digits.
fn push_digits(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[at..]).expect("ASCII digits"));
}

/// `v` with `places` decimals, as [`push_fixed`].
pub fn fixed(v: f64, places: u32) -> String {
    let mut s = String::with_capacity(12);
    push_fixed(&mut s, v, places);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(v: f64) {
        for places in 0..=4u32 {
            let want = format!("{v:.p$}", p = places as usize);
            assert_eq!(
                fixed(v, places),
                want,
                "{v:e} ({:#x}) to {places}",
                v.to_bits()
            );
        }
    }

    #[test]
    fn ties_go_to_even_and_negative_zero_keeps_its_sign() {
        for v in [
            0.125, 0.375, 0.25, 0.5, 1.5, 2.5, -0.5, -1.5, -0.125, 0.0, -0.0, -0.001, -0.004,
            0.005, 0.015, 0.045, 1.005, 2.675, 0.0625, 99.995, 1e-300, -1e-320, 5e-324,
        ] {
            same(v);
        }
        assert_eq!(fixed(0.125, 2), "0.12");
        assert_eq!(fixed(-0.001, 2), "-0.00");
        assert_eq!(fixed(2.5, 0), "2");
    }

    #[test]
    fn large_and_special_values_are_those_of_the_general_formatter() {
        for v in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            -f64::MAX,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            9_007_199_254_740_993.0,
            1.8e18,
            1.9e19,
            1e21,
            123_456_789.987_654_3,
        ] {
            same(v);
        }
    }

    #[test]
    fn ratios_of_amounts_as_a_digest_shows_them_are_the_same_text() {
        // A small deterministic generator: the digest's ratios are quotients of amounts,
        // and percentages are those times 100.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for k in 0..200_000u64 {
            let num = (next() % 2_000_000_000) as i64 - 500_000_000;
            let den = (next() % 1_000_000_000) as i64 + 1;
            let r = num as f64 / den as f64;
            same(r);
            same(r * 100.0);
            // Exact hundredths, halves and small fractions, where ties are.
            same((k as f64) / 8.0 - 1000.0);
            same((k as f64) / 200.0);
            same(f64::from_bits(next()));
        }
    }
}
