//! "Nigel's happy to put £6k into the puppy school room at Dorking, for mats, gates and a
//! sink. We're turning away about 15 puppy bookings a month, …", "…, four lads through
//! CISRS with a trainer. We can't find experienced scaffolders …", "*On hold* until
//! *March* — the visualization wall for the library. Facilities hasn't confirmed …" (round
//! R42): after an approval, a rescope or a hold, a clause in the verdict's sentence with no
//! verb, no negation and no comparison names what the money buys or which thing it is. When
//! the next sentence gives a reason, that is why. (After a refusal or a stop a bare phrase
//! can be the case, "£4k for a dinner and a photo", and is left alone.)

use super::clauses::CHANGE_WORDS;
use super::intent::FINITE;
use super::tokens::{TokKind, Token};

/// Is `toks[a..b]` a phrase of things with no verb, negation or comparison in it?
pub fn things_only(toks: &[Token], a: usize, b: usize) -> bool {
    let b = b.min(toks.len());
    b > a
        && toks[a..b].iter().all(|t| {
            let w = t.lower.as_str();
            !(FINITE.contains(&w)
                || w.ends_with("n't")
                || w.ends_with("'s")
                || w.ends_with("'re")
                || w.ends_with("ed") && w.len() > 4
                // "-ing" is left alone: "the welding shop" names a place.
                || CHANGE_WORDS.contains(&w)
                || t.kind == TokKind::Num && t.lower.contains('%')
                || matches!(
                    w,
                    "%" | "no" | "not" | "never" | "too" | "than" | "only" | "cheaper" | "so"
                        | "because" | "since" | "as" | "if" | "until" | "till" | "will" | "can"
                        | "would" | "need" | "needs" | "want" | "wants" | "keep" | "keeps"
                        | "cover" | "covers" | "save" | "saves" | "means" | "make" | "makes"
                        | "let" | "lets" | "pays" | "pay" | "stays" | "goes" | "gets"
                        // "after the break-ins at Gosport", "while we review …", "just the
                        // cool room and a new pass": a cause, or a rescope's scope.
                        | "after" | "while" | "pending" | "once" | "given" | "due" | "thanks"
                        | "following" | "owing" | "just" | "except" | "without"
                )
                || t.is("?")
                || t.is("!"))
        })
}

/// Is the sentence holding `toks[a]` the one ending before `c`, i.e. does a sentence stop
/// lie between the phrase `a..b` and `c`?
pub fn later_sentence(toks: &[Token], b: usize, c: usize) -> bool {
    (b..c.min(toks.len())).any(|j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
}
