//! Names said with some of their words: without the first word (a tail), or with some
//! words in order from the first ("billing upgrade" for Billing Platform Upgrade).

use super::plurals::plural_of;
use super::spelling::{
    abbreviates, close, close_given_sets, expanded, first3, letter_set, same_stem, stands_for,
    Clipping,
};
use super::words::COMMON;
use super::{NameIndex, NameMatch, Target, GENERIC};
use crate::reader::name_variants;
use crate::reader::tokens::{TokKind, Token};

impl NameIndex {
    /// A name said without its first word, when only one name ends that way.
    pub(super) fn tail_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let bare = toks[i].lower.strip_suffix("'s").unwrap_or(&toks[i].lower);
        if let Some(m) = self.placed_tail_at(toks, i, bare) {
            return Some(m);
        }
        // "Telemtry platform": the tail's first word misspelt, as a name's first word may be,
        // where a name is pointed at (looked for only there: this is on every word's path).
        let pointed_at = i == 0 || toks[i - 1].kind == TokKind::Sym || {
            let prev = toks[i - 1].lower.as_str();
            matches!(prev, "the" | "our" | "that" | "this" | "its" | "their")
        };
        // "the sim lease" for Flight Simulator Lease: the tail's first word clipped, where a
        // name is pointed at.
        let mut clipped = false;
        let list = match self.tails.get(bare) {
            Some(list) => list,
            None if pointed_at && bare.len() >= 3 && toks[i].is_word() => {
                // The word's own part of each test worked out once, not per key.
                let set = letter_set(bare.strip_suffix("'s").unwrap_or(bare));
                let clipping = Clipping::of(bare);
                let mut close_keys = self
                    .fuzzy_tail_firsts
                    .iter()
                    .filter(|(k, k_set)| {
                        (bare.len() >= 5 && close_given_sets(bare, set, k, *k_set))
                            || clipping.abbreviates(k)
                    })
                    .map(|(k, _)| k);
                match (close_keys.next(), close_keys.next()) {
                    (Some(k), None) => {
                        clipped = !close(bare, k);
                        &self.tails[k]
                    }
                    _ => return None,
                }
            }
            None => return None,
        };
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "that" | "this" | "its" | "their"
            )
        };
        // "the new screening lanes": after "the new" as after "the".
        let leads = |k: usize| {
            k == 0
                || toks[k - 1].kind == TokKind::Sym
                || pointer(k - 1)
                || (k >= 2 && toks[k - 1].is("new") && pointer(k - 2))
        };
        // "the management system", "for pricing engine training", not "a yard management
        // system" (another name).
        // "the text reminders in arrears analytics": after a preposition, as after "the".
        let led = leads(i)
            || (i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "for" | "about" | "in" | "on" | "of" | "from" | "into" | "to" | "with"
                ));
        // "EV truck trial" for Electric Truck Trial: a short code of the first word's
        // initial, in capitals, before the name's later words.
        let code = (!led && i > 0)
            .then(|| &toks[i - 1])
            .filter(|c| c.is_word() && c.caps && (2..=4).contains(&c.lower.len()) && leads(i - 1));
        // "They have used fault prediction for three years": a tail of two or more words,
        // each the name's own (not common, not one names add), needs no pointing at.
        let unled = !led && code.is_none();
        if unled && clipped {
            return None;
        }
        let own = |words: &[String]| {
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| !COMMON.contains(&w.as_str()) && !GENERIC.contains(&w.as_str()))
        };
        let mut found: Option<(usize, usize)> = None;
        for (words, inv) in list {
            if unled && !own(words) {
                continue;
            }
            if let Some(code) = code {
                let name = &self.inv_words[*inv];
                let later = name.len() == words.len() + 1 && name[1..] == words[..];
                if !later
                    || name[0] == code.lower
                    || name[0].chars().next() != code.lower.chars().next()
                {
                    continue;
                }
            }
            let mut j = i;
            // "booking site replacement" for Online Booking Replacement: one common word
            // ("site", "system") said between the tail's words.
            let mut inserted = false;
            let ok = words.iter().enumerate().all(|(k, w)| {
                while toks.get(j).is_some_and(|t| t.is_sym("-")) {
                    j += 1;
                }
                // "the training sim" for Dispatcher Training Simulator: the tail's last word
                // clipped, where the tail is pointed at.
                let last_clipped = k > 0 && k + 1 == words.len() && led;
                let hit = |j: usize| {
                    toks.get(j).is_some_and(|t| {
                        close(&t.lower, w)
                            || (k == 0 && clipped || last_clipped) && abbreviates(&t.lower, w)
                    })
                };
                if k > 0
                    && !inserted
                    && !hit(j)
                    && toks
                        .get(j)
                        .is_some_and(|t| COMMON.contains(&t.lower.as_str()))
                    && hit(j + 1)
                {
                    inserted = true;
                    j += 1;
                }
                j += 1;
                hit(j - 1)
            });
            if ok {
                if found.is_some_and(|(f, _)| f != *inv) {
                    return None;
                }
                found = Some((*inv, j));
            }
        }
        let (inv, end) = found?;
        Some(NameMatch::guessed_investment(
            inv,
            if code.is_some() { i - 1 } else { i },
            end,
        ))
    }

    /// "Network refresh in Makati" for Makati Site Network Refresh: a name's common last
    /// words, then "in" or "at" and its first word, the place.
    fn placed_tail_at(&self, toks: &[Token], i: usize, bare: &str) -> Option<NameMatch> {
        let list = self.placed_tails.get(bare)?;
        let mut found: Option<(usize, usize)> = None;
        for (words, inv) in list {
            let mut j = i;
            let said = words.iter().all(|w| {
                while toks.get(j).is_some_and(|t| t.is_sym("-")) {
                    j += 1;
                }
                j += 1;
                toks.get(j - 1).is_some_and(|t| close(&t.lower, w))
            });
            let placed = said
                && toks.get(j).is_some_and(|t| t.is("in") || t.is("at"))
                && toks
                    .get(j + 1)
                    .is_some_and(|t| t.is_word() && t.lower == self.inv_words[*inv][0]);
            if placed {
                if found.is_some_and(|(f, _)| f != *inv) {
                    return None;
                }
                found = Some((*inv, j + 2));
            }
        }
        let (inv, end) = found?;
        Some(NameMatch::guessed_investment(inv, i, end))
    }

    /// An investment said with some of its words, in order, from its first ("billing
    /// upgrade" for Billing Platform Upgrade, "doc review" for Document Review AI), each
    /// word whole, clipped or abbreviated: two or more words, one of them not a common
    /// word. Every investment said as closely is a target, so a tie can be asked about.
    /// Where a name's first words say a thing of their own ("the Central Bank review"),
    /// `own_thing` is set to where they end.
    /// (Asked at every word of a message: its first test told here, before a call.)
    #[inline(always)]
    pub(super) fn partial_at(
        &self,
        toks: &[Token],
        i: usize,
        own_thing: &mut Option<usize>,
    ) -> Option<NameMatch> {
        // Two or more words of a name are said only where a word follows (past any
        // hyphens): with none, each name the body tries stops at its first word, too few
        // (round P63: told before the word is tried against the names).
        let word = toks.get(i).is_some_and(|t| t.kind == TokKind::Word);
        if !word || !word_after_hyphens(toks, i + 1) {
            return None;
        }
        self.partial_at_past_its_first_test(toks, i, own_thing)
    }

    /// [`NameIndex::partial_at`] once its first test is passed.
    fn partial_at_past_its_first_test(
        &self,
        toks: &[Token],
        i: usize,
        own_thing: &mut Option<usize>,
    ) -> Option<NameMatch> {
        let t = &toks[i];
        if t.kind != TokKind::Word {
            return None;
        }
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        // "PA upgrade": a two-letter first word only when written in capitals.
        let two = (t.caps && bare.chars().count() == 2).then_some(bare);
        let list = self.by_first3.get(first3(expanded(bare)).or(two)?)?;
        let mut best: Option<NameMatch> = None;
        for &inv in list {
            let words = &self.inv_words[inv];
            if !stands_for(&t.lower, &words[0]) {
                continue;
            }
            let mut j = i + 1;
            let mut k = 1;
            let mut distinctive = !COMMON.contains(&words[0].as_str());
            let mut matched = 1;
            while k < words.len() {
                while toks.get(j).is_some_and(|t| t.is_sym("-")) {
                    j += 1;
                }
                let Some(tok) = toks.get(j).filter(|t| t.kind == TokKind::Word) else {
                    break;
                };
                let Some(at) = (k..words.len()).find(|&k| {
                    stands_for(&tok.lower, &words[k])
                        || plural_of(&tok.lower, &words[k])
                        // "the Tihonet dike repair" for Dike Repairs: the name's plural
                        // said in the singular.
                        || plural_of(&words[k], &tok.lower)
                        || same_stem(&tok.lower, &words[k])
                        || name_variants::said_for(&tok.lower, &words[k])
                }) else {
                    break;
                };
                distinctive |= !COMMON.contains(&words[at].as_str());
                matched += 1;
                k = at + 1;
                j += 1;
            }
            // "customer portal" for Customer Self-Service Portal: the name's first and
            // last words, however common, when the name has more between them and its last
            // word is not one names add or drop freely ("the data platform" is not Data
            // Lake Platform).
            let ends = k == words.len()
                && words.len() >= 3
                && !GENERIC.contains(&words[words.len() - 1].as_str());
            if matched < 2 || !(distinctive || ends) {
                continue;
            }
            if k < words.len()
                && name_variants::first_words_mean_their_own_thing(
                    toks,
                    j,
                    &words[..k],
                    &words[k..],
                )
            {
                *own_thing = (*own_thing).max(Some(j));
                continue;
            }
            if k < words.len()
                && matched * 2 < words.len()
                && name_variants::another_thing_after(toks, j, words)
            {
                continue;
            }
            if k == words.len()
                && toks
                    .get(j)
                    .is_some_and(|t| GENERIC.contains(&t.lower.as_str()))
            {
                j += 1;
            }
            let target = Target::Investment(inv);
            match &mut best {
                Some(b) if b.end > j => {}
                Some(b) if b.end == j => b.targets.push(target),
                _ => {
                    best = Some(NameMatch {
                        targets: vec![target],
                        start: i,
                        end: j,
                        guessed: true,
                        weak: false,
                    })
                }
            }
        }
        best
    }
}

