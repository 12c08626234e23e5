//! "studio UPS replacement approved" against Podcast Studio Build: a name's word opening
//! the message's (or a sentence's) subject of two or three words, the rest none of the
//! name's, said straight before the verdict's participle, only describes another thing.

use super::GENERIC;
use crate::reader::tokens::Token;

/// Participles that close a subject with its verdict ("… approved", "… turned down").
const VERDICT_PARTICIPLES: &[&str] = &[
    "approved",
    "rejected",
    "declined",
    "denied",
    "okayed",
    "ok'd",
    "greenlit",
    "funded",
    "signed",
    "deferred",
    "parked",
    "shelved",
    "cancelled",
    "canceled",
    "binned",
];

/// Words that say the verdict of the name's thing itself ("Kiosks will be approved",
/// "Scanners finally approved"), not another thing's name.
const SAID_OF_IT: &[&str] = &[
    "will", "be", "been", "being", "is", "was", "are", "were", "has", "have", "had", "got", "get",
    "gets", "not", "now", "just", "all", "also", "both", "then", "still", "to", "and", "can",
    "could", "should", "would", "may", "might", "must", "it", "they", "we",
];

/// Whether the name's word at `i` (its words `words`) opens another thing's name set
/// straight before the verdict.
pub(super) fn opens_another_before_its_verdict(
    toks: &[Token],
    i: usize,
    leads: bool,
    words: &[String],
) -> bool {
    let own = |w: &str| {
        words.iter().any(|n| {
            n == w || w.strip_suffix('s') == Some(n.as_str()) || n.strip_suffix('s') == Some(w)
        })
    };
    leads
        && !is_told_of(toks, i)
        && (3..=4).any(|k| {
            toks.get(i + k - 1)
                .is_some_and(|t| VERDICT_PARTICIPLES.contains(&t.lower.as_str()))
                && toks[i + 1..i + k - 1].iter().all(|t| {
                    t.is_word()
                        && !own(&t.lower)
                        && !GENERIC.contains(&t.lower.as_str())
                        && !SAID_OF_IT.contains(&t.lower.as_str())
                        && !t.lower.ends_with("ly")
                })
        })
}

/// "sprayer's winterized n parked in the pole barn", "berry pump's back in the shop" (round
/// B53): a name's word with "'s" before a participle or a word of state is "is" or "has",
/// the word the whole subject told news of, not the first of another thing's name (as
/// "the kiln's burner" would be).
pub(super) fn is_told_of(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let joined = word(i).ends_with("'s") || word(i).ends_with("’s");
    let after = if joined {
        i + 1
    } else if matches!(word(i + 1), "'s" | "’s") {
        i + 2
    } else {
        return false;
    };
    let w = word(after);
    (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")))
        || matches!(
            w,
            "back"
                | "done"
                | "live"
                | "online"
                | "offline"
                | "up"
                | "down"
                | "out"
                | "in"
                | "fixed"
        )
}
