//! Where a date sits, when that says it is no date of the record: inside a condition ("hold
//! off until the Q1 numbers are in"), inside a reason ("— too much change in January",
//! "because the deadline is 26.5.27"), or as the time of a meeting still to come ("demo w/
//! vendor thu 10:00"). Each is a short scan back over the date's clause.

use super::dates::{month, weekday, DateMention};
use super::tokens::{TokKind, Token};
use chrono::NaiveDate;

/// Words that open a condition the wait hangs on.
const CONDITIONS: &[&str] = &[
    "until", "till", "til", "'til", "once", "pending", "unless", "if",
];

/// The verbs a condition's own clause is told with ("the numbers are in", "the auditors
/// sign off", "the audit is done"): with one, the condition is an event, not a time.
pub(super) const CONDITION_VERBS: &[&str] = &[
    "is",
    "are",
    "'s",
    "was",
    "were",
    "sign",
    "signs",
    "signed",
    "come",
    "comes",
    "land",
    "lands",
    "close",
    "closes",
    "closed",
    "finish",
    "finishes",
    "finished",
    "done",
    "complete",
    "completed",
    "clear",
    "clears",
    "cleared",
    "agree",
    "agrees",
    "approve",
    "approves",
    "publish",
    "publishes",
    "published",
    "report",
    "reports",
    "settle",
    "settles",
    "see",
    "have",
    "has",
    "get",
    "gets",
    "can",
    "show",
    "shows",
    "prove",
    "proves",
    "hit",
    "hits",
    "meet",
    "meets",
    "reach",
    "reaches",
];

/// Where the clause holding token `at` starts: after the last break or spaced dash.
fn clause_start(toks: &[Token], at: usize) -> usize {
    toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| t.is_break() || (t.is_sym("-") && !t.attached))
        .map_or(0, |p| p + 1)
}

/// Where the clause holding token `at` ends (exclusive).
fn clause_end(toks: &[Token], at: usize) -> usize {
    toks[at.min(toks.len())..]
        .iter()
        .position(|t| t.is_break() || (t.is_sym("-") && !t.attached))
        .map_or(toks.len(), |p| p + at)
}

/// "hold off until the Q1 numbers are in", "paused until the auditors sign off the
/// year-end": the date is a word of a condition with its own verb, so the wait is for an
/// event; the look-again is not the date it names. "until the end of Q1" (no verb) is the
/// time itself.
///
/// `name` is the record's investment: a condition's word said as one of its words with
/// another beside it ("the visitor centre till upgrade is pushed back to April") is the
/// name's, a thing, and opens no condition; so is one after an article ("the till").
pub fn in_condition(toks: &[Token], d: &DateMention, name: Option<&str>) -> bool {
    let s = clause_start(toks, d.start);
    let of_name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_word()
                && name.is_some_and(|n| {
                    n.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(&t.lower))
                })
        })
    };
    let a_thing = |k: usize| {
        of_name(k) && (k > 0 && of_name(k - 1) || of_name(k + 1))
            || k > 0 && matches!(toks[k - 1].lower.as_str(), "the" | "a" | "our" | "each")
    };
    let Some(c) = (s..d.start)
        .rev()
        .find(|&k| CONDITIONS.contains(&toks[k].lower.as_str()) && !a_thing(k))
    else {
        return false;
    };
    // The condition's own words end where another clause is joined on ("held till early
    // Q3 so Finance can close the year first": the verb is the purpose's).
    let e = (d.end..clause_end(toks, d.end))
        .find(|&k| LINKS.contains(&toks[k].lower.as_str()))
        .unwrap_or_else(|| clause_end(toks, d.end));
    let verb = |k: usize| toks[k].is_word() && CONDITION_VERBS.contains(&toks[k].lower.as_str());
    let gap =
        (c + 1..d.start).any(|k| toks[k].is_word() && !LEADS.contains(&toks[k].lower.as_str()));
    // Right after the condition's word, the date must name a thing ("the Q1 numbers").
    let names_a_thing = toks
        .get(d.end)
        .is_some_and(|t| t.is_word() && !verb(d.end) && !LINKS.contains(&t.lower.as_str()));
    (gap || names_a_thing) && ((c + 1..d.start).any(verb) || (d.end..e).any(verb))
}

