//! How far one name's words are said from a place in the message: each word as written,
//! joined or apart, misspelt, clipped, in the plural or as its verb.

use super::plurals::plural_of;
use super::spelling::{abbreviates, clipped_plural, close, same_stem, shortened};
use super::words::compact_at;
use super::{Entry, Target};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

impl Entry {
    /// The token after the last of this name's words said in order from `i`, and how many
    /// of its words were said there.
    pub(super) fn words_said_at(&self, toks: &[Token], i: usize) -> (usize, usize) {
        let e = self;
        let mut j = i;
        let mut matched = 0;
        for w in &e.words {
            // A skipped "&" or hyphen before a word that is not the name's is no part
            // of it ("tenant referencing & the e-sign rollout").
            let unskipped = j;
            // Hyphens inside names: "e-invoicing" against "e invoicing"; an
            // ampersand the name's words leave out: "people & culture".
            // "the tenants' panel": a plural's apostrophe, which the name's words leave
            // out.
            let plurals = |k: usize| {
                matched > 0
                    && (toks[k].is_sym("'") || toks[k].is_sym("’"))
                    && toks[k].attached
                    && toks[k - 1].lower.ends_with('s')
            };
            while toks.get(j).is_some_and(|t| {
                t.is_sym("-") || (!e.exact && matched > 0 && w != "and" && t.is_sym("&"))
            }) || j < toks.len() && plurals(j)
            {
                j += 1;
            }
            let joined = compact_at(toks, j).filter(|(c, _)| c == w);
            if let Some((_, n)) = joined {
                j += n;
                matched += 1;
                continue;
            }
            let apart = match (toks.get(j), toks.get(j + 1)) {
                (Some(a), Some(b)) if a.is_word() && b.is_word() && !b.attached => {
                    w.len() == a.lower.len() + b.lower.len()
                        && w.starts_with(a.lower.as_str())
                        && w.ends_with(b.lower.as_str())
                }
                _ => false,
            };
            if apart {
                j += 2;
                matched += 1;
                continue;
            }
            let hit = toks.get(j).is_some_and(|t| {
                if e.caps_only {
                    return t.caps && t.lower.strip_suffix("'s").unwrap_or(&t.lower) == w;
                }
                if e.exact {
                    return t.lower.strip_suffix("'s").unwrap_or(&t.lower) == w;
                }
                // "Exporting to India is stalled" for the unit Export: leading a
                // clause, a one-word unit name said as its gerund; "Crewing rota
                // system" for Crew Rostering System: an investment's first word so,
                // the rest of its name said after it.
                let gerund = matched == 0
                    && (e.words.len() == 1 && matches!(e.target, Target::Unit(_))
                        || matches!(e.target, Target::Investment(_)))
                    && (j == 0 || toks[j - 1].is_break())
                    && name_variants::gerund_of(&t.lower, w);
                // "Info Tech": a unit's first word clipped, the whole name said.
                let clipped_unit = matched == 0
                    && e.words.len() >= 2
                    && matches!(e.target, Target::Unit(_))
                    && abbreviates(&t.lower, w);
                close(&t.lower, w)
                    || gerund
                    || clipped_unit
                    || name_variants::other_spelling(&t.lower, w)
                    || (w == "and" && t.is_sym("&"))
                    || (matched > 0
                        // "Virtual cards": a later word of the name in the plural,
                        // however short.
                        && (plural_of(&t.lower, w)
                            || super::plurals::ies_plural_ending(toks, j, w)
                            || shortened(&t.lower, w)
                            || abbreviates(&t.lower, w)
                            || clipped_plural(&t.lower, w)
                            || same_stem(&t.lower, w)
                            || name_variants::verb_of(&t.lower, w)
                            || name_variants::said_for(&t.lower, w)))
            });
            if !hit {
                j = unskipped;
                break;
            }
            j += 1;
            matched += 1;
        }
        (j, matched)
    }
}
