//! A benefit's reason opening on how long the work has run (round R57, convention 67):
//! "cooler expansion been running 3 weeks now, we holding over about 40 sacks a weekend
//! instead of dumping em cheap friday evening. thats roughly $900 a week …" → "we holding
//! over about 40 sacks …"; "dishwasher at jurong west already 1 month, now only need 2
//! aunties per shift instead of 3." → "now only need 2 aunties …". The time it has run says
//! the work is in, as praise does; the result after the comma is why it pays.

use super::*;

/// Words for how long the work has run: "already 1 month", "3 weeks now".
const RUN_TIMES: &[&str] = &[
    "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years",
];

/// Is `toks[s..e]` only how long the work has run: a count of days to years said as a run
/// ("already", "been", "running", "now"), and no other number, change or comparison ("signed
/// in 2 days not 3 weeks" is a result)?
fn only_run_time(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |j: usize| toks[j].lower.as_str();
    let run = (s..e).any(|j| matches!(w(j), "already" | "been" | "running" | "now"));
    let compared = (s..e).any(|j| {
        matches!(
            w(j),
            "not" | "instead" | "in" | "from" | "than" | "vs" | "versus" | "to" | "within"
        )
    });
    if !run || compared {
        return false;
    }
    let timed = |j: usize| {
        toks[j].kind == tokens::TokKind::Num
            && toks
                .get(j + 1)
                .is_some_and(|t| RUN_TIMES.contains(&t.lower.as_str()))
    };
    (s..e).any(timed)
        && (s..e).all(|j| {
            timed(j)
                || toks[j].is_word() && !paying_off::measures(&toks[j])
                || RUN_TIMES.contains(&toks[j].lower.as_str())
        })
}

impl Choice<'_> {
    /// A benefit's reason without a clause opening it that only says how long the work has
    /// run; a reason that is only that clause runs on over the rest of its sentence.
    pub(super) fn run_time_opening(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, in_money, .. } = *self;
        if !self.benefit_without_verdict() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        // The sentence's start: the clause may open it after the work's name.
        let ss = toks[..a].iter().rposition(is_end).map_or(0, |p| p + 1);
        let Some(c) = (a..toks.len()).find(|&j| toks[j].is(",") || is_end(&toks[j])) else {
            return rationale;
        };
        if !toks[c].is(",") || !only_run_time(toks, ss.max(a.saturating_sub(8)).max(ss), c) {
            return rationale;
        }
        let s = c + 1;
        let e = if b > s {
            b
        } else {
            (s..toks.len())
                .find(|&j| is_end(&toks[j]) || in_money(j))
                .unwrap_or(toks.len())
        };
        let mut e = e;
        while e > s && !toks[e - 1].is_word() && toks[e - 1].kind != tokens::TokKind::Num {
            e -= 1;
        }
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        if words < 3 || (s..e).any(in_money) {
            return rationale;
        }
        Some(self.words(s, e))
    }
}
