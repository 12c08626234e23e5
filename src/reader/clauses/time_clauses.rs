//! Clauses that say when, not why: times, "since …", "after …", "until …", and the events
//! they name.

use super::*;

/// Words that name a time rather than a cause: "since the summer", "till the spring",
/// "since launch".
pub(super) const TIME_WORDS: &[&str] = &[
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
    // Both shapes below hold of eight words at most: a longer reason is not copied word
    // by word to be told so.
    if reason.split_whitespace().nth(8).is_some() {
        return false;
    }
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
                crate::reader::intent::own_clause(toks, e + 1, c)
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
                // "need the members to vote on the levy first": what must come first, said
                // without its "we".
                || c > e + 3 && matches!(toks[e + 1].lower.as_str(), "need" | "gotta")
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
    // "nobody's touched it since 2024": a year after "since" says from when as a month does.
    let month_after = toks.get(i + 1).is_some_and(|t| {
        crate::reader::dates::month(t.lower.as_str()).is_some()
            || t.kind == TokKind::Num
                && t.lower.len() == 4
                && t.lower
                    .parse::<u32>()
                    .is_ok_and(|y| (1950..=2100).contains(&y))
    });
    let from = i.saturating_sub(12);
    // "Old one's been missing penalty clocks since October": the perfect said short too;
    // "nobody's touched it since …", a perfect with its participle.
    let perfect = |j: usize| {
        let w = toks[j].lower.as_str();
        (matches!(w, "has" | "have") || w.ends_with("'s") || w.ends_with("'ve"))
            && toks.get(j + 1).is_some_and(|t| {
                t.lower == "had"
                    || t.lower == "been"
                    || t.lower.len() > 3 && t.lower.ends_with("ed") && !t.lower.ends_with("eed")
            })
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
pub(super) const CHANGED_SINCE: &[&str] = &[
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
        toks[j].kind == TokKind::Num
            || crate::reader::dates::month(toks[j].lower.as_str()).is_some()
    };
    (1..=3).any(|k| {
        s + k + 2 <= e
            && only_time(toks, s, s + k, &plain)
            && crate::reader::intent::own_clause(toks, s + k, e)
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
    ctx: &crate::reader::intent::ClauseContext,
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
    // "Since we moved refreshers onto the portal, 212 lifeguards have …": what we did,
    // then its comma, is the event too; so is a result's plain noun and its auxiliary.
    let result_at = |k: usize| {
        let e = clause_end(toks, k, limit);
        subject_then_verb(toks, k, e)
            || super::since_openings::plain_noun_then_auxiliary(toks, k, e)
    };
    let k = (i + 2..(i + 14).min(limit))
        .find(|&k| {
            (event_ends_at(toks, i + 1, k)
                || toks[k].is(",") && super::since_openings::our_action(toks, i + 1, k))
                && !(i + 1..k).any(|j| toks[j].is_break())
                && result_at(after_comma(k))
        })
        .map(after_comma)?;
    // "… are down by a third - roughly £12k a year less": a spaced dash ends it too; "…
    // in minutes, not hours" runs on over its contrast.
    let e =
        crate::reader::not_contrasts::past_a_not_contrast(toks, clause_end(toks, k, limit), limit);
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
pub(super) fn subject_then_verb(toks: &[Token], k: usize, e: usize) -> bool {
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
    if moved || crate::reader::plural_subjects::plural_then_verb(toks, k, e) {
        return true;
    }
    // "the check-in queue at the Bismarck desk is gone", "the rejects on the pump housings
    // are down": a subject with its place.
    let placed =
        (k + 1..(k + 6).min(e)).any(|j| matches!(toks[j].lower.as_str(), "at" | "in" | "on"));
    let reach = if placed { 11 } else { 5 };
    subject
        && (k + 1..(k + reach).min(e)).any(|j| {
            let w = toks[j].lower.as_str();
            matches!(
                w,
                // "am" for "are" as the Black Country says it ("the rejects am down").
                "is" | "are"
                    | "am"
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
pub(super) fn event_ends_at(toks: &[Token], s: usize, mut e: usize) -> bool {
    // "since we went live in June": the event, then when it was.
    // "since it went in at Carrow", "… in at the Fargo bureau": and where.
    if let Some(back) = (2..=4).find(|&b| {
        e > s + b
            && matches!(toks[e - b].lower.as_str(), "in" | "on" | "last" | "at")
            && (b == 2 || toks[e - b].is("at"))
    }) {
        e -= back;
    }
    // "since the digital X-ray room opened": a hyphen inside a word adds no word.
    let words = (s..e)
        .filter(|&j| !(toks[j].is_sym("-") && toks[j].attached))
        .count();
    if e <= s || words > 6 {
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
                // "Since the digital X-ray room opened".
                | "opened"
                | "reopened"
                // "since start in August", "since rollout".
                | "start"
                | "rollout"
                | "roll-out"
        )
}

/// Things that happen and prompt a decision: "after the phishing incident", "after the data
/// migration quote".
pub(super) const PROMPTING_EVENTS: &[&str] = &[
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
