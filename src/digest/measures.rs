//! The standard measures, in exact integer arithmetic. Money stays in minor units; present
//! values use a fixed-point discount factor with 18 decimal places, rounded once to the
//! minor unit (half away from zero). Ratios are computed from exact integers and only turned
//! into floating point for display and JSON.
//!
//! One record's amount is an `i64` (at most [`crate::money::MAX_MINOR`]); every figure worked
//! out from amounts (present values, sums, conversions) is an `i128`, so no number of
//! records and no horizon can make a figure wrap.

use chrono::NaiveDate;

const SCALE: i128 = 1_000_000_000_000_000_000;

/// A discount rate in millionths: 3.5% = 35_000.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate(pub i64);

impl Rate {
    pub fn from_f64(r: f64) -> Rate {
        Rate((r * 1_000_000.0).round() as i64)
    }
}

fn div_round(n: i128, d: i128) -> i128 {
    if d == 0 {
        return 0;
    }
    // A digest divides a few times per investment; a 128-bit division is a call into the
    // compiler's runtime, a 64-bit one a single instruction. Most figures fit 64 bits, and
    // the remainder comes from the quotient rather than from a second division.
    let (q, r) = match (i64::try_from(n), i64::try_from(d)) {
        (Ok(n64), Ok(d64)) if !(n64 == i64::MIN && d64 == -1) => {
            let q = n64 / d64;
            (i128::from(q), i128::from(n64 - q * d64))
        }
        _ => {
            let q = n / d;
            (q, n - q * d)
        }
    };
    if 2 * r.abs() >= d.abs() {
        q + if (n < 0) ^ (d < 0) { -1 } else { 1 }
    } else {
        q
    }
}

/// Σ_{t=1..N} 1/(1+r)^t, scaled by 10^18.
pub fn annuity_factor(rate: Rate, years: u32) -> i128 {
    let mut d = SCALE;
    let mut sum = 0i128;
    for _ in 0..years {
        d = div_round(d * 1_000_000, 1_000_000 + i128::from(rate.0));
        sum += d;
    }
    sum
}

/// Present value of `annual` minor units a year for `years` years, paid at year ends.
pub fn pv_annual(annual: i64, rate: Rate, years: u32) -> i128 {
    pv_with_factor(annual, annuity_factor(rate, years))
}

/// [`pv_annual`] with the annuity factor already worked out (a digest reuses one factor
/// for every investment with the same horizon).
pub fn pv_with_factor(annual: i64, factor: i128) -> i128 {
    mul_div_round(i128::from(annual), factor, SCALE)
}

/// `a × b / d` rounded half away from zero, without overflowing on the way when the result
/// fits: `a` is split as `q·d + r`, so `a·b/d = q·b + r·b/d`. A result beyond `i128`
/// (only reachable with absurd exchange rates) saturates rather than wraps.
pub fn mul_div_round(a: i128, b: i128, d: i128) -> i128 {
    if let Some(n) = a.checked_mul(b) {
        return div_round(n, d);
    }
    let (q, r) = (a / d, a % d);
    let whole = q.checked_mul(b);
    let part = r.checked_mul(b).map(|n| div_round(n, d));
    match (whole, part) {
        (Some(w), Some(p)) => w.saturating_add(p),
        _ if (a < 0) ^ (b < 0) => i128::MIN,
        _ => i128::MAX,
    }
}

/// The figures of one investment as of a date, in its currency's minor units.
#[derive(Debug, Clone, PartialEq)]
pub struct Measures {
    pub pv_benefits: i128,
    pub pv_costs: i128,
    pub npv: i128,
    pub bcr: Option<f64>,
    pub roi: Option<f64>,
    pub payback_years: Option<f64>,
}

/// The measures of an investment costing `cost` (its cost basis) with `run` a year to run
/// it and `benefit` a year of benefit for `years` years.
pub fn measures(cost: impl Into<i128>, run: i64, benefit: i64, years: u32, rate: Rate) -> Measures {
    measures_with_factor(
        cost.into(),
        run,
        benefit,
        years,
        annuity_factor(rate, years),
    )
}

