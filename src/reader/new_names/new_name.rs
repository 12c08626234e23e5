//! The name of a new investment the directory lacks, from the words the message says it
//! with.
//!
//! This file gathers where a name may start (after "called", a cue, the verdict, a colon,
//! an amount's "for", the first words) and tries each in turn; the cues' ends are found in
//! `cues.rs`, the phrase read from a start in `phrase.rs`, the words that run a name on
//! past a stop word in `runs_on.rs`, and a start that is someone doing something in
//! `someone_doing.rs`.

use super::*;

mod cues;
mod idea_of;
mod name_before_colon;
mod people_said;
mod phrase;
mod runs_on;
mod someone_doing;
mod someones_plan;
mod ticket_title;
mod two_machines;
mod wanted_by_someone;

use self::cues::cue_ends;
use self::phrase::{phrase_from, Around};
use self::someone_doing::someone_doing_at;

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
    let mut starts: Vec<usize> = Vec::new();
    // "CON-61 [Proposal] Self-order screens – Edmonton concession stands\nEst. cost: …"
    // (round B61): a ticket's title names its thing, before any line under it.
    starts.extend(ticket_title::ticket_title_start(toks));
    // "Ntate Lerotholi asked that the classing room extension come back to the board in
    // June" (round B62): what is asked of is the thing, after "asked that".
    starts.extend(
        (1..toks.len().saturating_sub(1))
            .find(|&k| {
                toks[k].is("that")
                    && matches!(toks[k - 1].lower.as_str(), "asked" | "requested" | "asks")
                    && toks[k + 1].is("the")
            })
            .map(|k| k + 1),
    );
    if let Some(p) = toks.iter().position(|t| t.is("called") || t.is("named")) {
        starts.push(p + 1);
    }
    let cue_end: Vec<usize> = cue_ends(toks, intent);
    // "Isla's getting a new label printer …. I've said aye, it's within my limit." (round
    // S52): the writer's own yes names nothing; what was asked for before it, first.
    let writer = |k: usize| matches!(toks[k].lower.as_str(), "i" | "i've");
    let said = |k: usize| toks.get(k).is_some_and(|t| t.is("said"));
    if verdict.is_some_and(|(s, _)| {
        (s.saturating_sub(2)..=s).any(writer) && (s.saturating_sub(1)..=s + 1).any(said)
    }) {
        starts.extend(cue_ends(toks, Intent::Investment).first());
    }
    // "Sales pitched a … tool, $18k — told them no": what was pitched, before the verdict.
    if intent == Intent::Decision {
        starts.extend(ask_shapes::pitched_before_the_verdict(toks, verdict));
    }
    // "howard's binned the idea of a trade counter", "declined the offer of a used optical
    // grader" (round S42): what the idea or the offer was of, after the verdict.
    if let Some((_, ve)) = verdict {
        starts.extend(
            (ve + 2..toks.len().min(ve + 5))
                .find(|&p| {
                    toks[p].is("of")
                        && matches!(toks[p - 1].lower.as_str(), "idea" | "offer")
                        && toks.get(p + 1).is_some_and(|t| {
                            t.is("a") || t.is("an") || idea_of::bare_thing_after_of(t)
                        })
                })
                .map(|p| p + 1),
        );
    }
    // "dave said no way on a hayride wagon …" (round B57): the idiom's "way" is no name;
    // the thing is what the "no way" is on.
    let past_idiom = |e: usize| {
        e + usize::from(e > 0 && toks[e - 1].is("no") && toks.get(e).is_some_and(|t| t.is("way")))
    };
    let lead = cue_end
        .first()
        .copied()
        .or(verdict.map(|v| past_idiom(v.1)));
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
    // "Could we look at a solar water heater for the hot rooms?": the thing looked at, first.
    if intent == Intent::Investment {
        if let Some(p) = ask_shapes::looked_at_thing(toks) {
            starts.insert(0, p);
        }
    }
    // "got the ok from Russell on a new ice machine", "the nod from Tony for a second
    // diagnostics kit" (round S50): what the assent got from someone is for, first.
    if let Some(p) = (3..toks.len()).find(|&p| {
        matches!(toks[p].lower.as_str(), "for" | "on")
            && toks[p - 1].capital
            && toks[p - 2].is("from")
            && matches!(toks[p - 3].lower.as_str(), "ok" | "okay" | "nod" | "go-ahead")
            // "jeremy say ok to cctv for the 3 new outlets": what someone says ok to.
            || toks[p].is("to")
                && matches!(toks[p - 1].lower.as_str(), "ok" | "okay" | "yes")
                && matches!(toks[p - 2].lower.as_str(), "say" | "says" | "said")
    }) {
        starts.insert(0, p + 1);
    }
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
        // "savings of about ₱90k per year on lights and fans": what a rate of money is
        // saved on, not what is bought (round B52).
        let saved_on = m.period.is_some() && toks.get(m.end).is_some_and(|t| t.is("on"));
        if to(m.end) && !reason_after && !paid && !reason_priced && !saved_on {
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
                // "Pasting the text thread so it's in here:" (round B54): a paste announced.
                || heading.first().is_some_and(|t| {
                    matches!(t.lower.as_str(), "paste" | "pasting" | "pasted" | "forwarding")
                })
                || heading.first().is_some_and(|t| {
                    t.kind == TokKind::Num
                        || matches!(t.lower.as_str(), "two" | "three" | "four" | "five" | "few")
                })
                || ticket_key(heading);
            // "Summary for the minutes:\n- Chapel sound system, Crem: …": the first item's
            // words, past the line break and the bullet.
            let item = (c + 1..heading_end)
                .find(|&k| toks[k].is_word())
                .unwrap_or(c + 1);
            // "Chairman's decision on the cattle float: buy a second-hand …" (round B60,
            // convention 89): a decider's decision heading names no thing; the thing is
            // what the decision is on.
            let decided_on = decision_on(heading);
            decided_on.or((announces && c + 1 < heading_end).then_some(item))
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
    // "[3/12/26 9:02 am] Mr. Boe: …" (round B62): a WhatsApp stamp and its speaker open the
    // message; its first words are after them.
    let stamp_end = super::super::deciders_in_logs::stamps::opening_stamp_end(text);
    if let Some(first) = toks
        .iter()
        .position(|t| t.is_word() && stamp_end.is_none_or(|e| t.start >= e))
    {
        // "3d printer for prototyping - def not" (round B62): a name opening on a number
        // written with its letter ("3D", "5G") opens on the number.
        let first = first - usize::from(super::name_words::tech_number_before(toks, first));
        // "@Bully da chain hoist for da shop, you can order." (round B59): the handle
        // opening the message is who is told, no word of the thing.
        let told = first > 0
            && toks[first - 1].is_sym("@")
            && toks.get(first + 1).is_some_and(|t| t.is_word());
        let first = first + usize::from(told);
        // "[3/12/26 9:02 am] Mr. Boe: Marie the laptops for admin ok go ahead" (round B62,
        // convention 89): a name written straight before "the" opening a chat log's first
        // turn is who is told, as a handle is.
        let addressed = toks.get(first).is_some_and(|t| {
            t.capital && !t.caps && t.start > 0 && text[..t.start].trim_end().ends_with(':')
        }) && toks
            .get(first + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "da" | "de" | "di"))
            && !names.iter().any(|m| m.start == first);
        let first = first + usize::from(addressed);
        // "Imran bhai, the new polishing belts — … go ahead" (round B64, convention 81): a
        // name with the honorific written after it, set off by a comma, is who is told.
        let honoured = toks.get(first).is_some_and(|t| t.capital && !t.caps)
            && toks
                .get(first + 1)
                .is_some_and(|t| crate::reader::deciders_honorific::is_after_a_name(&t.lower))
            && toks.get(first + 2).is_some_and(|t| t.is_sym(","))
            && !names.iter().any(|m| m.start == first);
        let first = first + 3 * usize::from(honoured);
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
        // "Putting this out there before budget time. …", "proposing we put solar on …"
        // (round B58): a verb's "-ing" form and a pronoun open the writer's turn, no name.
        let turn = toks
            .get(first)
            .is_some_and(|t| t.is_word() && t.lower.len() > 5 && t.lower.ends_with("ing"))
            && matches!(
                toks.get(first + 1).map_or("", |t| t.lower.as_str()),
                "this" | "that" | "these" | "it" | "we" | "i" | "you" | "they"
            );
        let opens_no_name = benefit && after_amount || greeting || someone || turn;
        if preamble.is_none() && !opens_no_name {
            // "Gazza: new tyres on all troopies …" (round B68): after the opening name's
            // colon, before the name.
            starts.extend(name_before_colon::after_a_name_and_colon(
                toks, names, first,
            ));
            starts.push(first);
        }
    }
    let around = Around {
        text,
        toks,
        names,
        verdict,
        date_starts: &date_starts,
        money_at,
        unit_span,
    };
    starts
        .into_iter()
        .take(16)
        .filter(|&i| !someone_doing_at(toks, names, i))
        .filter(|&i| !people_said::person_at(toks, i))
        .find_map(|i| phrase_from(&around, i))
}

