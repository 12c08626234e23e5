//! What a clause around a verdict is: a time ("since the summer"), a follow-up that names
//! its owner ("Tom will own the rollout"), a participle clause ("phase 3 towns dropped"),
//! the sentence after a terse verdict, or the clause a benefit came from ("freed up 2 FTE
//! in the library"). The rationale rules in `intent` use these to choose the clause that
//! explains.

use super::next_sentence::THIRD_PARTIES;
pub use super::next_sentence::{decides_in, next_sentence, said_by_others};
use super::tokens::{TokKind, Token};

/// Words that name a time rather than a cause: "since the summer", "till the spring",
/// "since launch".
const TIME_WORDS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "hogmanay",
    // "signed off on the rest, $22K, tonight": when, as "this morning" is.
    "tonight",
    "easter",
    "launch",
    "relaunch",
    "go-live",
    "golive",
    "cutover",
    "kickoff",
    "kick-off",
    "rollout",
    "then",
    "year",
    "month",
    "week",
    "quarter",
    "term",
    "start",
    "beginning",
    "end",
    "holidays",
    "break",
    "new",
    "last",
    "this",
    "next",
    "the",
    "its",
    "our",
    "their",
    // "early Feb", "late March": where in the time.
    "early",
    "mid",
    "late",
];

/// "just the contact and renewal bits this year, $12K instead of $30K, because sales is 2
/// people …": a reason read whole that says its own "because" after a comma is what
/// follows it (what comes before is the scope or the plan).
pub fn after_own_because(reason: String) -> String {
    let lower = reason.to_lowercase();
    match lower.find(", because ") {
        Some(at) if !lower[at + 10..].starts_with("of ") && reason.len() > at + 14 => {
            reason[at + 10..].trim().to_string()
        }
        _ => reason,
    }
}

/// "tonight", "tonight then": a reason of at most three words, "tonight" among them and
/// each a time's, says when, not why ("tonight" is no date the date pass reads). So does
/// when the work is to be done ("done before playoffs", "work to be done before the
/// spring"), a plan.
pub fn only_when(reason: &str) -> bool {
    let words: Vec<String> = reason
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let w = |k: usize| words.get(k).map_or("", String::as_str);
    let done_at = if w(0) == "done" {
        Some(1)
    } else if w(0) == "work" && (w(1), w(2), w(3)) == ("to", "be", "done") {
        Some(4)
    } else {
        None
    };
    let done_when = done_at.is_some_and(|k| {
        words.len() <= k + 4 && matches!(w(k), "before" | "by" | "after" | "over" | "in")
    });
    done_when
        || words.len() <= 3
            && words.iter().any(|w| w == "tonight")
            && words.iter().all(|w| TIME_WORDS.contains(&w.as_str()))
}

/// Is tokens `s..e` only a time ("the summer", "launch", "last year"), with at least one
/// word that names one?
pub fn only_time(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let e = e.min(toks.len());
    if s >= e || e - s > 4 {
        return false;
    }
    let names_time = (s..e).any(|j| {
        skip(j)
            || !matches!(
                toks[j].lower.as_str(),
                "the"
                    | "its"
                    | "our"
                    | "their"
                    | "this"
                    | "next"
                    | "last"
                    | "new"
                    | "early"
                    | "mid"
                    | "late"
            ) && TIME_WORDS.contains(&toks[j].lower.as_str())
    });
    names_time && (s..e).all(|j| skip(j) || TIME_WORDS.contains(&toks[j].lower.as_str()))
}

/// "until after the year-end close", "till after the Christmas rush": at `i`, a condition
/// on an event named with a time, ending on a word that is neither a time nor part of a
/// date (`skip`).
pub fn after_timed_event(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    let e = clause_end(toks, i + 1, limit);
    matches!(toks[i].lower.as_str(), "until" | "till" | "til")
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is("after") || t.is("before"))
        && e > i + 3
        && toks[e - 1].is_word()
        && !skip(e - 1)
        && !TIME_WORDS.contains(&toks[e - 1].lower.as_str())
}

/// "holding it until after the herring season, nobody wants the floor changed …", "till
/// after vintage, nobody's got time …": at `i`, a wait until after a short named time or
/// event (up to four words), then a clause of its own after the comma. The wait says when;
/// the clause after it says why.
pub fn wait_then_reason(toks: &[Token], i: usize, limit: usize) -> bool {
    let limit = limit.min(toks.len());
    let e = clause_end(toks, i + 2, limit);
    // "pausing the SIEM add-on until the new IT director starts in Feb, don't want to pick
    // a tool she has to live with": a wait on any event, then what the writer won't do.
    let wont = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "don't" | "dont" | "didn't" | "can't" | "won't" | "wouldn't"
            )
        }) && toks.get(j + 1).is_some_and(|t| t.is_word())
    };
    let plain_wait = matches!(toks[i].lower.as_str(), "until" | "till" | "til")
        && e > i + 2
        && e <= i + 12
        && toks.get(e).is_some_and(|t| t.is(","))
        && clause_end(toks, e + 1, limit) > e + 4
        && wont(e + 1);
    plain_wait
        || matches!(toks[i].lower.as_str(), "until" | "till" | "til")
            && toks.get(i + 1).is_some_and(|t| t.is("after"))
            && e > i + 2
            && e <= i + 6
            && toks.get(e).is_some_and(|t| t.is(","))
            && e + 1 < limit
            && {
                let c = clause_end(toks, e + 1, limit);
                super::intent::own_clause(toks, e + 1, c)
                // "nobody wants …", "nobody's got time …": no one as the subject; "no point
                // buying licences for …": what waiting spares.
                || c > e + 3
                    && matches!(
                        toks[e + 1].lower.as_str(),
                        "nobody" | "nobody's" | "noone" | "no-one" | "everyone" | "everybody"
                    )
                || c > e + 3
                    && toks[e + 1].is("no")
                    && matches!(toks[e + 2].lower.as_str(), "point" | "sense" | "use")
            }
}

/// Where the clause from `s` ends: the next clause break, or `limit`.
pub fn clause_end(toks: &[Token], s: usize, limit: usize) -> usize {
    (s..limit.min(toks.len()))
        .find(|&j| toks[j].is_break())
        .unwrap_or(limit.min(toks.len()))
}

/// "which nobody used", "who never logged in": a relative clause that belongs to the
/// clause before its comma.
pub fn opens_relative(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whom" | "where"))
}

/// "since the sorter upgrade", "since the relaunch", "since it went live (in June)",
/// "since we switched it on": "since" an event of the work is when a result started, not
/// why. `s` is the word after "since"; the clause up to its break (less a time said after
/// it) names the event in its last word.
pub fn since_event(toks: &[Token], s: usize, limit: usize) -> bool {
    let e = clause_end(toks, s, limit);
    // "since launch and members just use the website": the event ends where "and" or
    // "but" opens the next clause.
    let joined = (s..e).find(|&j| matches!(toks[j].lower.as_str(), "and" | "but"));
    event_ends_at(toks, s, e) || joined.is_some_and(|k| event_ends_at(toks, s, k))
}

/// "Online bookings are up 12 points since the beta", "nobody has missed an alarm since
/// they went in", "chargebacks have doubled since September": "since" after a change told
/// in its own clause says from when, not why, so the clause is the reason whole. `i` is
/// the "since"; the clause before it, back to its break, is looked at.
pub fn since_after_change(toks: &[Token], i: usize) -> bool {
    // "the old one has had three pressure faults since August": a perfect counting up to
    // now, then "since" a month, says from when.
    let month_after = toks
        .get(i + 1)
        .is_some_and(|t| super::dates::month(t.lower.as_str()).is_some());
    let from = i.saturating_sub(12);
    // "Old one's been missing penalty clocks since October": the perfect said short too.
    let perfect = |j: usize| {
        let w = toks[j].lower.as_str();
        (matches!(w, "has" | "have") || w.ends_with("'s") || w.ends_with("'ve"))
            && toks
                .get(j + 1)
                .is_some_and(|t| t.lower == "had" || t.lower == "been")
    };
    if month_after
        && (from..i)
            .rev()
            .take_while(|&j| !toks[j].is_break())
            .any(perfect)
    {
        return true;
    }
    (from..i)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .any(|j| {
            let w = toks[j].lower.as_str();
            // "hasn't had to walk the course once since they went in": a negated perfect
            // counts what has not happened from then on.
            let not_since = matches!(w, "hasn't" | "haven't" | "hadn't")
                || matches!(w, "has" | "have" | "had")
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "not" | "never"));
            CHANGE_WORDS.contains(&w) && w != "dropped" || CHANGED_SINCE.contains(&w) || not_since
        })
}

/// More words that tell a change counted over time, besides [`CHANGE_WORDS`] (a verdict's
/// own "dropped" is left out there: "dropped it since nobody used it" gives the reason).
const CHANGED_SINCE: &[&str] = &[
    "missed",
    "tripled",
    "grew",
    "risen",
    "fallen",
    "increased",
    "decreased",
    "gone",
];

