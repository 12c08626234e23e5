//! "laptop refresh trimmed to the 22 office + design machines, 31k. crews keep their ipads
//! another yr", "the two satellite clinics keep their old ones", "flagstaff keeps the old one
//! thru summer", "nashik & kolhapur continue with the register for this year": people keeping
//! their own (or the old) kit or way
//! is what a cut leaves out (the rescope's reason), not a verdict of ours to keep work going.

use super::tokens::Token;

/// Is the verdict word at `at` "keep" / "keeps" said of someone else's own or old things
/// ("crews keep their ipads", "the branch keeps the old one"), not by us ("we keep", "I'll keep", "let's keep")?
pub(in crate::reader) fn keeps_their_own(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "keep their ipads", "keeps the old one", "keep the two old petrol ones".
    let own = word(at + 1) == "their"
        || word(at + 1) == "the" && (at + 2..at + 5).any(|k| word(k) == "old");
    // "nashik & kolhapur continue with the register for this year": carrying on with their
    // own way, as keeping it.
    let carry_on = matches!(word(at), "continue" | "continues")
        && word(at + 1) == "with"
        && matches!(word(at + 2), "the" | "their");
    (matches!(word(at), "keep" | "keeps") && own || carry_on)
        && at > 0
        && toks[at - 1].is_word()
        && !matches!(
            word(at - 1),
            "we" | "i" | "i'll" | "we'll" | "let's" | "to" | "will" | "should" | "can" | "must"
        )
}
