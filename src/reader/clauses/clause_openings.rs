//! How a clause opens: after an event, a look-again, a remark on the date, a named driver,
//! a state, a condition, an owner's follow-up.

use super::*;

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
        && crate::reader::intent::own_clause(toks, i + 1, e);
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
        // "have another look at it in April", "we'll take another look in May".
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("have" | "having" | "take" | "taking" | "give")
        ) && at(1, "another")
            && at(2, "look")
        // "we'll look at it after the May sales": who looks said first, then when.
        || j > 0
            && matches!(toks[j - 1].lower.as_str(), "we'll" | "will" | "i'll")
            && at(0, "look")
            && at(1, "at")
            && (at(2, "it") || at(2, "this") || at(2, "them"))
            && (at(3, "in") || at(3, "after") || at(3, "next"))
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
    let month = |m: usize| skip(m) || crate::reader::dates::month(toks[m].lower.as_str()).is_some();
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
pub(super) const STATE_WORDS: &[&str] = &[
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
        toks[j].kind == TokKind::Num && k < e && crate::reader::intent::years_at(toks, j).is_some()
    })
}

/// Verbs that give someone a piece of work: "Tom will own the rollout".
pub(super) const OWNER_VERBS: &[&str] = &[
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
pub(super) const OWNER_DOING: &[&str] = &[
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
pub(in crate::reader) const NOT_A_REASON_OPENING: &[&str] = &[
    "go-live", "go", "launch", "next", "then", "nothing", "phase", "thanks", "cheers", "also",
    "we'll", "i'll", "action", "ap", "todo", "review", "revisit", "more",
    // "Motion carried 6-1", "Vote 5-2": the tally of a board's vote.
    "motion", "vote", "carried",
    // "Brief is a new look, a mobile catalogue …": what the work is, not why ("Scope
    // creep" is a reason, so "scope" is not here).
    "brief",
];