/// Words between a condition's word and its date that lead the date itself.
const LEADS: &[&str] = &[
    "the",
    "early",
    "late",
    "mid",
    "end",
    "of",
    "start",
    "beginning",
];

/// Words that join another clause on.
const LINKS: &[&str] = &[
    "so", "and", "but", "because", "as", "then", "while", "which", "when", "if", "to", "since",
    "or",
];

/// Words that open a clause of timing or of next steps, not of a reason.
const TIMING: &[&str] = &[
    "in", "on", "at", "by", "to", "till", "until", "til", "from", "for", "next", "revisit",
    "review", "look", "back", "check", "start", "starting", "then", "and", "pick", "circle",
    "come", "decision", "target", "aim",
];

/// "deferred by a quarter — too much change in January", "because the deadline is
/// 26.5.27": the date is told inside the reason, after "because" or after a dash that opens
/// no timing, with words of the reason before it; its time belongs to the reason.
pub fn in_reason(toks: &[Token], d: &DateMention, verdict_at: Option<usize>) -> bool {
    let s = clause_start(toks, d.start);
    let words_before = (s..d.start).filter(|&k| toks[k].is_word()).count();
    let because = (s..d.start).any(|k| {
        matches!(toks[k].lower.as_str(), "because" | "cos" | "coz" | "bc")
            || toks[k].is("due") && toks.get(k + 1).is_some_and(|t| t.is("to"))
    });
    if because {
        return true;
    }
    let dash = s > 0 && matches!(toks[s - 1].lower.as_str(), "—" | "–" | "-");
    let after_verdict = verdict_at.is_some_and(|v| v < s);
    let owner = (s..clause_end(toks, d.end)).any(|k| toks[k].is("@"));
    dash && after_verdict
        && !owner
        && words_before >= 3
        && toks
            .get(s)
            .is_some_and(|t| t.is_word() && !TIMING.contains(&t.lower.as_str()))
        && !super::clauses::opens_look_again(toks, s)
}

/// A time of day at `j`: "10:00", "17:30", "10am", "3p", "2 pm", "at 9".
fn clock_at(toks: &[Token], j: usize) -> bool {
    let at = |k: usize| toks.get(k);
    let j = if at(j).is_some_and(|t| t.is("at") || t.is_sym("@")) {
        j + 1
    } else {
        j
    };
    let Some(h) = at(j).filter(|t| t.kind == TokKind::Num && t.lower.len() <= 2) else {
        return false;
    };
    if h.lower.parse::<u32>().map_or(true, |n| n > 24) {
        return false;
    }
    let minutes = at(j + 1).is_some_and(|t| t.is_clock_colon())
        && at(j + 2).is_some_and(|t| t.kind == TokKind::Num && t.attached && t.lower.len() == 2);
    let meridiem = at(j + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "am" | "pm" | "a" | "p" | "h" | "hrs" | "a.m" | "p.m"
        ) && (t.attached || t.lower.len() == 2)
    });
    minutes || meridiem
}

/// Words that tell what happened: said with one, a weekday and its time are past.
pub(super) fn past_told(t: &Token) -> bool {
    let w = t.lower.as_str();
    matches!(
        w,
        "met"
            | "had"
            | "was"
            | "were"
            | "went"
            | "did"
            | "spoke"
            | "took"
            | "came"
            | "saw"
            | "got"
            | "gave"
            | "told"
            | "held"
            | "ran"
            | "sat"
            | "said"
            | "agreed"
            | "showed"
    ) || w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "booked"
                | "scheduled"
                | "planned"
                | "arranged"
                | "confirmed"
                | "needed"
                | "moved"
                | "pencilled"
                | "penciled"
        )
}

/// "ATS demo w/ vendor thu 10:00", "Tues 3p call w/ the vendor": a bare weekday with its
/// time of day, in a clause that tells nothing done, is a meeting still to come.
pub fn meeting_ahead(toks: &[Token], d: &DateMention) -> bool {
    if d.end != d.start + 1 || weekday(&toks[d.start].lower).is_none() || !clock_at(toks, d.end) {
        return false;
    }
    let s = clause_start(toks, d.start);
    // The clause after the time, up to its own break ("Tues 3p call w/ the vendor,").
    let after = d.end + 3;
    let e = clause_end(toks, after.min(toks.len()));
    !(s..e.max(d.end)).any(|k| past_told(&toks[k]))
}

