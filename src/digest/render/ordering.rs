//! The order investments are listed in (by value-for-money ratio, with ties broken
//! steadily), the units table, and the digest as JSON.

use super::*;

/// The lines of the value-for-money table (the active ones: reds first, then amber, green
/// and grey, in id order within each) and of the slipping table (by realisation ratio,
/// lowest first). For a large portfolio (100,000 lines, where ordering them took a tenth
/// of the digest's time on one core while the other waited) each is worked out on its
/// own core.
pub(super) fn ordered(lines: &[InvestmentLine]) -> (Vec<&InvestmentLine>, Vec<&InvestmentLine>) {
    let priced = || {
        // A stable sort by RAG is the lines of each RAG in turn, in one pass.
        let mut by_rag: [Vec<&InvestmentLine>; 4] = Default::default();
        for i in lines.iter().filter(|i| i.status == "active") {
            by_rag[usize::from(crate::digest::rag::rank(&i.rag))].push(i);
        }
        by_rag.concat()
    };
    let slipping = || {
        let mut slipping: Vec<_> = lines.iter().filter(|i| i.slipping).collect();
        sort_by_ratio(&mut slipping, |i| i.realisation_ratio);
        slipping
    };
    if lines.len() < crate::digest::build::PARALLEL_FROM {
        return (priced(), slipping());
    }
    std::thread::scope(|scope| {
        let slipping = scope.spawn(slipping);
        let priced = priced();
        (
            priced,
            slipping
                .join()
                .expect("ordering the slipping lines panicked"),
        )
    })
}

/// Lines by realisation ratio, lowest first, no ratio before any (a stable sort). The
/// ratios are made into integer keys once, in the same order, so a large portfolio's
/// sort compares small keys in one array instead of following each line's pointer.
pub(super) fn sort_by_ratio<T>(lines: &mut [T], ratio: impl Fn(&T) -> Option<f64>) {
    if lines.iter().any(|i| ratio(i).is_some_and(f64::is_nan)) {
        // Not a number compares as equal to anything: keep that order exactly.
        lines.sort_by(|a, b| {
            ratio(a)
                .partial_cmp(&ratio(b))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        return;
    }
    lines.sort_by_cached_key(|i| ratio(i).map(ordered_bits));
}

/// An `f64` (not NaN) as an integer in the same order; `-0.0` and `0.0` are one key, as
/// they compare equal.
pub(super) fn ordered_bits(r: f64) -> u64 {
    let bits = (r + 0.0).to_bits();
    match bits >> 63 {
        1 => !bits,
        _ => bits | (1 << 63),
    }
}

/// The portfolio digest's one line per unit: the figures of its scorecard.
pub(super) fn units_table(r: &mut dyn Sink, d: &Digest) {
    let cur = d.currency.as_str();
    r.heading("8. Units");
    r.table(
        &[
            "Unit",
            "Run",
            "Change",
            "NPV",
            "Realised",
            "Forecast",
            "Realisation",
            "Decisions",
            "Red",
            "Amber",
            "Per user",
            "Meetings",
            "Last met",
            "Overdue",
            "On time",
            "Late",
        ],
        &|row| {
            for u in &d.units {
                let f = &u.figures;
                row(&[
                    u.unit.clone(),
                    money(f.run_minor, cur),
                    money(f.change_minor, cur),
                    money(f.npv_minor, cur),
                    money(f.realised_to_date_minor, cur),
                    money(f.forecast_to_date_minor, cur),
                    percent(f.realisation_ratio),
                    f.decisions_taken.to_string(),
                    f.red.to_string(),
                    f.amber.to_string(),
                    f.cost_per_user_minor
                        .map(|m| money(m, cur))
                        .unwrap_or_else(|| "—".into()),
                    f.meetings.to_string(),
                    f.days_since_last_meeting
                        .map(|n| match n {
                            1 => "1 day ago".to_string(),
                            n => format!("{n} days ago"),
                        })
                        .unwrap_or_else(|| "never".into()),
                    f.overdue_followups.to_string(),
                    f.follow_ups_on_time.to_string(),
                    f.follow_ups_late.to_string(),
                ])
            }
        },
    );
}

pub fn to_json(d: &Digest) -> serde_json::Value {
    serde_json::to_value(d).expect("a digest serialises")
}
