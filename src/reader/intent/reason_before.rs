//! The reason or clause said before a verb: "budget pressure, so we're pausing …".

use super::*;

/// A reason given before the verdict: "vendor went bust, so we killed the portal",
/// "cost pressure is the driver, we approved another £60k", "old kit keeps failing, so:
/// approved", "vendor's gone bust -> scrapping the pilot", "following the audit, approved
/// the CRM". The clause before the one with the verdict at `verb`, when it says it is the
/// reason.
pub fn reason_before(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    // "so:" joins the reason to the verdict; it ends no clause.
    let is_end = |j: usize| {
        matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ";")
            || toks[j].is(":") && !(j > 0 && matches!(toks[j - 1].lower.as_str(), "so" | "hence"))
    };
    let start = (0..verb).rev().find(|&j| is_end(j)).map_or(0, |p| p + 1);
    // "heating bills doubled so we approved it": a bare "so" after a clause of its own
    // joins it to the verdict as ", so" does.
    let bare_so = |j: usize| {
        toks[j].is("so")
            && j > start + 2
            && !toks[j - 1].is_break()
            && toks.get(j + 1).is_some_and(|t| {
                !matches!(
                    t.lower.as_str(),
                    "that" | "far" | "much" | "many" | "long" | "as" | "good" | "i"
                ) && t.is_word()
            })
            && (own_clause(toks, start, j)
                // "Public access terminals - Helena came through with $9K so the judge
                // ok'd it": the clause after a label's dash.
                || (start..j)
                    .rev()
                    .find(|&m| toks[m].is_sym("-") && !toks[m].attached || toks[m].is_sym("—"))
                    .is_some_and(|m| m > start && own_clause(toks, m + 1, j)))
    };
    // The comma (or arrow, or dash) that closes the reason's clause, nearest the verdict.
    let comma = (start..verb).rev().find(|&j| {
        toks[j].is_sym(",")
            || toks[j].is_sym("—")
            || toks[j].is_sym("-") && !toks[j].attached
            || arrow_at(toks, j)
            || pictograph(&toks[j])
            || bare_so(j)
    })?;
    // "Operative scheduling tool - ✅ approved £75k": a label, its dash, then the mark before
    // the verdict: a heading and nothing else, no reason.
    let dash_then_mark = comma > start + 1
        && pictograph(&toks[comma])
        && label_before_dash(toks, start, comma + 2) == Some(comma - 1);
    if dash_then_mark {
        return None;
    }
    let said_so = bare_so(comma);
    // "…, so the rota planning tool is approved": "so" joins the reason however long the
    // name between it and the verdict.
    let so = said_so
        || toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "so" | "hence" | "therefore"));
    // "Given the lease runs out in 2028, the climate-controlled storage is on hold": a
    // reason led by its own marker, like "so", is joined however long the name after it.
    let marked = matches!(
        toks[start].lower.as_str(),
        "given" | "following" | "because"
    );
    if comma <= start || verb - comma > if so || marked { 12 } else { 6 } {
        return None;
    }
    let arrow = arrow_at(toks, comma) || pictograph(&toks[comma]);
    // "CON-48 Concessions POS refresh → Approved": a ticket's key and title before its
    // status arrow are the thing, no reason (round L40).
    let key = |j: usize| toks.get(j).is_some_and(|t| t.attached);
    if arrow
        && toks[start].caps
        && toks[start + 1].is_sym("-")
        && key(start + 1)
        && key(start + 2)
        && toks[start + 2].kind == TokKind::Num
    {
        return None;
    }
    // "following the audit findings, approved …", "because the licence is capped, …": the
    // clause says what prompted it; not "since June", which says when.
    let led_by = |w: &str| toks[start].is(w);
    let lead = usize::from(
        led_by("following")
            || led_by("given")
            || led_by("after")
            || led_by("because")
            || led_by("since")
                && !clauses::since_event(toks, start + 1, comma)
                && !own_time(toks, start + 1, comma)
                && !clauses::since_time_then_clause(toks, start + 1, comma)
            || led_by("as") && as_clause(toks, start + 1),
    );
    // "Following a long discussion, governors agreed …": talk before a verdict says when.
    // "Following on from the F&A committee, …": where the news comes from.
    let talked = toks[start].is("following")
        && (toks.get(start + 1).is_some_and(|t| t.is("on"))
            || (start + 1..comma).any(|j| {
                matches!(
                    toks[j].lower.as_str(),
                    "discussion"
                        | "discussions"
                        | "conversation"
                        | "conversations"
                        | "debate"
                        | "chat"
                )
            }));
    let prompted = lead == 1
        && !talked
        && (!toks[start].is("after") || clauses::after_event(toks, start, comma).is_some())
        && !only_a_meeting(toks, start + 1, comma);
    // "Too pricey for what it does, and the keepers won't use it — … is off the table": a
    // judgement set off by a dash before the verdict.
    let judged_before_dash = (toks[comma].is_sym("—") || toks[comma].is_sym("-"))
        && (start..comma).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "too"
                    | "expensive"
                    | "pricey"
                    | "overpriced"
                    | "unaffordable"
                    | "steep"
                    | "justify"
                    | "afford"
                    | "nobody"
            )
        });
    let joined = arrow
        || said_so
        || prompted
        || judged_before_dash
        || toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "so" | "hence" | "therefore" | "which"));
    // The marker is left out, as "because" is; "after the incident" and "following the
    // audit" keep theirs (they say when as well as why; conventions 22 and 27).
    let start = if prompted && !toks[start].is("after") && !toks[start].is("following") {
        start + 1
    } else {
        start
    };
    // "Rail car tracking - CN changed their portal …, so board approved …": a label naming
    // the thing before a dash opens the sentence; the reason starts after it.
    let start = label_before_dash(toks, start, comma).map_or(start, |d| d + 1);
    let driver =
        (start..comma).any(|j| matches!(toks[j].lower.as_str(), "driver" | "drivers" | "reason"));
    // "Morning all 🙏 Board approved …": a greeting before the news gives no reason.
    let greeting = comma - start <= 3
        && matches!(
            toks[start].lower.as_str(),
            "morning" | "good" | "hi" | "hello" | "hey" | "dear" | "afternoon" | "evening"
        );
    if !(joined || driver || price_per_head(toks, start, comma))
        || greeting
        || comma - start < 2
        || comma - start > MAX_CLAUSE
    {
        return None;
    }
    let r = text[toks[start].start..toks[comma - 1].end].trim();
    (!r.is_empty()).then(|| r.to_string())
}

