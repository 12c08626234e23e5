//! "<someone> says …" opening the sentence a reason was read from (convention 35, round
//! R54): "Ray says Johnson's hauling is fine as long as they show up, and he'd rather put the
//! $165k toward trees" was read from its condition on; "ally says we're a mill no a tearoom —
//! £60k for a coffee machine and six tables is daft" from its dash on. The sentence's whole
//! saying is the reason, when the verdict is not in it and the record is a decision.

use super::*;

/// Words that open a clause, never the name of someone saying something.
const NOT_SAYERS: &[&str] = &[
    "the",
    "it",
    "this",
    "that",
    "which",
    "who",
    "everyone",
    "nobody",
    "everybody",
    "so",
    "and",
    "but",
    "i",
    "we",
    "you",
];

impl Choice<'_> {
    /// The reason from the saying that opens its sentence ("Ray says …", "ally says …",
    /// "He says …") to its end, when the reason read is that sentence's tail.
    pub(super) fn saying_opens(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        let (a, b) = self.span_of(rationale.as_deref())?;
        let stop = |t: &Token| t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is("\n");
        let s = (0..a).rev().find(|&j| stop(&toks[j])).map_or(0, |j| j + 1);
        // One or two words naming who, then "says" / "said" / "reckons".
        let verb = (s + 1..(s + 3).min(a)).find(|&j| {
            matches!(
                toks[j].lower.as_str(),
                "says" | "said" | "reckons" | "thinks"
            )
        });
        let Some(k) = verb else {
            return rationale;
        };
        let sayer = (s..k).all(|j| {
            toks[j].is_word()
                && !toks[j].lower.contains('\'')
                && !NOT_SAYERS.contains(&toks[j].lower.as_str())
        });
        // Not when the saying decides ("alhaji says we should not stop it, the women are …"),
        // nor a benefit's result passed on (the saying left out, `benefit_saying.rs`).
        let in_it = verdict.is_some_and(|v| v.start >= s && v.start < b)
            || (self.decides)(k + 1, a)
            || self.intent != Intent::Decision;
        // The reason read is the sentence's tail, past its first clause's words.
        let tail = a > k + 2 && toks.get(b).is_none_or(stop);
        if !sayer || in_it || !tail {
            return rationale;
        }
        Some(self.words(s, b))
    }
}
