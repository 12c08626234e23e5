//! "a second tag app licence" against Scaffold Tag App, "the 2nd resurfacer battery pack"
//! against Ice Resurfacer Replacement, "an extra CRM licence" against CRM Replacement: one
//! more of a registered thing's own parts (a licence, a module, a seat, a battery), said
//! after a count word ("second", "2nd", "another", "extra") by the words of its name, is
//! bought within that investment's scope, and is that investment (convention 59). Only a
//! part that has no use apart from its thing counts: "a second boiler feed pump" is a new
//! thing of its own (conventions 44 and 52).

use super::{NameIndex, NameMatch, GENERIC};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

/// Parts that are a thing's own: a licence or a seat of an app, a module of a system, a
/// battery of a machine.
const OWN_PARTS: &[&str] = &[
    "licence",
    "licences",
    "license",
    "licenses",
    "module",
    "modules",
    "seat",
    "seats",
    "battery",
    "batteries",
];

/// Is `w` one of a thing's own parts ("module", "licence", "seat", "battery")?
pub(in crate::reader) fn own_part(w: &str) -> bool {
    OWN_PARTS.contains(&w)
}

/// Whether the word (or the number and its "nd" / "rd") before `i` counts one more of
/// something.
#[inline]
fn counts_one_more(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    match word(i - 1) {
        "second" | "third" | "another" | "extra" | "additional" | "spare" => true,
        "nd" | "rd" => i >= 2 && matches!(word(i - 2), "2" | "3"),
        _ => false,
    }
}

/// Whether a match ending at `end` ends on one of a thing's own parts ("… battery pack"):
/// one more of that part is no new thing of the name's kind.
pub(super) fn ends_on_its_own_part(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    end >= 1
        && (OWN_PARTS.contains(&word(end - 1))
            || word(end - 1) == "pack" && end >= 2 && OWN_PARTS.contains(&word(end - 2)))
}

/// Words that put up a thing asked for: "Budget ask from Fundraising: a …", "IT want a …".
const ASKED: &[&str] = &[
    "ask",
    "request",
    "proposal",
    "bid",
    "want",
    "wants",
    "need",
    "needs",
    "requested",
    "requesting",
    "requests",
];

/// "Budget ask from the Fundraising team: a legacy giving CRM module, £6,500": one of a
/// registered thing's own parts (`names` holds where names are matched), said as a thing
/// put up ("a …" after an ask's label or verb), is a proposal of more money on that
/// investment, as a new thing asked for would be.
pub(in crate::reader) fn part_asked_for(toks: &[Token], names: &[NameMatch]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    names.iter().any(|m| {
        let investment = matches!(m.targets.as_slice(), [super::Target::Investment(_)]);
        let part = own_part(word(m.end)) || m.end > m.start && own_part(word(m.end - 1));
        let opened = (m.start.saturating_sub(5)..m.start)
            .rev()
            .take_while(|&k| toks[k].is_word())
            .find(|&k| matches!(word(k), "a" | "an"));
        investment
            && part
            && opened.is_some_and(|a| {
                a >= 1
                    && (ASKED.contains(&word(a - 1))
                        || toks[a - 1].is_sym(":")
                            && (a.saturating_sub(6)..a - 1).any(|k| ASKED.contains(&word(k))))
            })
    })
}

impl NameIndex {
    /// The one investment whose name holds the words from `i` on (`bare` first, not a
    /// generic word nor the work done), when a count word is before them and one of a
    /// thing's own parts straight after.
    pub(super) fn counted_part_at(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
    ) -> Option<NameMatch> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        if i == 0
            || !counts_one_more(toks, i)
            || !toks[i].is_word()
            || bare.len() < 3
            || GENERIC.contains(&bare)
            || name_variants::work_on(bare)
        {
            return None;
        }
        let mut found: Option<(usize, usize)> = None;
        for (inv, words) in self.inv_words.iter().enumerate() {
            for p in (0..words.len()).filter(|&p| words[p] == bare) {
                let mut k = 1;
                while p + k < words.len() && word(i + k) == words[p + k] {
                    k += 1;
                }
                if !OWN_PARTS.contains(&word(i + k)) || words.contains(&word(i + k).to_string()) {
                    continue;
                }
                if found.is_some_and(|(f, _)| f != inv) {
                    return None;
                }
                // "battery pack": the pack is the battery's.
                let end = if word(i + k + 1) == "pack" {
                    i + k + 2
                } else {
                    i + k + 1
                };
                found = Some((inv, end));
            }
        }
        let (inv, end) = found?;
        Some(NameMatch::guessed_investment(inv, i, end))
    }
}