/// "Since March the queue has doubled": "since" and a time opening a clause of its own
/// (`s` is the word after "since", `e` the clause's end) say from when; the clause keeps
/// its "since".
pub fn since_time_then_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let plain = |j: usize| {
        toks[j].kind == TokKind::Num || super::dates::month(toks[j].lower.as_str()).is_some()
    };
    (1..=3).any(|k| {
        s + k + 2 <= e
            && only_time(toks, s, s + k, &plain)
            && super::intent::own_clause(toks, s + k, e)
    })
}

/// "Since the KYC upgrade the false positives dropped from 2'400 to 600 per month, this
/// saves us …", "since go-live we have closed month end 4 days faster and found ₦27m …": a
/// "since" opening a sentence (or following "Name:"), the event of the work it counts from,
/// then a clause with its own subject and verb, is a benefit's result whole, "since"
/// included (convention 1 of the corpus). Returns where it ends: at its clause's break, or
/// before an "and" that adds the money. `i` is at the "since".
pub fn since_event_result(
    toks: &[Token],
    i: usize,
    limit: usize,
    ctx: &super::intent::ClauseContext,
) -> Option<usize> {
    let opens = i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n" | ":");
    if !toks.get(i).is_some_and(|t| t.is("since")) || !opens {
        return None;
    }
    let limit = limit.min(toks.len());
    // "Since the sorter went live in August, the backlog is gone": the result may follow
    // its comma; the event is the one its result's subject follows ("went live" alone is
    // one too).
    let after_comma = |k: usize| k + usize::from(toks[k].is(",") && k + 1 < limit);
    let k = (i + 2..(i + 12).min(limit))
        .find(|&k| {
            event_ends_at(toks, i + 1, k)
                && !(i + 1..k).any(|j| toks[j].is_break())
                && subject_then_verb(
                    toks,
                    after_comma(k),
                    clause_end(toks, after_comma(k), limit),
                )
        })
        .map(after_comma)?;
    // "… are down by a third - roughly £12k a year less": a spaced dash ends it too.
    let e = clause_end(toks, k, limit);
    let e = (k + 1..e)
        .find(|&j| toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(e);
    // "… and found ₦27m", "… and saved £9k": the money is the benefit's amount.
    let e = (k + 2..e)
        .find(|&j| toks[j].is("and") && (j + 1..(j + 4).min(e)).any(|m| (ctx.money)(m)))
        .unwrap_or(e);
    (!(k..e).any(|j| (ctx.money)(j))).then_some(e)
}

/// "we have closed …", "the false positives dropped …": a pronoun or a noun phrase opening
/// at `k`, and a verb within its next four words.
fn subject_then_verb(toks: &[Token], k: usize, e: usize) -> bool {
    let subject = toks.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "they"
                | "it"
                | "the"
                | "our"
                | "their"
                | "its"
                | "this"
                | "these"
                | "each"
                | "we've"
                | "we're"
                | "they've"
                | "they're"
        )
    });
    // "abandoned carts are down from 70% to 45%": a noun phrase said to have moved.
    let moved = toks.get(k).is_some_and(Token::is_word)
        && (k + 1..(k + 4).min(e)).any(|j| {
            matches!(toks[j].lower.as_str(), "is" | "are" | "was" | "were")
                && toks.get(j + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "down" | "up" | "lower" | "higher" | "halved" | "gone" | "under"
                    )
                })
        });
    if moved {
        return true;
    }
    // "the check-in queue at the Bismarck desk is gone": a subject with its place.
    let placed = (k + 1..(k + 6).min(e)).any(|j| matches!(toks[j].lower.as_str(), "at" | "in"));
    let reach = if placed { 11 } else { 5 };
    subject
        && (k + 1..(k + reach).min(e)).any(|j| {
            let w = toks[j].lower.as_str();
            matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "can"
                    | "now"
                    | "cut"
                    | "fell"
                    | "rose"
                    | "went"
                    | "got"
                    | "get"
                    | "gets"
                    // "our coordinator spends 6 hrs less a week on paperwork".
                    | "spends"
                    | "spend"
                    | "takes"
                    | "take"
                    | "saves"
            ) || w.ends_with("n't")
                || w.len() > 4 && w.ends_with("ed")
        })
}

/// "since we went live in August", "Since the kiosks went live in September, …": is the
/// date at `d` the time of the event a result is counted since? That is a start, part of
/// the evidence (convention 1 of the corpus), not when the benefit was counted.
pub fn time_of_since_event(toks: &[Token], d: usize) -> bool {
    let Some(p) = d
        .checked_sub(1)
        .filter(|&p| matches!(toks[p].lower.as_str(), "in" | "on"))
    else {
        return false;
    };
    (p.saturating_sub(7)..p)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .find(|&j| toks[j].is("since"))
        .is_some_and(|k| p > k + 1 && event_ends_at(toks, k + 1, p))
}

/// "since August the growers receive R$ 0,04 more per litre, …": is the date at `d` the
/// time right after a "since" that opens the evidence at `a` with a clause of its own
/// ([`since_time_then_clause`])? Then it says from when the result is counted, part of the
/// evidence (convention 1 of the corpus), not when the benefit was counted.
pub fn since_time_opening(toks: &[Token], a: usize, d: usize) -> bool {
    d == a + 1
        && toks[a].is("since")
        && since_time_then_clause(toks, d, clause_end(toks, d, toks.len()))
}

/// Do tokens `s..e` after "since" name an event of the work (see [`since_event`])?
fn event_ends_at(toks: &[Token], s: usize, mut e: usize) -> bool {
    // "since we went live in June": the event, then when it was.
    // "since it went in at Carrow", "… in at the Fargo bureau": and where.
    if let Some(back) = (2..=4).find(|&b| {
        e > s + b
            && matches!(toks[e - b].lower.as_str(), "in" | "on" | "last" | "at")
            && (b == 2 || toks[e - b].is("at"))
    }) {
        e -= back;
    }
    if e <= s || e - s > 6 {
        return false;
    }
    let last = &toks[e - 1];
    // "since we switched them on", "since it was turned on".
    let switched_on = last.is("on")
        && toks[s..e - 1]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "switched" | "turned"));
    // "since it went in", "since we put them in", "since the new tags went on": the work
    // put in place ("since the webstore went up").
    let put_in = (last.is("in") || last.is("up") || last.is("on"))
        && e >= s + 2
        && matches!(toks[e - 2].lower.as_str(), "went" | "gone" | "put" | "got");
    switched_on
        || put_in
        || names_the_work(last)
        || matches!(
            last.lower.as_str(),
            "go-live"
                | "live"
                | "launch"
                | "launched"
                | "relaunch"
                | "install"
                | "installed"
                | "installation"
                | "cutover"
                | "switchover"
                | "migration"
                | "refit"
                | "refurb"
                | "kickoff"
                | "started"
                // "Since the GIS cleanup finished, …": the work done.
                | "finished"
                | "completed"
                // "since start in August", "since rollout".
                | "start"
                | "rollout"
                | "roll-out"
        )
}

/// Things that happen and prompt a decision: "after the phishing incident", "after the data
/// migration quote".
const PROMPTING_EVENTS: &[&str] = &[
    "incident",
    "incidents",
    "breach",
    "outage",
    "outages",
    "attack",
    "audit",
    "quote",
    "quotes",
    "recall",
    "fire",
    "flood",
    "failure",
    "failures",
    "fine",
    "complaint",
    "complaints",
    "inspection",
    "findings",
    "near-miss",
    "crash",
    "leak",
    "scare",
    "report",
    "reports",
    "theft",
    "thefts",
    "accident",
    "accidents",
    "injury",
    "injuries",
    "spill",
    "breakdown",
    "breakdowns",
];

/// "after the phishing incident in Sept", "after the data migration quote": "after" an event
/// that prompted the decision is its reason. `i` is at "after"; returns where the clause
/// ends (at its break). Not "after the summer" or "after go-live", which say when.
pub fn after_event(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| t.is("after")) {
        return None;
    }
    let det = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "last" | "that" | "this"
        )
    });
    let e = clause_end(toks, i + 1, limit);
    if !det || e > i + 9 {
        return None;
    }
    // The event is named before any date in the clause ("incident in Sept"), or told as
    // what someone outside did ("after the vendor went into administration"; "after the
    // trial flopped" says when it was stopped).
    let named = (i + 2..e)
        .take_while(|&j| !matches!(toks[j].lower.as_str(), "in" | "on" | "last" | "this"))
        .any(|j| PROMPTING_EVENTS.contains(&toks[j].lower.as_str()));
    let outsider_acted = toks
        .get(i + 2)
        .is_some_and(|t| THIRD_PARTIES.contains(&t.lower.as_str()))
        && super::intent::own_clause(toks, i + 1, e);
    (named || outsider_acted).then_some(e)
}

