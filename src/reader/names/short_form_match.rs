//! From a short form's investment to its match: where the match ends ("EDW
//! consolidation", "eligibility bot"), and the shapes where the word is another thing's
//! after all (inside a new thing's name, before people, opening another thing's label).

use super::{NameIndex, NameMatch, Target, GENERIC};
use crate::reader::tokens::Token;
use crate::reader::{name_variants, vendor_products};

/// People a describing word says which of ("the venue managers", "the site staff").
const PEOPLE_NOUNS: &[&str] = &[
    "manager",
    "managers",
    "staff",
    "users",
    "volunteers",
    "owners",
    "operators",
    "supervisors",
    "workers",
];

/// What [`NameIndex::short_name_at`] read of the word before settling on its investment.
#[derive(Clone, Copy)]
pub(super) struct ShortWord<'a> {
    /// The word, without a closing "'s".
    pub bare: &'a str,
    /// The word before it ("" at the start).
    pub prev: &'a str,
    /// The investment the word gives itself, as a name's word, a product or an acronym.
    pub exact: Option<usize>,
    /// An acronym of a name's words written in capitals ("EDW").
    pub caps_acronym: bool,
    /// A generic word after it ("the robot project").
    pub next_generic: bool,
    /// The whole of a name but the work done on it.
    pub whole_thing: bool,
    /// Leading its clause or a list's item.
    pub leads: bool,
}

impl NameIndex {
    /// The match of investment `hit`, said by the short form at `i` as `word` reads it; none
    /// when the words around make it another thing's.
    pub(super) fn short_form_match(
        &self,
        toks: &[Token],
        i: usize,
        hit: usize,
        word: &ShortWord,
    ) -> Option<NameMatch> {
        let t = &toks[i];
        let ShortWord {
            bare,
            prev,
            exact,
            caps_acronym,
            next_generic,
            whole_thing,
            leads,
        } = *word;
        let mut end = if next_generic { i + 2 } else { i + 1 };
        // "Eligibility bot is saving …" for Insurance Eligibility Automation: a settled word
        // for the name's last word, after its word, goes with it.
        let last = self.inv_words[hit].last();
        if toks.get(end).is_some_and(|n| {
            n.is_word() && last.is_some_and(|l| name_variants::said_for(&n.lower, l))
        }) {
            end += 1;
        }
        // "EDW consolidation": the name's own words after its acronym go with it.
        if caps_acronym {
            while toks
                .get(end)
                .is_some_and(|n| n.is_word() && self.inv_words[hit].contains(&n.lower))
            {
                end += 1;
            }
        }
        // "want £900k for a new planned maintenance system": a word of a name inside a new
        // thing's name, after "a new" and the words describing it, is not that name.
        let in_new_name = toks[i.saturating_sub(3)..i]
            .windows(2)
            .position(|p| matches!(p[0].lower.as_str(), "a" | "an") && p[1].is("new"))
            .is_some_and(|at| {
                toks[i.saturating_sub(3) + at + 2..i]
                    .iter()
                    .all(|t| t.is_word() && !t.caps)
            });
        // "wants a cash flow forecasting tool" against Stock Forecasting Platform: two or
        // three words that are not the name's between "a" and its word describe another thing.
        let in_new_name = in_new_name
            || (3..=4).any(|back| {
                i >= back
                    && matches!(toks[i - back].lower.as_str(), "a" | "an")
                    && toks[i - back + 1..i]
                        .iter()
                        .all(|t| t.is_word() && !t.caps && !self.inv_words[hit].contains(&t.lower))
            });
        let acronym = caps_acronym
            || exact == Some(hit)
                && !self.investments[hit].name.to_lowercase().contains(
                    if exact == self.short.get(bare).copied() {
                        bare
                    } else {
                        &bare[..bare.len() - 1]
                    },
                );
        // "the PV inverters": a word the name writes in capitals, written so, is its acronym.
        let acronym = acronym
            || t.caps
                && self.investments[hit]
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(bare) && w.chars().all(|c| !c.is_lowercase()));
        // "they want a new CMS": an acronym said straight after "a new" is a new thing of that
        // kind wanted, not the known one with those letters.
        let a_new_acronym =
            i >= 2 && prev == "new" && matches!(toks[i - 2].lower.as_str(), "a" | "an");
        if in_new_name && (!acronym || a_new_acronym) {
            return None;
        }
        let words = &self.inv_words[hit];
        let describing = words.last().is_some_and(|l| l != bare) && !next_generic && !whole_thing;
        // "straddle telemetry feed" against Straddle Carrier Automation and Crane Telemetry:
        // a name's describing word before the thing another name is (its last word, not the
        // work done: "the observability migration") says which of those things, and names
        // neither.
        let anothers_thing = toks.get(end).is_some_and(|n| {
            n.is_word()
                && !words.contains(&n.lower)
                && !name_variants::work_on(&n.lower)
                && self
                    .short
                    .get(n.lower.as_str())
                    .is_some_and(|&k| k != hit && self.inv_words[k].last() == Some(&n.lower))
        });
        // "for the suite managers" against Suite Booking Upgrade: a describing word before
        // people says which people, not the thing.
        // Not a team's word: "the Tote people" are the supplier of the tote terminals.
        let people_after = toks
            .get(end)
            .is_some_and(|n| PEOPLE_NOUNS.contains(&n.lower.as_str()));
        let told_of = super::opening_phrase::is_told_of(toks, i);
        if !acronym
            && describing
            && !told_of
            && (anothers_thing
                || people_after
                || name_variants::another_thing_after(toks, end, words)
                || super::new_other_thing::new_other_thing(toks, i, end, words))
        {
            return None;
        }
        // "Heat storage tank: …" against Heat Pump Expansion: a name's word opening a label
        // of three words whose other two are not the name's (nor the work done on it) is
        // the first word of another thing's name.
        let other_label = leads
            && toks.get(i + 3).is_some_and(|c| c.is_sym(":"))
            && !super::at_a_place::at_place(toks, i + 1)
            && toks[i + 1..i + 3].iter().all(|t| {
                let w = t.lower.as_str();
                t.is_word()
                    && !words.iter().any(|n| {
                        n == w || w.strip_suffix('s') == Some(n) || n.strip_suffix('s') == Some(w)
                    })
                    && !vendor_products::work_word(w)
                    && !GENERIC.contains(&w)
            });
        let other_label = other_label
            || super::opening_phrase::opens_another_before_its_verdict(toks, i, leads, words);
        if !acronym && other_label {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Investment(hit)],
            start: i,
            end,
            guessed: true,
            weak: !acronym,
        })
    }
}
