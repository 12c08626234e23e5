//! A clause of its own after a hold's time, in the hold's own sentence (round R47): "The
//! grading room upgrade is gonna wait till after the crop is shelled out, probably March —
//! Renita wants to see what the sheller runs this winter before we put $380k into it", "is
//! on hold till March, the ground works quote came in at €210k and that's more than we'd
//! pencilled", "held until after sugaring though, money's tight until the first bulk check
//! comes in". The clause says why it waits, money and all; the sentence after (a remark to
//! the room, "And whoever keeps parking …") does not. A hedged time after the hold's
//! ("probably March", "around March") is still when, and is passed over.

use super::*;

/// Words that hedge a time told after the hold's: "probably March", "around March".
const HEDGES: &[&str] = &[
    "probably",
    "prob",
    "around",
    "maybe",
    "likely",
    "roughly",
    "about",
    "approx",
    "say",
    "early",
    "mid",
    "late",
    "end",
    "of",
    "the",
    "or",
    "so",
    "realistically",
];

impl Choice<'_> {
    /// For a deferral, the clause after its "till …" / "until …" (and any hedged time
    /// after it) to the end of the verdict's sentence, as a token span.
    pub(super) fn why_after_hold_time(&self) -> Option<(usize, usize)> {
        let Choice {
            toks,
            verdict,
            skip,
            decides,
            in_money,
            ..
        } = *self;
        let v = verdict.filter(|v| v.verdict == Verdict::Defer)?;
        let limit = self.limit();
        let end = (v.start..limit)
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
            .unwrap_or(limit);
        let until = (v.start..end.min(v.end + 3))
            .find(|&j| matches!(toks[j].lower.as_str(), "till" | "until" | "til"))?;
        let mark = |j: usize| {
            toks[j].is(",")
                || toks[j].is_sym("—")
                || toks[j].is_sym("–")
                || toks[j].is_sym("-") && !toks[j].attached
        };
        let marks: Vec<usize> = (until + 2..end).filter(|&j| mark(j)).collect();
        for (k, &c) in marks.iter().enumerate() {
            let s = c + 1;
            let next = marks.get(k + 1).copied().unwrap_or(end);
            // "probably March": a hedged time, passed over.
            // A month or season the date reader left unread ("around March" after "CNY").
            let time = |j: usize| {
                let w = toks[j].lower.as_str();
                skip(j) || dates::month(w).is_some() || dates::season_start(w).is_some()
            };
            let timed = next > s
                && next <= s + 4
                && (s..next).any(time)
                && (s..next).all(|j| time(j) || HEDGES.contains(&toks[j].lower.as_str()));
            if timed {
                continue;
            }
            let words = (s..end).filter(|&j| toks[j].is_word()).count();
            // "…, which is usually mid-January": the time told again, no clause of its own.
            // "…, ₱4.5M is too big to spend without the power": the price judged too dear
            // opens a clause of its own (round R66).
            if s < end && in_money(s) && price_judged(toks, s, end, in_money) {
                return (!decides(s, end)).then_some((s, end));
            }
            let own = s < end
                && toks[s].is_word()
                && !matches!(toks[s].lower.as_str(), "which" | "when" | "whichever")
                && words >= 4
                && !clauses::opens_look_again(toks, s)
                // "…, DX install runs to Feb": a milestone is when, not why; someone's
                // wish ("Renita wants to see …") is a clause of its own.
                && (intent::own_clause(toks, s, end) || wish_or_word(toks, s))
                && !decides(s, end);
            return own.then_some((s, end));
        }
        None
    }
}

/// "Renita wants to see …", "Winnie want to see …", "Gaz reckons …": someone's wish or word;
/// "money's tight …": a subject with its "is" in one word.
fn wish_or_word(toks: &[Token], s: usize) -> bool {
    let contracted = toks[s].lower.ends_with("'s") && toks[s].lower.len() > 3;
    toks.get(s + 1).is_some_and(|t| {
        contracted && t.is_word()
            || matches!(
                t.lower.as_str(),
                "wants" | "want" | "needs" | "would" | "reckons" | "says" | "thinks"
            )
    })
}

/// From the money at `s`: "<money> is / was / 's too <word>" — a price judged too dear —
/// with at least one word after "too", before `end`?
fn price_judged(toks: &[Token], s: usize, end: usize, in_money: &dyn Fn(usize) -> bool) -> bool {
    let Some(m) = (s..end).find(|&j| !in_money(j)) else {
        return false;
    };
    let w = |k: usize| crate::reader::tokens::word_before(toks, k, end);
    matches!(w(m), "is" | "was" | "'s")
        && w(m + 1) == "too"
        && toks.get(m + 2).is_some_and(|t| m + 2 < end && t.is_word())
}