/// "revisit in March", "look again end of Feb", "back on the agenda in Q1", "back at it
/// 2027-01-11": a clause from
/// `j` that says when to look again, which closes a deferral's condition before it
/// ("until the refurb is signed, look again in March").
pub fn opens_look_again(toks: &[Token], j: usize) -> bool {
    // "We will review again in April", "let's discuss again at the January meeting": who
    // will look again, said first.
    let said_first = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "we" | "will" | "we'll" | "let's" | "let" | "shall" | "i'll" | "to"
                    // ", and we'll review at the end of March".
                    | "and"
                    // "inshallah we revisit in February", "hopefully we look again in Q2".
                    | "inshallah" | "hopefully" | "then"
            )
        })
    };
    let mut j = j;
    while j < toks.len() && said_first(j) {
        j += 1;
    }
    let at = |k: usize, w: &str| toks.get(j + k).is_some_and(|t| t.is(w));
    // "look again", "check it again", "look at it again".
    let again =
        |k: usize| at(k, "again") || at(k + 1, "again") || at(k, "at") && at(k + 2, "again");
    // "the MD wants it revisited in April": someone wanting the work looked at again.
    let wanted_again = (j..j + 4).any(|k| {
        let w = |d: usize| toks.get(k + d).map_or("", |t| t.lower.as_str());
        matches!(w(0), "wants" | "want" | "wanted")
            && matches!(w(1), "it" | "this" | "them")
            && matches!(w(2), "revisited" | "reviewed" | "reconsidered")
    });
    wanted_again
        || at(0, "revisit")
        || at(0, "review") && (at(1, "in") || at(1, "at") || at(1, "next") || at(1, "again"))
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some(
                "look" | "looking" | "check" | "checking" | "pick" | "picking" | "try" | "discuss"
                    | "see"
            )
        ) && again(1)
        // "We return to the subject in April", "return to it in Q2".
        || at(0, "return") && at(1, "to")
        || at(0, "back") && at(1, "on") && at(2, "the") && at(3, "agenda")
        // "back at it 2027-01-11", "back on it in March".
        || at(0, "back") && (at(1, "at") || at(1, "on")) && at(2, "it")
        || at(0, "circle") && at(1, "back")
        // "Decision again in the GL of 10.03.", "decide again in January".
        || (at(0, "decision") || at(0, "decide")) && at(1, "again")
        // "Come back with it in February", "come back to this in Q2".
        || at(0, "come")
            && at(1, "back")
            && (at(2, "with") || at(2, "to"))
            && (at(3, "it") || at(3, "this") || at(3, "that"))
        // "we take it up again in the April meeting".
        || matches!(toks.get(j).map(|t| t.lower.as_str()), Some("take" | "taking"))
            && at(2, "up")
            && at(3, "again")
        // "back to it in Jan".
        || at(0, "back") && at(1, "to") && (at(2, "it") || at(2, "this") || at(2, "that"))
        // "we take it up again in the April meeting", "it comes back in the 15.01 board".
        || at(0, "take") && at(1, "it") && at(2, "up") && again(2)
        || at(0, "it") && (at(1, "comes") || at(1, "goes")) && at(2, "back")
        // "Anything over comes back here": money past a cap comes back for a decision.
        || matches!(toks.get(j).map(|t| t.lower.as_str()), Some("anything" | "any"))
            && (1..4).any(|k| (at(k, "comes") || at(k, "come")) && at(k + 1, "back"))
        // "pick it back up in Feb", "bring this back in March".
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("pick" | "picking" | "bring" | "bringing")
        ) && (at(1, "it") || at(1, "this") || at(1, "that"))
            && at(2, "back")
}

/// ", which should be mid-January", ", which is usually early March": from `j` (the word
/// after the comma), a remark on when the condition before it is met. It says when to look
/// again, not why, so it closes the condition.
pub fn date_remark(toks: &[Token], j: usize, limit: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    if !toks.get(j).is_some_and(|t| t.is("which")) {
        return false;
    }
    let hedge = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "is" | "should" | "will" | "would" | "could" | "might" | "be" | "usually" | "normally"
                | "typically" | "probably" | "likely" | "hopefully" | "expected" | "due" | "to"
                | "we" | "think" | "hope" | "reckon"
                // "which is usually early March", "which should be around mid-Feb".
                | "early" | "mid" | "late" | "around" | "about"
        )
    };
    let k = (j + 1..limit.min(j + 5))
        .find(|&k| !hedge(&toks[k]))
        .unwrap_or(limit);
    let e = clause_end(toks, k, limit);
    // A month alone ("early March") may not be read as a date here.
    let month = |m: usize| skip(m) || super::dates::month(toks[m].lower.as_str()).is_some();
    k > j + 1 && k < e && (k..e).any(month) && only_time(toks, k, e, &month)
}

/// "Cost pressure is the driver here: …", "Ministerial turnaround is the driver.": a clause
/// before `limit` that the writer calls the driver of the decision is its reason, whole.
pub fn called_driver(text: &str, toks: &[Token], limit: usize) -> Option<String> {
    let limit = limit.min(toks.len());
    let edge = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "." | "!" | "?" | "\n" | ":" | "," | ";" | "—" | "–"
        ) || t.is_sym("-") && !t.attached
    };
    let k = (3..limit).find(|&k| {
        matches!(toks[k].lower.as_str(), "driver" | "drivers")
            && (toks[k - 1].is("the")
                || toks[k - 2].is("the")
                    && matches!(
                        toks[k - 1].lower.as_str(),
                        "main" | "real" | "big" | "key" | "biggest" | "only" | "whole"
                    ))
    })?;
    let the = if toks[k - 1].is("the") { k - 1 } else { k - 2 };
    if !matches!(toks[the - 1].lower.as_str(), "is" | "are" | "was" | "were") {
        return None;
    }
    let s = (0..the)
        .rev()
        .find(|&j| edge(&toks[j]))
        .map_or(0, |j| j + 1);
    let e = (k + 1..limit).find(|&j| edge(&toks[j])).unwrap_or(limit);
    let negated = (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "not" | "isn't" | "wasn't" | "aren't" | "never"
        )
    });
    (the >= s + 2 && e <= s + 14 && !negated)
        .then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// Words that tell a state of things after "With …": "with two engineers retiring", "with
/// downloads down 40%".
const STATE_WORDS: &[&str] = &[
    "down", "up", "gone", "out", "short", "vacant", "retiring", "leaving", "expiring", "closing",
    "doubled", "tripled", "halved", "rising", "falling", "climbing", "dropping", "failing",
    "ending", "off", "over", "behind", "stuck",
];

/// "With circ staff down four positions, the kiosks are approved": a state told after an
/// opening "With", up to its comma before the verdict at `verdict`, is the reason (less its
/// "With").
pub fn with_state_opening(text: &str, toks: &[Token], verdict: usize) -> Option<String> {
    let opens = (0..verdict)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
        .map_or(0, |p| p + 1);
    if !toks.get(opens).is_some_and(|t| t.is("with")) {
        return None;
    }
    let comma = (opens + 3..verdict).find(|&j| toks[j].is(","))?;
    let stated = (opens + 2..comma).any(|j| STATE_WORDS.contains(&toks[j].lower.as_str()));
    (stated && comma <= opens + 12 && !(opens..comma).any(|j| toks[j].is_break())).then(|| {
        text[toks[opens + 1].start..toks[comma - 1].end]
            .trim()
            .to_string()
    })
}

/// "Pending the audit, the CMS stays parked", "Until the FCC filing clears, the refresh is
/// on hold": a condition opening a sentence, up to its comma, told before the verdict at
/// `verdict` in the same sentence. Returns it.
pub fn opening_condition(text: &str, toks: &[Token], verdict: usize) -> Option<String> {
    let end = |to: usize| {
        (0..to)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
    };
    // "Pending the audit, the CMS stays parked. Revisit in March.": a verdict opening its
    // sentence looks at the sentence before.
    let opens = match end(verdict) {
        Some(p) if p + 1 == verdict => end(p).map_or(0, |q| q + 1),
        p => p.map_or(0, |p| p + 1),
    };
    let verdict = (opens..verdict)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(verdict);
    let lead = toks.get(opens)?;
    if !matches!(
        lead.lower.as_str(),
        "pending" | "until" | "till" | "til" | "unless" | "awaiting"
    ) {
        return None;
    }
    let comma = (opens + 2..verdict).find(|&j| toks[j].is(","))?;
    let words = (opens + 1..comma).filter(|&j| toks[j].is_word()).count();
    (words >= 2 && comma - opens <= 14 && !(opens..comma).any(|j| toks[j].is_break()))
        .then(|| text[lead.start..toks[comma - 1].end].trim().to_string())
}

/// "phase 3 towns dropped", "the loans module removed": a clause that ends on a past
/// participle says what was changed, even when it opens with a word ("phase") that
/// otherwise marks a detail.
pub fn participle(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    if e < s + 2 || e > toks.len() || (s..e).any(skip) {
        return false;
    }
    let last = &toks[e - 1];
    last.is_word()
        && (matches!(last.lower.as_str(), "cut" | "gone" | "out" | "lost")
            || (last.lower.len() > 4 && last.lower.ends_with("ed")))
        && !matches!(last.lower.as_str(), "expected" | "planned" | "needed")
}

