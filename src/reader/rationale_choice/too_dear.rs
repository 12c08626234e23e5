//! A no or a hold whose only reason is the price judged too dear (round R68): "glazing robot
//! demo very good!! but price 1.2M too expensive, boss say no this year", "28 000 000 is too
//! much for the rent advance. Tell them we will revisit after the festive season.",
//! "Salote: too much for now": the clause saying so is the reason (conventions 8 and 93, 74
//! training labels hold it), from its clause's opening (after a comma, a colon, a dash, a
//! granted point's "but" or the sentence's start) to the clause's end. Asked when no other
//! reason was found.

use super::*;

/// At `j`, "too" and a word judging the price dear.
fn too_dear_at(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    w(j) == "too"
        && matches!(
            w(j + 1),
            "expensive" | "much" | "dear" | "pricey" | "pricy" | "steep" | "rich" | "costly"
        )
}

/// A token closing the clause: a sentence's end, a comma, a semicolon, a colon, a dash.
fn closes(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "." | "!" | "?" | "\n" | "," | ";" | "—" | "–" | "]"
    ) || t.is(":") && !t.is_clock_colon()
        || t.is_sym("-") && !t.attached
}

impl Choice<'_> {
    /// A refusal or a hold with no reason found: the clause judging the price too dear.
    pub(super) fn too_dear(
        &self,
        rationale: Option<String>,
        verdict: Option<Verdict>,
    ) -> Option<String> {
        if rationale.is_some() || !matches!(verdict, Some(Verdict::Reject | Verdict::Defer)) {
            return rationale;
        }
        let toks = self.toks;
        // The cheap first test: a "too" with a word judging the price after it.
        let j = (0..toks.len()).find(|&j| toks[j].is("too") && too_dear_at(toks, j))?;
        self.too_dear_past_first_test(j)
    }

    fn too_dear_past_first_test(&self, j: usize) -> Option<String> {
        let toks = self.toks;
        let start = (0..j)
            .rev()
            .find(|&k| closes(&toks[k]) || toks[k].lower == "but")
            .map_or(0, |k| k + 1);
        let end = (j + 2..toks.len())
            .find(|&k| closes(&toks[k]))
            .unwrap_or(toks.len());
        // "but not too much": at least the two words and what they judge or qualify.
        (end > start + 2).then(|| self.words(start, end))
    }
}