/// [`measures`] with the annuity factor for `years` already worked out.
pub fn measures_with_factor(
    cost: i128,
    run: i64,
    benefit: i64,
    years: u32,
    factor: i128,
) -> Measures {
    let pv_benefits = pv_with_factor(benefit, factor);
    let pv_costs = cost + pv_with_factor(run, factor);
    let n = i128::from(years);
    let outlay = cost + n * i128::from(run);
    Measures {
        pv_benefits,
        pv_costs,
        npv: pv_benefits - pv_costs,
        bcr: ratio(pv_benefits, pv_costs),
        roi: ratio(n * i128::from(benefit) - outlay, outlay),
        payback_years: payback(cost, run, benefit, years),
    }
}

/// C / (B − R) when B > R and the result is within the horizon.
pub fn payback(cost: impl Into<i128>, run: i64, benefit: i64, years: u32) -> Option<f64> {
    let cost: i128 = cost.into();
    let net = i128::from(benefit) - i128::from(run);
    if net <= 0 {
        return None;
    }
    // cost / net <= years  ⇔  cost <= years · net (exact).
    (cost <= i128::from(years) * net).then(|| to_f64(cost) / to_f64(net))
}

/// B × min(days from S to D, 365·N) / 365; zero before S.
pub fn forecast_to_date(benefit: i64, start: NaiveDate, years: u32, as_of: NaiveDate) -> i128 {
    if as_of < start {
        return 0;
    }
    let days = (as_of - start).num_days().min(365 * i64::from(years));
    div_round(i128::from(benefit) * i128::from(days), 365)
}

/// `num / den` for display, `None` when `den` is zero. Takes any integer figure (counts,
/// amounts, totals).
pub fn ratio(num: impl Into<i128>, den: impl Into<i128>) -> Option<f64> {
    let (num, den) = (num.into(), den.into());
    (den != 0).then(|| to_f64(num) / to_f64(den))
}

/// `v as f64`: the same nearest double, taken from 64 bits when the value fits (a
/// 128-bit conversion is a call into the compiler's runtime).
fn to_f64(v: i128) -> f64 {
    match i64::try_from(v) {
        Ok(v) => v as f64,
        Err(_) => v as f64,
    }
}

/// Converts minor units by a rate in millionths (1 USD = 0.79 GBP → 790_000), exactly
/// rounded, from a currency with `from_exp` decimal places into one with `to_exp`.
pub fn convert(minor: impl Into<i128>, micro_rate: i64, from_exp: u32, to_exp: u32) -> i128 {
    mul_div_round(
        minor.into(),
        i128::from(micro_rate) * 10i128.pow(to_exp),
        1_000_000 * 10i128.pow(from_exp),
    )
}

