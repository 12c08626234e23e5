//! Names said by one short form: an acronym, a distinctive word pointed at, a vendor's
//! product, a hyphenated word or a number code ("the erp", "WMS", "the 4G rollout"). The
//! codes are read in `code_forms`; where a match ends and when it is another thing's word,
//! in `short_form_match`.

use super::short_form_match::ShortWord;
use super::spelling::{abbreviates, close, same_stem};
use super::{NameIndex, NameMatch, Target, EVERYDAY_ACRONYMS, GENERIC};
use crate::reader::tokens::{TokKind, Token};
use crate::reader::{name_variants, vendor_products};

/// Chat shorthand written in capitals ("by EOD Fri", "COB today", "FYI"): never an acronym
/// picked from letters inside a name's words.
const CHAT_SHORTHAND: &[&str] = &[
    "eod", "eow", "eom", "eob", "cob", "fyi", "lmk", "tbh", "btw", "imo", "asap", "ooo", "wfh",
    "afaik", "iirc", "tbc", "tbd", "nvm", "omg",
];

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

/// Verbs of a verdict said of a thing named right after them ("dropping Zoomly").
const VERDICT_VERBS: &[&str] = &[
    "dropping",
    "drop",
    "dropped",
    "ditching",
    "ditch",
    "ditched",
    "scrapping",
    "scrap",
    "scrapped",
    "killing",
    "kill",
    "killed",
    "cancelling",
    "canceling",
    "cancel",
    "cancelled",
    "canceled",
    "keeping",
    "keep",
    "kept",
    "approved",
    "approve",
    "rejected",
    "reject",
    "renewing",
    "renew",
    "renewed",
    "stopping",
    "stop",
    "stopped",
    "pausing",
    "pause",
    "paused",
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
            return Some(NameMatch {
                targets: vec![Target::Investment(inv)],
                start: i,
                end,
                guessed: true,
                weak: false,
            });
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
        let prev = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        let next_generic = toks
            .get(i + 1)
            .is_some_and(|n| GENERIC.contains(&n.lower.as_str()));
        // The subject of a message or clause ("voicebot trimmed to $150k", "…; voicebot's a
        // no") is pointed at as surely as "the voicebot".
        // "- wearables: keep going": a list's item after its dash or bullet leads as well.
        let bullet = i >= 1
            && matches!(toks[i - 1].lower.as_str(), "-" | "•" | "*")
            && (i == 1 || toks[i - 2].is_break());
        let leads = i == 0 || toks[i - 1].is_break() || bullet;
        // "the new POS": a name's word after "the new" points at it as "the POS" does.
        // So do "the two new minibuses" (a count between) and "New minibuses are …" opening
        // a sentence as its subject (not a list's "…: new cameras, access control …").
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "that" | "this" | "these" | "those"
            )
        };
        let count = |k: usize| {
            toks[k].kind == TokKind::Num
                || matches!(
                    toks[k].lower.as_str(),
                    "two" | "three" | "four" | "five" | "six" | "both"
                )
        };
        let opens_as_subject = (i == 1
            || i >= 2 && matches!(toks[i - 2].lower.as_str(), "." | "!" | "?" | "\n"))
            && toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "are" | "have" | "were" | "is" | "has" | "was" | "in" | "at"
                )
            });
        let after_the_new = prev == "new"
            && (opens_as_subject
                || i >= 2 && (pointer(i - 2) || i >= 3 && count(i - 2) && pointer(i - 3)));
        // A word written in capitals ("for AML model tuning", "move PACS go-live") is said
        // as a name, as an acronym is.
        // "Re: kiosks", "re S/4": the topic a message is about.
        let topic = matches!(prev, "re" | "regarding")
            || (prev == ":" && i >= 2 && toks[i - 2].lower == "re");
        // "Eastside microtransit: keep it going": a name's word set as a label, after one
        // word saying which part or place, is the subject as a label alone is.
        let qualified_label = i >= 1
            && toks[i - 1].is_word()
            && (i == 1 || toks[i - 2].is_break())
            && toks.get(i + 1).is_some_and(|n| n.is_sym(":"));
        // "Reservations chatbot saved $18k": a name's last word (the thing it is) after one
        // ordinary word saying which, leading the clause and before what it did, is its
        // subject as the word alone is. Not after a unit ("Estates infrastructure": theirs),
        // a code ("AV shuttle") or a word saying how many ("every", "no").
        let qualified_subject = i >= 1
            && after_unit.is_none()
            && toks[i - 1].is_word()
            && !toks[i - 1].caps
            // Not another name's word ("straddle telemetry"): the two name neither.
            && !self.short.contains_key(toks[i - 1].lower.as_str())
            && !matches!(
                toks[i - 1].lower.as_str(),
                "a" | "an" | "new" | "another" | "no" | "any" | "some" | "every" | "each" | "all"
            )
            && (i == 1 || toks[i - 2].is_break())
            && toks.get(i + 1).is_some_and(|n| n.is_word());
        // "approved NOK 1.8m for more drones": more of the things a name's word says, in
        // the plural, are more of that investment.
        // "quotes for the extra panels": more of them, pointed at.
        let more_of = (prev == "more"
            || matches!(prev, "extra" | "additional")
                && i >= 2
                && matches!(toks[i - 2].lower.as_str(), "the" | "our"))
            && bare.len() > 4
            && bare.ends_with('s');
        // "worried about payroll cutover": a name's word before the work done on it.
        let work_next = toks
            .get(i + 1)
            .is_some_and(|n| vendor_products::work_word(&n.lower));
        // "We're dropping Zoomly.": a name's word or a product that a verdict's verb takes,
        // ending the clause, is what the verdict is about.
        let verdict_object =
            toks.get(i + 1).is_none_or(|n| n.is_break()) && VERDICT_VERBS.contains(&prev);
        // "Rio Verde biogas generated 1.150 MWh": a name's word in lower case after one or two
        // words with capitals that open the clause (a place, saying which site's) is its
        // subject, as the word alone is; not a near-spelling of one ("Minister's office"),
        // nor after someone's; nor the work done on a thing ("Switch renewal …" against
        // Server Room Cooling Renewal): the word before is what is renewed, not a place.
        let after_place = after_unit.is_none()
            && !t.capital
            && !name_variants::work_on(bare)
            && self.short.contains_key(bare)
            && toks.get(i + 1).is_some_and(|n| n.is_word())
            && (1..=2).any(|k| {
                i >= k
                    && (i == k || toks[i - k - 1].is_break())
                    && toks[i - k..i]
                        .iter()
                        .all(|p| p.is_word() && p.capital && !p.caps && !p.lower.ends_with("'s"))
            });
        // "Scottsdale's scanner is down again": a place's one, as the subject of what is
        // told of it, pointed at as "the scanner" is.
        let possessed = prev.len() > 3
            && prev.ends_with("'s")
            && !t.caps
            && toks[i - 1].capital
            && (i == 1 || toks[i - 2].is_break())
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "is" | "are" | "was" | "keeps"));
        let pointed = matches!(prev, "the" | "our" | "that" | "this")
            || possessed
            || after_place
            || verdict_object
            || topic
            || qualified_label
            || more_of
            || work_next
            || after_the_new
            || next_generic
            || leads
            || t.caps;
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
        let person = toks
            .get(i + 1)
            .is_some_and(|n| SAYING.contains(&n.lower.as_str()) || (i == 0 && n.is_sym(",")));
        let product = || {
            let work = toks
                .get(i + 1)
                .is_some_and(|n| vendor_products::work_word(&n.lower));
            (!person && (pointed || work))
                .then(|| self.products.get(bare).copied())
                .flatten()
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
        let pointed = pointed
            || whole_thing
            || exact.is_some_and(|inv| {
                after_unit.is_some_and(|u| self.investments[inv].unit == self.units[u].name)
            });
        let hit = match exact {
            // An acronym is a name of its own; a single word needs pointing at.
            Some(inv) if pointed || !self.investments[inv].name.to_lowercase().contains(bare) => {
                Some(inv)
            }
            // Not the work done ("Switch renewal" against Server Room Cooling Renewal): the
            // word before says what is renewed, another thing than the name's.
            Some(inv)
                if qualified_subject
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
            None if pointed && bare.len() >= 5 && bare.is_ascii() => {
                // "tenants keep asking" at a clause's start: the plural of a name's word is
                // people or things talked about, not the name, unless pointed at ("the
                // tenants portal") or set as a label ("chromebooks: 212 fewer tickets").
                let label = toks.get(i + 1).is_some_and(|n| {
                    n.is_sym(":") || n.is_sym("-") || n.is_sym("—") || n.is_sym("–")
                }) || super::at_a_place::label_at_place(toks, i + 1);
                // "Turnstiles approved, £185k": the things, before the verdict on them, are
                // what was decided, as a label is.
                let decided = toks
                    .get(i + 1)
                    .is_some_and(|n| VERDICT_PARTICIPLES.contains(&n.lower.as_str()))
                    || super::rescoped_things::rescoped_at(toks, i + 1);
                // "turnstyles r in at gate 1", "pinsetters arrived": the things, before news
                // of their coming, are what the news is about.
                let arrived = arrival_at(toks, i + 1);
                // "scanners paid off at Chandler - remakes down …": the things, before the
                // result they brought, are what the result is about.
                let paid_off = toks.get(i + 1).is_some_and(|n| n.is("saved"))
                    || toks.get(i + 1).is_some_and(|n| n.is("paid"))
                        && toks.get(i + 2).is_some_and(|n| n.is("off") || n.is("for"));
                let only_leads = !(matches!(prev, "the" | "our" | "that" | "this")
                    || paid_off
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
                                w.starts_with(bare) && !super::spelling::NOT_CLIPPED.contains(&bare)
                                || bare.starts_with(w.as_str())
                                // A slip of the same length ("teleamtics"), not another form
                                // of the word ("robots" for robotics is the machines).
                                || (bare.len() == w.len() && close(bare, w))
                                // "turnstyles": a slip in the plural of a long word.
                                || misspelt_plural(bare, w)
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
                                        || misspelt_plural(bare, w)))
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
            // "Sim upgrade" for Racing Simulator Rig: a name's word clipped, pointed at and
            // before the work done on it, when it clips one name's word only.
            None if pointed && work_next && bare.len() >= 3 && bare.is_ascii() => {
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

/// "turnstyles" for turnstile: a word of seven letters or more, misspelt, in the plural.
fn misspelt_plural(word: &str, name_word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|one| {
        one.len() >= 7 && !name_word.ends_with('s') && one != name_word && close(one, name_word)
    })
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
