//! A message that opens with a label naming what it is about ("SCADA: the vendor's kick-off
//! has slipped …", "Website: @lily to send …", "Defibs: @ana to …", "Club platform: …"):
//! the label said by a word, a plural or a clipped word of exactly one investment's name
//! names that investment, guessed (the draft asks), even when the word alone is also a
//! unit's word or a kind of thing and names nothing elsewhere.

use super::spelling::{abbreviates, clipped_plural};
use super::{NameIndex, NameMatch, Target, GENERIC};
use crate::reader::tokens::{TokKind, Token};

/// Labels that head a message without saying what it is about.
const HEADING_WORDS: &[&str] = &[
    "action",
    "actions",
    "update",
    "updates",
    "note",
    "notes",
    "reminder",
    "fyi",
    "minutes",
    "agenda",
    "decision",
    "decisions",
    "re",
    "todo",
    "question",
    "summary",
    "recap",
    "outcome",
    "outcomes",
    "news",
    "heads",
    "status",
    "next",
    "done",
    "urgent",
    "ps",
    "edit",
    "aob",
];

/// The label's word said for a name's word: the word, its plural, or a clipped form.
fn said_for(word: &str, name_word: &str) -> bool {
    word == name_word
        || word.strip_suffix('s') == Some(name_word)
        || abbreviates(word, name_word)
        || clipped_plural(word, name_word)
}

impl NameIndex {
    /// Adds the investment a message's opening label of one to three words names, when no
    /// investment is found there and the label is not a unit's own name or alias.
    pub(super) fn add_heading_label(&self, toks: &[Token], out: &mut Vec<NameMatch>) {
        let Some(colon) = toks.iter().take(4).position(|t| t.is_sym(":")) else {
            return;
        };
        let label = &toks[..colon];
        if label.is_empty()
            || toks[colon].is_clock_colon()
            || !label.iter().all(|t| t.kind == TokKind::Word)
        {
            return;
        }
        let words: Vec<&str> = label
            .iter()
            .map(|t| t.lower.strip_suffix("'s").unwrap_or(&t.lower))
            .collect();
        // "AI: @kim to …": two letters are an action item, not a name.
        if words.len() == 1
            && (words[0].len() < 3
                || HEADING_WORDS.contains(&words[0])
                || GENERIC.contains(&words[0]))
        {
            return;
        }
        let said = words.join(" ");
        // A name in ASCII is compared letter by letter, lower-cased as `to_lowercase`
        // would (no copy made for each unit's name and alias).
        let lower_is = |n: &str| {
            if n.is_ascii() {
                n.len() == said.len()
                    && n.bytes()
                        .zip(said.bytes())
                        .all(|(a, b)| a.to_ascii_lowercase() == b)
            } else {
                n.to_lowercase() == said
            }
        };
        let a_units_own = self.units.iter().any(|u| {
            std::iter::once(&u.name)
                .chain(&u.aliases)
                .any(|n| lower_is(n))
        });
        let covering = |m: &NameMatch| m.start < colon;
        // "website: the agency wants …": one word of a name found as the whole label is no
        // weak claim there (see `NameMatch::weak`): the label says what the message is about.
        if let Some(m) = out.iter_mut().find(|m| {
            m.weak
                && m.start == 0
                && m.end == colon
                && matches!(m.targets[..], [Target::Investment(_)])
        }) {
            m.weak = false;
            return;
        }
        if a_units_own
            || out
                .iter()
                .filter(|m| covering(m))
                .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))))
        {
            return;
        }
        let mut having = self.inv_words.iter().enumerate().filter(|(_, name)| {
            name.windows(words.len())
                .any(|w| w.iter().zip(&words).all(|(n, s)| said_for(s, n)))
        });
        let (Some((inv, _)), None) = (having.next(), having.next()) else {
            return;
        };
        out.retain(|m| !covering(m));
        out.insert(0, NameMatch::guessed_investment(inv, 0, colon));
    }
}
