//! Which known investment a record names, if any: the first name of one, unless it gives
//! way to another name said more fully, to a new thing asked for, decided or weighed
//! against it, or to the verdict's own sentence.

use super::*;

impl Reader {
    /// The first investment's name that stands, with the investments it may be.
    #[inline]
    pub(super) fn investment_named<'n>(
        &self,
        r: &Reading,
        text: &str,
        toks: &[Token],
        found: (
            &'n [names::NameMatch],
            &[MoneyMention],
            &[dates::DateMention],
        ),
        verdict: Option<(usize, usize)>,
    ) -> Option<(Vec<usize>, &'n names::NameMatch)> {
        let (names, money, dates) = found;
        let ix = &self.index;
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
        invs.filter(|(_, m)| !asked_first(m) && !object_first(m) && !weighed(m))
    }
}