/// Where the thing starts in a heading that names a decision on it ("Chairman's decision
/// on the cattle float", "Exec decision about the learning platform"): past the decision's
/// word and its "on" / "about" / "re" (round B60, convention 89).
fn decision_on(heading: &[Token]) -> Option<usize> {
    (1..heading.len().saturating_sub(1))
        .find(|&k| {
            matches!(
                heading[k].lower.as_str(),
                "decision" | "decisions" | "verdict" | "ruling"
            ) && matches!(heading[k + 1].lower.as_str(), "on" | "about" | "re")
        })
        .map(|k| k + 2)
}

/// Whether a heading is a ticket's key and its tracker, no thing's name ("JIRA IT-118",
/// "[JIRA] MILL-212", "TICKET #2291", round B60, convention 89): a few words in capitals
/// or a tracker's word, a number among them, and nothing else but the key's marks.
fn ticket_key(heading: &[Token]) -> bool {
    (1..=6).contains(&heading.len())
        && heading
            .iter()
            .any(|t| t.kind == TokKind::Num || t.lower.bytes().any(|b| b.is_ascii_digit()))
        && heading.iter().all(|t| match t.kind {
            TokKind::Num => true,
            TokKind::Word => {
                t.caps
                    || t.lower.bytes().any(|b| b.is_ascii_digit())
                    || matches!(t.lower.as_str(), "jira" | "ticket" | "issue" | "incident")
            }
            _ => matches!(t.lower.as_str(), "-" | "#" | "[" | "]" | "|" | "–" | "—"),
        })
}

/// The lower-case word at `k`, or "" past the end.
pub(super) fn word_at(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}