/// "upgrade", "project": a word after a name that says it is the work, not a new thought.
pub fn names_the_work(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "upgrade"
            | "refresh"
            | "project"
            | "programme"
            | "program"
            | "rollout"
            | "replacement"
            | "system"
            | "pilot"
            | "tool"
            | "platform"
    )
}

/// "3 year horizon", "a 5-year term": the benefit horizon, a detail like an amount ("the
/// 15 year old system", "payback was over 9 years" and "asking for it for 3 yrs" are not
/// one).
pub fn holds_horizon(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    (s..e).any(|j| {
        let k = j + 1 + usize::from(toks.get(j + 1).is_some_and(|t| t.is_sym("-")));
        toks[j].kind == TokKind::Num && k < e && super::intent::years_at(toks, j).is_some()
    })
}

/// Verbs that give someone a piece of work: "Tom will own the rollout".
const OWNER_VERBS: &[&str] = &[
    "own",
    "lead",
    "run",
    "drive",
    "manage",
    "handle",
    "coordinate",
    "take",
    "oversee",
    "sponsor",
    "champion",
    "pick",
    "chase",
    "send",
    "share",
    "brief",
    "book",
    "draft",
    "write",
    "set",
    "arrange",
    "prepare",
    "update",
    "confirm",
    "check",
    "review",
    "follow",
    "tell",
    "inform",
    "call",
    "email",
    "contact",
    "sort",
    "organise",
    "organize",
    "schedule",
    "plan",
    "order",
];

/// "Marco's running the vendor review", "Ana is leading the rollout": the work someone is
/// already given, told with "-ing".
const OWNER_DOING: &[&str] = &[
    "running",
    "leading",
    "handling",
    "managing",
    "driving",
    "coordinating",
    "overseeing",
    "organising",
    "organizing",
    "scheduling",
    "planning",
    "arranging",
    "chasing",
    "drafting",
    "sorting",
];

/// Does tokens `s..e` give a person a piece of work ("Tom will own the rollout", "Jo is
/// going to run the pilot", "we'll brief the team")? That is a follow-up, not a reason.
pub fn assigns_owner(text: &str, toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    (s..e).any(|i| {
        let subject = &toks[i];
        let person = subject.is_word()
            && (matches!(subject.lower.as_str(), "i" | "we" | "i'll" | "we'll")
                || (text[subject.start..].starts_with(|c: char| c.is_uppercase())
                    && !matches!(
                        subject.lower.as_str(),
                        "the" | "this" | "that" | "it" | "there" | "they" | "these" | "those"
                    )));
        if !person {
            return false;
        }
        let mut j = i + 1;
        // "Marco's running the review", "Dave's crew will schedule the work": who does
        // it, or their team.
        let possessive = subject.lower.ends_with("'s");
        if possessive
            && toks.get(j).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "team" | "crew" | "people" | "folks" | "guys" | "lot" | "office"
                )
            })
        {
            j += 1;
        } else if toks
            .get(j)
            .is_some_and(|t| OWNER_DOING.contains(&t.lower.as_str()))
            && possessive
        {
            return true;
        }
        if toks.get(j).is_some_and(|t| t.is("is"))
            && toks
                .get(j + 1)
                .is_some_and(|t| OWNER_DOING.contains(&t.lower.as_str()))
        {
            return true;
        }
        // "Karl owns it", "Jon leads the rollout": a short sentence naming who owns the
        // work says who, not why ("Nobody owns the process" is a reason).
        if i == s
            && e <= s + 6
            && !matches!(subject.lower.as_str(), "nobody" | "everyone" | "everybody")
            && toks
                .get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "owns" | "leads"))
        {
            return true;
        }
        if !matches!(subject.lower.as_str(), "i'll" | "we'll") {
            match toks.get(j).map(|t| t.lower.as_str()) {
                Some("will" | "to" | "shall") => j += 1,
                Some("is" | "are" | "am")
                    if toks.get(j + 1).is_some_and(|t| t.is("going"))
                        && toks.get(j + 2).is_some_and(|t| t.is("to")) =>
                {
                    j += 3
                }
                _ => return false,
            }
        }
        toks.get(j)
            .is_some_and(|t| OWNER_VERBS.contains(&t.lower.as_str()))
    })
}

/// Words that open a sentence about the plan or the timing rather than the reason.
pub(super) const NOT_A_REASON_OPENING: &[&str] = &[
    "go-live", "go", "launch", "next", "then", "nothing", "phase", "thanks", "cheers", "also",
    "we'll", "i'll", "action", "ap", "todo", "review", "revisit", "more",
    // "Motion carried 6-1", "Vote 5-2": the tally of a board's vote.
    "motion", "vote", "carried",
    // "Brief is a new look, a mobile catalogue …": what the work is, not why ("Scope
    // creep" is a reason, so "scope" is not here).
    "brief",
];

/// "the leased wagons cost us $1.1M a year", "diesel theft was costing us Ksh 9M a year":
/// what the way things are now costs (or what has been sunk into it so far), told with a
/// subject of its own (not "it will cost us …", the record's own cost), which is why the
/// spend (or the stop) was decided.
pub fn costs_us_now(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    // "We rent the stage in Dallas for $4k a day", "we pay £3k a month for it": what we
    // spend now, said with "we" and a verb of paying.
    // "we've sunk $310k into it", "we have spent £80k on it": what it has cost so far.
    // "… and we're paying $8 a pop to replace them": said after "and" too.
    let we_at = |k: usize| {
        matches!(toks[k].lower.as_str(), "we" | "we're" | "we've")
            && (k == s || k > s + 2 && toks[k - 1].is("and"))
    };
    let we_pay = e > s + 3
        && (s..e - 2).filter(|&k| we_at(k)).any(|k| {
            (k + 1..(k + 3).min(e)).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "rent"
                        | "renting"
                        | "pay"
                        | "paying"
                        | "spend"
                        | "spending"
                        | "lease"
                        | "hire"
                        | "sunk"
                        | "spent"
                        | "poured"
                        | "burned"
                        | "burnt"
                        | "overpaid"
                        | "overpaying"
                )
            })
        });
    we_pay
        || e > s + 3
            && !matches!(
                toks[s].lower.as_str(),
                "it" | "this" | "that" | "which" | "running" | "annual" | "total"
            )
            && !(s..e).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "will" | "would" | "could" | "should"
                )
            })
            && (s + 1..e - 1).any(|j| {
                (matches!(toks[j].lower.as_str(), "cost" | "costs" | "costing")
                    || super::running_costs::running_us(toks, j, e))
                    && toks[j + 1].is("us")
                    && !matches!(
                        toks[j - 1].lower.as_str(),
                        "the" | "a" | "running" | "annual"
                    )
            })
}

/// "We paid £600k for the last rebuild …", "we can hire one for £400 a day": a reason at
/// tokens `s..e` opening on what we pay (or paid) for something, which is no price of the
/// work decided (what was sunk into it is: "we've sunk $310k into it").
pub fn we_pay_for(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    e > s + 3
        && matches!(toks[s].lower.as_str(), "we" | "we're" | "we've" | "we'd")
        && (s + 1..(s + 3).min(e)).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "paid"
                    | "pay"
                    | "paying"
                    | "rent"
                    | "renting"
                    | "hire"
                    | "hiring"
                    | "lease"
                    | "leasing"
            )
        })
}

/// "too much", "can't justify it", "can't afford", "doesn't add up", "£90k for something
/// nobody asked for", "£95k for something they won't use": the sentence or clause judges a
/// price, so the amount in it is part of the reason ("Quote came back at £120k and nobody
/// can justify it"). "£70k for info the county already gives us for free", "£9k to serve
/// people who queue anyway": what the price would buy, had anyway or for nothing.
pub fn judges_price(toks: &[Token], s: usize, e: usize) -> bool {
    (s..e.min(toks.len())).any(|j| {
        // "not worth the license fee".
        let not_worth = toks[j].is("worth")
            && j > 0
            && matches!(toks[j - 1].lower.as_str(), "not" | "never" | "hardly");
        let for_free = toks[j].is("free") && j > 0 && toks[j - 1].is("for");
        not_worth
            || for_free
            || j > s + 2 && toks[j].is("anyway")
            || matches!(
                toks[j].lower.as_str(),
                "too"
                    | "nobody"
                    | "never"
                    | "dear"
                    | "unaffordable"
                    | "justify"
                    | "afford"
                    | "expensive"
                    | "overpriced"
                    | "pricey"
                    | "steep"
                    | "doesn't"
                    | "don't"
                    | "won't"
                    | "isn't"
                    | "aren't"
                    | "wasn't"
                    | "weren't"
            )
    })
}

/// Verbs whose object says what a benefit came from when the amount is said apart:
/// "freed up 2 FTE in the library, worth £70k".
const SOURCE_VERBS: &[&str] = &[
    "freed", "saved", "saves", "cut", "cuts", "reduced", "shaved", "avoided", "released",
    "removed", "halved",
];

