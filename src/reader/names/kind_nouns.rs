//! "The platform held up", "enrolled on the portal": the kind of thing exactly one
//! investment's name says it is, pointed at with "the", names that investment.

use super::short_names::OnlyOne;
use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::Token;
use rustc_hash::FxHashMap as HashMap;

/// Kinds of thing names end or turn on, too common to stand for a name unless one
/// investment alone is of the kind.
const KINDS: &[&str] = &[
    "platform", "portal", "system", "app", "tool", "solution", "hub",
];

/// Verbs after a thing that say what it did or is ("the platform held up"), besides
/// those ending in "-ed".
const DOING: &[&str] = &[
    "is", "was", "has", "had", "will", "can", "did", "does", "held", "went", "came", "got", "kept",
    "keeps", "gets", "ran", "runs", "took", "takes", "needs", "works", "crashed", "fell", "goes",
    "brought", "made", "makes", "isn't", "wasn't", "hasn't", "won't", "can't", "didn't", "doesn't",
];

/// Words that open another clause or phrase after a thing ("uploaded in the portal before
/// he signs off", "about the portal again").
const ENDS: &[&str] = &[
    "before",
    "after",
    "until",
    "till",
    "til",
    "since",
    "because",
    "again",
    "today",
    "yesterday",
    "anymore",
    "yet",
    "when",
    "while",
    "but",
    "or",
    "and",
    "at",
    "though",
    "tho",
];

/// Everyday words for a kind of thing whose names say it in two words ("the webshop" for
/// Online Gift Shop): each with the word sets such a name may show, all of one set in it.
const SAID_AS_ONE: &[(&str, &[&[&str]])] = &[
    (
        "webshop",
        &[&["online", "shop"], &["web", "shop"], &["online", "store"]],
    ),
    (
        "eshop",
        &[&["online", "shop"], &["web", "shop"], &["online", "store"]],
    ),
];

/// Each kind, in lower case, that exactly one investment's words hold (or, for a word said
/// as one, show), and that no name says itself.
pub(super) fn kind_nouns(inv_words: &[Vec<String>]) -> HashMap<String, usize> {
    let mut seen = OnlyOne::default();
    for (i, words) in inv_words.iter().enumerate() {
        for w in words.iter().filter(|w| KINDS.contains(&w.as_str())) {
            seen.add(w.clone(), i);
        }
        for (one, sets) in SAID_AS_ONE {
            let fits = sets
                .iter()
                .any(|set| set.iter().all(|w| words.iter().any(|n| n == w)));
            if fits {
                seen.add(one.to_string(), i);
            }
        }
    }
    let said_whole = |k: &str| inv_words.iter().flatten().any(|w| w == k);
    seen.into_map(|k| KINDS.contains(&k) || !said_whole(k))
}

impl NameIndex {
    /// "the platform" at `i`: the one investment of that kind, as a weak claim (one
    /// distinctive word of a name is no surer).
    pub(super) fn kind_noun_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        let pointed = i > 0 && matches!(toks[i - 1].lower.as_str(), "the" | "our");
        // "a chatbot for the portal": whom a thing is for, said of a new thing as often as
        // of the known one; left to the words around it.
        let for_it = i > 1 && toks[i - 2].is("for");
        // Asked at most words of every message: the cheap tests first, and the word after
        // (a scan of `DOING`) only for a kind pointed at.
        if !pointed || for_it || !t.is_word() {
            return None;
        }
        // "the app's crashed": the "'s" a verb's, when what follows says what it did.
        let bare = t
            .lower
            .strip_suffix("'s")
            .or_else(|| t.lower.strip_suffix("’s"));
        let inv = *self.kinds.get(bare.unwrap_or(&t.lower))?;
        // "the platform held up", "enrolled on the platform.", "in the portal before he
        // signs off", "the portal vendor": the thing itself, before what it did, at the
        // clause's end, before a word opening another or who supplies it; "the portal
        // roadmap", "the portal team" are another thing of it.
        let alone = toks.get(i + 1).is_none_or(|n| {
            !n.is_word()
                || n.lower.ends_with("ed")
                || crate::reader::name_variants::supplier_word(&n.lower)
                || bare.is_none()
                    && (DOING.contains(&n.lower.as_str()) || ENDS.contains(&n.lower.as_str()))
        });
        if !alone {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Investment(inv)],
            start: i,
            end: i + 1,
            guessed: true,
            weak: true,
        })
    }
}
