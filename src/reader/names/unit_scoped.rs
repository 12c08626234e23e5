//! Names found through a unit: a head's role for the unit it heads ("the CFO's team"),
//! and a unit's one investment said by a common word of its name ("the portal").

use super::spelling::NOT_CLIPPED;
use super::words::{all_words_of, COMMON};
use super::{NameIndex, NameMatch, Target, GENERIC};
use crate::reader::name_variants;
use crate::reader::tokens::{TokKind, Token};

impl NameIndex {
    /// The one investment of `unit` one of whose words (not a word names add freely) the
    /// message says, and where: "portal" for Outpatients' Patient Portal. None when no
    /// word, or words of several of the unit's investments, are said.
    pub(in crate::reader) fn unit_word_in(
        &self,
        toks: &[Token],
        unit: &str,
    ) -> Option<(usize, usize)> {
        // The unit's own words ("Marketing" of Marketing Automation) name the unit.
        let own: Vec<String> = self
            .units
            .iter()
            .filter(|u| u.name == unit)
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .flat_map(|n| all_words_of(n))
            .collect();
        let mut found: Option<(usize, usize)> = None;
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.is_word()) {
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            if bare.len() < 3
                || GENERIC.contains(&bare)
                || NOT_CLIPPED.contains(&bare)
                || own.iter().any(|w| w == bare)
            {
                continue;
            }
            for (inv, words) in self.inv_words.iter().enumerate() {
                if self.investments[inv].unit == unit && words.iter().any(|w| w == bare) {
                    if found.is_some_and(|(f, _)| f != inv) {
                        return None;
                    }
                    found.get_or_insert((inv, k));
                }
            }
        }
        found
    }

    /// "@nadia owns the iGaming age-verification testing": a unit's one-word name or alias
    /// that opens the name of exactly one of the unit's own investments (iGaming Platform
    /// Migration), pointed at with "the" and before a word of the thing worked on rather
    /// than a team's word ("the iGaming team"), is that investment. Asked only inside a follow-up's task, where the
    /// work is on a thing, not a unit.
    pub(in crate::reader) fn unit_opening_investment(
        &self,
        toks: &[Token],
        m: &NameMatch,
    ) -> Option<usize> {
        let [Target::Unit(u)] = m.targets[..] else {
            return None;
        };
        let next = toks.get(m.end)?;
        // Pointed at as a thing: "the iGaming …", not "Spoke to Research about …".
        let pointed = m.start > 0 && matches!(toks[m.start - 1].lower.as_str(), "the" | "our");
        if m.end != m.start + 1
            || !pointed
            || !next.is_word()
            || name_variants::TEAM_WORDS.contains(&next.lower.as_str())
            || next.is("office")
        {
            return None;
        }
        self.only_one_opening(u, toks[m.start].lower.as_str())
    }

    /// "about the dry dock", "the weighbridge calibration cert": a unit's name or alias
    /// (`names` holds the matches) said as a thing — after "the" or "our", ending what is
    /// pointed at — that opens the name of exactly one of the unit's own investments
    /// (Dry Dock Refurbishment for Boatyard, alias Dry Dock) is that investment; the
    /// investment and where it is said. Asked of a note that names no investment.
    pub(in crate::reader) fn unit_said_as_its_thing(
        &self,
        toks: &[Token],
        names: &[NameMatch],
    ) -> Option<(usize, usize)> {
        names.iter().find_map(|m| {
            let [Target::Unit(u)] = m.targets[..] else {
                return None;
            };
            let pointed = m.start > 0 && matches!(toks[m.start - 1].lower.as_str(), "the" | "our");
            // The unit's words end what is pointed at ("the dry dock —", "the weighbridge is
            // …"): before another noun they only describe it ("the pool deck resurfacing",
            // "the Customer group", "the despatch lads").
            let ends = toks.get(m.end).is_none_or(|t| {
                !t.is_word()
                    || matches!(
                        t.lower.as_str(),
                        "is" | "was" | "in" | "on" | "at" | "for" | "to" | "and" | "has" | "'s"
                    )
            });
            let said: Vec<&str> = toks[m.start..m.end]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.lower.as_str())
                .collect();
            // "the H-2A bunkhouse roof" (round B54): a code (a letter and a digit) names
            // the one thing it opens before other nouns too, a part of that work.
            let code: String = toks[m.start..m.end]
                .iter()
                .map(|t| compact(&t.lower))
                .collect();
            if pointed && !ends && is_code(&code) {
                return self.one_opening_on_code(u, &code).map(|k| (k, m.start));
            }
            if !pointed || !ends {
                return None;
            }
            let unit = &self.units[u].name;
            let mut opening = self.inv_words.iter().enumerate().filter(|(k, words)| {
                &self.investments[*k].unit == unit
                    && words.len() > said.len()
                    && said.iter().zip(words.iter()).all(|(s, w)| s == w)
            });
            match (opening.next(), opening.next()) {
                (Some((k, _)), None) => Some((k, m.start)),
                _ => None,
            }
        })
    }

    /// "the h2a bunkhouse roof" with the unit Human Resources known as "H-2A" (round B54): a
    /// unit's alias that is a code (letters and a digit), said as the first word of the new
    /// thing `thing`, when exactly one of that unit's investments' names opens on the code
    /// (H-2A Housing Renovation): that investment, and where the code was said. The work on
    /// a part of it ("the roof") is that investment's.
    pub(in crate::reader) fn code_opening_its_investment(
        &self,
        toks: &[Token],
        names: &[NameMatch],
        thing: &str,
    ) -> Option<(usize, usize)> {
        let first = compact(thing.split_whitespace().next()?);
        if !is_code(&first) {
            return None;
        }
        names.iter().find_map(|m| {
            let [Target::Unit(u)] = m.targets[..] else {
                return None;
            };
            let said: String = toks[m.start..m.end]
                .iter()
                .map(|t| compact(&t.lower))
                .collect();
            (said == first)
                .then(|| self.one_opening_on_code(u, &first))
                .flatten()
                .map(|k| (k, m.start))
        })
    }

    /// The one investment of unit `u` whose name opens on the code `code` (its words joined
    /// up to the code's length: the name keeps "H-2A" as "h", "2a"), when exactly one does.
    fn one_opening_on_code(&self, u: usize, code: &str) -> Option<usize> {
        let opens_on = |words: &[String]| {
            let mut joined = String::new();
            for w in words {
                joined.push_str(&compact(w));
                if joined.len() >= code.len() {
                    break;
                }
            }
            joined == code && words.len() > 1
        };
        let unit = &self.units[u].name;
        let mut opening = self
            .inv_words
            .iter()
            .enumerate()
            .filter(|(k, words)| &self.investments[*k].unit == unit && opens_on(words));
        match (opening.next(), opening.next()) {
            (Some((k, _)), None) => Some(k),
            _ => None,
        }
    }

    /// The one investment of unit `u` whose name opens on `word`, when exactly one does.
    fn only_one_opening(&self, u: usize, word: &str) -> Option<usize> {
        let unit = &self.units[u].name;
        let mut opening = self.inv_words.iter().enumerate().filter(|(k, words)| {
            &self.investments[*k].unit == unit && words.first().is_some_and(|w| w == word)
        });
        match (opening.next(), opening.next()) {
            (Some((k, _)), None) => Some(k),
            _ => None,
        }
    }

    /// "snowmaking paid off big time", "the snowmaking has paid off": a unit's one-word
    /// name or alias that opens the name of exactly one of the unit's investments
    /// (Snowmaking Expansion), opening its clause as the subject (after "the" / "our" at
    /// most) before a word that is not a team's, is that investment. Asked of a benefit,
    /// which needs one.
    pub(in crate::reader) fn unit_opening_subject(
        &self,
        toks: &[Token],
        m: &NameMatch,
    ) -> Option<usize> {
        let [Target::Unit(u)] = m.targets[..] else {
            return None;
        };
        let opens_at = |k: usize| k == 0 || toks[k - 1].is_break();
        let pointed = m.start > 0 && matches!(toks[m.start - 1].lower.as_str(), "the" | "our");
        let opens = opens_at(m.start) || pointed && opens_at(m.start - 1);
        let next = toks.get(m.end)?;
        if m.end != m.start + 1
            || !opens
            || !next.is_word()
            || name_variants::TEAM_WORDS.contains(&next.lower.as_str())
            || name_variants::BODY_WORDS.contains(&next.lower.as_str())
        {
            return None;
        }
        self.only_one_opening(u, toks[m.start].lower.as_str())
    }

    /// "the CFO's team", "the CIO's people": a head's role, owning something or before a
    /// word that says it is a team, names the unit the role heads. The role alone ("the CFO
    /// signed off") is a person.
    /// "Dev want a grant tracker": a one-word unit's name clipped, written with a capital,
    /// leading a clause and before what the unit asks or says, is that unit ("Dev will
    /// place the order" is someone).
    pub(super) fn unit_word_clip_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        let &unit = self.unit_word_clips.get(t.lower.as_str())?;
        let leads = i == 0 || toks[i - 1].is_break();
        let asks = toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "want"
                    | "wants"
                    | "asked"
                    | "asking"
                    | "say"
                    | "says"
                    | "need"
                    | "needs"
                    | "requested"
            )
        });
        (t.capital && !t.caps && leads && asks).then_some(NameMatch {
            targets: vec![Target::Unit(unit)],
            start: i,
            end: i + 1,
            guessed: true,
            weak: false,
        })
    }

    /// (Asked at every word no name was found at: a word opening on no role's first byte
    /// is none, told here before the roles are compared, round P63.)
    #[inline(always)]
    pub(super) fn role_at(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        if !self.role_firsts.may_open(&toks.get(i)?.lower) {
            return None;
        }
        self.role_at_past_its_first_test(toks, i)
    }

    /// [`NameIndex::role_at`] once its first test is passed.
    fn role_at_past_its_first_test(&self, toks: &[Token], i: usize) -> Option<NameMatch> {
        let t = &toks[i];
        let owns = t.lower.ends_with("'s");
        let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        let &(_, unit) = self.roles.iter().find(|(r, _)| *r == bare)?;
        let team = toks.get(i + 1).is_some_and(|n| {
            name_variants::TEAM_WORDS.contains(&n.lower.as_str()) || n.is("office")
        });
        if !(owns || team) {
            return None;
        }
        Some(NameMatch {
            targets: vec![Target::Unit(unit)],
            start: i,
            end: i + 1 + usize::from(team),
            guessed: false,
            weak: false,
        })
    }

    /// "CS say the portal's chat widget confuses customers": a word too common to stand for
    /// an investment on its own ("portal", "app", "website"), pointed at with "the"/"our",
    /// names the one investment of the unit the message names first that has the word, when
    /// the message names no other unit before the word and no investment before the
    /// sentence the word is in ("the
    /// portal's repairs booking is a hit. Nobody wants change before the HMS goes in": the
    /// note is about the portal, the HMS is said later).
    pub(super) fn add_unit_scoped(&self, toks: &[Token], out: &mut Vec<NameMatch>) {
        let mut units = out.iter().filter_map(|m| match m.targets[..] {
            [Target::Unit(u)] => Some(u),
            _ => None,
        });
        let Some(unit) = units.next() else { return };
        // The words may go up to another unit named ("the portal's repairs booking" is
        // still the portal of the unit met) and to the end of the sentence before the
        // first investment named.
        let other_unit = out
            .iter()
            .find(|m| matches!(m.targets[..], [Target::Unit(u)] if u != unit))
            .map_or(toks.len(), |m| m.start);
        let until = match out
            .iter()
            .find(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))))
        {
            None => toks.len(),
            Some(m) => match toks[..m.start]
                .iter()
                .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
            {
                Some(end) => end,
                None => return,
            },
        };
        let unit_name = &self.units[unit].name;
        for i in 1..until.min(other_unit) {
            let t = &toks[i];
            if t.kind != TokKind::Word
                || !matches!(toks[i - 1].lower.as_str(), "the" | "our")
                || out.iter().any(|m| i >= m.start && i < m.end)
            {
                continue;
            }
            let bare = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            if bare.len() < 3 || GENERIC.contains(&bare) || !COMMON.contains(&bare) {
                continue;
            }
            // "the portal roadmap", "the automation budget": the word describes the noun
            // after it; the thing itself ends its phrase, owns something ("the portal's
            // chat widget") or is what the verb after it is about ("the app is down").
            let possessive = bare.len() < t.lower.len();
            let ends = toks.get(i + 1).is_none_or(|n| {
                n.kind == TokKind::Sym
                    || n.is_break()
                    || matches!(
                        n.lower.as_str(),
                        "is" | "was" | "has" | "had" | "needs" | "keeps" | "went" | "will"
                    )
            });
            if !possessive && !ends {
                continue;
            }
            let mut having = self.investments.iter().enumerate().filter(|(k, inv)| {
                &inv.unit == unit_name && self.inv_words[*k].iter().any(|w| w == bare)
            });
            if let (Some((inv, _)), None) = (having.next(), having.next()) {
                let at = out.partition_point(|m| m.start < i);
                out.insert(
                    at,
                    NameMatch {
                        targets: vec![Target::Investment(inv)],
                        start: i,
                        end: i + 1,
                        guessed: true,
                        weak: true,
                    },
                );
                return;
            }
        }
    }

    /// "The app: paused until …": a word too common to stand for an investment on its own,
    /// set after "the"/"our" as the label that opens the message, names the one investment
    /// whose name ends in it (the thing that investment is), when nothing else is named there.
    pub(super) fn add_label_word(&self, toks: &[Token], out: &mut Vec<NameMatch>) {
        let [article, word, colon, ..] = toks else {
            return;
        };
        if !matches!(article.lower.as_str(), "the" | "our")
            || word.kind != TokKind::Word
            || !colon.is_sym(":")
            || !COMMON.contains(&word.lower.as_str())
            || GENERIC.contains(&word.lower.as_str())
            || out.iter().any(|m| m.start <= 1)
        {
            return;
        }
        let mut having = self
            .inv_words
            .iter()
            .enumerate()
            .filter(|(_, words)| words.last() == Some(&word.lower));
        if let (Some((inv, _)), None) = (having.next(), having.next()) {
            out.insert(0, NameMatch::guessed_investment(inv, 1, 2));
        }
    }
}

