//! "the Whinmoor scanners" for Gate Scanner Upgrade, "the new Bell stretchers" for Stretcher
//! Replacement, "The new chairs at Manly" for Dental Chair Replacement: the thing a name is
//! about (its last word, or the word before the work done on it) said in the plural, pointed
//! at ("the", "our", "the new"), perhaps after one capitalised word saying whose make or
//! which place's, names the one investment that thing is. So do "those new crates" / "them
//! new cages", and a clause's subject said as a thing known, "Bulls we put in last year are
//! …", "Quick one — cages for the Harris Creek plot are approved", "laptops moved to Q2"
//! (Bull Replacement Program: a "Program" after the work done is not the thing).

use super::{NameIndex, NameMatch, Target};
use crate::reader::name_variants;
use crate::reader::tokens::Token;

impl NameIndex {
    pub(super) fn thing_in_the_plural(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
    ) -> Option<NameMatch> {
        let one = bare.strip_suffix('s').filter(|o| o.len() >= 3)?;
        // A list's bullet straight before: "• laptops – …".
        let bullet = |k: usize| {
            k >= 1
                && matches!(toks[k - 1].lower.as_str(), "•" | "*" | "-" | "–" | "·")
                && (k == 1 || toks[k - 2].is("\n"))
        };
        // "Traps we put in last spring are paying off", "Quick one — cages for the Harris
        // Creek plot are approved", "Cages on Harris Creek: keep going": the subject
        // opening a clause, the things spoken of as known.
        // "• laptops – trimmed to the 40 oldest": an item's label before its dash.
        let ours = (i == 0 || toks[i - 1].is_break() && !toks[i - 1].is("(") || bullet(i))
            && !toks[i].caps
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "we" | "for" | "on" | "at" | "in" | "are" | "have" | "were" | ":"
                ) || (t.is_sym("–") || t.is_sym("—") || t.is_sym("-")) && !t.attached
                    || super::subject_verbs::what_happened_to_them(t)
            });
        // "approved another 6k for laptops": what more money said just before is for.
        let money_for = i >= 2 && toks[i - 1].is("for") && {
            let num = |k: usize| {
                toks[k].kind == crate::reader::tokens::TokKind::Num
                    || toks[k].lower.starts_with(|c: char| c.is_ascii_digit())
            };
            num(i - 2)
                || i >= 3 && matches!(toks[i - 2].lower.as_str(), "k" | "m" | "grand") && num(i - 3)
        };
        if !toks[i].is_word() || toks[i].capital && !ours {
            return None;
        }
        let pointer = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "the" | "our" | "those" | "these" | "them"
            )
        };
        // "the two new minibuses": a count between the pointer and "new".
        let count = |k: usize| {
            toks[k].kind == crate::reader::tokens::TokKind::Num
                || matches!(
                    toks[k].lower.as_str(),
                    "two" | "three" | "four" | "five" | "six"
                )
        };
        // "New minibuses are …", "new laptops for the install leads came in": "new"
        // opening a sentence, the things its subject.
        let opens_new = |k: usize| {
            k >= 1
                && toks[k - 1].is("new")
                && (k == 1 || toks[k - 2].is_break())
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "are" | "have" | "were" | "for"))
        };
        // "the managed backups", "our leased vans": a word saying how they are had or run
        // (a participle in small letters) between the pointer and the things.
        let how_had = |k: usize| {
            let t = &toks[k];
            t.is_word() && !t.capital && t.lower.len() >= 5 && t.lower.ends_with("ed")
        };
        // "the extra 20 laptops", "the additional 5 tablets": more of the things, counted,
        // pointed at.
        let extra = |k: usize| toks[k].is("extra") || toks[k].is("additional");
        let pointed_at = |k: usize| {
            k >= 1 && pointer(k - 1)
                || k >= 2 && (toks[k - 1].is("new") || how_had(k - 1)) && pointer(k - 2)
                || k >= 3 && toks[k - 1].is("new") && count(k - 2) && pointer(k - 3)
                || k >= 3 && count(k - 1) && extra(k - 2) && pointer(k - 3)
                || opens_new(k)
        };
        // One word of a maker or a place between: written with a capital, not an acronym,
        // and no name of ours.
        let maker = i >= 1
            && toks[i - 1].is_word()
            && toks[i - 1].capital
            && !toks[i - 1].caps
            && !self.short.contains_key(toks[i - 1].lower.as_str())
            && pointed_at(i - 1);
        if !(pointed_at(i) || maker || ours || money_for) {
            return None;
        }
        let mut having = self.inv_words.iter().enumerate().filter(|(_, words)| {
            // "Bull Replacement Program": the work done, then what kind of work it is.
            let programme = words.len() >= 3
                && matches!(
                    words[words.len() - 1].as_str(),
                    "program" | "programme" | "project" | "scheme"
                )
                && name_variants::work_on(&words[words.len() - 2]);
            // "Backup Service": what is delivered, then that it is bought as a service.
            let service = words.len() >= 2 && words[words.len() - 1] == "service";
            let n = words.len() - usize::from(programme || service);
            let mut thing = match words[..n].last() {
                Some(last) if n >= 2 && name_variants::work_on(last) => n - 2,
                Some(_) if n >= 2 || service => n - 1,
                _ => return false,
            };
            // "Minibus Fleet Replacement": a fleet is of the things named before it.
            if thing >= 1 && words[thing] == "fleet" {
                thing -= 1;
            }
            said_in_plural(bare, one, &words[thing])
        });
        let (k, _) = match (having.next(), having.next()) {
            (Some(hit), None) => hit,
            _ => return None,
        };
        Some(NameMatch {
            targets: vec![Target::Investment(k)],
            start: i,
            end: i + 1,
            guessed: true,
            weak: true,
        })
    }
}

impl NameIndex {
    /// "the two new minibuses", "New minibuses are …" where the unit Transport goes by
    /// "Minibuses" too: a unit's word for its things, said of new ones, is the one
    /// investment of that unit they are (Minibus Fleet Replacement), not the unit alone.
    pub(super) fn new_things_of_a_unit(
        &self,
        toks: &[Token],
        i: usize,
        bare: &str,
        unit: usize,
    ) -> Option<NameMatch> {
        if i == 0 || !toks[i - 1].is("new") {
            return None;
        }
        let m = self.thing_in_the_plural(toks, i, bare)?;
        let unit = &self.units[unit].name;
        matches!(m.targets[..], [Target::Investment(k)] if self.investments[k].unit == *unit)
            .then_some(m)
    }
}

/// "sensors" for sensor, "buses" for bus, "batteries" for battery: `bare` (`one` without
/// its last "s") as the plural of `thing`, a word of four letters or more.
fn said_in_plural(bare: &str, one: &str, thing: &str) -> bool {
    if thing.len() < 4 && !(thing.len() == 3 && bare.ends_with("es")) {
        return false;
    }
    one == thing
        || bare.strip_suffix("es") == Some(thing)
            && ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|e| thing.ends_with(e))
        || bare.strip_suffix("ies").is_some_and(|stem| {
            thing.len() == stem.len() + 1 && thing.starts_with(stem) && thing.ends_with('y')
        })
}
