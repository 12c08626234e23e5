//! Which unit and investment a record is about, from the names found in it, the directory,
//! and the guesses that need a "did you mean".

use super::*;

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
        let (names, money, dates) = found;
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
            .filter(|m| !name_variants::said_as_ordinary_word(text, toks, m.start, m.end))
            .filter(|m| !self.unit_word_in_a_title(text, toks, m))
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
        let names_investment =
            |m: &&names::NameMatch| m.targets.iter().any(|t| matches!(t, Target::Investment(_)));
        // "The client asked for the eDiscovery platform costs": one ordinary word of a name
        // gives way to another investment's whole name said after it, unless the two are
        // listed together ("the lockers and the returns portal").
        let whole = names.iter().find(|m| !m.guessed && names_investment(m));
        // "track maintenance wants the barn system on tablets": one word of a name before a
        // word not of it (another thing it describes) gives way as well to a name said by two
        // or more of its words.
        let by_words = names
            .iter()
            .find(|m| !m.weak && m.end > m.start + 1 && names_investment(m));
        let describes_another = |m: &names::NameMatch| {
            toks.get(m.end).is_some_and(|n| {
                a_noun_described(n)
                    && !name_variants::work_on(&n.lower)
                    && !m.targets.iter().any(|t| {
                    matches!(t, Target::Investment(i) if ix.investment_words(*i).iter().any(|w| {
                        *w == n.lower || n.lower.strip_suffix('s') == Some(w.as_str())
                    }))
                })
            })
        };
        let whole_for = |m: &names::NameMatch| {
            if describes_another(m) {
                whole.or(by_words)
            } else {
                whole
            }
        };
        let listed_with = |m: &names::NameMatch, w: &names::NameMatch| {
            toks[m.end..w.start].iter().all(|t| {
                matches!(
                    t.lower.as_str(),
                    "and" | "&" | "," | "or" | "plus" | "the" | "our"
                )
            })
        };
        // "Two more residents got done by that scam text …. So the cyber uplift is
        // approved": a name's single word in a sentence before the verdict's gives way to a
        // name said by two or more of its words in the verdict's sentence.
        let sentence_break = |a: usize, b: usize| {
            toks[a..b]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        };
        let verdicts_own = |m: &names::NameMatch| {
            let Some((vs, _)) = verdict.filter(|_| r.intent == Intent::Decision) else {
                return false;
            };
            m.weak
                && m.start < vs
                && sentence_break(m.end, vs)
                && by_words.is_some_and(|w| {
                    w.start > m.end && !sentence_break(w.start.min(vs), w.start.max(vs))
                })
        };
        let invs: Option<(Vec<usize>, &names::NameMatch)> = names
            .iter()
            .filter(names_investment)
            .find(|m| {
                (!m.weak || whole_for(m).is_none_or(|w| w.start < m.start || listed_with(m, w)))
                    && !verdicts_own(m)
            })
            .map(|m| {
                let v: Vec<usize> = m
                    .targets
                    .iter()
                    .filter_map(|t| match t {
                        Target::Investment(i) => Some(*i),
                        _ => None,
                    })
                    .collect();
                (v, m)
            });
        // "TPS requests $300K for a chatbot on the filing status line": a new thing asked
        // for comes before a name's single word said in passing after it.
        // "… for a log search stack for the k8s clusters": a known name after "for (the)"
        // is what the new thing serves.
        let served = |m: &names::NameMatch| {
            let before = |k: usize| m.start >= k && toks[m.start - k].is("for");
            before(1) || (before(2) && matches!(toks[m.start - 1].lower.as_str(), "the" | "our"))
        };
        // "… asked for a new rota app, about £2,000. I've suggested we see if the VMS can do
        // it first": a known name in a later sentence is weighed against the thing asked for.
        let later_sentence = |at: usize, m: &names::NameMatch| {
            toks[..m.start].iter().any(|t| {
                t.start > at
                    && t.kind == tokens::TokKind::Sym
                    && matches!(t.lower.as_str(), "." | "!" | "?")
            })
        };
        // "want to put solar panels on the sports hall roof": the known name the new thing
        // goes on (or in, at, over) is where it goes.
        let placed_on = |m: &names::NameMatch| {
            m.start >= 2
                && toks[m.start - 1].is("the")
                && matches!(
                    toks[m.start - 2].lower.as_str(),
                    "on" | "onto" | "over" | "in" | "at" | "across"
                )
        };
        // "wants to scan the … records for the digital archive": not the known name's own
        // work (Digital Archive Scanning) said by its verb.
        // The verb may be said before the new name ("wants to scan the … records"), the
        // name cut after it.
        let its_work = |n: &str, m: &names::NameMatch| {
            let verb_before =
                text.find(n)
                    .and_then(|at| {
                        text[..at].split_whitespace().rev().find(|w| {
                            !matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "our")
                        })
                    })
                    .unwrap_or("");
            m.targets.iter().any(|t| {
                matches!(t, Target::Investment(i)
                    if said_otherwise::does_the_names_work(n, ix.investment_words(*i))
                        || said_otherwise::does_the_names_work(verb_before, ix.investment_words(*i)))
            })
        };
        // "the second autoclave sensor kit … the autoclave": a new name with a word of the
        // known one is a part of it, not another thing.
        let shares_a_word = |n: &str, m: &names::NameMatch| {
            let words = m.targets.iter().filter_map(|t| match t {
                Target::Investment(i) => Some(ix.investment_words(*i)),
                _ => None,
            });
            let said: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
            words.flatten().any(|w| said.contains(w))
        };
        // "Transport's ask for a tow vehicle for the kayak trailer is a no": a refusal or an
        // approval of a new thing asked for before a name's single word that it serves.
        let decided_for = |m: &names::NameMatch| {
            r.intent == Intent::Decision && m.weak && (served(m) || placed_on(m))
        };
        // "pitched a ceramic-coating upsell screen for the pay stations, $26k - I said no":
        // some of a name's words after "for the", past a thing said as a new one ("a …"),
        // serve it too.
        let some_words_served =
            |m: &names::NameMatch| r.intent == Intent::Decision && m.guessed && served(m);
        let after_a = |at: usize| {
            let k = toks.partition_point(|t| t.start < at);
            k > 0 && matches!(toks[k - 1].lower.as_str(), "a" | "an")
        };
        let asked_first = |m: &names::NameMatch| {
            let only_some_words = !decided_for(m) && some_words_served(m);
            (r.intent == Intent::Investment || decided_for(m) || only_some_words)
                && new_names::new_name(text, toks, names, money, dates, verdict, r.intent)
                    .filter(|n| !its_work(n, m))
                    .filter(|n| r.intent == Intent::Investment || !shares_a_word(n, m))
                    .and_then(|n| text.find(n.as_str()))
                    .is_some_and(|at| {
                        at < toks[m.start].start
                            && (m.weak || served(m) || later_sentence(at, m) || placed_on(m))
                            && (!only_some_words || after_a(at))
                    })
        };
        // "HQ rejected the AGV introduction on 11/20, they want to see Line 3 result first":
        // the new thing the verdict is said of, in its clause, beats a name said (short or
        // whole: "not needed after the PLM migration") in a later clause (the reason).
        let object_first = |m: &names::NameMatch| {
            let Some((vs, ve)) = verdict.filter(|_| r.intent == Intent::Decision) else {
                return false;
            };
            // "got OK for new ear defenders for the tug drivers": a name's single word after a
            // preposition and "the", past a thing said to be new, says whom or where it is for.
            let said_of_whom = m.weak
                && m.start >= 2
                && matches!(toks[m.start - 1].lower.as_str(), "the" | "our")
                && matches!(
                    toks[m.start - 2].lower.as_str(),
                    "to" | "for" | "at" | "in" | "on"
                );
            // "Rejected: the CX request for …": the colon after the verdict opens its clause.
            let from = if toks.get(ve).is_some_and(|t| t.is_sym(":")) {
                ve + 1
            } else {
                ve
            };
            let (clause_end, of_whom) = match (from..m.start).find(|&k| toks[k].is_break()) {
                Some(end) => (end, false),
                None if said_of_whom => (m.start - 2, true),
                None => return false,
            };
            let said_new = |at: usize| {
                let k = toks.partition_point(|t| t.start < at);
                k > 0 && toks[k - 1].is("new")
            };
            new_names::new_name(text, toks, names, money, dates, verdict, r.intent)
                .filter(|n| !shares_a_word(n, m))
                .and_then(|n| text.find(n.as_str()))
                .is_some_and(|at| {
                    // "Shift-booking app – the exec said no. £55k is too much while we're
                    // still bedding in the ATS": the new thing told before the verdict, the
                    // name in a later clause after it; not an ordinary word of a name
                    // ("Relex rollout is on hold …, the forecast accuracy …").
                    let told_before = !of_whom && !m.weak && vs < toks.len() && at < toks[vs].start;
                    ve > 0
                        && (at >= toks[ve - 1].end && at < toks[clause_end].start || told_before)
                        && (!of_whom || said_new(at))
                })
        };
        // "SMS blasts would do the job for heaps less than the app, $4k all up. Approved":
        // a name the new thing told before it is weighed against is not the record's.
        let weighed = |m: &names::NameMatch| {
            as_comparisons::weighed_against(toks, m.start)
                && new_names::new_name(text, toks, names, money, dates, verdict, r.intent)
                    .and_then(|n| text.find(n.as_str()))
                    .is_some_and(|at| at < toks[m.start].start)
        };
        let invs = invs.filter(|(_, m)| !asked_first(m) && !object_first(m) && !weighed(m));
        let invs = invs.map(|(list, m)| {
            if m.guessed {
                r.investment_guessed_from =
                    Some(text[toks[m.start].start..toks[m.end - 1].end].to_string());
            }
            (list, m.start, m.guessed)
        });
        if let Some((list, named_at, guessed)) = invs {
            // A short form two differently named investments fit equally: ask, never pick.
            let first = &ix.investments[list[0]].name;
            if list.iter().any(|i| ix.investments[*i].name != *first) {
                for i in &list {
                    let name = &ix.investments[*i].name;
                    if !r.investment_choices.contains(name) {
                        r.investment_choices.push(name.clone());
                    }
                }
                r.investment_guessed_from = None;
                r.unit = mentioned_unit;
                return;
            }
            let pick = match (list.as_slice(), &mentioned_unit) {
                ([one], _) => Some(*one),
                (many, Some(u)) => many.iter().copied().find(|i| ix.investments[*i].unit == *u),
                _ => None,
            };
            r.investment = Some(ix.investments[list[0]].name.clone());
            // The unit the note opens with or the unit met; not one only said after the
            // investment ("Palletiser - Finance want …"), unless the investment is only
            // guessed from an ordinary word in the unit's clause ("Attrition in the BPO
            // dropped …").
            let unit_met = names.iter().any(|m| {
                matches!(m.targets[0], Target::Unit(u)
                    if Some(&ix.units[u].name) == mentioned_unit.as_ref())
                    && (m.start < named_at && !units_met::reports(toks, m.end)
                        || units_met::met(toks, m.start, m.end)
                        || guessed
                            && m.start >= named_at
                            && units_met::same_clause(&toks[named_at..m.start]))
            });
            let said_as_unit = units
                .iter()
                .find(|(_, p)| *p)
                .or(units.first())
                .is_some_and(|(u, _)| !as_word.contains(u));
            match pick {
                // A note is about the unit met; a record belongs to its investment's unit.
                // "Marketing and Lanes met about the scoring contract": of the units met,
                // the one whose investment it names.
                // "👍 from the F&B managers": a unit only said in the note, not met, leaves
                // it with the investment's unit.
                Some(i)
                    if r.intent == Intent::Note
                        && mentioned_unit.is_some()
                        && said_as_unit
                        && unit_met =>
                {
                    let own = &ix.investments[i].unit;
                    let met_owner = units.iter().any(|(u, _)| ix.units[*u].name == *own);
                    // A unit said only after the investment was already turned away above
                    // (`unit_met`): the note is the work's own there.
                    r.unit = if met_owner {
                        Some(own.clone())
                    } else {
                        mentioned_unit
                    };
                }
                Some(i) => r.unit = Some(ix.investments[i].unit.clone()),
                None if r.intent == Intent::Note => r.unit = mentioned_unit,
                None => {
                    r.unit_choices = list
                        .iter()
                        .map(|i| ix.investments[*i].unit.clone())
                        .collect();
                }
            }
            return;
        }
        r.unit = mentioned_unit;
        // "Outpatients: £23,400 saved on postage since portal letters went digital": a
        // benefit needs an investment; a word of exactly one of the named unit's
        // investments, however common, names it (guessed, so the draft asks).
        // So does the unit's word opening one of its investments' names, said as the
        // subject ("snowmaking paid off big time").
        if r.intent == Intent::Benefit {
            let opening = || {
                names.iter().find_map(|m| {
                    let inv = ix.unit_opening_subject(toks, m)?;
                    (r.unit.as_ref() == Some(&ix.investments[inv].unit)).then_some((inv, m.start))
                })
            };
            let unit_word = r.unit.as_deref().and_then(|u| ix.unit_word_in(toks, u));
            if let Some((inv, at)) = unit_word.or_else(opening) {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
        }
        if r.unit.is_none() && r.intent == Intent::Note {
            r.unit = said_otherwise::unit_of_a_shared_word(ix, toks);
        }
        if matches!(
            r.intent,
            Intent::Decision | Intent::Investment | Intent::Benefit
        ) {
            r.investment = new_names::new_name(text, toks, names, money, dates, verdict, r.intent);
            // "Harbour master wants a new crane …": a new thing asked for by one word, a word
            // of exactly one of the named unit's investments (Harbour Crane Replacement), is
            // that investment, guessed (the draft asks).
            let one_word = r
                .investment
                .as_deref()
                .filter(|n| r.intent == Intent::Investment && !n.contains(' '))
                .map(str::to_lowercase);
            let unit_word = one_word.as_ref().and_then(|w| {
                r.unit
                    .as_deref()
                    .and_then(|u| ix.unit_word_in(toks, u))
                    .filter(|&(_, at)| toks[at].lower == *w)
            });
            if let Some((inv, at)) = unit_word {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
            // "Theatre want a new scheduling system": the named unit's own investment whose
            // name is the unit's name and the thing asked for (Theatre Scheduling System).
            if r.intent == Intent::Investment {
                if let Some(inv) = ix.unit_and_thing(r.unit.as_deref(), r.investment.as_deref()) {
                    r.investment = Some(ix.investments[inv].name.clone());
                    return;
                }
            }
            // "the Lab want a new LIMS", "knocked back the driver simulator": a known
            // investment said by another word, guessed (the draft asks).
            let otherwise = r.investment.as_deref().and_then(|n| {
                said_otherwise::known_said_otherwise(ix, r.unit.as_deref(), n).map(|i| (i, n))
            });
            if let Some((inv, said)) = otherwise {
                r.investment_guessed_from = Some(said.to_string());
                r.investment = Some(ix.investments[inv].name.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            // "since we switched payroll to Gusto": a known name's work said as a verb on
            // its object, when nothing else was named (guessed, so the draft asks).
            let as_verb = (r.investment.is_none() && r.intent == Intent::Benefit)
                .then(|| said_otherwise::work_said_as_verb(ix, toks))
                .flatten();
            if let Some((inv, at)) = as_verb {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                r.unit = Some(ix.investments[inv].unit.clone());
                return;
            }
            r.new_investment = r.investment.is_some()
                && (r.intent == Intent::Investment
                    || matches!(
                        r.verdict,
                        Some(Verdict::Approve | Verdict::Reject | Verdict::Defer)
                    ));
        }
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
            || word(k) == "put" && word(k + 1) == "in")
}
