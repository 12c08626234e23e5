//! Dates of things still to come: a meeting or a visit ahead ("demo w/ vendor thu 10:00"),
//! a plan, a look again, what might be sold then, what someone wants to do then, the event
//! the work must be ready for, and when a request is wanted.

use super::*;

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
    // "12 more bikes in Q1": a quarter alone reads as a month does; so does a holiday
    // ("it can go in over Christmas", round D45).
    let quarter = matches!(
        toks[at].lower.as_str(),
        "q1" | "q2" | "q3" | "q4" | "christmas" | "xmas" | "chrimbo" | "easter"
    );
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