/// "Rail car tracking - CN changed …": from `s`, one to four words naming a thing, then a
/// spaced dash before `e`; the dash, when so. Words that judge or say what happened ("Too
/// pricey - …", "Nobody uses it - …") are a clause of their own, no label.
pub(super) fn label_before_dash(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let d = (s + 1..e.min(s + 5)).find(|&j| {
        (toks[j].is_sym("-") && !toks[j].attached) || toks[j].is_sym("—") || toks[j].is_sym("–")
    })?;
    let label = (s..d).all(|j| {
        toks[j].is_word()
            && !toks[j].lower.contains('\'')
            && !matches!(
                toks[j].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "too"
                    | "not"
                    | "no"
                    | "nobody"
                    | "never"
                    | "so"
                    | "very"
            )
    });
    (label && d + 2 < e).then_some(d)
}

/// "the exec on Monday", "Tuesday's board", "the SLT meeting this morning": from `s` to
/// `e`, only a meeting and when it sat. Following one says when a verdict was taken, not
/// why ("following the audit findings" says why).
pub(super) fn only_a_meeting(toks: &[Token], s: usize, e: usize) -> bool {
    let meeting = |w: &str| {
        matches!(
            w,
            "exec"
                | "board"
                | "meeting"
                | "mtg"
                | "committee"
                | "exco"
                | "call"
                | "sync"
                | "standup"
                | "huddle"
                | "session"
                | "smt"
                | "slt"
                | "elt"
                | "trustees"
                | "partners"
        )
    };
    let Some(m) = (s..e).find(|&j| meeting(toks[j].lower.as_str())) else {
        return false;
    };
    let when = |t: &Token| {
        t.kind == TokKind::Num
            || t.is_sym("/")
            || crate::reader::dates::weekday(&t.lower).is_some()
            || crate::reader::dates::month(&t.lower).is_some()
            || matches!(
                t.lower.as_str(),
                "on" | "this"
                    | "last"
                    | "today"
                    | "yesterday"
                    | "morning"
                    | "afternoon"
                    | "week"
                    | "the"
                    | "of"
            )
    };
    m - s <= 3 && toks[m + 1..e].iter().all(when)
}

/// "At €90k a year for six active users, we're stopping …": what the work costs a period
/// for the few it serves, opening the sentence before the verdict, is why it goes.
pub(super) fn price_per_head(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let per_period = (s..e).any(|j| {
        matches!(w(j), "a" | "per" | "each") && matches!(w(j + 1), "year" | "month" | "yr" | "week")
            || matches!(w(j), "annually" | "monthly")
    });
    let counted = (s..e).any(|j| {
        w(j) == "for"
            && toks.get(j + 1).is_some_and(|t| {
                crate::reader::clauses::counted_subject(t)
                    || matches!(t.lower.as_str(), "a" | "only" | "just")
            })
    });
    e > s + 4
        && w(s) == "at"
        && toks[s + 1..s + 3].iter().any(|t| t.kind == TokKind::Num)
        && per_period
        && counted
}

/// Is `s..e` only a time ("June", "the summer")? Dates are not marked here, so a number or
/// a time word alone counts.
pub(super) fn own_time(toks: &[Token], s: usize, e: usize) -> bool {
    clauses::only_time(toks, s, e, &|j: usize| toks[j].kind == TokKind::Num)
}

/// "the chatbot is still worth it, keep funding", "the vendor went bust, we scrapped it":
/// a clause of its own straight before the verdict at `verb` (or its "we"), opening the
/// sentence, with no number and no other break in it, explains the verdict. Read when
/// nothing after the verdict does.
pub fn clause_before(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    let start = toks[..verb]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";" | ":"))
        .map_or(0, |p| p + 1);
    let comma = verb.checked_sub(1).filter(|&c| toks[c].is(","));
    let comma = comma.or_else(|| {
        let c = verb.checked_sub(2)?;
        (toks[c].is(",")
            && matches!(
                toks[c + 1].lower.as_str(),
                "we" | "they" | "i" | "we've" | "we're" | "it"
            ))
        .then_some(c)
    })?;
    let plain = (start..comma)
        .all(|j| toks[j].kind != TokKind::Num && !toks[j].is_break() && !toks[j].is_sym("-"));
    if comma < start + 3 || !plain || !own_clause(toks, start, comma) {
        return None;
    }
    Some(
        text[toks[start].start..toks[comma - 1].end]
            .trim()
            .to_string(),
    )
}
