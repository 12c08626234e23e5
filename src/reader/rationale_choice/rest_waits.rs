//! The part of a rescope left for later, told with what it waits for (round R48): "Hive
//! replacement's been trimmed: … so $96k. We'll do the rest once we know what the varroa's
//! done over autumn", "traceability system scaled back to the packing house only for now,
//! $21k. the cider side waits til the canning line is sorted". The condition alone says only
//! when; the part it holds back is why the scope is what it is (convention 40), so the
//! sentence is read whole.

use super::*;

/// Words that name the part held back, or its waiting: "the rest", "the cider side waits".
const LATER_PART: &[&str] = &[
    "rest",
    "remainder",
    "remaining",
    "others",
    "wait",
    "waits",
    "side",
    "phase",
];

impl Choice<'_> {
    /// A rescope read with only a condition ("once …", "til …") in a sentence after the
    /// verdict's: that sentence from its start, when its few words before the condition name
    /// the part left for later.
    pub(super) fn rest_waits(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Rescope) else {
            return rationale;
        };
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if !matches!(
            toks[a].lower.as_str(),
            "till" | "til" | "until" | "once" | "when"
        ) {
            return rationale;
        }
        let Some(p) = (v.end..a)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
        else {
            return rationale;
        };
        let words = (p + 1..a).filter(|&j| toks[j].is_word()).count();
        let names_part = (p + 1..a).any(|j| LATER_PART.contains(&toks[j].lower.as_str()));
        // "the cider side waits": the part's own "waits" is no other decision here.
        if !(1..=7).contains(&words) || !names_part || (p + 1..a).any(in_money) {
            return rationale;
        }
        Some(self.words(p + 1, b))
    }
}
