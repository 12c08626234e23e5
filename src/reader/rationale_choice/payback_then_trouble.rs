//! "Committee approved phase one of the solar power plant, US$ 420,000, payback in 5 years.
//! Diesel eating us alive, we spending over $14,000 a month on fuel.": a payback told with an
//! approval is its reason (convention 100), but a sentence of its own after it telling what
//! the trouble the work ends costs us now — we spend, pay or lose money on it — is the
//! reason instead: why the work was needed, the payback how its money works out (round R64).

use super::*;

/// Words of money going out now, in the trouble's sentence.
const SPENDING: &[&str] = &[
    "spending", "spend", "spent", "paying", "pay", "losing", "lose", "lost", "burning",
];

impl Choice<'_> {
    /// The sentence after an approval's payback telling what the trouble costs us, instead.
    pub(super) fn payback_then_trouble(&self, rationale: Option<String>) -> Option<String> {
        // A cheap first test: the reason opens on "payback".
        let opens = rationale.as_deref().is_some_and(|said| {
            said.get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("payback"))
        });
        if !opens || !matches!(self.verdict.map(|v| v.verdict), Some(Verdict::Approve)) {
            return rationale;
        }
        self.payback_then_trouble_past_its_first_test(rationale)
    }

    fn payback_then_trouble_past_its_first_test(
        &self,
        rationale: Option<String>,
    ) -> Option<String> {
        let toks = self.toks;
        let Some((_, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let limit = self.limit();
        // The payback ends its sentence; the next one follows on the same line.
        if !toks.get(b).is_some_and(|t| t.is(".")) || b + 1 >= limit || toks[b + 1].is("\n") {
            return rationale;
        }
        let s = b + 1;
        let e = (s..limit)
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
            .unwrap_or(limit);
        let spends = (s..e).any(|j| {
            SPENDING.contains(&toks[j].lower.as_str()) && (j + 1..e).any(|k| (self.in_money)(k))
        });
        if e >= s + 4 && e <= s + 25 && spends && toks[s].is_word() && !(self.decides)(s, e) {
            Some(self.words(s, e))
        } else {
            rationale
        }
    }
}
