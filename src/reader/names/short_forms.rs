//! Names said by one short form: an acronym, a distinctive word pointed at, a vendor's
//! product, a hyphenated word or a number code ("the erp", "WMS", "the 4G rollout"). The
//! codes are read in `code_forms`; where a match ends and when it is another thing's word,
//! in `short_form_match`.
//!
//! This file reads a short form at a place; how it is pointed at is read in
//! `pointed_at.rs`, and a word said in another form (clipped, misspelt, in the plural) in
//! `stems.rs`.

mod after_qualifiers;
mod plurals_told;
mod pointed_at;
mod stems;

use self::pointed_at::Pointing;
use super::short_form_match::ShortWord;
use super::spelling::{abbreviates, close, same_stem};
use super::{NameIndex, NameMatch, EVERYDAY_ACRONYMS, GENERIC};
use crate::reader::tokens::{TokKind, Token};
use crate::reader::{name_variants, vendor_products};

/// Chat shorthand written in capitals ("by EOD Fri", "COB today", "FYI"): never an acronym
/// picked from letters inside a name's words.
const CHAT_SHORTHAND: &[&str] = &[
    "eod", "eow", "eom", "eob", "cob", "fyi", "lmk", "tbh", "btw", "imo", "asap", "ooo", "wfh",
    "afaik", "iirc", "tbc", "tbd", "nvm", "omg",
];

/// Verbs of saying after a word that make it someone's name ("Sage says …").
const SAYING: &[&str] = &[
    "says",
    "said",
    "thinks",
    "thought",
    "reckons",
    "asked",
    "asks",
    "told",
    "confirmed",
    "mentioned",
    "wrote",
    "replied",
];

