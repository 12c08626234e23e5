//! Which unit and investment a record is about, from the names found in it, the directory,
//! and the guesses that need a "did you mean".
//!
//! This file keeps the units said and the order of the stages; which known investment is
//! named is in `investment_named.rs`, settling a known one in `known_investment.rs`, and a
//! new or guessed one in `new_or_guessed.rs`.

use super::*;

mod head_said_alone;
mod in_passing;
mod investment_named;
mod known_investment;
mod new_or_guessed;
mod off_the_table;
mod product_between;
mod task_things;
mod word_before_head;
mod work_verb_first;

impl Reader {
    /// "the Fancy Food Show": a unit's first word (not a whole name or alias of it) inside
    /// another proper name is that name's word.
    pub(super) fn unit_word_in_a_title(
        &self,
        text: &str,
        toks: &[Token],
        m: &names::NameMatch,
    ) -> bool {
        let Target::Unit(u) = m.targets[0] else {
            return false;
        };
        let unit = &self.index.units[u];
        let said = &toks[m.start].lower;
        !std::iter::once(&unit.name)
            .chain(&unit.aliases)
            .any(|n| n.eq_ignore_ascii_case(said))
            && name_variants::inside_a_title(text, toks, m.start, m.end)
    }

    pub(super) fn resolve_names(
        &self,
        r: &mut Reading,
        text: &str,
        toks: &[Token],
        found: (&[names::NameMatch], &[MoneyMention], &[dates::DateMention]),
        verdict: Option<(usize, usize)>,
        action: Option<&intent::ActionSpan>,
    ) {
        let (names, _, _) = found;
        let ix = &self.index;
        // A unit after "for" / "in" / "with" is the one meant; units inside the follow-up
        // ("I'll check with Finance") are not.
        let in_action =
            |m: &&names::NameMatch| action.is_some_and(|a| m.start >= a.start && m.start < a.end);
        // "@nadia owns the iGaming testing": a unit naming the task's work, not someone
        // to ask, is the message's unit when nothing outside the task names one.
        let task_only = !names
            .iter()
            .any(|m| matches!(m.targets[0], Target::Unit(_)) && !in_action(&m));
        // "@sofia to send the wagon delivery schedule to Rail": a message that is only a
        // follow-up and names no investment is about the unit the task goes to.
        let no_investment = !names
            .iter()
            .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))));
        let units: Vec<(usize, bool)> = names
            .iter()
            .filter(|m| {
                !in_action(m)
                    || task_only && (no_investment || name_variants::names_the_work(toks, m.start))
            })
            .filter(|m| {
                !name_variants::said_as_ordinary_word(text, toks, m.start, m.end)
                    // "Pierre, prepare the export docs by 16/12": the task's thing is the
                    // team's (convention 98).
                    || in_action(m)
                        && task_only
                        && no_investment
                        && match m.targets[0] {
                            Target::Unit(u) => {
                                let unit = &ix.units[u];
                                let names: Vec<&str> = std::iter::once(unit.name.as_str())
                                    .chain(unit.aliases.iter().map(String::as_str))
                                    .collect();
                                task_things::names_the_tasks_thing(toks, m.start, m.end, &names)
                            }
                            _ => false,
                        }
            })
            .filter(|m| !self.unit_word_in_a_title(text, toks, m))
            // "confirm 60 head for the kill on 14/12": the task's occasion, not its team.
            .filter(|m| !(in_action(m) && task_things::names_an_occasion(toks, m.start, m.end)))
            .filter_map(|m| match m.targets[0] {
                Target::Unit(u) => {
                    let prev = if m.start > 0 {
                        toks[m.start - 1].lower.as_str()
                    } else {
                        ""
                    };
                    // "the request of Engineering for …": whose ask it is.
                    let asked_of = prev == "of"
                        && m.start >= 2
                        && matches!(
                            toks[m.start - 2].lower.as_str(),
                            "request" | "requests" | "proposal" | "proposals" | "ask" | "bid"
                        );
                    // "asked for a text reminder service for repairs appointments": a unit's
                    // word in lower case before another noun only describes it.
                    let describing = m.end == m.start + 1
                        && !text[toks[m.start].start..].starts_with(char::is_uppercase)
                        && toks.get(m.end).is_some_and(|n| {
                            a_noun_described(n)
                                && !name_variants::TEAM_WORDS.contains(&n.lower.as_str())
                                && !name_variants::BODY_WORDS.contains(&n.lower.as_str())
                        });
                    Some((
                        u,
                        asked_of
                            || !describing
                                && matches!(
                                    prev,
                                    "for" | "in" | "at" | "with" | "from" | "met" | "to"
                                ),
                    ))
                }
                _ => None,
            })
            .collect();
        // "340 alarms now on digital": a unit named by an ordinary word, written in lower
        // case and not after "met" / "with" / "for" …, is the word, not the team, when the
        // message names an investment of another unit.
        // "Boarding wifi is up and running" for the Boarding House Wi-Fi: a unit's word that
        // opens the investment's name, said before the rest of it, is the name's word.
        let opens_the_name = |m: &names::NameMatch| {
            m.end == m.start + 1
                && names.iter().any(|w| {
                    w.start == m.end
                        && w.targets.iter().any(|t| {
                            matches!(t, Target::Investment(i)
                                if ix.investment_words(*i).first() == Some(&toks[m.start].lower))
                        })
                })
        };
        let as_word: Vec<usize> = names
            .iter()
            .filter(|m| {
                let capital = text[toks[m.start].start..].starts_with(|c: char| c.is_uppercase());
                let after_preposition = m.start > 0
                    && matches!(
                        toks[m.start - 1].lower.as_str(),
                        "for" | "in" | "at" | "with" | "from" | "met" | "to"
                    );
                matches!(m.targets[0], Target::Unit(_))
                    && (!(capital || after_preposition) || opens_the_name(m))
            })
            .filter_map(|m| match m.targets[0] {
                Target::Unit(u) => Some(u),
                _ => None,
            })
            .collect();
        for (u, _) in &units {
            let name = &ix.units[*u].name;
            if !r.units.contains(name) {
                r.units.push(name.clone());
            }
        }
        // "Dispatch asked for their own label printer, £2,400. No, they can share the one
        // with Finance.": the unit opening a clause as the one that asks is the record's,
        // before one said after a preposition in the reason.
        let asker = names.iter().find_map(|m| match m.targets[0] {
            Target::Unit(u) if asks_at(toks, m.start, m.end) => Some(u),
            _ => None,
        });
        let mentioned_unit = asker
            .or(units.iter().find(|(_, p)| *p).map(|(u, _)| *u))
            .or(units.first().map(|(u, _)| *u))
            .map(|u| ix.units[u].name.clone());
        let invs = self.investment_named(r, text, toks, found, verdict);
        let invs = invs.map(|(list, m)| {
            if m.guessed {
                r.investment_guessed_from =
                    Some(text[toks[m.start].start..toks[m.end - 1].end].to_string());
            }
            (list, m.start, m.guessed)
        });
        if let Some(known) = invs {
            let said = (units.as_slice(), as_word.as_slice());
            self.settle_known_investment(r, toks, names, said, mentioned_unit, known);
            return;
        }
        // "nobody could say it sells a single membership", "The Albany clinic is a no": a
        // new thing's unit is none said only in passing (in lower case, mid-clause, not
        // after "for" / "at" …); the draft asks. Not in a follow-up, whose words name the
        // work handed over ("@tash need the … plan by EOM").
        let in_passing = |u: usize| {
            names.iter().all(|m| {
                !matches!(m.targets[0], Target::Unit(k) if k == u)
                    || !in_action(&m) && in_passing::in_passing(toks, m.start, m.end)
            })
        };
        r.unit = asker
            .or(units
                .iter()
                .find(|(u, p)| *p && !in_passing(*u))
                .map(|(u, _)| *u))
            .or(units.iter().find(|(u, _)| !in_passing(*u)).map(|(u, _)| *u))
            // "Kenji to set up laptops for the 2 new dispatchers": a task's thing for a
            // unit's people, when nothing names a unit (convention 98).
            .or_else(|| {
                let a = action.filter(|_| units.is_empty() && no_investment)?;
                task_things::for_a_units_people(toks, (a.start, a.end), &ix.units)
            })
            // "send me the nut purchases": a unit's first word before the task's thing,
            // an investment's name holding it too (convention 98).
            .or_else(|| {
                let a = action.filter(|_| units.is_empty() && no_investment)?;
                task_things::a_units_first_words(toks, (a.start, a.end), &ix.units)
            })
            .map(|u| ix.units[u].name.clone());
        self.new_or_guessed_investment(r, text, toks, found, verdict);
    }
}

