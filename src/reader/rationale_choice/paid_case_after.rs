//! A stop's case told after it, holding the money already paid (round R44): "The website
//! rebuild is dead: we've put $27k into an agency that missed every date, and the Shopify
//! store does most of what fans use the site for", "We have decided to abandon the ERP
//! migration. The vendor has missed three go-live dates, we have paid KSh 6.5M so far, and
//! Otieno's team is still running month end in Excel alongside it." The sentence was
//! refused for its money, yet the money walked away from and what came of it are the case
//! for stopping (convention 30): after the verdict's colon, or in the sentence after a
//! verdict that says nothing more, the sentence is the reason whole.

use super::*;

/// Verbs of paying said after "have": "we've put £9k into …", "we have paid £7,500".
const PAID: &[&str] = &[
    "put", "paid", "spent", "sunk", "poured", "invested", "burned", "burnt", "blown",
];

/// "we've", "have", "has": the perfect that says the money is already gone.
const HAVE: &[&str] = &["we've", "i've", "they've", "have", "has", "had", "we'd"];

/// A sentence's end; a semicolon is not one: "…; we'll live with the current site until
/// …" goes on with the case.
fn sentence_stop(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

impl Choice<'_> {
    /// After a stop, the sentence after its colon (or the next sentence) that holds the
    /// money already paid and more of the case.
    pub(super) fn paid_case_after_stop(&self) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let v = verdict.filter(|v| v.verdict == Verdict::Stop)?;
        let limit = self.limit();
        let colon = (v.end..(v.end + 3).min(limit)).find(|&j| toks[j].is(":"));
        let s = match colon {
            Some(c) => c + 1,
            None => {
                let p = (v.end..limit).find(|&j| sentence_stop(&toks[j]))?;
                let more = (v.end..p).any(|j| toks[j].is_break() || in_money(j));
                if p > v.end + 6 || more {
                    return None;
                }
                p + 1
            }
        };
        let e = (s..limit)
            .find(|&j| sentence_stop(&toks[j]))
            .unwrap_or(limit);
        let m = (s..e).find(|&j| in_money(j))?;
        let paid = (m.saturating_sub(3).max(s + 1)..m).any(|j| {
            PAID.contains(&toks[j].lower.as_str()) && HAVE.contains(&toks[j - 1].lower.as_str())
        });
        let after = (m..e).find(|&j| !in_money(j)).unwrap_or(e);
        if !paid || (after..e).any(in_money) {
            return None;
        }
        // More of the case than the money: a clause before it, or one joined after it.
        let before = (s..m).any(|j| toks[j].is(","));
        let joined = (after..e).any(|j| toks[j].is(",") || toks[j].is("and"));
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        ((before || joined) && words >= 10).then(|| self.words(s, e))
    }
}