/// "parallel run in January, nothing to decide", "the gearbox goes into the top station in
/// January", "sticking with it, 12 more trucks in Q1": a month or a quarter alone, just ahead (within a quarter) and more than half a year back
/// the other way, in a clause that tells nothing done, is a plan, not when anything
/// happened.
pub fn month_planned(toks: &[Token], d: &DateMention, today: NaiveDate) -> bool {
    // "so we keep the January install slot": the month said with "the" before it.
    let at = d.start + usize::from(toks[d.start].is("the"));
    // "12 more bikes in Q1": a quarter alone reads as a month does.
    let quarter = matches!(toks[at].lower.as_str(), "q1" | "q2" | "q3" | "q4");
    if d.end != at + 1 || month(&toks[at].lower).is_none() && !quarter {
        return false;
    }
    let ahead = (d.future - today).num_days();
    let back = (today - d.past).num_days();
    if !(0..=92).contains(&ahead) || back < 180 {
        return false;
    }
    let s = clause_start(toks, d.start);
    let e = clause_end(toks, d.end);
    !(s..e).any(|k| past_told(&toks[k]) || toks[k].is("last"))
}

/// "since we went live in August", "live since 20/11", "went live 11/2 and cut …": the date
/// is when a thing went live, the start a change is counted from, not when the benefit was
/// counted. Money saved since then ("€140k saved … since we went live in June") is counted
/// from that date, which is the benefit's.
pub fn went_live_at(toks: &[Token], d: &DateMention) -> bool {
    let sentence = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym(".") || t.is_sym(";") || t.is_sym("\n"))
        .map_or(0, |p| p + 1);
    if toks[sentence..d.start].iter().any(|t| t.is("saved")) {
        return false;
    }
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(4));
    (s..d.start).any(|k| {
        let prev = if k > 0 {
            toks[k - 1].lower.as_str()
        } else {
            ""
        };
        matches!(toks[k].lower.as_str(), "go-live" | "golive")
            || toks[k].is("live")
                && matches!(
                    prev,
                    "went" | "gone" | "go" | "going" | "been" | "is" | "are" | "was" | "-"
                )
            // "Ticketing kiosks live since 20/11": said of the thing, with no verb.
            || toks[k].is("live") && toks.get(k + 1).is_some_and(|t| t.is("since"))
    })
}

/// "We'll review uptake mid-Feb", "and we review the benefits after year end in
/// September": we say when we look at it again, so the date in that clause is the
/// look-again date.
pub fn review_said(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    // "will look at the rest again in June", "we'll look at the add-on again in Feb".
    let look_again = (s..d.start).any(|k| {
        toks[k].is("look")
            && toks[k + 1..d.start]
                .iter()
                .take(6)
                .take_while(|t| t.is_word())
                .any(|t| t.is("again"))
    });
    look_again
        || (s..d.start).any(|k| {
            let prev = if k > s {
                toks[k - 1].lower.as_str()
            } else {
                ""
            };
            // "let's revisit after the year-end audit in February", "let's pick it up after
            // year-end close in January": the clause's last date, said with "let's".
            let lets_again = prev == "let's"
                && (toks[k].is("revisit")
                    || toks[k].is("pick")
                        && toks.get(k + 1).is_some_and(|t| t.is("it"))
                        && toks.get(k + 2).is_some_and(|t| t.is("up")));
            lets_again
                || matches!(toks[k].lower.as_str(), "review" | "reassess" | "re-review")
                    && matches!(prev, "we'll" | "we" | "let's" | "will" | "shall")
                    && (prev != "will" && prev != "shall" || k >= s + 2 && toks[k - 2].is("we"))
        })
}

/// "the old one is end of support in June", "the licence expires in March", "the old box
/// dies in Feb": the date is when the old thing runs out, a reason for a proposal (or news
/// in a note), not when the new one starts or the note's day.
pub fn runs_out_at(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(6));
    (s..d.start).any(|k| {
        let w = toks[k].lower.as_str();
        matches!(
            w,
            "expires" | "expire" | "expiring" | "expiry" | "lapses" | "eol" | "ends" | "ending"
                // "the old Micros box dies in Feb".
                | "dies" | "dying"
        ) || w == "support" && k >= 2 && toks[k - 1].is("of")
            || w == "out"
                && toks.get(k + 1).is_some_and(|t| t.is("of") || t.is("in"))
                && k > 0
                && toks[k - 1].is("runs")
    })
}