/// The clause a benefit came from, from its verb to the clause's end, when that clause
/// holds no amount or date: "freed up 1.5 FTE in cataloguing", "freed up 2 FTE" of "freed up
/// 2 FTE and $14k in overtime".
pub fn benefit_source(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    named: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let i = toks
        .iter()
        .position(|t| SOURCE_VERBS.contains(&t.lower.as_str()))?;
    let e = clause_end(toks, i, toks.len());
    // "freed up 2 FTE and S$14k in overtime": the result ends where "and" adds an amount,
    // or a clause of its own ("… from 6 days to 2 and we no longer pay …").
    let e = (i..e)
        .find(|&j| {
            toks[j].is("and")
                && (skip(j + 1)
                    || toks.get(j + 1).is_some_and(|t| {
                        matches!(t.lower.as_str(), "we" | "they" | "we've" | "we're")
                    }))
        })
        .unwrap_or(e);
    let body = i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| t.is("up")));
    // A measured result ("2 FTE", "300 calls"): "cut call volumes" alone is the claim,
    // not where it came from.
    if e < body + 2 || (i..e).any(skip) || !(body..e).any(|j| toks[j].kind == TokKind::Num) {
        return None;
    }
    let i = subject_before(toks, i, skip, named).unwrap_or(i);
    let r = text[toks[i].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "Invoice checking work reduced by 60 hours": the plain noun phrase that opens the
/// sentence (two to four words, no name of the directory, no pronoun, amount or date) and is
/// the subject of the verb at `verb`.
fn subject_before(
    toks: &[Token],
    verb: usize,
    skip: &dyn Fn(usize) -> bool,
    named: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = toks[..verb]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "\n" | ":"))
        .map_or(0, |p| p + 1);
    let pronoun = |w: &str| {
        matches!(
            w,
            "we" | "it" | "they" | "this" | "that" | "the" | "our" | "i" | "which" | "and"
        )
    };
    ((s + 2..=s + 4).contains(&verb)
        && !pronoun(toks[s].lower.as_str())
        && (s..verb).all(|j| toks[j].is_word() && !skip(j) && !named(j)))
    .then_some(s)
}

/// Words that say a measure moved: "down 4 pts", "12% fewer", "doubled".
pub const CHANGE_WORDS: &[&str] = &[
    "down", "up", "fewer", "less", "more", "lower", "higher", "halved", "doubled", "dropped",
    "fell", "rose", "improved",
];

/// A benefit told as a result first and its money after: "rejects down 4 pts since the
/// upgrade, $95k more recovered in Oct", "Campus wifi: 1,200 fewer tickets last month, ₹4
/// lakh saved". The first clause (after a leading "Name:"), when it counts a change (or
/// anything, after "Name:": "40 kegs recovered from pubs in May"), holds
/// no amount (`money`), does not open with a name (that is the subject, and
/// `benefit_source` reads its verb), and an amount follows it. A date in it is when the
/// result was counted; in the first clause of all, it is left to the date rules.
pub fn leading_result(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    name_at: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let first = clause_end(toks, 0, toks.len());
    let labelled = first > 0
        && name_at(0)
        && toks
            .get(first)
            .is_some_and(|t| t.is_sym(":") || t.is_sym("-") || t.is_sym("—"));
    let s = if labelled { first + 1 } else { 0 };
    result_from(text, toks, s, labelled, skip, money, name_at).or_else(|| {
        // "Rostering went live on 3/8. Call-outs down by 30 a month, approx. £9k saved":
        // a sentence before the money's own only sets the scene; the result opens the
        // sentence that holds the money.
        let m = (s..toks.len()).find(|&j| money(j))?;
        let opens = (s..m)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))?
            + 1;
        result_from(text, toks, opens, false, skip, money, name_at)
    })
}

/// [`leading_result`]'s test of the clause that opens at `s`.
fn result_from(
    text: &str,
    toks: &[Token],
    s: usize,
    labelled: bool,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    name_at: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let s = time_gave(toks, s).unwrap_or(s);
    let s = after_result_heading(toks, s, toks.len());
    let end = clause_end(toks, s, toks.len());
    // "Claims for lost crates down from 7 to 1 since August, roughly £40k less", "Cabinets:
    // 41 fewer missed doses in Oct, $96k avoided": a date ending the result is when it was
    // counted, the benefit's date, not its evidence. After "Name:", a start "since Aug"
    // stays with the result it measures ("9 fewer routes since Aug, $48k saved in Oct").
    let cut = counted_until(toks, s, end, skip);
    let e = if labelled && toks.get(cut).is_some_and(|t| t.is("since")) {
        end
    } else {
        cut
    };
    let opens_with_name = name_at(s) || toks.get(s).is_some_and(|t| t.is("the")) && name_at(s + 1);
    // "Recoveries up 18% since we went live in August": the event's time is a start.
    let start_time = |j: usize| {
        let mut d = j;
        while d > s && skip(d - 1) {
            d -= 1;
        }
        time_of_since_event(toks, d)
    };
    let dated = if labelled {
        (s..e).any(money)
    } else {
        (s..e).any(|j| skip(j) && !start_time(j))
    };
    if !(s + 3..=s + 24).contains(&e) || dated || opens_with_name || !(end..toks.len()).any(money) {
        return None;
    }
    let counted = (s..e).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    let change = (s..e).any(|j| CHANGE_WORDS.contains(&toks[j].lower.as_str()));
    // After "Name:" the count alone tells the result ("40 kegs recovered from pubs").
    // "Fewer mis-picks since the scanners went in": a result compared with before.
    let compared = matches!(
        toks[s].lower.as_str(),
        "fewer" | "less" | "faster" | "quicker" | "shorter" | "lower"
    ) && s + 1 < e
        && toks[s + 1].is_word();
    if !(counted && (change || labelled) || compared) {
        return None;
    }
    let r = text[toks[s].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "WMS pilot result - picking error 0.5% → 0.05%": where the result starts after a
/// heading that names it, a dash after "result" within the clause `s..e`'s first words.
pub fn after_result_heading(toks: &[Token], s: usize, e: usize) -> usize {
    (s + 1..(s + 6).min(e))
        .find(|&d| {
            toks[d].is_sym("-")
                && !toks[d].attached
                && d + 2 < e
                && matches!(
                    toks[d - 1].lower.as_str(),
                    "result" | "results" | "outcome" | "outcomes"
                )
        })
        .map_or(s, |d| d + 1)
}

/// "the last quarter gave 2,4 GWh less …", "October brought 300 more …": a time as the
/// subject of a light verb says when, not what; where the result after it starts.
fn time_gave(toks: &[Token], s: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut j = s;
    while j < s + 2 && matches!(w(j), "the" | "this" | "last" | "past") {
        j += 1;
    }
    let time = matches!(w(j), "quarter" | "month" | "year" | "week" | "season")
        || super::dates::month(w(j)).is_some();
    (time && matches!(w(j + 1), "gave" | "brought" | "delivered" | "showed")).then_some(j + 2)
}

/// Where a result clause `s..e` ends without the date that closes it ("… since August",
/// "… in Oct"): before that date and its preposition, when nothing but the date follows.
pub fn counted_until(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> usize {
    let Some(d) = (s..e).find(|&j| skip(j)) else {
        return e;
    };
    if !(d..e).all(skip) || time_of_since_event(toks, d) {
        return e;
    }
    let d = if d > s
        && matches!(
            toks[d - 1].lower.as_str(),
            "since" | "in" | "during" | "over" | "for" | "last" | "this"
        ) {
        d - 1
    } else {
        d
    };
    if d >= s + 3 {
        d
    } else {
        e
    }
}

/// The list item of the minutes that holds token `at` ("\n2. Billing: …" up to the next
/// item), or the whole message when it has no items.
pub fn list_item_around(toks: &[Token], at: usize) -> (usize, usize) {
    let Some(first) = next_list_item(toks, 0) else {
        return (0, toks.len());
    };
    let mut start = 0;
    let mut k = first;
    while k <= at {
        start = k;
        match next_list_item(toks, k + 1) {
            Some(n) => k = n,
            None => break,
        }
    }
    let end = next_list_item(toks, at.max(start) + 1).unwrap_or(toks.len());
    (start, end.max(start + 1).min(toks.len()))
}

/// Where the next item of a list starts after `from` ("…, £380k\n2. Billing: no change",
/// "\n- Billing: …"): a reason does not run into another item of the minutes.
pub fn next_list_item(toks: &[Token], from: usize) -> Option<usize> {
    (from..toks.len()).find(|&j| {
        toks[j].is_sym("\n")
            && toks.get(j + 1).is_some_and(|t| {
                matches!(t.lower.as_str(), "-" | "•" | "*" | "–" | "—")
                    || t.kind == TokKind::Num
                        && toks
                            .get(j + 2)
                            .is_some_and(|p| p.is_sym(".") || p.is_sym(")"))
            })
    })
}

/// Where a reason that stops at the comma at `end` runs on to: over each next clause of
/// the same sentence that explains too ("dropping the keg filler, nobody orders kegs",
/// "just the bar tills, kitchen screens dropped"). Not over a clause of one word, one that
/// holds an amount or a date (unless it judges the price: "not worth the
/// fee £24k"), gives someone work, says when to look again or asks, nor one
/// `not_reason` refuses (the plan, the money, another verdict).
pub fn runs_on(
    text: &str,
    toks: &[Token],
    mut end: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    not_reason: &dyn Fn(usize, usize) -> bool,
) -> usize {
    let limit = limit.min(toks.len());
    while end < limit && toks[end].is(",") {
        let s = end + 1;
        let e = clause_end(toks, s, limit);
        // "phase 1 only, the flotation bank waits for next year": a scope said with "only"
        // and then what it leaves out, whose time is when that part waits for.
        let leaves_out = end > 0
            && toks[end - 1].is("only")
            && (s..e).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "waits" | "wait" | "waiting" | "rest" | "deferred" | "later" | "follows"
                )
            });
        // `… installed, "where's my bus" calls down 31%`: a clause may open on a quote.
        let quoted = toks
            .get(s)
            .is_some_and(|t| matches!(t.lower.as_str(), "\"" | "“" | "'" | "‘"))
            && toks.get(s + 1).is_some_and(|t| t.is_word());
        // ", and the old guns use twice the power": a second reason with its own subject
        // and verb, joined on, may hold a date ("… failed in July and August").
        let joined = joined_reason(text, toks, s, e, money);
        if e < s + 2
            || !(toks[s].is_word() || quoted || listed_result(toks, end, e, skip, money))
            || (s..e).any(skip) && !judges_price(toks, s, e) && !leaves_out && !joined
            || opens_look_again(toks, s)
            || assigns_owner(text, toks, s, e)
            || toks.get(e).is_some_and(|t| t.is("?"))
            || not_reason(s, e)
        {
            break;
        }
        end = e;
    }
    end
}