impl NameIndex {
    /// Of `unit`'s investments, the one named "<the unit's name or an alias> <thing>" (the
    /// Theatre Scheduling System for Theatre's "scheduling system"), when exactly one is.
    pub(in crate::reader) fn unit_and_thing(
        &self,
        unit: Option<&str>,
        thing: Option<&str>,
    ) -> Option<usize> {
        let (unit, thing) = (unit?, thing?.to_lowercase());
        let u = self.units.iter().find(|u| u.name == unit)?;
        let mut found = self.investments.iter().enumerate().filter(|(_, inv)| {
            inv.unit == unit
                && inv
                    .name
                    .to_lowercase()
                    .strip_suffix(&thing)
                    .and_then(|head| head.strip_suffix(' '))
                    .is_some_and(|head| {
                        std::iter::once(&u.name)
                            .chain(&u.aliases)
                            .any(|n| n.to_lowercase() == head)
                    })
        });
        let (inv, _) = found.next()?;
        found.next().is_none().then_some(inv)
    }
}

/// `w`'s letters and digits, in lower case ("H-2A" → "h2a").
fn compact(w: &str) -> String {
    w.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A code: letters and a digit, two characters or more ("h2a", "f150s").
fn is_code(w: &str) -> bool {
    w.len() >= 2
        && w.bytes().any(|c| c.is_ascii_digit())
        && w.bytes().any(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod p63_tests {
    use super::super::{InvestmentName, StaticDirectory, UnitName};
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P63: the first byte told before a head's role is sought keeps the look's
    /// answer at every word of the corpus's training messages and of `src/`'s strings, and
    /// the role is still found. Invented: a ropewalk's Finance and IT.
    #[test]
    fn the_first_byte_keeps_heads_roles() {
        let unit = |name: &str| UnitName {
            name: name.into(),
            aliases: vec![],
        };
        let ropewalk = StaticDirectory {
            units: vec![unit("Finance"), unit("IT"), unit("Ropewalk")],
            investments: vec![InvestmentName {
                name: "Hemp Twister Replacement".into(),
                unit: "Ropewalk".into(),
                aliases: vec![],
            }],
        };
        let index = NameIndex::new(&ropewalk);
        let toks = tokenize("The CFO's team and the CIO team approved the hemp twister.");
        let cfo = toks.iter().position(|t| t.is("cfo's")).unwrap_or(0);
        assert!(index.role_at(&toks, cfo).is_some());
        assert!(index.role_at(&toks, cfo + 4).is_some());
        let answer = |m: Option<NameMatch>| m.map(|m| (m.targets, m.start, m.end));
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            assert_eq!(
                answer(index.role_at(toks, i)),
                answer(index.role_at_past_its_first_test(toks, i)),
                "{text:?} at {i}"
            );
        });
        assert!(asked > 100_000, "{asked}");
    }
}
