//! A hold's "until <event>" reason, then a guess of when that will be (round R52): "hold
//! until after the year-end audit, so around March", "wait until the new kiln running
//! stable, maybe May next year we check again", "hold the hatchery seawater contract till
//! the grant result's in, so early Feb". The event is why; the time guessed after its comma
//! is when the thing comes back (the review date), no part of the reason. Round R56: the
//! guess told as "expected June 2027", "most likely in March 2027" or in brackets, "(end of
//! February 2027)", and the event opening on "when", "after" or "once" as on "until".

use super::*;

/// Words opening the guess: "so around March", "maybe May", "probably early Feb".
const GUESS: &[&str] = &[
    "so",
    "maybe",
    "probably",
    "prob",
    "likely",
    "possibly",
    "hopefully",
    "around",
    "roughly",
    "say",
    // "…, expected June 2027", "…, most likely in March 2027" (round R56).
    "expected",
    "most",
];

/// Words opening a guess in brackets: "(end of February 2027)", "(early March)" (round R56).
const BRACKETED: &[&str] = &[
    "end", "early", "mid", "late", "expected", "probably", "likely",
];

/// Words that make the guess a time when no date was read in it: "so around March", "maybe
/// May next year", "so early Feb".
const TIME: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "year",
    "q1",
    "q2",
    "q3",
    "q4",
];

impl Choice<'_> {
    /// A reason opening on "until" / "till" / "pending" cut before a comma that opens a guess
    /// of when, holding a time.
    pub(super) fn guess_of_when(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, skip, .. } = *self;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        // "…, revisit after the German order is confirmed, most probably in February": the
        // guess of when read alone is no reason; the event is asked for after (round R66).
        if self.only_a_guess(a, b) {
            return None;
        }
        // "wait till ERP is live, then decide": what is done then is no part of the event
        // (round R66).
        let (rationale, b) = match self.then_decide_at(a, b) {
            Some(c) => (Some(self.words(a, c)), c),
            None => (rationale, b),
        };
        // "The board will consider again when the 2027 budget is ready", "Management has
        // asked HR to revisit it after the new minimum wage order is gazetted": who looks
        // again is no part of the reason; the event is (round R56).
        let opened = self.after_look_again(a, b);
        let cut = opened.is_some();
        let a = opened.unwrap_or(a);
        if !matches!(
            toks[a].lower.as_str(),
            "until" | "till" | "til" | "'til" | "pending" | "when" | "after" | "once"
        ) {
            return rationale;
        }
        let whole = || cut.then(|| self.words(a, b)).or(rationale.clone());
        let Some(c) = (a + 2..b).find(|&j| toks[j].is(",") || toks[j].is("(")) else {
            return whole();
        };
        let opener = if toks[c].is("(") { BRACKETED } else { GUESS };
        let guessed = toks
            .get(c + 1)
            .is_some_and(|t| opener.contains(&t.lower.as_str()));
        let timed = (c + 1..b).any(|j| skip(j) || TIME.contains(&toks[j].lower.as_str()));
        let words = (c + 1..b).filter(|&j| toks[j].is_word()).count();
        if !guessed || !timed || words > 8 {
            return whole();
        }
        Some(self.words(a, c))
    }

    /// Is `a..b` a deferral's reason that is only a guess of when: "most probably in
    /// February", "probably March", "maybe May next year" — a hedge opening it, a time in
    /// it, at most five words?
    fn only_a_guess(&self, a: usize, b: usize) -> bool {
        let Choice {
            toks,
            verdict,
            skip,
            ..
        } = *self;
        let hedged = |w: &str| matches!(w, "probably" | "prob" | "likely" | "maybe" | "most");
        if !hedged(toks[a].lower.as_str()) || verdict.is_none_or(|v| v.verdict != Verdict::Defer) {
            return false;
        }
        let words = (a..b).filter(|&j| toks[j].is_word()).count();
        words <= 5
            && (a..b).any(|j| skip(j) || TIME.contains(&toks[j].lower.as_str()))
            && (a..b).all(|j| {
                skip(j)
                    || TIME.contains(&toks[j].lower.as_str())
                    || hedged(toks[j].lower.as_str())
                    || matches!(
                        toks[j].lower.as_str(),
                        "in" | "by"
                            | "around"
                            | "early"
                            | "mid"
                            | "late"
                            | "end"
                            | "of"
                            | "next"
                            | "the"
                    )
            })
    }

    /// In a reason opening on "till" / "until", the comma before a closing ", then decide" /
    /// ", then we decide" / ", then we'll see" — what is done once the event is past.
    fn then_decide_at(&self, a: usize, b: usize) -> Option<usize> {
        let Choice { toks, .. } = *self;
        if !matches!(toks[a].lower.as_str(), "until" | "till" | "til") || b < a + 4 {
            return None;
        }
        let w = |k: usize| crate::reader::tokens::word_before(toks, k, b);
        let c = (a + 2..b).find(|&j| toks[j].is(","))?;
        let k = c + 1 + usize::from(w(c + 1) == "and");
        if w(k) != "then" {
            return None;
        }
        let k = k + 1 + usize::from(matches!(w(k + 1), "we" | "we'll" | "we'd" | "i'll"));
        let k = k + usize::from(matches!(w(k), "will" | "can" | "shall"));
        (matches!(
            w(k),
            "decide" | "see" | "talk" | "discuss" | "revisit" | "review"
        ) && k + 1 == b)
            .then_some(c)
    }

    /// Where the event opens after a deferral's look-again words ("will consider again
    /// when …", "to revisit it after …", "reconsider once …") that open the reason at `a`.
    fn after_look_again(&self, a: usize, b: usize) -> Option<usize> {
        let Choice { toks, verdict, .. } = *self;
        if verdict.is_none_or(|v| v.verdict != Verdict::Defer) {
            return None;
        }
        (a + 1..b.min(a + 10)).find(|&j| {
            matches!(toks[j].lower.as_str(), "when" | "after" | "once")
                && (toks[j - 1].is("again")
                    || matches!(toks[j - 1].lower.as_str(), "revisit" | "reconsider")
                    || toks[j - 1].is("it")
                        && j >= 2
                        && matches!(toks[j - 2].lower.as_str(), "revisit" | "reconsider"))
                && j + 3 < b
                && (a..j).all(|k| !toks[k].is_break())
        })
    }
}