/// "96% accuracy, 30% faster per chart, …": a result after `comma` opening on a figure
/// (no amount or date), counting a change, after a clause that opened on a figure too, is
/// the next item of a list of results.
fn listed_result(
    toks: &[Token],
    comma: usize,
    e: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let s = comma + 1;
    let figure = |k: usize| toks[k].kind == TokKind::Num && !skip(k) && !money(k);
    let prev = (0..comma)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    e > s + 2
        && figure(s)
        && prev < comma
        && figure(prev)
        && !(s..e).any(|k| skip(k) || money(k))
        && (s + 1..e).any(|k| {
            CHANGE_WORDS.contains(&toks[k].lower.as_str())
                || matches!(
                    toks[k].lower.as_str(),
                    "faster" | "quicker" | "shorter" | "better"
                )
        })
}

/// ", assets to be sold", ", 40 new guns": what becomes of things after the decision, or
/// a count of what the money buys, told as a clause of its own. Neither says why.
pub fn what_follows(toks: &[Token], s: usize, end: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let to_be = (s + 1..end.min(s + 4)).any(|j| {
        w(j) == "to"
            && w(j + 1) == "be"
            && !matches!(
                w(j - 1),
                "due"
                    | "about"
                    | "going"
                    | "has"
                    | "have"
                    | "had"
                    | "need"
                    | "needs"
                    | "want"
                    | "wants"
                    | "yet"
                    | "used"
                    | "seems"
                    | "appear"
                    | "appears"
            )
    });
    let counted = end <= s + 4
        && toks[s].kind == TokKind::Num
        && !skip(s)
        && matches!(w(s + 1), "new" | "more" | "extra" | "additional");
    to_be || counted
}

/// "aprvd the keg tracking pilot — 500 tags, $15k all in": a bare count of things (a
/// number and one plural word, then a comma) is what an approval buys, not why.
pub fn counts_what_it_buys(
    toks: &[Token],
    s: usize,
    end: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    end == s + 2
        && toks[s].kind == TokKind::Num
        && !skip(s)
        && toks[s + 1].is_word()
        && toks[s + 1].lower.len() > 3
        && toks[s + 1].lower.ends_with('s')
        && toks.get(end).is_some_and(|t| t.is(","))
}

/// "— 4K cameras for all three salerooms", "— 12 treadmills across the two gyms": a count of
/// things (a resolution's "4K" too), then where or what they are for, with no verb, ending
/// the clause: what the money buys, not why it was decided.
pub fn counted_things_for(toks: &[Token], s: usize, end: usize) -> bool {
    if end > toks.len() || s >= end || toks[s].kind != TokKind::Num {
        return false;
    }
    let mut k = s + 1;
    // "4K", "1080p": a resolution written on the number.
    if toks
        .get(k)
        .is_some_and(|t| t.attached && t.is_word() && matches!(t.lower.as_str(), "k" | "p"))
    {
        k += 1;
    }
    let plural = (k..end.min(k + 3))
        .take_while(|&j| toks[j].is_word())
        .find(|&j| toks[j].lower.len() > 3 && toks[j].lower.ends_with('s'));
    let Some(p) = plural else {
        return false;
    };
    let verbless = toks[s..end].iter().all(|t| {
        !(t.lower.ends_with("ed")
            || t.lower.ends_with("n't")
            || matches!(
                t.lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "need"
                    | "needs"
                    | "cost"
                    | "costs"
                    | "mean"
                    | "means"
                    | "too"
                    | "not"
                    | "no"
            ))
    });
    verbless
        && toks
            .get(p + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "for" | "across" | "in" | "at" | "on"))
}

/// "…: webshop 40k, diagnostics 12k, both GBP", "all in EUR": a clause that only says which
/// currency the figures are in, no reason.
pub fn says_only_the_currency(toks: &[Token], s: usize, end: usize) -> bool {
    let code = |t: &Token| t.caps && crate::money::Currency::from_code(&t.lower).is_some();
    end > s
        && end <= s + 3
        && toks[s..end].iter().filter(|t| code(t)).count() == 1
        && toks[s..end].iter().all(|t| {
            code(t)
                || matches!(
                    t.lower.as_str(),
                    "both" | "all" | "each" | "in" | "are" | "is" | "figures" | "amounts"
                )
        })
}

/// "partners said so", "the board says so": who wanted it, told alone, is no reason; not a
/// count that said so ("two reviews said so"), which is evidence. Nor is whose decision it
/// is ("Mike's call", "your call").
pub fn only_who_said_so(toks: &[Token], s: usize, end: usize) -> bool {
    let whose_call = end == s + 2
        && toks[s + 1].is("call")
        && (toks[s].lower.ends_with("'s") || matches!(toks[s].lower.as_str(), "your" | "my"));
    whose_call
        || end >= s + 3
            && end <= s + 4
            && toks[end - 1].is("so")
            && matches!(toks[end - 2].lower.as_str(), "said" | "says" | "say")
            && toks[s..end - 2]
                .iter()
                .all(|t| t.is_word() && t.kind != TokKind::Num && !counted_subject(t))
}

/// "phase 2: lift queue times, trail status and a new map", "scope: gates, readers": a
/// colon after a phase's number or a word for the scope, then a list of short items (at
/// least three, split by commas and a last "and"), up to the sentence's end. That says
/// what the work holds, not why; returns where the list ends.
pub fn scope_list(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    if !toks[i].is(":") || i == 0 {
        return None;
    }
    let before = &toks[i - 1];
    let scope_word = matches!(
        before.lower.as_str(),
        "scope" | "brief" | "includes" | "covers" | "covering" | "including"
    );
    if !(before.kind == TokKind::Num && i >= 2 && toks[i - 2].is("phase") || scope_word) {
        return None;
    }
    let end = (i + 1..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(limit);
    let mut items = 1;
    let mut len = 0;
    for t in &toks[i + 1..end] {
        if t.is(",") || t.is("and") || t.is("&") || t.is("+") {
            if len == 0 {
                continue;
            }
            items += 1;
            len = 0;
        } else {
            len += 1;
            if len > 5 {
                return None;
            }
        }
    }
    (items >= 3 && len > 0).then_some(end)
}

/// ", and the humidity logs failed in July", ", plus it would add another contract": a
/// clause joined on by "and" or "plus" with its own subject and verb, a second reason.
/// Not one that gives someone work, says when to look again, names a horizon, or holds
/// money (", and the budget is £40k" describes the record).
pub fn joined_reason(
    text: &str,
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    // "FTA grant covers 80%, so our local share is ~$720K", "it handled 41k chats, so 18
    // agents moved to collections": what follows from the reason, a clause of its own.
    let follows_from = e > s + 3
        && e <= toks.len()
        && toks[s].is("so")
        && (super::intent::own_clause(toks, s + 1, e)
            || toks[s + 1].kind == super::tokens::TokKind::Num
                && !money(s + 1)
                && super::intent::own_clause(toks, s + 2, e))
        && !assigns_owner(text, toks, s + 1, e);
    follows_from
        || e > s + 2
            && matches!(toks[s].lower.as_str(), "and" | "plus")
            && (super::intent::own_clause(toks, s + 1, e)
                || e > s + 3
                    && (matches!(
                        toks[s + 1].lower.as_str(),
                        "the" | "our" | "their" | "its" | "it" | "they" | "we" | "each" | "nobody"
                    ) || counted_subject(&toks[s + 1]) && !money(s + 1)))
            && !opens_look_again(toks, s + 1)
            && !assigns_owner(text, toks, s + 1, e)
            && !holds_horizon(toks, s + 1, e)
            && (!(s..e).any(money) || wants_more_money(toks, s, e, money))
}

/// ", and the agency wants another £20k": money someone else asks for on top, told in a
/// reason of its own (the price going up is why), not the record's money.
fn wants_more_money(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "wants" | "want" | "wanted" | "asks" | "asked" | "asking"
        ) && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "another" | "more" | "extra"))
            && j + 2 < e
            && money(j + 2)
            && (j + 2..e).all(|k| money(k) || toks[k].is_break())
    })
}

