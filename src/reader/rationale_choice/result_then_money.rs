//! A benefit read with no reason whose result is told in a sentence of its own and its money
//! in the next (round R57, conventions 15 and 73): "The accounting software ran November's
//! co-op statements in an afternoon instead of three days. Maureen figures that's about
//! $2,000 a month of my overtime gone." → "ran November's co-op statements …" (the work as
//! the subject left to `work_as_subject`); "dishwasher at jurong west already 1 month, now
//! only need 2 aunties per shift instead of 3. save abt $3k a month leh" → "now only need 2
//! aunties per shift instead of 3". The money's sentence only measures the result before it;
//! an opening clause that says how long the work has run ("… already 1 month") measures
//! nothing (convention 67).

use super::*;

/// Words that may stand before the money measuring the sentence before ("that's about",
/// "save abt", "roughly").
const MEASURING: &[&str] = &[
    "that's", "thats", "that", "is", "about", "abt", "roughly", "around", "call", "it", "worth",
    "~", "some", "nearly", "almost", "save", "saves", "saving", "saved", "us", "we", "so",
];

/// Verbs of someone reckoning the money: "Maureen figures", "Gwen reckons".
const RECKONS: &[&str] = &[
    "figures", "figured", "reckons", "reckoned", "reckon", "thinks", "says",
];

/// Words for how long the work has run: "already 1 month", "3 weeks now".
const RUN_TIMES: &[&str] = &[
    "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years",
];

impl Choice<'_> {
    /// The result in the sentence before a benefit's money's sentence.
    pub(super) fn result_then_money(&self) -> Option<String> {
        let Choice {
            toks,
            in_money,
            decides,
            ..
        } = *self;
        let m = self.benefit_money()?;
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
        let ss = toks[..m].iter().rposition(is_end)? + 1;
        let w = |k: usize| toks[k].lower.as_str();
        let k = ss
            + if m > ss + 2 && toks[ss].is_word() && RECKONS.contains(&w(ss + 1)) {
                2
            } else {
                0
            };
        if k >= m || !(k..m).all(|j| MEASURING.contains(&w(j))) {
            return None;
        }
        // The sentence before, less its stops.
        let mut e = ss;
        while e > 0 && (is_end(&toks[e - 1]) || toks[e - 1].is("?")) {
            e -= 1;
        }
        let ps = toks[..e]
            .iter()
            .rposition(|t| is_end(t) || t.is("?"))
            .map_or(0, |p| p + 1);
        let brk = |t: &Token| matches!(t.lower.as_str(), "," | ";" | "—" | "–");
        let measured = |j: usize| {
            paying_off::measures(&toks[j])
                && !(toks[j].kind == tokens::TokKind::Num
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| RUN_TIMES.contains(&t.lower.as_str())))
                || matches!(w(j), "instead" | "anymore")
        };
        // Past an opening clause that measures nothing ("… already 1 month,").
        let mut s = ps;
        while let Some(b) = (s..e).find(|&j| brk(&toks[j])) {
            if (s..b).any(measured) {
                break;
            }
            s = b + 1;
        }
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        (words >= 3 && !(s..e).any(in_money) && (s..e).any(measured) && !decides(s, e))
            .then(|| self.words(s, e))
    }
}
