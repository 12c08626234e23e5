//! A benefit's result passed on by someone, in a sentence after the one naming the work
//! (round R53, convention 35's "a benefit reported by someone"): "Teasel gig's been running a
//! month since the refurb. Jean says the lambswool throws are getting the right handle first
//! time now, …". The saying reports the result; the result is the reason.

use super::*;

/// Words that open a saying but name no one who reports: the writer and those the message
/// already speaks for.
const NOT_A_REPORTER: &[&str] = &["i", "we", "they", "you", "it", "that", "this", "he", "she"];

impl Choice<'_> {
    /// A benefit's reason opening "<a name or two> says|said|reckons …": the result after the
    /// saying.
    pub(super) fn benefit_saying(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        if self.intent != Intent::Benefit || self.verdict.is_some() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let Some(j) = (a + 1..(a + 3).min(b))
            .find(|&k| matches!(w(k), "says" | "said" | "reckons" | "reckon"))
        else {
            return rationale;
        };
        // The reporter is named: capitalised as written, not a pronoun.
        let named = (a..j).all(|k| {
            toks[k].is_word()
                && !NOT_A_REPORTER.contains(&w(k))
                && self.text[toks[k].start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
        let s = j + 1 + usize::from(w(j + 1) == "that");
        if !named || b < s + 4 {
            return rationale;
        }
        Some(self.words(s, b))
    }
}