/// ", and two reviews said so", ", and 3 launches slipped": a count opening a clause is
/// its subject.
pub(super) fn counted_subject(t: &Token) -> bool {
    t.kind == TokKind::Num || super::money_words::two_to_ten(&t.lower)
}

/// A benefit's result told with a verb of its own right after the investment's name, and
/// counted: "keg tracking found 300 missing kegs, worth about £45k", "crane telemetry
/// caught 2 gearbox faults early, saved about $120k". `name_end` is where a name that
/// opens the message ends; the clause after it holds a number that is no amount or date,
/// no amount (`money`), and an amount follows it. A date at its end is when the result was
/// counted, the benefit's date, not its evidence.
pub fn counted_result(
    text: &str,
    toks: &[Token],
    name_end: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    // "got 3,400 more members in", "gave us 11% more loads": a light verb before the
    // count says nothing of the result.
    let mut s = name_end;
    let light = toks
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "got" | "gets" | "gave" | "gives"));
    if light {
        s += 1;
        if toks
            .get(s)
            .is_some_and(|t| matches!(t.lower.as_str(), "us" | "them"))
        {
            s += 1;
        }
    }
    // "Call centre chatbot for reservations deflected 4,100 calls": what the work is for,
    // between its name and its verb, is no part of the result.
    if toks[s..].first().is_some_and(|t| t.is("for")) {
        let past = |t: &Token| {
            let w = t.lower.as_str();
            w.len() > 4 && w.ends_with("ed") || matches!(w, "cut" | "caught" | "found" | "won")
        };
        if let Some(v) = (s + 2..(s + 5).min(toks.len())).find(|&j| past(&toks[j])) {
            if (s + 1..v).all(|j| toks[j].is_word()) {
                s = v;
            }
        }
    }
    // "is saving the office about 6 hrs a week": the auxiliary before the result's verb.
    let auxiliary = toks
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "is" | "are" | "has" | "have"))
        && toks.get(s + 1).is_some_and(|t| {
            t.is_word()
                && t.lower.len() > 4
                && (t.lower.ends_with("ing") || t.lower.ends_with("ed"))
        });
    if auxiliary {
        s += 1;
    }
    let first = toks.get(s)?;
    if !(first.is_word() || light && first.kind == TokKind::Num)
        || matches!(
            first.lower.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "and"
                | "with"
                | "from"
                | "of"
                | "by"
        )
    {
        return None;
    }
    let e = clause_end(toks, s, toks.len());
    // "caught 3 faults in Q3 - Finance says we avoided ~£300k": a dash set apart ends it.
    let e = (s..e)
        .find(|&j| toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(e);
    // "cut leak hunting by 9 hours a week and saved £14k": "and" before the money's verb.
    let e = (s + 2..e)
        .find(|&j| {
            toks[j].is("and")
                && (money(j + 1)
                    || toks
                        .get(j + 1)
                        .is_some_and(|t| MONEY_VERBS.contains(&t.lower.as_str()))
                        && (j + 2..(j + 5).min(toks.len())).any(money))
        })
        .unwrap_or(e);
    if (s..e).any(money) || !(e..toks.len()).any(money) {
        return None;
    }
    // "helped win the Oakville library job, $120k in fees": a result won needs no count.
    let won = WON.contains(&first.lower.as_str()) && e >= s + 3;
    // "cut card declines by half": a share said in words counts too.
    let counted = |j: usize| {
        toks[j].kind == TokKind::Num && !skip(j)
            || matches!(
                toks[j].lower.as_str(),
                "half" | "halved" | "doubled" | "tripled"
            )
    };
    if !won && !(s..e).any(counted) {
        return None;
    }
    let mut e = more_results(toks, e, skip, money);
    // "saved farm advisors ~200 hours in Q3": the date that ends it, with its preposition.
    while e > s + 1 && skip(e - 1) {
        e -= 1;
    }
    if e < toks.len()
        && skip(e)
        && matches!(toks[e - 1].lower.as_str(), "in" | "on" | "last" | "this")
    {
        e -= 1;
    }
    if e < s + 2 {
        return None;
    }
    let r = text[toks[s].start..toks[e - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// Verbs of a result that is a win in itself, told without a count.
const WON: &[&str] = &["helped", "won", "landed", "secured"];

/// Verbs that tell a benefit's money after its result ("… and saved £14k").
const MONEY_VERBS: &[&str] = &[
    "saved",
    "saves",
    "brought",
    "made",
    "earned",
    "generated",
    "avoided",
    "added",
];

/// A benefit's result told after its money, set apart by ", and" or a dash: "saved us
/// approx. NOK 650 000 in helicopter hours, and we found 37 damaged insulators", "saved
/// 2.1M in November — it handled 4,100 chats, so 18 agents moved". The clause opens on its
/// subject, counts something, holds no amount and runs to the sentence's end.
pub fn result_after_money(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let m = (0..toks.len()).find(|&j| money(j))?;
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let sep = (m + 1..toks.len())
        .take_while(|&j| !is_end(&toks[j]))
        .find(|&j| {
            toks[j].is(",") && toks.get(j + 1).is_some_and(|t| t.is("and"))
                || matches!(toks[j].lower.as_str(), "—" | "–") && !money(j + 1)
                || toks[j].is_sym("-") && !toks[j].attached
        })?;
    let c = sep + 1 + usize::from(toks[sep].is(","));
    let e = c + toks[c..].iter().position(is_end).unwrap_or(toks.len() - c);
    let subject = toks.get(c).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "it" | "they" | "the" | "our" | "that" | "this"
        )
    });
    let counted = (c..e).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    (subject && counted && e >= c + 3 && !(c..e).any(money))
        .then(|| text[toks[c].start..toks[e - 1].end].trim().to_string())
}

/// "… paid for itself this summer: we caught a filter failure two days early, which saved
/// roughly £15k in lost stock": a benefit's result told as a clause with its own subject,
/// then ", which" and the verb that brings the money. The clause runs back to the break
/// before it and holds no amount.
pub fn result_before_which(
    text: &str,
    toks: &[Token],
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let m = (0..toks.len()).find(|&j| money(j))?;
    let w = (1..m.min(toks.len()))
        .rev()
        .take(4)
        .find(|&j| toks[j].is("which") && toks[j - 1].is(","))?;
    if !(w + 1..m).any(|j| MONEY_VERBS.contains(&toks[j].lower.as_str())) {
        return None;
    }
    let comma = w - 1;
    let s = toks[..comma]
        .iter()
        .rposition(|t| t.is_break() || t.is(":"))
        .map_or(0, |p| p + 1);
    let subject = toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "it" | "they" | "the" | "our" | "that" | "this"
        )
    });
    (subject && comma >= s + 3 && !(s..comma).any(money))
        .then(|| text[toks[s].start..toks[comma - 1].end].trim().to_string())
}

/// "Membership app: 420 renewals in Oct, lapses down by a third, roughly £9k kept": a
/// benefit's results told as a list before its money (`money_after`; a continue's results
/// need none) are its evidence together, so a
/// reason read from the second (tokens `a..b`) starts at the first. `opens` is where the
/// first may start: after "Name:", after the name that opens the message, or at 0.
pub fn results_before(
    text: &str,
    toks: &[Token],
    (a, b): (usize, usize),
    opens: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
    money_after: bool,
) -> Option<String> {
    if a < 2 || b > toks.len() || !toks[a - 1].is(",") || opens + 1 >= a {
        return None;
    }
    let comma = a - 1;
    let first = (opens..comma).rev().find(|&j| toks[j].is_break());
    let counted = (opens..comma).any(|j| toks[j].kind == TokKind::Num && !skip(j));
    // "Fewer scorched batches, 40 more barrels …": a result compared with before.
    let compared = matches!(
        toks[opens].lower.as_str(),
        "fewer" | "less" | "faster" | "quicker" | "shorter" | "lower"
    ) && comma > opens + 1;
    if first.is_some()
        || !(counted || compared)
        || comma - opens > 12
        || (opens..comma).any(money)
        || money_after && !(b..toks.len()).any(money)
    {
        return None;
    }
    Some(text[toks[opens].start..toks[b - 1].end].trim().to_string())
}