/// Whether a word is at `j` of `toks`, past any hyphens there: where [`NameIndex::partial_at`]
/// reads a name's second word.
#[inline]
fn word_after_hyphens(toks: &[Token], mut j: usize) -> bool {
    while toks.get(j).is_some_and(|t| t.is_sym("-")) {
        j += 1;
    }
    toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
}

#[cfg(test)]
mod p63_tests {
    use super::super::{InvestmentName, StaticDirectory, UnitName};
    use super::*;
    use crate::reader::tokens::tokenize;

    /// The corpus's own directory (`tests/corpus/directory.json`).
    fn corpus_directory() -> StaticDirectory {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/directory.json");
        let header: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default())
                .unwrap_or_default();
        let list = |key: &str| header[key].as_array().cloned().unwrap_or_default();
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        StaticDirectory {
            units: list("units")
                .iter()
                .map(|u| UnitName {
                    name: text(&u["name"]),
                    aliases: u["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(text)
                        .collect(),
                })
                .collect(),
            investments: list("investments")
                .iter()
                .map(|i| InvestmentName {
                    name: text(&i["name"]),
                    unit: text(&i["unit"]),
                    aliases: vec![],
                })
                .collect(),
        }
    }

    /// Round P63: the first test in front of a name said with some of its words (a word
    /// after the first, past any hyphens) keeps the look's answer, and where a name's first
    /// words mean a thing of their own, at every word of the corpus's training messages
    /// and of `src/`'s strings, against the corpus's directory; and the name is still
    /// found. Invented: a ropewalk's Hemp Twister Replacement.
    #[test]
    fn the_first_test_keeps_names_said_with_some_of_their_words() {
        let ropewalk = StaticDirectory {
            units: vec![UnitName {
                name: "Ropewalk".into(),
                aliases: vec![],
            }],
            investments: vec![InvestmentName {
                name: "Hemp Twister Replacement".into(),
                unit: "Ropewalk".into(),
                aliases: vec![],
            }],
        };
        let index = NameIndex::new(&ropewalk);
        let toks = tokenize("We approved the hemp twister at £8k. Hemp - twister too. Hemp.");
        let mut own = None;
        let hemp: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].is("hemp")).collect();
        assert_eq!(hemp.len(), 3);
        let found = index.partial_at(&toks, hemp[0], &mut own);
        assert_eq!(
            found.map(|m| (m.start, m.end)),
            Some((hemp[0], hemp[0] + 2))
        );
        // Past a hyphen, as the body reads it; and no word after: none.
        assert!(index.partial_at(&toks, hemp[1], &mut own).is_some());
        assert!(index.partial_at(&toks, hemp[2], &mut own).is_none());
        let index = NameIndex::new(&corpus_directory());
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            let (mut gated, mut body) = (None, None);
            let answer =
                |m: Option<NameMatch>| m.map(|m| (m.targets, m.start, m.end, m.guessed, m.weak));
            assert_eq!(
                answer(index.partial_at(toks, i, &mut gated)),
                answer(index.partial_at_past_its_first_test(toks, i, &mut body)),
                "{text:?} at {i}"
            );
            assert_eq!(gated, body, "{text:?} at {i}");
        });
        assert!(asked > 100_000, "{asked}");
    }
}
