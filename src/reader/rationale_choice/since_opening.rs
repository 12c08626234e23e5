//! A sentence opening on "since" (round R65): "Since PTSC change the route, half the sinking
//! crew reaching late every morning.", "FYI since we put the MoMo integration in September
//! the cash counting … went from 3 hours per day to almost nothing". A reason read from
//! after such a "since" lost it as a cause's marker (convention 31); but when the sentence's
//! main clause is no verdict, the "since" says from when the trouble or the result holds,
//! as "since go-live" does (convention 1), and the labels keep it (every one of the
//! training labels of the shape, decisions' and benefits').

use super::*;

/// A word that may stand before the "since" at a sentence's start ("FYI since …").
const OPENERS: &[&str] = &["fyi", "and", "also", "plus", "btw", "honestly", "well"];

impl Choice<'_> {
    /// `said`, given back the "since" that opens its sentence right before it.
    pub(super) fn since_opening(&self, said: String) -> String {
        let Some((a, b)) = reasons::span_of(self.text, self.toks, &said) else {
            return said;
        };
        if a == 0 || !self.toks[a - 1].is("since") {
            return said;
        }
        if self.opens_its_sentence(a - 1, b) {
            self.words(a - 1, b)
        } else {
            said
        }
    }

    /// Does the "since" at `s` open its sentence (alone or after one opening word), a
    /// sentence whose verdict, if the record has one, lies elsewhere, with the reason
    /// (ending at `b`) running on in it?
    fn opens_its_sentence(&self, s: usize, b: usize) -> bool {
        let toks = self.toks;
        let starts = |k: usize| {
            k == 0
                || matches!(
                    toks[k - 1].lower.as_str(),
                    "." | "!" | "?" | "\n" | ":" | ";"
                )
        };
        let opening =
            starts(s) || s > 0 && starts(s - 1) && OPENERS.contains(&toks[s - 1].lower.as_str());
        if !opening || b < s + 4 {
            return false;
        }
        match self.verdict {
            // The verdict in the same sentence after the "since" ("Since the press split,
            // we're going ahead") makes it a cause.
            Some(v) => {
                let end = (s..toks.len())
                    .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
                    .unwrap_or(toks.len());
                v.start < s || v.start >= end
            }
            None => self.intent == Intent::Benefit,
        }
    }
}
