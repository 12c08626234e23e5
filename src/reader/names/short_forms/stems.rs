//! A name's word said in another form, pointed at: clipped ("the sim"), misspelt ("teleamtics",
//! "turnstyles"), as its gerund ("Routing tool") or its thing in the plural ("the meters
//! project"), matched by the stems of the names' words.

use super::pointed_at::Pointing;
use super::*;

/// A verdict said as its participle right after what it is on ("Turnstiles approved").
const VERDICT_PARTICIPLES: &[&str] = &[
    "approved",
    "rejected",
    "deferred",
    "paused",
    "cancelled",
    "canceled",
    "scrapped",
    "shelved",
    "declined",
    "greenlit",
];

impl NameIndex {
    /// Whether [`NameIndex::stem_of`] may find anything for `bare` (ASCII, five letters or
    /// more), however it is pointed at: false only when its first four letters open no
    /// name word's stem and it is no four-letter name word in the plural, where both of
    /// `stem_of`'s look-ups miss.
    pub(super) fn may_be_a_stem(&self, bare: &str) -> bool {
        bare.get(..4).is_some_and(|four| {
            self.short_stems.contains_key(four)
                || (bare.len() == 5 && bare.ends_with('s') && self.short.contains_key(four))
        })
    }

    /// The one investment whose word `bare` at `toks[i]` is said in another form, if one.
    #[inline]
    pub(super) fn stem_of(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
        pointing: &Pointing,
    ) -> Option<usize> {
        let t = &toks[i];
        let Pointing {
            prev,
            topic,
            after_the_new,
            next_generic,
            more_of,
            ..
        } = *pointing;
        // "tenants keep asking" at a clause's start: the plural of a name's word is
        // people or things talked about, not the name, unless pointed at ("the
        // tenants portal") or set as a label ("chromebooks: 212 fewer tickets").
        let label = toks
            .get(i + 1)
            .is_some_and(|n| n.is_sym(":") || n.is_sym("-") || n.is_sym("—") || n.is_sym("–"))
            || super::super::at_a_place::label_at_place(toks, i + 1);
        // "Turnstiles approved, £185k": the things, before the verdict on them, are
        // what was decided, as a label is.
        let decided = toks
            .get(i + 1)
            .is_some_and(|n| VERDICT_PARTICIPLES.contains(&n.lower.as_str()))
            || super::super::rescoped_things::rescoped_at(toks, i + 1);
        // "turnstyles r in at gate 1", "pinsetters arrived": the things, before news
        // of their coming, are what the news is about.
        let arrived = arrival_at(toks, i + 1);
        // "scanners paid off at Chandler - remakes down …": the things, before the
        // result they brought, are what the result is about.
        let paid_off = toks.get(i + 1).is_some_and(|n| n.is("saved"))
            || toks.get(i + 1).is_some_and(|n| n.is("paid"))
                && toks.get(i + 2).is_some_and(|n| n.is("off") || n.is("for"));
        // "Reformers are pulling their weight", "okay with laptops for …": their worth
        // told, or taken by a verdict.
        let told = super::plurals_told::worth_told_at(toks, i + 1)
            || super::plurals_told::taken_by_a_verdict(toks, i);
        let only_leads = !(matches!(prev, "the" | "our" | "that" | "this")
            || paid_off
            || told
            || topic
            || after_the_new
            || next_generic
            || label
            || decided
            || arrived
            || more_of
            || t.caps);
        self.short_stems
            .get(&bare[..4])
            .and_then(|ws| {
                let m: Vec<&String> = ws
                    .iter()
                    .filter(|w| {
                        // "the extra panels": a word of its own is no clip.
                        w.starts_with(bare) && !super::super::spelling::NOT_CLIPPED.contains(&bare)
                        || bare.starts_with(w.as_str())
                        // A slip of the same length ("teleamtics"), not another form
                        // of the word ("robots" for robotics is the machines).
                        || (bare.len() == w.len() && close(bare, w))
                        // "turnstyles": a slip in the plural of a long word.
                        || misspelt_plural(bare, w)
                        // "buggies" for buggy: the plural in "ies".
                        || plural_in_ies(bare, w)
                        // "Routing tool" for Delivery Route Optimisation: the
                        // word said as its gerund, before the kind of thing it is.
                        || (next_generic && name_variants::gerund_of(bare, w))
                        // "the meters project" for Energy Metering Programme: the
                        // thing, in the plural, whose doing the name says.
                        || same_stem(bare, w)
                    })
                    .filter(|w| {
                        !(only_leads
                            && (bare.strip_suffix('s') == Some(w.as_str())
                                || misspelt_plural(bare, w)
                                || plural_in_ies(bare, w)))
                    })
                    .collect();
                (m.len() == 1).then(|| self.short[m[0]])
            })
            // "the desks quote" for Sound Desk Refresh: a four-letter word of a name (too
            // short for the stems) in the plural, pointed at.
            .or_else(|| {
                bare.strip_suffix('s')
                    .filter(|o| o.len() == 4 && !only_leads)
                    .and_then(|o| self.short.get(o).copied())
            })
    }
}

/// "turnstyles" for turnstile: a word of seven letters or more, misspelt, in the plural.
fn misspelt_plural(word: &str, name_word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|one| {
        one.len() >= 7 && !name_word.ends_with('s') && one != name_word && close(one, name_word)
    })
}

/// "buggies" for buggy, "batteries" for battery: a name's word ending in "y", in the plural.
fn plural_in_ies(word: &str, name_word: &str) -> bool {
    word.strip_suffix("ies").is_some_and(|stem| {
        stem.len() >= 3
            && name_word.len() == stem.len() + 1
            && name_word.starts_with(stem)
            && name_word.ends_with('y')
    })
}
