//! The words around who decided: those between a decider and the verdict ("has",
//! "didn't", "says", "want to"), and those that make a subject the speaker's side or no one
//! ("we", "it", "is", "can").

/// Words between the subject and the verb that are not part of the subject.
pub(super) const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "just",
    "finally",
    "formally",
    "officially",
    "already",
    "also",
    "then",
    "today",
    "yesterday",
    "decided",
    "agreed",
    "unanimously",
    "quickly",
    "eventually",
    // "MD Sir has kindly approved the replacement …" (round S62): the decider's courtesy.
    "kindly",
    // "The board didn't approve …", "Finance says hold …", "Ops want to hold off …" (D43).
    "didn't",
    "did",
    "not",
    "won't",
    "will",
    "says",
    // "Mr H say yes to the capper" (round S53): Caribbean English's unmarked "says".
    "say",
    // "Mr Campbell seh leave di backup generator till …" (round V61): the Jamaican, Belizean
    // and Guyanese "says".
    "seh",
    "said",
    "voted",
    "want",
    "wants",
    // "the Board has resolved to defer the clonal nursery expansion" (round V59).
    "resolved",
    // "Pa Sesay don approve the screw press" (round S63): Krio's "has"; "Pa Sesay still say
    // no", as "has" stands between.
    "don",
    "still",
    // "MD has now approved Wave for all buying points" (round V66).
    "now",
];

/// Words that make a clause's subject the speaker's side, not a named decider.
pub(super) const NOT_DECIDERS: &[&str] = &[
    "i",
    "we",
    "we've",
    "we'd",
    "i've",
    "they",
    "they've",
    "you",
    "it",
    "this",
    "that",
    "he",
    "she",
    "who",
    "so",
    "and",
    "but",
    "ok",
    "okay",
    "update",
    "fyi",
    "also",
    "then",
    "today",
    "yesterday",
    "finally",
    "just",
    "news",
    "good",
    "great",
    "heads",
    "quick",
    // "The payroll move is off", "Quality can go ahead": a subject run on to a verb (D43).
    "is",
    "are",
    "was",
    "were",
    "can",
    "could",
    "yeah",
    "still",
    "there",
    "not",
];

/// A word that may be who decided: no pronoun or word of the speaker's side.
pub(super) fn is_decider_word(w: &str) -> bool {
    !NOT_DECIDERS.contains(&w) && !contracted_pronoun(w)
}

/// "we'll", "I'm", "they're", "you'd": a pronoun with a verb run on to it, the speaker's
/// side or someone unnamed, never a named decider.
pub(super) fn contracted_pronoun(w: &str) -> bool {
    // (`split_once_at`: `split_once` without its searcher, on a word of a few bytes.)
    super::tokens::split_once_at(w, "'").is_some_and(|(pronoun, _)| {
        matches!(
            pronoun,
            "i" | "we" | "you" | "they" | "he" | "she" | "it" | "let" | "that" | "there" | "what"
        )
    })
}