/// "could sell 300 vouchers at Christmas", "we'd be selling passes by Easter": when things
/// might be sold is what the proposal might earn then, not when it starts.
pub fn sold_then(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    (s..d.start).any(|k| {
        matches!(
            toks[k].lower.as_str(),
            "sell" | "sells" | "selling" | "sold" | "resell" | "resold"
        )
    })
}

/// "… the 12 extra pupils we turned away in September": a time in a clause told as done
/// (a past verb before it), what happened then, no start of what is proposed.
pub fn told_as_done(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    (s..d.start).any(|k| past_told(&toks[k]))
}

/// "Kim out Fri", "Rhys off Monday, back Tuesday", "Ann and Rob from Fleet are off
/// Friday": someone away on a day, no date of the record.
pub fn away_on(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let someone = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.capital && !t.caps)
    };
    let back = word(d.start.wrapping_sub(1)) == "back"
        && matches!(word(d.start.wrapping_sub(2)), ",")
        && matches!(word(d.start.wrapping_sub(4)), "out" | "off" | "away");
    // "Priya and Will from Tech are off Friday": people said before "are off".
    let people_off = d.start >= 3
        && matches!(word(d.start - 1), "off" | "away")
        && matches!(word(d.start - 2), "are" | "is" | "'re")
        && (clause_start(toks, d.start)..d.start - 2).any(someone);
    d.start >= 2
        && (matches!(word(d.start - 1), "out" | "off" | "away") && someone(d.start - 2)
            || back
            || people_off)
}

/// "carries on over Christmas as planned", "works to be done over the Easter holidays",
/// "during half-term": a holiday or term said as the time work is done over, not when
/// anything was decided.
pub fn worked_over(toks: &[Token], d: &DateMention) -> bool {
    let k = if d.start > 0 && toks[d.start - 1].is("the") {
        d.start - 1
    } else {
        d.start
    };
    let over = k > 0 && matches!(toks[k - 1].lower.as_str(), "over" | "during" | "throughout");
    over && !toks[d.start..d.end].iter().any(|t| t.kind == TokKind::Num)
}

/// "they've spent £90k of the £150k we gave them in March", "the budget that we agreed in
/// June": the date ends a clause telling the history of a thing named just before it (a
/// figure or a noun, then who did what to it), not when the record's verdict was taken.
pub fn in_history_of_a_thing(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(6));
    (s.max(1)..d.start.saturating_sub(1)).any(|k| {
        let who = matches!(toks[k].lower.as_str(), "we" | "they");
        let did = {
            let w = toks[k + 1].lower.as_str();
            w.len() > 3 && w.ends_with("ed")
                || matches!(
                    w,
                    "gave" | "paid" | "spent" | "put" | "set" | "got" | "signed"
                )
        };
        let prev = &toks[k - 1];
        let thing = prev.kind == TokKind::Num
            || prev.is("that") && k >= 2 && toks[k - 2].kind == TokKind::Num
            || prev.is_word()
                && !matches!(
                    prev.lower.as_str(),
                    "and"
                        | "but"
                        | "so"
                        | "as"
                        | "because"
                        | "since"
                        | "when"
                        | "if"
                        | "then"
                        | "which"
                        | "that"
                        | "now"
                        | "today"
                        | "yesterday"
                );
        who && did && thing
    })
}

/// "Mike wants to buy out the second truck for $245k at the end of Q1", "they plan to
/// switch in March": the date is when someone wants to do a thing still to come, not when
/// anything happened or was decided.
pub fn wanted_then(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(14));
    (s + 1..d.start).any(|k| {
        toks[k].is("to")
            && matches!(
                toks[k - 1].lower.as_str(),
                "wants" | "want" | "wanted" | "plans" | "plan" | "planning" | "hopes" | "hoping"
            )
    }) && !(s..d.end).any(|k| past_told(&toks[k]))
}

/// "$250K for crane sensors before the Main St tower goes up in April", "wants it in before
/// the fair in July": the date is when the event the work must be ready for happens, not
/// when the new work starts.
pub fn event_it_must_precede(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start).max(d.start.saturating_sub(10));
    (s..d.start.saturating_sub(2)).any(|k| toks[k].is("before") && toks[k + 1].is("the"))
}

