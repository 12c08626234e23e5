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

/// "can wait", "will follow": the part held back told as waiting.
fn waits_at(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(w(j), "can" | "will" | "could" | "'ll") && matches!(w(j + 1), "wait" | "follow")
        || w(j) == "waits"
}

impl Choice<'_> {
    /// "We're cutting the school contracts portal back to just the parents' tracking page —
    /// £12k instead of the £35k full build. The invoicing side can wait, Sue said.": a
    /// rescope whose next sentence says the part held back can wait (or will follow) has
    /// that sentence as its reason, when nothing else was read (round R51).
    pub(super) fn part_can_wait(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        // Only where nothing else was read: a scope told after the verdict's comma ("…, just
        // the double deckers on the 72 and the school runs. Rest of the fleet can wait") is
        // what the rescope keeps, its reason.
        // A dash clause narrowing the verdict's own scope ("back to just the two end
        // cottages — windows and roofs only") is no reason either (convention 65).
        // "Sue said" alone, the tag closing that sentence, is no reason read (round R54).
        let bare_said = rationale.as_deref().is_some_and(|r| {
            let words: Vec<&str> = r.split_whitespace().collect();
            words.len() <= 3 && words.last().is_some_and(|w| matches!(*w, "said" | "says"))
        });
        let unread =
            rationale.is_none() || bare_said || self.narrows_verdicts_scope(rationale.as_deref());
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Rescope && unread) else {
            return rationale;
        };
        // "Section F will follow after …" is read as a task too: the sentence is looked for
        // to the message's end.
        let limit = toks.len();
        let stop = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "\n");
        let Some(p) = (v.end..limit).find(|&j| stop(j) && !in_money(j)) else {
            return rationale;
        };
        let e = (p + 1..limit).find(|&j| stop(j)).unwrap_or(limit);
        let words = (p + 1..e).filter(|&j| toks[j].is_word()).count();
        if !(3..=16).contains(&words)
            || (p + 1..e).any(in_money)
            || !(p + 1..e).any(|j| waits_at(toks, j))
        {
            return rationale;
        }
        Some(self.words(p + 1, e))
    }
}