/// Where a benefit's counted result ending at `e` runs on to: over each next clause after
/// a comma that counts a change too ("done on 6 wards, electricity down 18% on those
/// blocks = ~£14k saved") and holds no amount, while the money is still to come.
fn more_results(
    toks: &[Token],
    mut e: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> usize {
    while toks.get(e).is_some_and(|t| t.is(",")) {
        let s = e + 1;
        let next = clause_end(toks, s, toks.len());
        let counts = (s..next).any(|j| toks[j].kind == TokKind::Num && !skip(j))
            && (s..next).any(|j| CHANGE_WORDS.contains(&toks[j].lower.as_str()));
        let cut = (s..next).find(|&j| toks[j].is_sym("=")).unwrap_or(next);
        if next < s + 2 || !counts || (s..cut).any(money) || !(cut..toks.len()).any(money) {
            break;
        }
        e = cut;
        if cut < next {
            break;
        }
    }
    e
}

/// Does a clause open at `s` with an amount and what it would buy, told with a count or a
/// clause of its own ("£1.2m for a line we'd run twice a week", "$90K/yr for about 3
/// matters a year")? "£45k for the store Wi-Fi refresh" only names what was refused.
pub fn prices_what_it_buys(
    toks: &[Token],
    s: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    let limit = limit.min(toks.len());
    if s >= limit || !money(s) {
        return false;
    }
    let after = (s..limit).find(|&j| !money(j)).unwrap_or(limit);
    if after + 2 >= limit {
        return false;
    }
    // "£95k to let buyers in Spain bid from their sofas": the price and what it would do.
    if toks[after].is("to")
        && toks[after + 1].is_word()
        && !skip(after + 1)
        && !matches!(
            toks[after + 1].lower.as_str(),
            "the" | "a" | "an" | "be" | "date" | "go" | "spend"
        )
    {
        return true;
    }
    // "12 grand in screens so the guys can watch the markets": the price spent in things,
    // then what they would be for.
    if toks[after].is("in") && toks[after + 1].is_word() && !skip(after + 1) {
        let e = clause_end(toks, after, limit);
        return !matches!(
            toks[after + 1].lower.as_str(),
            "the" | "a" | "an" | "total" | "all" | "cash" | "capex" | "opex"
        ) && (after + 2..e.saturating_sub(1)).any(|j| {
            matches!(toks[j].lower.as_str(), "so" | "for" | "to" | "just") && toks[j + 1].is_word()
        });
    }
    if !toks[after].is("for") {
        return false;
    }
    let e = clause_end(toks, after, limit);
    // "$68K for a junior team is nuts": the price judged.
    let judged = (after + 1..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "nuts" | "crazy" | "mad" | "insane" | "ridiculous" | "daft" | "silly" | "bonkers"
        )
    });
    judged
        || (after + 1..e).any(|j| {
            toks[j].kind == TokKind::Num && !skip(j)
                || matches!(
                    toks[j].lower.as_str(),
                    "we" | "we'd"
                        | "we'll"
                        | "we've"
                        | "they"
                        | "they'd"
                        | "they'll"
                        | "i"
                        | "you"
                        | "nobody"
                        | "anyone"
                        | "everyone"
                        // "£2k for something their phones already do": what it would buy,
                        // said to be had already.
                        | "something"
                        | "stuff"
                )
        })
}

/// "vendor can't do Polish + Czech properly, WER >30% 🤦": an emoji ending the reason is
/// tone, not part of it.
pub fn without_tone(reason: String) -> String {
    let kept = reason.trim_end_matches(|c: char| {
        c.is_whitespace()
            || u32::from(c) >= 0x2190 && !c.is_alphanumeric()
            || matches!(c, '\u{fe0f}' | '\u{200d}')
    });
    if kept.is_empty() || kept.len() == reason.len() {
        reason
    } else {
        kept.to_string()
    }
}

/// A reason without the words that announce it: "Main reason is labor shortage" → "labor
/// shortage", "The reason: no spares" → "no spares", "mainly from fewer refunds" → "fewer
/// refunds".
pub fn without_announcement(reason: String) -> String {
    // `lead` is ASCII, so a match ends on a character boundary of `s`.
    fn strip<'a>(s: &'a str, lead: &str) -> Option<&'a str> {
        s.get(..lead.len())
            .filter(|head| head.eq_ignore_ascii_case(lead))
            .map(|_| &s[lead.len()..])
    }
    let kept = |rest: &str| {
        let rest = rest.trim();
        (!rest.is_empty()).then(|| rest.to_string())
    };
    // "Dear team, the integration is mandatory …": a greeting (or a groan) opens the
    // message, not the reason.
    for lead in [
        "dear team, ",
        "dear all, ",
        "hi all, ",
        "hi team, ",
        "hello all, ",
        "hello team, ",
        "hey all, ",
        "hey team, ",
        // "ugh the vendor went bust": a groan is the writer's mood.
        "ugh, ",
        "ugh ",
        "argh, ",
        "argh ",
    ] {
        if let Some(rest) = strip(&reason, lead) {
            return kept(rest).map_or(reason.clone(), without_announcement);
        }
    }
    // "mainly from fewer unfilled shifts": where a benefit came from, without the "from".
    for lead in [
        "mainly from ",
        "mostly from ",
        "largely from ",
        "partly from ",
    ] {
        if let Some(rest) = strip(&reason, lead) {
            return kept(rest).unwrap_or(reason);
        }
    }
    let mut rest = reason.as_str();
    for lead in ["the ", "main ", "our "] {
        rest = strip(rest, lead).unwrap_or(rest);
    }
    // "why: postal renewals are dying".
    if let Some(after) = strip(rest, "why") {
        if let Some(r) = [": ", " - "].into_iter().find_map(|m| strip(after, m)) {
            return kept(r).unwrap_or(reason);
        }
    }
    let Some(after) = strip(rest, "reasons").or_else(|| strip(rest, "reason")) else {
        return reason;
    };
    [" is ", " was ", ": ", " being ", " - "]
        .into_iter()
        .find_map(|m| strip(after, m))
        .and_then(kept)
        .unwrap_or(reason)
}

/// The reason at tokens `a..b` less an amount told at either edge, set off by a break:
/// "subject to the rebate confirmation, AED 3.4m", "SEK 300k — too few users", "it blocked
/// 1,240 transfers, ₦63m saved for customers", "…, so approx. kr. 1.500.000 saved". The
/// amount is the record's money, not why (an amount inside a clause, "Vendor quoted £210k
/// and …", stays).
pub fn without_money_edges(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> (usize, usize) {
    let set_off = |j: usize| {
        matches!(toks[j].lower.as_str(), "," | "—" | "–" | ";")
            || toks[j].is_sym("-") && !toks[j].attached
    };
    // The tail after the last break, when it opens (after a hedge) on an amount.
    let mut end = b;
    if let Some(c) = (a + 2..b).rev().find(|&j| set_off(j)) {
        let mut k = c + 1;
        while k < b && MONEY_HEDGES.contains(&toks[k].lower.as_str()) {
            k += 1;
        }
        if k < b && money(k) {
            end = c;
        }
    }
    // The head up to the first break, when it is only an amount.
    let mut start = a;
    if money(a) {
        let mut k = a;
        while k < end && money(k) {
            k += 1;
        }
        if k + 2 < end && set_off(k) {
            start = k + 1;
        }
    }
    (start, end)
}

/// Words that hedge or join an amount told after a reason: "so approx. kr. 1.500.000
/// saved", "around R$ 95 mil per month".
const MONEY_HEDGES: &[&str] = &[
    "so",
    "and",
    "around",
    "about",
    "approx",
    "approximately",
    "roughly",
    "circa",
    "ca",
    "~",
    "some",
    "nearly",
    "almost",
    "over",
    "under",
    ".",
];

/// Where a reason at tokens `a..b` starts past a leading "as at end of November" / "as of
/// 30 June" (and its comma): when the figures were counted, not what they are.
pub fn past_as_of(toks: &[Token], a: usize, b: usize, skip: &dyn Fn(usize) -> bool) -> usize {
    if !(toks[a].is("as") && toks.get(a + 1).is_some_and(|t| t.is("at") || t.is("of"))) {
        return a;
    }
    let mut k = a + 2;
    while k < b && (skip(k) || TIME_WORDS.contains(&toks[k].lower.as_str()) || toks[k].is("of")) {
        k += 1;
    }
    if k < b && toks[k].is(",") {
        k += 1;
    }
    if k > a + 2 && k + 2 <= b {
        k
    } else {
        a
    }
}

/// "the cost has gone from ₦900m to ₦1.4bn", "rent arrears down from £3.1m to £1.9m": an
/// amount told as a change from one figure to another, in tokens `s..e`.
pub fn money_moved(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    let at = |w: &str| (s..e.saturating_sub(1)).find(|&j| toks[j].is(w) && money(j + 1));
    matches!((at("from"), at("to")), (Some(f), Some(t)) if f < t)
}