/// The inverse of [`convert`]: base-currency minor units into a currency whose rate is
/// `micro_rate` millionths of the base.
pub fn convert_from_base(
    minor: impl Into<i128>,
    micro_rate: i64,
    from_exp: u32,
    to_exp: u32,
) -> i128 {
    mul_div_round(
        minor.into(),
        1_000_000 * 10i128.pow(to_exp),
        i128::from(micro_rate) * 10i128.pow(from_exp),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: Rate = Rate(35_000);

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn present_values_by_hand() {
        // £400k a year for 3 years at 3.5%: 400000 × (1/1.035 + 1/1.035² + 1/1.035³)
        // = 400000 × 2.8016369809… = £1,120,654.79 (exact fractions, rounded to the penny).
        assert_eq!(pv_annual(40_000_000, R, 3), 112_065_479);
        // £20k a year for 3 years: £56,032.74.
        assert_eq!(pv_annual(2_000_000, R, 3), 5_603_274);
        assert_eq!(pv_annual(40_000_000, R, 0), 0, "N = 0 has no benefit years");
        assert_eq!(
            pv_annual(40_000_000, Rate(0), 3),
            120_000_000,
            "no discounting"
        );
    }

    #[test]
    fn the_crm_replacement() {
        // C £250k, R £20k/yr, B £400k/yr, N 3.
        let m = measures(25_000_000, 2_000_000, 40_000_000, 3, R);
        assert_eq!(m.pv_benefits, 112_065_479);
        assert_eq!(m.pv_costs, 25_000_000 + 5_603_274);
        assert_eq!(m.npv, 112_065_479 - 30_603_274);
        assert_eq!(format!("{:.4}", m.bcr.unwrap()), "3.6619");
        // ROI = (1,200,000 − (250,000 + 60,000)) / 310,000 = 2.8710
        assert_eq!(format!("{:.4}", m.roi.unwrap()), "2.8710");
        // Payback = 250,000 / 380,000 = 0.6579 years.
        assert_eq!(format!("{:.4}", m.payback_years.unwrap()), "0.6579");
    }

    #[test]
    fn edge_cases() {
        // B ≤ R: never pays back; ROI negative.
        let m = measures(10_000, 5_000, 5_000, 4, R);
        assert_eq!(m.payback_years, None);
        assert!(m.roi.unwrap() < 0.0);
        // Payback beyond the horizon: C / (B − R) = 10 > N = 3.
        assert_eq!(payback(1_000, 0, 100, 3), None);
        assert_eq!(
            payback(300, 0, 100, 3),
            Some(3.0),
            "exactly at the horizon counts"
        );
        // N = 0: no PV of benefits, costs are the one-off cost only.
        let m = measures(1_000, 500, 900, 0, R);
        assert_eq!((m.pv_benefits, m.pv_costs, m.roi), (0, 1_000, Some(-1.0)));
        // Nothing spent at all: no ratio.
        assert_eq!(measures(0, 0, 0, 3, R).bcr, None);
    }

    #[test]
    fn forecast_to_date_by_hand() {
        let b = 36_500_000; // £365k a year = £1,000 a day
        assert_eq!(
            forecast_to_date(b, d("2027-01-01"), 3, d("2026-12-31")),
            0,
            "before the start"
        );
        assert_eq!(forecast_to_date(b, d("2027-01-01"), 3, d("2027-01-01")), 0);
        assert_eq!(
            forecast_to_date(b, d("2027-01-01"), 3, d("2027-01-31")),
            3_000_000
        );
        // Leap year: 2028-01-01 → 2028-12-31 is 365 days though 2028 has 366.
        assert_eq!(
            forecast_to_date(b, d("2028-01-01"), 1, d("2028-12-31")),
            36_500_000
        );
        assert_eq!(
            forecast_to_date(b, d("2028-01-01"), 1, d("2029-06-01")),
            36_500_000,
            "capped at 365·N days"
        );
    }

    /// The rounding division and the ratios as first written, in plain 128-bit arithmetic.
    fn div_round_plain(n: i128, d: i128) -> i128 {
        if d == 0 {
            return 0;
        }
        let (q, r) = (n / d, n % d);
        if 2 * r.abs() >= d.abs() {
            q + if (n < 0) ^ (d < 0) { -1 } else { 1 }
        } else {
            q
        }
    }

    #[test]
    fn shortcuts_agree_with_plain_128_bit_arithmetic() {
        let edges = [
            0,
            1,
            -1,
            2,
            -2,
            3,
            7,
            365,
            -365,
            SCALE,
            -SCALE,
            i128::from(i64::MAX),
            i128::from(i64::MIN),
            i128::from(i64::MAX) + 1,
            i128::from(i64::MIN) - 1,
            i128::from(i32::MAX) * 3,
            i128::MAX / 4,
            i128::MIN / 4,
            (1 << 53) + 1,
            -(1 << 53) - 1,
        ];
        let mut x: u64 = 0x5EED;
        let mut values: Vec<i128> = edges.to_vec();
        for _ in 0..2_000 {
            // SplitMix64, spread over every magnitude.
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            let wide = (i128::from(z) << 64 | i128::from(z.rotate_left(17))) >> (2 + z % 118);
            values.push(if z & 1 == 0 { wide } else { -wide });
        }
        for &n in &values {
            for &d in values.iter().step_by(7).chain(&edges) {
                assert_eq!(div_round(n, d), div_round_plain(n, d), "{n} / {d}");
                let r = ratio(n, d).map(f64::to_bits);
                let plain = (d != 0).then(|| (n as f64 / d as f64).to_bits());
                assert_eq!(r, plain, "{n} / {d}");
            }
        }
    }

    #[test]
    fn currency_conversion_is_exact() {
        assert_eq!(convert(100_000, 790_000, 2, 2), 79_000); // $1,000 → £790
        assert_eq!(convert(1_000, 5_300, 0, 2), 530); // ¥1,000 at 0.0053 → £5.30
        assert_eq!(convert_from_base(79_000, 790_000, 2, 2), 100_000);
        assert_eq!(div_round(-5, 2), -3);
    }
}
