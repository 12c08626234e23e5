//! Verbs of a clause told after a verdict that the clause rules' short lists miss (round
//! R50): "phase 1 numbers speak for themselves", "the membership team live in it", "3
//! different dashboards disagree on DAU" (a plain present after a plural subject or a
//! team), "Jake rebuilt the compressor for $1,900", "BT gave us an early exit" (a common
//! past that is no participle of a plan).

use super::tokens::Token;

/// Nouns for a group of people, which take a plural verb in the writers' English ("the
/// membership team live in it", "the lads want …").
const GROUPS: &[&str] = &[
    "team", "crew", "staff", "folks", "people", "lads", "kids", "guys", "members", "police",
];

/// Words after a plain present verb that show it is one: a preposition, a pronoun or an
/// article of its object ("speak for", "live in it", "disagree on", "love the").
const AFTER_VERB: &[&str] = &[
    "for", "in", "on", "with", "about", "to", "from", "into", "by", "it", "them", "us", "off",
    "the", "a", "an", "every", "all", "each", "our", "their", "this", "that",
];

/// Words that are no verb of the clause, though they stand where one may.
const NO_VERB: &[&str] = &[
    "and", "or", "but", "so", "of", "for", "in", "on", "with", "to", "at", "from", "by", "the",
    "a", "an", "per", "each", "all", "more", "less", "only", "just", "also", "now", "still", "not",
    "no", "up", "down", "out", "off", "over", "new", "old", "next", "last",
];

/// Nouns of figures that stand where a verb may ("savings forecast at kr 150k a year").
const FIGURE_NOUNS: &[&str] = &[
    "forecast", "estimate", "budget", "cost", "quote", "price", "target", "spend", "total",
];

/// Common pasts, no participle of a plan, outside the clause rules' list.
const PASTS: &[&str] = &[
    "gave", "rebuilt", "built", "told", "made", "sold", "kept", "found", "paid", "bought", "spent",
    "won", "threw", "wore", "drove", "stole", "sent",
];

/// Verbs of a plan, which tell what comes next, not why ("installs start in January").
const PLAN_VERBS: &[&str] = &[
    "start", "begin", "kick", "go", "arrive", "finish", "resume", "continue", "happen", "land",
    "commence", "wrap", "move", "follow",
];

/// Is `toks[j]` a common past that tells what happened ("gave", "rebuilt"), not a
/// participle of a plan ("assets to be sold")?
pub(super) fn common_past(toks: &[Token], j: usize) -> bool {
    PASTS.contains(&toks[j].lower.as_str())
        && !(j > 0
            && matches!(
                toks[j - 1].lower.as_str(),
                "be" | "been" | "being" | "to" | "get" | "gets"
            ))
}

/// Is `toks[j]` (the second to fifth word of a clause opening at `s`) a plain present verb
/// after a plural or a group's subject, with its object's first word after it?
pub(super) fn present_after_plural(toks: &[Token], s: usize, j: usize) -> bool {
    if j <= s || j > s + 4 || j + 1 >= toks.len() {
        return false;
    }
    let w = toks[j].lower.as_str();
    let subject = toks[j - 1].lower.as_str();
    let plural = subject.len() > 3
        && subject.ends_with('s')
        && !subject.ends_with("ss")
        && !subject.ends_with("us")
        && !subject.contains('\'')
        || GROUPS.contains(&subject);
    // The words before the verb name its subject: none a verb, a joining word or a mark.
    let noun_phrase = toks[s..j]
        .iter()
        .all(|t| t.is_word() && !NO_VERB[..4].contains(&t.lower.as_str()))
        || toks[s..j]
            .iter()
            .all(|t| t.is_word() || t.lower.chars().all(|c| c.is_ascii_digit()));
    plural
        && noun_phrase
        && toks[j].is_word()
        && w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !NO_VERB.contains(&w)
        && !PLAN_VERBS.contains(&w)
        && !FIGURE_NOUNS.contains(&w)
        && AFTER_VERB.contains(&toks[j + 1].lower.as_str())
}

/// "no more paying Hamilton $140 a sample", "no longer renting the garage": a clause
/// opening at `s` whose "we're" is dropped, its "-ing" verb after "no more" or "no longer"
/// ("not doing it over year end" is a verdict's words, left to the verdict).
pub(super) fn dropped_we_are(toks: &[Token], s: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(s) == "no"
        && matches!(word(s + 1), "more" | "longer")
        && word(s + 2).len() > 4
        && word(s + 2).ends_with("ing")
}