/// "the contractor back on site the 20th to finish the pipework", "coming Tuesday to fit the
/// readers": a day followed by what will be done on it, in a clause that tells nothing done,
/// is a visit still to come, not when anything happened.
pub fn purpose_ahead(toks: &[Token], d: &DateMention) -> bool {
    let to = toks.get(d.end).is_some_and(|t| t.is("to"));
    let verb = toks.get(d.end + 1).is_some_and(|t| {
        t.is_word()
            && month(&t.lower).is_none()
            && weekday(&t.lower).is_none()
            && !matches!(t.lower.as_str(), "the" | "a" | "an" | "be" | "date")
    });
    if !to || !verb {
        return false;
    }
    let s = clause_start(toks, d.start);
    !(s..d.start).any(|k| past_told(&toks[k]) || toks[k].is("last"))
}

/// "• HVAC stays parked\n• Christmas party is the 18th": a date on a later line than the
/// verdict, on a line that says nothing of looking again, belongs to that line's own item,
/// not to the verdict as its look-again date.
pub fn on_another_item(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    if verdict_at >= d.start || !toks[verdict_at..d.start].iter().any(|t| t.is_sym("\n")) {
        return false;
    }
    let line = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |p| p + 1);
    let end = toks[d.start..]
        .iter()
        .position(|t| t.is_sym("\n"))
        .map_or(toks.len(), |p| p + d.start);
    !toks[line..end].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "revisit"
                | "review"
                | "again"
                | "look"
                | "until"
                | "till"
                | "til"
                | "hold"
                | "parked"
                | "park"
                | "deferred"
                | "defer"
                | "paused"
                | "pushed"
                | "back"
        )
    })
}

/// "Lincs budget for next year signed off", "the 2027 budget approved", "next year's capex":
/// the date is the period the money is for, not when it was decided. A day is no such
/// period ("today's capex review" is when the meeting was).
pub fn budget_period(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let period = toks[d.start..d.end].iter().any(|t| {
        let w = t.lower.trim_end_matches("'s");
        matches!(w, "year" | "quarter" | "fy" | "q1" | "q2" | "q3" | "q4")
            || w.starts_with("fy")
            || t.kind == TokKind::Num && w.len() == 4
            || month(w).is_some()
    });
    if !period {
        return false;
    }
    let budget = |w: &str| matches!(w, "budget" | "budgets" | "capex" | "opex" | "funding");
    let before = d.start >= 2 && word(d.start - 1) == "for" && budget(word(d.start - 2));
    let after = budget(word(d.end)) || word(d.end) == "'s" && budget(word(d.end + 1));
    before || after
}

/// "@jean can you have a look the day?", "pls can you send it today": a date in a request
/// put to someone is when it is wanted, not when the note happened.
pub fn asked_of_someone(toks: &[Token], d: &DateMention) -> bool {
    let mut k = clause_start(toks, d.start);
    // The handles the request is put to ("@jean", "@jean @iain").
    while toks.get(k).is_some_and(|t| t.is("@")) {
        k += 2;
    }
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let k = k + usize::from(matches!(word(k), "pls" | "please" | "plz"));
    k < d.start
        && matches!(word(k), "can" | "could" | "would" | "cud" | "will")
        && matches!(word(k + 1), "you" | "u" | "ye" | "someone" | "somebody")
}

/// "scanned 1.2m pages in November", "3 pts lower in November": in a note, a month said
/// after "in" closing a clause that counts something is the period it was counted in, not
/// when the note's news happened ("we ran it in parallel in January" tells when).
/// So is "last week" or "last month" closing such a clause ("had 3 outages last week").
pub fn counted_in_a_month(toks: &[Token], d: &DateMention) -> bool {
    let in_month = d.end == d.start + 1
        && d.start > 0
        && toks[d.start - 1].is("in")
        && month(&toks[d.start].lower).is_some();
    let last_period = d.end == d.start + 2
        && toks[d.start].is("last")
        && matches!(toks[d.start + 1].lower.as_str(), "week" | "month");
    (in_month || last_period)
        && (clause_start(toks, d.start)..d.start).any(|k| {
            // "zero vandalism in Oct": a count in words counts as one in figures.
            toks[k].kind == TokKind::Num
                || crate::reader::money_words::a_count_in_words(&toks[k].lower)
        })
}