impl NameIndex {
    /// An acronym ("WMS") anywhere, or a distinctive word after "the" / "our" or before
    /// "project" ("the erp", "the robot project"), standing for its one investment.
    ///
    /// `after_unit` is the unit named just before, whose own investment's word it points at
    /// ("ecom replatform", "Pilotage infrastructure").
    ///
    /// `compact` is [`super::words::compact_at`] of `toks` at `i`, which the caller has worked out already.
    pub(super) fn short_name_at(
        &self,
        toks: &[Token],
        i: usize,
        after_unit: Option<usize>,
        compact: Option<&(String, usize)>,
    ) -> Option<NameMatch> {
        let t = &toks[i];
        // Two letters only in capitals, and not as a label ("AI: @kim to …").
        let two_caps = t.caps && toks.get(i + 1).is_none_or(|n| !n.is_sym(":"));
        if t.kind == TokKind::Num {
            return self.number_code_at(toks, i);
        }
        if t.kind != TokKind::Word {
            return None;
        }
        if let Some(m) = compact.and_then(|c| self.hyphenated_word_at(toks, i, c)) {
            return Some(m);
        }
        if t.lower.len() < 2 || (t.lower.len() == 2 && !two_caps) {
            return None;
        }
        let initials = self.kind_initials.at(toks, i, &self.inv_words, GENERIC);
        if let Some((inv, end)) = initials.or_else(|| self.compounds.at(toks, i)) {
            return Some(NameMatch::guessed_investment(inv, i, end));
        }
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        if let Some(m) = self.thing_in_the_plural(toks, i, bare) {
            return Some(m);
        }
        if !t.caps && super::words::gerund_of_time(toks, i) {
            return None;
        }
        // "hurricane season's over": a name's word before "season" names the time of year.
        if toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "season" | "season's" | "seasons"))
        {
            return None;
        }
        // How the word is pointed at, read only where an answer below turns on it: most
        // words reaching here (the short everyday ones) name nothing however they are
        // pointed at, and reading it is some fifteen checks of the words around.
        let pointing_read = std::cell::OnceCell::new();
        let pointing = || *pointing_read.get_or_init(|| self.pointing(toks, i, bare, after_unit));
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        // "ITMs", "itms": an acronym in the plural.
        let plural = || {
            let one = bare.strip_suffix('s').filter(|o| o.len() >= 3)?;
            let inv = *self.short.get(one)?;
            (!self.investments[inv].name.to_lowercase().contains(one)).then_some(inv)
        };
        // "PdM": an acronym in capitals with letters from inside the name's words.
        let inner = || {
            (t.caps && !CHAT_SHORTHAND.contains(&bare))
                .then(|| self.inner.at(bare, &self.inv_words, GENERIC))
                .flatten()
        };
        // "EDW", "AML": an acronym of the name's words that counts only written as one, or
        // pointed at ("the EDW", "new tills").
        let written_as_acronym = || {
            (t.caps || matches!(prev, "the" | "our" | "new"))
                .then(|| self.caps_acronyms.get(bare).copied())
                .flatten()
        };
        // "SIU's analytics vendor": the unit just named, then a word of exactly one of its
        // investments' names, however common the word.
        let unit_word = || {
            let unit = &self.units[after_unit?].name;
            // "Finance and IT agreed …": a word joining names is no word of one.
            if bare.len() < 3 || GENERIC.contains(&bare) || JOINING.contains(&bare) {
                return None;
            }
            let mut having = self.investments.iter().enumerate().filter(|(k, inv)| {
                &inv.unit == unit && self.inv_words[*k].iter().any(|w| w == bare)
            });
            match (having.next(), having.next()) {
                (Some((k, _)), None) => Some(k),
                _ => None,
            }
        };
        // "the Workday rollout": a vendor's product pointed at or before the work done.
        // "Sage says …", "Sage, are you coming?": a product's name that is also someone's,
        // before what they say or called to, is that person.
        // (Asked only of a product's name: most words are none.)
        let person = || {
            toks.get(i + 1)
                .is_some_and(|n| SAYING.contains(&n.lower.as_str()) || (i == 0 && n.is_sym(",")))
                // "Deputy head asked …" (round B68): a title before a role.
                || vendor_products::role_after(toks, i)
        };
        // The word after is work done on the thing ("the Workday rollout").
        let work = || {
            toks.get(i + 1)
                .is_some_and(|n| vendor_products::work_word(&n.lower))
        };
        // "Board said yes to NetSuite", "no to Salesforce" (round B66, convention 74): the
        // product the verdict's "yes to" / "no to" takes is the thing decided.
        let yes_or_no_to =
            || i >= 2 && toks[i - 1].is("to") && matches!(toks[i - 2].lower.as_str(), "yes" | "no");
        // "Update on ServiceTitan.", "@kyle servicetitan price book import" (round B67,
        // convention 74): the product an update is on, or that opens a task addressed to
        // someone, is the work the update or the task is about.
        let update_on = || {
            i >= 2
                && toks[i - 1].is("on")
                && matches!(toks[i - 2].lower.as_str(), "update" | "updates" | "news")
        };
        let task_opened = || i >= 2 && toks[i - 2].is_sym("@");
        let product = || {
            self.products.get(bare).copied().filter(|_| {
                !person()
                    && (work()
                        || yes_or_no_to()
                        || update_on()
                        || task_opened()
                        || vendor_products::product_before_its_noun(toks, i)
                        || vendor_products::product_named_after_from(toks, i)
                        || pointing().pointed)
            })
        };
        let exact = self
            .short
            .get(bare)
            .copied()
            .or_else(product)
            .or_else(plural);
        // "POS" is point of sale before it is P(ension) O(ut)s(ourcing): a well-known acronym
        // or a name's initials beat letters picked from inside another name's words.
        let caps_hit = exact.is_none().then(written_as_acronym).flatten();
        let caps_acronym = caps_hit.is_some();
        let exact = exact.or(caps_hit).or_else(inner).or_else(unit_word);
        // "its", "was": an acronym that is also an everyday word names only in capitals.
        if exact.is_some() && !t.caps && EVERYDAY_ACRONYMS.contains(&bare) {
            return None;
        }
        // "approved $95k for timekeeping badge readers": the whole of a name but the work
        // done on it (Timekeeping Replacement) is said as surely as the whole name.
        // Not before other work done on the thing ("hydrant flushing", "payroll training"):
        // that is another job, not a part of the name's.
        let other_work = toks
            .get(i + 1)
            .is_some_and(|n| n.lower.len() > 5 && n.lower.ends_with("ing"));
        let whole_thing = !other_work
            && exact.is_some_and(|inv| {
                self.short.get(bare) == Some(&inv)
                    && name_variants::all_but_the_work(&self.inv_words[inv], bare)
            });
        let pointed = || {
            pointing().pointed
                || whole_thing
                || exact.is_some_and(|inv| {
                    after_unit.is_some_and(|u| self.investments[inv].unit == self.units[u].name)
                })
        };
        let hit = match exact {
            // An acronym is a name of its own; a single word needs pointing at.
            Some(inv) if pointed() || !self.investments[inv].name.to_lowercase().contains(bare) => {
                Some(inv)
            }
            // Not the work done ("Switch renewal" against Server Room Cooling Renewal): the
            // word before says what is renewed, another thing than the name's.
            Some(inv)
                if pointing().qualified_subject
                    && !name_variants::work_on(bare)
                    && self.short.get(bare) == Some(&inv)
                    && self.inv_words[inv].last().is_some_and(|l| l == bare) =>
            {
                Some(inv)
            }
            // "madison + la crosse phones are live": a name's head word (its last), before
            // news of the things' coming, is what the news is about.
            Some(inv)
                if bare.len() >= 5
                    && arrival_at(toks, i + 1)
                    && self.short.get(bare) == Some(&inv)
                    && self.inv_words[inv].last().is_some_and(|l| l == bare) =>
            {
                Some(inv)
            }
            Some(_) => None,
            // A word no name word's stem opens is no other form of one: the arm below would
            // find nothing, and where it is not taken (not pointed at) neither is the
            // clipping after it. Answered before the pointing is read (most words here).
            None if bare.len() >= 5 && bare.is_ascii() && !self.may_be_a_stem(bare) => None,
            // "okay with laptops for …": a verdict that takes the things points at them.
            None if bare.len() >= 5
                && bare.is_ascii()
                && (pointed() || plurals_told::taken_by_a_verdict(toks, i)) =>
            {
                self.stem_of(toks, i, bare, &pointing())
            }
            // "Sim upgrade" for Racing Simulator Rig: a name's word clipped, pointed at and
            // before the work done on it, when it clips one name's word only.
            // (`work` is asked first: it is one look-up, where reading the pointing is many.)
            None if bare.len() >= 3 && bare.is_ascii() && work() && pointed() => {
                let mut clipping = self
                    .short
                    .iter()
                    .filter(|(k, _)| abbreviates(bare, k))
                    .map(|(_, &inv)| inv);
                let first = clipping.next();
                first.filter(|&f| clipping.all(|k| k == f))
            }
            None => None,
        }?;
        let Pointing {
            next_generic,
            leads,
            ..
        } = pointing();
        self.short_form_match(
            toks,
            i,
            hit,
            &ShortWord {
                bare,
                prev,
                exact,
                caps_acronym,
                next_generic,
                whole_thing,
                leads,
            },
        )
    }
}

/// Words saying a thing has come or gone in ("r in", "are live", "arrived"), from `i`.
fn arrival_at(toks: &[Token], i: usize) -> bool {
    const BE: &[&str] = &["r", "are", "were", "now", "all"];
    const IN: &[&str] = &[
        "in",
        "live",
        "installed",
        "fitted",
        "arrived",
        "delivered",
        "here",
    ];
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    IN.contains(&word(i)) && word(i) != "in" || BE.contains(&word(i)) && IN.contains(&word(i + 1))
}

/// Words that join or relate names ("Rota and Payroll System"), never a name's word alone.
const JOINING: &[&str] = &["and", "for", "the", "with", "from", "into"];
