//! A ticket's fields set apart by "|" on one line: "IT-2291 | Request: Starlink for the farm
//! camp | Cost: N$ 12 500 | Reason: no cell signal, tally sheets only reach the office a week
//! later | Status: Approved by Jason 03/12". The "Reason:" field (or "Why:", "Justification:",
//! "Rationale:") is what the writer says the reason is, as a sentence opening so is (round
//! R60); asked when no reason was found, for a record with a verdict.

use super::*;

impl Choice<'_> {
    /// The words of a "Reason: …" field opened after a "|" (or at a line's start), up to the
    /// next "|" or the line's end.
    pub(super) fn reason_field(&self, rationale: Option<String>) -> Option<String> {
        if rationale.is_some() {
            return rationale;
        }
        let Choice { toks, verdict, .. } = *self;
        verdict?;
        let opens = |j: usize| j == 0 || toks[j - 1].is_sym("|") || toks[j - 1].is("\n");
        let f = (0..toks.len().saturating_sub(3)).find(|&j| {
            opens(j)
                && matches!(
                    toks[j].lower.as_str(),
                    "reason" | "why" | "justification" | "rationale"
                )
                && toks[j + 1].is_sym(":")
        })?;
        let s = f + 2;
        let e = (s..toks.len())
            .find(|&k| toks[k].is_sym("|") || toks[k].is("\n"))
            .unwrap_or(toks.len());
        let mut b = e;
        while b > s && matches!(toks[b - 1].lower.as_str(), "." | "," | ";") {
            b -= 1;
        }
        (b >= s + 3 && toks[s].is_word()).then(|| self.words(s, b))
    }
}
