//! The name of a new investment the directory lacks, from the words the message says it
//! with.

use super::*;

/// The name of an investment not yet in the directory, from the words around the verb:
/// "called X", "investment: X", "£250k for X", "approved X", "kicking off X", "X was approved".
pub fn new_name(
    text: &str,
    toks: &[Token],
    names: &[NameMatch],
    money: &[MoneyMention],
    dates: &[DateMention],
    verdict: Option<(usize, usize)>,
    intent: Intent,
) -> Option<String> {
    // Per token: where the amount covering it ends. Built once so lookups are O(1).
    let mut money_end = vec![None; toks.len()];
    for m in money {
        money_end[m.start..m.end.min(toks.len())]
            .iter_mut()
            .for_each(|e| *e = Some(m.end));
    }
    let money_at = |i: usize| money_end.get(i).copied().flatten();
    let date_starts: std::collections::HashSet<usize> = dates.iter().map(|d| d.start).collect();
    let unit_span = |i: usize, j: usize| {
        names
            .iter()
            .any(|m| m.start == i && m.end == j && matches!(m.targets[0], Target::Unit(_)))
    };
    // "new-build", "new-look": a word joined to the next by a hyphen starts the name.
    let hyphened = |i: usize| {
        toks.get(i + 1).is_some_and(|t| t.is_sym("-") && t.attached)
            && toks.get(i + 2).is_some_and(|t| t.is_word() && t.attached)
    };
    // "scope 3 data platform", "stage 2 signal controller": a number between a name's
    // words, neither money nor a date; "Microsoft 365 migration": a product's number after
    // its capitalised name, of up to four digits.
    let numbered = |i: usize, start: usize| {
        i > start
            && toks[i].kind == TokKind::Num
            && toks[i].lower.bytes().all(|b| b.is_ascii_digit())
            && (toks[i].lower.len() <= 2 || toks[i].lower.len() <= 4 && toks[i - 1].capital)
            && toks[i - 1].is_word()
            && !date_starts.contains(&i)
            && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
    };
    // "a 5G small cells rollout", "an 8D reporting tool": a number with a letter or two
    // written onto it is a word of the name.
    let lettered = |i: usize| {
        toks[i].kind == TokKind::Num
            && toks[i].lower.len() <= 2
            && toks[i].lower.bytes().all(|b| b.is_ascii_digit())
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is_word() && t.attached && t.lower.len() <= 2)
    };
    // "a members' loyalty app": the apostrophe of a plural owning the rest of the name.
    let plural_owner = |i: usize, start: usize| {
        i > start
            && toks[i].is_sym("'")
            && toks[i].attached
            && toks[i - 1].is_word()
            && toks[i - 1].lower.ends_with('s')
            && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
    };
    // A unit said as the owner of what follows ("ICT's", "Cold Chain's"): where it ends.
    let unit_owning = |i: usize| {
        names
            .iter()
            .filter(|m| m.start == i && matches!(m.targets[0], Target::Unit(_)))
            .find_map(|m| {
                let last = &toks[m.end - 1].lower;
                // "Patron Services' new chatbot": a plural's apostrophe alone.
                let apostrophe = toks
                    .get(m.end)
                    .is_some_and(|t| t.is_sym("'") && t.attached && last.ends_with('s'));
                // "the Development team's donor portal": the unit's team owning it.
                let team_owning = toks.get(m.end).is_some_and(|t| {
                    t.lower
                        .strip_suffix("'s")
                        .is_some_and(|w| crate::reader::name_variants::TEAM_WORDS.contains(&w))
                });
                if last.ends_with("'s") || last.ends_with("’s") {
                    Some(m.end)
                } else if team_owning {
                    Some(m.end + 1)
                } else {
                    apostrophe.then_some(m.end + 1)
                }
            })
    };
    // "the Education team to buy …": a unit, and its team's word, asked to do the buying:
    // where its "to" ends.
    let unit_asked = |i: usize| {
        let m = names
            .iter()
            .find(|m| m.start == i && matches!(m.targets[0], Target::Unit(_)))?;
        let mut k = m.end;
        if toks
            .get(k)
            .is_some_and(|t| crate::reader::name_variants::TEAM_WORDS.contains(&t.lower.as_str()))
        {
            k += 1;
        }
        (toks.get(k).is_some_and(|t| t.is("to")) && want_verb_len(toks, k + 1).is_some())
            .then_some(k + 1)
    };
    // "text-to-ride", "on-demand": a word joined by hyphens to its neighbours is part of
    // one compound word, however small ("to", "on"), not the end of the name.
    let compounded = |i: usize| {
        let joined = |k: usize| toks.get(k).is_some_and(|t| t.attached);
        let before = i > 0 && toks[i - 1].is_sym("-") && joined(i);
        let after = toks.get(i + 1).is_some_and(|t| t.is_sym("-"))
            && joined(i + 1)
            && toks.get(i + 2).is_some_and(|t| t.is_word())
            && joined(i + 2);
        before || after
    };
    // "a digital twin of Harbour Centre": "of" before a place written with a capital (not
    // an acronym, not a unit or a known name) runs the name on. Not before a site's noun
    // ("the firewall cluster of Denizli factory"): that says where the thing is.
    let of_place = |i: usize, start: usize| {
        i > start
            && toks[i].is("of")
            && toks.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && !t.caps
                    && text[t.start..].starts_with(char::is_uppercase)
                    && !names.iter().any(|m| m.start == i + 1)
            })
            && !toks
                .get(i + 2)
                .is_some_and(|t| SITE_NOUNS.contains(&t.lower.as_str()))
    };
    // "an e-signature and workflow tool": "and" between two things one kind of thing does,
    // the kind's noun a word or two after it, then the name's end.
    let and_kind = |i: usize, start: usize| {
        if !(i > start && toks[i].is("and") && toks[i - 1].is_word()) {
            return false;
        }
        let words = toks[i + 1..]
            .iter()
            .take_while(|t| t.is_word() && !NAME_STOP.contains(&t.lower.as_str()))
            .count();
        (1..=3).contains(&words)
            && crate::reader::name_variants::kind_word(&toks[i + words].lower)
            && !names.iter().any(|m| m.start > i && m.start <= i + words)
            && toks
                .get(i + words + 1)
                .is_none_or(|t| !t.is_word() || NAME_STOP.contains(&t.lower.as_str()))
    };
    // "a dashboard on dam levels": a kind of thing named alone runs on through "on" and
    // the few words, in lower case, of what it is about, to the clause's end.
    // "a new tool for torque documentation", "a new e-learning for food safety": a word
    // names add freely, or one hyphened word, named alone runs on through "for" so.
    let alone_for = |i: usize, start: usize| {
        toks[i].is("for")
            && (i == start + 1 && GENERIC.contains(&toks[start].lower.as_str())
                || i == start + 3 && toks[start + 1].is_sym("-") && toks[start + 2].attached)
    };
    let on_topic = |i: usize, start: usize| {
        let on = i == start + 1
            && toks[i].is("on")
            && KIND_ON_TOPIC.contains(&toks[start].lower.as_str());
        if !(on || alone_for(i, start)) {
            return false;
        }
        let words = toks[i + 1..]
            .iter()
            .take_while(|t| {
                t.is_word()
                    && !DETERMINERS.contains(&t.lower.as_str())
                    && text[t.start..].starts_with(char::is_lowercase)
            })
            .count();
        (1..=3).contains(&words)
            && !names.iter().any(|m| m.start > i && m.start <= i + words)
            && toks
                .get(i + 1 + words)
                .is_none_or(|t| t.is_break() || t.is_sym(","))
    };
    let phrase_from = |mut i: usize| -> Option<String> {
        // Bounded: a run of "for £1 for £1 …" must not make this quadratic.
        for _ in 0..12 {
            // "a new planned maintenance system": after "new", "planned" is the kind of
            // thing, not its state ("the planned upgrade").
            let kind_of = i > 0
                && toks[i - 1].is("new")
                && toks
                    .get(i)
                    .is_some_and(|t| t.is("planned") || t.is("proposed"));
            if hyphened(i) || kind_of {
                break;
            } else if let Some(end) = unit_owning(i) {
                // "Licensing's satellite water metering": the unit whose thing it is.
                i = end;
            } else if let Some(end) = money_at(i) {
                i = end;
            } else if let Some(to) =
                unit_asked(i).or_else(|| ask_shapes::unit_wanting(toks, names, i))
            {
                // "for the Education team to buy 30 iPads": whose the work is, then the verb.
                i = to;
            } else if let Some(n) =
                want_verb_len(toks, i).or_else(|| ask_shapes::moved_onto_len(toks, i))
            {
                i += n;
            } else if toks
                .get(i)
                .is_some_and(|t| matches!(t.lower.as_str(), "we" | "they"))
                && want_verb_len(toks, i + 1).is_some()
            {
                // "Infra proposing we replace the UPS units": who would do it, then the verb.
                i += 1;
            } else if toks
                .get(i)
                .is_some_and(|t| ASKED_WHO.contains(&t.lower.as_str()))
                && toks.get(i + 1).is_some_and(|t| t.is("to"))
                && want_verb_len(toks, i + 2).is_some()
            {
                // "asked staff to look at a drone program": who is asked, then the verb.
                i += 2;
            } else if let Some(n) = request_len(toks, i) {
                i += n;
            } else if toks
                .get(i)
                .is_some_and(|t| ACQUIRING.contains(&t.lower.as_str()))
                && toks.get(i + 1).is_some_and(|t| t.is("of"))
            {
                // "approved the purchase of a drone survey kit": the thing, not the buying.
                i += 2;
            } else if i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "buy"
                        | "purchase"
                        | "order"
                        | "install"
                        | "replace"
                        | "renew"
                        // "News wants 2 field recorder kits".
                        | "want"
                        | "wants"
                        | "need"
                        | "needs"
                )
                && toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
                && toks
                    .get(i + 1)
                    .is_some_and(|t| t.is_word() && !t.attached && t.lower != "new")
            {
                // "want to buy 40 handheld scanners": the count, then the things.
                i += 1;
            } else if i > 1
                && toks[i - 1].is("for")
                && (ASKED_FOR.contains(&toks[i - 2].lower.as_str())
                    || matches!(toks[i - 2].lower.as_str(), "asks" | "asked" | "asking"))
                && toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
                && money_at(i).is_none()
                && !date_starts.contains(&i)
                && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.attached)
            {
                // "requesting budget for 200 new headsets": the count, then the things.
                i += 1;
            } else if ask_shapes::verb_after_wanting_to(toks, i) {
                i += 1;
            } else if let Some(n) = super::name_words::quantity_of_len(toks, i) {
                // "a couple of those interactive tables": how many, then the things.
                i += n;
            } else if ask_shapes::bought_used(toks, i) {
                // "a used compact tractor": bought second hand, as "new" says new.
                i += 1;
            } else if toks.get(i).is_some_and(|t| t.is("thanks"))
                && toks.get(i + 1).is_some_and(|t| t.is("to"))
            {
                // "say no thanks to the chatbot offer": what is turned down follows.
                i += 2;
            } else if toks.get(i).is_some_and(|t| {
                DETERMINERS.contains(&t.lower.as_str())
                    || matches!(
                        t.lower.as_str(),
                        "on" | "for"
                            | "in"
                            | "with"
                            | "to"
                            | "called"
                            | "named"
                            | ":"
                            | "investment"
                            | "project"
                            | "initiative"
                            | "'"
                            | "\""
                            | "‘"
                            | "“"
                            | "-"
                    )
            }) {
                i += 1;
            } else if toks
                .get(i)
                .is_some_and(|t| matches!(t.lower.as_str(), "about" | "abt"))
                && toks.get(i + 1).is_some_and(|t| t.is_word())
            {
                // "asking about a moisture meter", chat's "asking abt a …": what is asked
                // about follows ("Tom's askin' about." names nothing after it).
                i += 1;
            } else {
                break;
            }
        }
        let start = i;
        if toks.get(start).is_some_and(ask_shapes::opens_a_reason) {
            return None;
        }
        // "bin sensors approved": the name ends where the verdict starts.
        let verb = verdict.map_or(usize::MAX, |v| v.0);
        while i < toks.len()
            && i != verb
            // Six words at most, a compound's hyphens not counted.
            && toks[start..i].iter().filter(|t| !t.is_sym("-")).count() < 6
            && money_at(i).is_none()
            // "rej the ACL booth for next yr b/c the fee …": "b/c" is "because".
            && !(toks[i].is("b") && toks.get(i + 1).is_some_and(|t| t.is_sym("/") && t.attached))
            && (toks[i].is_word()
                || toks[i].kind == TokKind::Num && toks[i].attached
                || lettered(i)
                || numbered(i, start)
                || toks[i].is_sym("-") && toks[i].attached
                || plural_owner(i, start))
            && (!NAME_STOP.contains(&toks[i].lower.as_str())
                || compounded(i)
                || of_place(i, start)
                || on_topic(i, start)
                || and_kind(i, start))
        {
            i += 1;
        }
        while i > start
            && (NEW_NAME_TAIL.contains(&toks[i - 1].lower.as_str()) || toks[i - 1].is_sym("-"))
        {
            i -= 1;
        }
        // "E&C are after …": a phrase ending inside a unit's name ("E") is no name.
        let inside_unit = names
            .iter()
            .any(|m| m.start == start && m.end > i && matches!(m.targets[0], Target::Unit(_)));
        if i == start
            || unit_span(start, i)
            || inside_unit
            || date_starts.contains(&start)
            || ask_shapes::counts_things(toks, start, i)
        {
            return None;
        }
        // "the QR ordering trial's a no": the "'s" before the verdict is its "is", no part
        // of the name.
        let last = &text[toks[i - 1].start..toks[i - 1].end];
        // "the drone's a yes", "the vision system's earned its keep": before "a", "been"
        // or a participle the "'s" is "is" or "has", even after a one-word name.
        let contracted = toks.get(i).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "a" | "an"
                    | "been"
                    | "already"
                    | "just"
                    | "now"
                    | "still"
                    | "paid"
                    | "done"
                    | "gone"
                    | "got"
                    | "not"
                    | "finally"
            ) || t.lower.len() > 4 && t.lower.ends_with("ed")
        });
        let is_said = i == verb && i - 1 > start || contracted;
        let end = match (last.strip_suffix("'s"), last.strip_suffix("’s")) {
            (Some(stem), _) | (None, Some(stem)) if is_said => toks[i - 1].start + stem.len(),
            _ => toks[i - 1].end,
        };
        let name = &text[toks[start].start..end];
        (!NOT_NAMES.contains(&name.to_lowercase().as_str())).then(|| name.to_string())
    };
    let mut starts: Vec<usize> = Vec::new();
    if let Some(p) = toks.iter().position(|t| t.is("called") || t.is("named")) {
        starts.push(p + 1);
    }
    let cue_end: Vec<usize> = if intent == Intent::Investment {
        // Every cue, the first first: "new one for the register: Risk would like a …"
        // names it after the later one.
        // "asked the distro team to look at an EV van pilot": the thing looked at, not who
        // was asked.
        toks.iter()
            .enumerate()
            .filter(|(p, t)| {
                // "L&P are after a new CRM": wanting it. "Radiology looking for a portable
                // ultrasound": after "looking for", what is looked for.
                // "Youth Services put in for the makerspace kit", "has put in a bid for a
                // fume cupboard set": what is put in for.
                let put_at = |k: usize| {
                    *p >= k + 2
                        && toks[p - k - 1].is("in")
                        && matches!(toks[p - k - 2].lower.as_str(), "put" | "puts" | "putting")
                };
                let put_in_for = t.is("for")
                    && (put_at(0)
                        || put_at(2)
                            && matches!(toks[p - 1].lower.as_str(), "bid" | "request" | "claim")
                            && matches!(toks[p - 2].lower.as_str(), "a" | "an"));
                let after = put_in_for
                    || t.is("after")
                        && *p > 0
                        && matches!(toks[p - 1].lower.as_str(), "are" | "is" | "'re" | "were")
                    || t.is("for")
                        && *p > 0
                        && toks[p - 1].is("looking")
                        && matches!(word_at(toks, p + 1), "a" | "an");
                // "Sam mentioned in passing that Packaging wants a …": a cue that reports
                // what someone said names nothing itself; the ask it reports does.
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                let reports =
                    word(p + 1) == "that" || word(p + 1) == "in" && word(p + 2) == "passing";
                // "we should look at an optical sorter" (these three asked in turn, only
                // while no cue before them is found).
                let should_look = || {
                    t.is("should") && crate::reader::intent::asked_to_look_at(toks, *p).is_some()
                };
                let could_use = || ask_shapes::could_use(toks, *p);
                // "Facilities reckon a smart water metering kit … would run about $54k".
                let reckon_a = || {
                    matches!(t.lower.as_str(), "reckon" | "reckons")
                        && matches!(word(p + 1), "a" | "an")
                };
                (PROPOSAL_CUES.contains(&t.lower.as_str())
                    || after
                    || should_look()
                    || could_use()
                    || reckon_a())
                    && !reports
            })
            .map(|(p, _)| {
                // "have priced up a heat recovery unit": the cue's particle is no word of
                // the thing's name.
                let particle = matches!(word_at(toks, p + 1), "up" | "out")
                    && matches!(word_at(toks, p + 2), "a" | "an" | "the" | "some");
                crate::reader::intent::asked_to_look_at(toks, p)
                    .unwrap_or(p + 1 + usize::from(particle))
            })
            .take(4)
            .collect()
    } else {
        Vec::new()
    };
    // "Sales pitched a … tool, $18k — told them no": what was pitched, before the verdict.
    if intent == Intent::Decision {
        starts.extend(ask_shapes::pitched_before_the_verdict(toks, verdict));
    }
    let lead = cue_end.first().copied().or(verdict.map(|v| v.1));
    starts.extend(lead);
    if let Some(p) = lead {
        if let Some(c) = toks[p.min(toks.len())..]
            .iter()
            .take(8)
            .position(|t| t.is_sym(":"))
        {
            starts.push(p + c + 1);
        }
    }
    starts.extend(cue_end.iter().skip(1));
    starts.extend(ask_shapes::asked_before_a_last_verdict(toks, verdict));
    // "got the OK for an e-voting app", "the go-ahead for …": what the assent is for.
    if let Some(p) = (1..toks.len()).find(|&p| {
        toks[p].is("for")
            && matches!(
                toks[p - 1].lower.as_str(),
                "ok" | "okay" | "nod" | "light" | "ahead" | "greenlight" | "approval"
            )
    }) {
        starts.push(p + 1);
    }
    // A benefit's words after its amount say what the money was ("£150k in fines
    // avoided"), not which investment earned it.
    let benefit = intent == Intent::Benefit;
    for m in money.iter().take(8).filter(|_| !benefit) {
        let to = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "towards" | "to" | "in"))
        };
        // "a £60k spend on laptop docks": what the money is called, then what it buys.
        let spend = toks.get(m.end).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "spend" | "investment" | "budget" | "outlay" | "capex" | "opex"
            )
        });
        // "The Instagram campaign's a no. £15k to reach teenagers …": money opening a
        // sentence after the verdict's, "to" what it would do, is the reason's price, not
        // the thing's name.
        let reason_after = toks.get(m.end).is_some_and(|t| t.is("to"))
            && verdict.is_some_and(|(_, ve)| {
                ve <= m.start
                    && toks[ve..m.start]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
            });
        let paid = ask_shapes::paid_after_the_verdict(toks, m, verdict);
        let reason_priced = toks.get(m.end).is_some_and(|t| t.is("for"))
            && super::verdict_sentence::priced_after_its_subject(toks, m.start, verdict);
        if to(m.end) && !reason_after && !paid && !reason_priced {
            starts.push(m.end + 1);
        } else if spend && to(m.end + 1) {
            starts.push(m.end + 2);
        }
    }
    // Before the verb: "Proposal for a new intranet was turned down", "X was approved".
    if let Some((vs, _)) = verdict {
        if let Some(p) = toks[..vs].iter().position(|t| t.is("for")) {
            // "the request of Export for a quoting tool is rejected": whose ask, then "for".
            let whose_ask =
                (p.saturating_sub(6)..p).any(|j| request_len(toks, j) == Some(p + 1 - j));
            // "the bar manager put in for a new …", "their GM asked for a …": someone's ask.
            let someone_asked = p >= 1
                && (matches!(toks[p - 1].lower.as_str(), "asked" | "asks" | "applied")
                    || p >= 2 && toks[p - 1].is("in") && toks[p - 2].is("put"));
            let asked = p == 0
                || whose_ask
                || someone_asked
                || toks[p - 1].kind != TokKind::Word
                || money_at(p - 1).is_some()
                || ASKED_FOR.contains(&toks[p - 1].lower.as_str())
                || NOT_NAMES.contains(&toks[p - 1].lower.as_str());
            if asked {
                starts.push(p + 1);
            }
        }
    }
    // "Two from the board: snow cannon upgrade approved", "Guest Services: the locker app is
    // a go", "Trustees: the treetop walk is off": a heading that announces items (a count, or
    // who they are from, a body that decides) or names a unit is no name; the name is the words after its colon.
    // "New idea from Ola: helpdesk chatbot …": with no verdict, the heading is before the
    // first colon.
    let heading_end = verdict.map_or(toks.len(), |(vs, _)| vs.min(toks.len()));
    let preamble = toks[..heading_end]
        .iter()
        .position(|t| t.is_sym(":"))
        .and_then(|c| {
            let heading = &toks[..c];
            // "London shop: …": a place written with capitals, then a unit's word, is that
            // place's unit.
            let places_unit = (1..c).any(|k| {
                unit_span(k, c)
                    && heading[..k].iter().all(|t| {
                        t.is_word()
                            && text[t.start..].starts_with(char::is_uppercase)
                            && !names.iter().any(|m| m.start < k)
                    })
            });
            let announces = heading.iter().any(|t| t.is("from"))
                || super::heading_nouns::announces_items(heading)
                || crate::reader::deciders::only_a_body(heading)
                || unit_span(0, c)
                || places_unit
                || heading.first().is_some_and(|t| {
                    t.kind == TokKind::Num
                        || matches!(t.lower.as_str(), "two" | "three" | "four" | "five" | "few")
                });
            // "Summary for the minutes:\n- Chapel sound system, Crem: …": the first item's
            // words, past the line break and the bullet.
            let item = (c + 1..heading_end)
                .find(|&k| toks[k].is_word())
                .unwrap_or(c + 1);
            (announces && c + 1 < heading_end).then_some(item)
        });
    starts.extend(preamble);
    // "… failed twice in the storms. So the backup power kit is approved": the verdict's
    // own sentence's subject, before the message's first words; so is the subject after
    // ", so" in the same sentence.
    if preamble.is_none() {
        starts.extend(
            verdict.and_then(|(vs, _)| super::verdict_sentence::subject_after_so(toks, vs)),
        );
        starts.extend(
            verdict.and_then(|(vs, _)| super::verdict_sentence::subject_of_later_verdict(toks, vs)),
        );
    }
    if let Some(first) = toks.iter().position(|t| t.is_word()) {
        let first = first + lead_in_len(toks, first);
        let after_amount = money.first().is_some_and(|m| m.start <= first);
        // "Morning all, …": a greeting opens the message, no name.
        let greeting = matches!(
            toks.get(first).map_or("", |t| t.lower.as_str()),
            "morning" | "afternoon" | "evening" | "hi" | "hello" | "hey" | "thanks" | "cheers"
        );
        // "Kelly in Finance says …", "Art from Finance": someone, said with their unit.
        let someone = toks.get(first).is_some_and(|t| t.capital && !t.caps)
            && toks
                .get(first + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "in" | "from" | "at" | "on"))
            && names.iter().any(|m| {
                matches!(m.targets[0], Target::Unit(_))
                    && (m.start == first + 2 || m.start == first + 3 && toks[first + 2].is("the"))
            });
        let opens_no_name = benefit && after_amount || greeting || someone;
        if preamble.is_none() && !opens_no_name {
            starts.push(first);
        }
    }
    starts.into_iter().take(16).find_map(phrase_from)
}

/// The lower-case word at `k`, or "" past the end.
pub(super) fn word_at(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}
