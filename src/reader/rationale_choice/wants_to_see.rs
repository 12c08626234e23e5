//! A hold's reason told as someone's wish to see something first (round R68): "yeah nah on
//! the pellet mill for now. Rob wants to see how the Yakima contracts land before we drop
//! 240k.", "wastewater upgrade is a no from Sal for now. wants to see what DEM says at the
//! january inspection before we spend 180k on it.", "the board didn't go for the rollout …
//! The other 3 have Sky Muster and they want to see how Manyallaluk goes first." — the wish
//! is why the thing waits, the money it would take kept with it, as the corpus labels it
//! whether it is said after a dash ("— Gráinne wants to see the SuperValu volumes before we
//! spend €95k") or in a sentence of its own. Asked when no other reason was found: the
//! sentence (from its subject when the hold is said in it, or after a granted point's
//! "but") in the hold's sentence, the one before it or the next.

use super::*;

fn is_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// At `j`, "want" / "wants" with "to see" after it.
fn wish_at(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(w(j), "want" | "wants") && w(j + 1) == "to" && w(j + 2) == "see"
}

impl Choice<'_> {
    /// A hold with no reason found: the sentence of someone's "want(s) to see … first /
    /// before …", in the hold's sentence, the one before or the next, to its end.
    pub(super) fn wants_to_see(
        &self,
        rationale: Option<String>,
        held: Option<Verdict>,
    ) -> Option<String> {
        if rationale.is_some() {
            return rationale;
        }
        // "yeah nah on the pellet mill for now": a no read first, its "for now" making it a
        // hold.
        let v = self
            .verdict
            .filter(|v| v.verdict == Verdict::Defer || held == Some(Verdict::Defer))?;
        let toks = self.toks;
        let limit = self.limit();
        // From the sentence before the hold's ("… wants to see what DEM says … before we
        // spend 180k on it. back on the table after 1/20").
        let opens = (0..v.start.min(toks.len()))
            .rev()
            .filter(|&k| is_end(&toks[k]))
            .nth(1)
            .map_or(0, |k| k + 1);
        // The cheap first test: a "want" or "wants" in the sentences looked at.
        if !(opens..limit).any(|j| matches!(toks[j].lower.as_str(), "want" | "wants")) {
            return None;
        }
        self.wants_to_see_past_first_test(v, opens, limit)
    }

    fn wants_to_see_past_first_test(
        &self,
        v: verdicts::VerdictFinding,
        opens: usize,
        limit: usize,
    ) -> Option<String> {
        let toks = self.toks;
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        // To the end of the sentence after the hold's.
        let close = (v.start.min(limit)..limit)
            .filter(|&k| is_end(&toks[k]))
            .nth(1)
            .unwrap_or(limit);
        let mut s = opens;
        let mut j = opens;
        while j < close {
            if is_end(&toks[j]) {
                s = j + 1;
            } else if wish_at(toks, j) {
                let e = (j..close).find(|&k| is_end(&toks[k])).unwrap_or(close);
                let first = (j + 3..e).any(|k| matches!(w(k), "first" | "before"));
                // "Juan's not said yes yet — he wants to see it running somewhere first":
                // nothing decided yet is no hold (a proposal, as `want_to_see_first.rs`
                // keeps "no decision yet").
                let undecided = (opens..e).any(|k| {
                    w(k) == "yet"
                        && (k.saturating_sub(3)..k).any(|b| {
                            matches!(w(b), "yes" | "decided" | "agreed" | "signed" | "approved")
                        })
                });
                if !first || undecided {
                    return None;
                }
                // The subject before the wish, over "still", "also", "just", "really".
                let mut subject = j;
                while subject > s && matches!(w(subject - 1), "still" | "also" | "just" | "really")
                {
                    subject -= 1;
                }
                let mut subject = subject.saturating_sub(1).max(s);
                if subject > s
                    && matches!(w(subject - 1), "the" | "our" | "mr" | "mrs" | "ms" | "dr")
                {
                    subject -= 1;
                }
                let granted = (s..subject).rev().find(|&k| w(k) == "but");
                let start = match granted {
                    // "agreed to it in principle but he wants to see …": after the "but".
                    Some(b) => b + 1,
                    // The hold said in the wish's sentence: from the wish's subject, unless
                    // a clause of its own is joined to it by "and" ("The other 3 have Sky
                    // Muster and they want to see …").
                    None if v.start >= s && v.start < e && w(subject.wrapping_sub(1)) != "and" => {
                        subject
                    }
                    None => s,
                };
                return (e > start + 4).then(|| self.words(start, e));
            }
            j += 1;
        }
        None
    }
}