/// Whether the word after a name's word may be another thing it describes ("repairs
/// appointments", "the barn system"): a word of four letters or more, not a function word
/// or a verb that says what the name did.
fn a_noun_described(n: &Token) -> bool {
    n.is_word()
        && n.lower.len() >= 4
        && !matches!(
            n.lower.as_str(),
            "with"
                | "from"
                | "into"
                | "will"
                | "have"
                | "been"
                | "were"
                | "that"
                | "this"
                | "then"
                | "than"
                | "also"
                | "went"
                | "goes"
                | "keeps"
        )
}

/// Does the unit said at `toks[start..end]` open its clause as the one asking: "Dispatch
/// asked for …", "Sales want …", "Bindery has requested …"?
fn asks_at(toks: &[Token], start: usize, end: usize) -> bool {
    // "Dispatch asked …", ", the cafés have asked …": the unit opening its clause.
    let at_start = |k: usize| k == 0 || toks[k - 1].is_break();
    let opens = at_start(start)
        || start > 0
            && matches!(toks[start - 1].lower.as_str(), "the" | "our")
            && at_start(start - 1);
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = end;
    if matches!(word(k), "has" | "have" | "had") {
        k += 1;
    }
    opens
        && (matches!(word(k), "asked" | "requested" | "wants" | "want" | "wanted")
            // "The factory has proposed a kernel grading machine" (round S48).
            || matches!(word(k), "proposed" | "proposes" | "propose")
                && matches!(word(k + 1), "a" | "an" | "two" | "three")
            || word(k) == "put" && word(k + 1) == "in")
}
