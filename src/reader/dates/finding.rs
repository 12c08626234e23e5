//! Finding every date in a message and what each is for.

use super::*;

pub fn find_dates(toks: &[Token], today: NaiveDate, day_first: bool) -> Vec<DateMention> {
    find_dates_in(toks, today, Calendar::new(day_first))
}

/// "went down again", "crashed again", "the scanners failed again": "again" at `again`
/// after a verb told in the past (or "down" / "out" / "up" after one: "froze up again"), news of a thing that
/// happened once more.
pub(super) fn happened_again(toks: &[Token], again: usize) -> bool {
    let word = |k: usize| {
        if again >= k {
            lower(toks, again - k)
        } else {
            ""
        }
    };
    let past = |w: &str| {
        w.len() > 3 && w.ends_with("ed")
            || matches!(
                w,
                "went" | "fell" | "broke" | "froze" | "was" | "were" | "died"
            )
    };
    past(word(1)) || matches!(word(1), "down" | "out" | "over" | "off" | "up") && past(word(2))
}

/// "11 more roles filled than October", "up 12% vs last March", "up 18% on last December": a
/// time set against another as the base of a comparison, no date of the record; not "no later than Friday"
/// (a deadline).
pub(super) fn compared_with(toks: &[Token], i: usize) -> bool {
    let prev = |k: usize| if i >= k { lower(toks, i - k) } else { "" };
    match prev(1) {
        "than" => !matches!(prev(2), "later" | "sooner" | "earlier" | "before" | "after"),
        "vs" | "versus" => true,
        // "up 18% on last December": a change in per cent set against the month ("following
        // up on Tuesday's exec", "catch-up on Thursday" are no comparison).
        "on" => prev(2) == "%",
        "last" => prev(2) == "on" && prev(3) == "%",
        _ => false,
    }
}

/// The date mentions of `toks`, read in the tenant's calendar.
/// "the Monday after" at `i`, ending its clause: the first such weekday after the date
/// `prev` said before it, with that mention's cue read afresh.
pub(super) fn weekday_after(toks: &[Token], i: usize, prev: &DateMention) -> Option<DateMention> {
    if !toks[i].is("the") || lower(toks, i + 2) != "after" {
        return None;
    }
    let day = weekday(lower(toks, i + 1))?;
    let ends = toks.get(i + 3).is_none_or(|t| t.is_break());
    ends.then(|| {
        let future = next_after(prev.future, day);
        DateMention {
            past: next_after(prev.past, day),
            future,
            start: i,
            end: i + 3,
            cue: cue_before(toks, i),
        }
    })
}

/// "the OCT scanners", "the extra 3 OCT licences": a month's short name written in
/// capitals as the date's last word, with a word in small letters straight after, is an
/// acronym naming a thing (optical coherence tomography), not a month ("DUE OCT 5", "LIVE
/// IN OCT", "Oct scanners budget" stay dates or are left to the other rules).
fn acronym_before_noun(toks: &[Token], i: usize, used: usize) -> bool {
    let last = &toks[i + used - 1];
    last.caps
        && last.lower.len() == 3
        && month(&last.lower).is_some()
        && toks.get(i + used).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.capital
                && !t.caps
                && t.lower.len() > 3
                && !matches!(
                    t.lower.as_str(),
                    "onwards" | "onward" | "through" | "until" | "before" | "after"
                )
        })
}

pub fn find_dates_in(toks: &[Token], today: NaiveDate, cal: Calendar) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Only tokens that can start a date are tried, so this stays one pass. "tonight"
        // and "tonight's" are not: no date to record (convention 25).
        let t = &toks[i];
        let candidate = t.kind == TokKind::Num
            || matches!(
                t.lower.as_str(),
                "today"
                    | "today's"
                    | "tonite"
                    | "tonite's"
                    | "yesterday's"
                    | "tomorrow's"
                    | "mid"
                    | "yesterday"
                    | "tomorrow"
                    | "end"
                    | "month"
                    | "year"
                    | "quarter"
                    | "next"
                    | "this"
                    | "last"
                    | "coming"
                    | "in"
                    | "within"
                    | "the"
                    | "eom"
                    | "cob"
                    | "eod"
                    | "new"
                    | "eow"
                    | "eoq"
                    | "eoy"
                    | "eofy"
                    | "tmrw"
                    | "tmr"
                    | "nxt"
                    | "yday"
                    | "yday's"
                    | "yest"
                    | "ystrdy"
                    | "ystrday"
                    | "yesterdy"
                    | "xmas"
                    | "christmas"
                    | "chrimbo"
                    | "hogmanay"
                    | "boxing"
                    | "easter"
                    | "mardi"
            )
            || weekday_at(toks, i).is_some()
            || month(&t.lower).is_some()
            || (t.lower.len() == 2 && t.lower.starts_with('q'))
            || matches!(t.lower.as_str(), "wk" | "week" | "h1" | "h2" | "for")
            // "a fortnight from now", "two weeks from today".
            || lower(toks, i + 2) == "from"
                && matches!(
                    lower(toks, i + 1),
                    "fortnight" | "week" | "weeks" | "day" | "days"
                )
            || fiscal_year(&t.lower).is_some()
            || (t.lower.starts_with("wk") && t.lower[2..].bytes().all(|b| b.is_ascii_digit()));
        // "tender closes Fri 4/12, @dan to circulate the shortlist the Monday after": that
        // weekday after the date said before it.
        if let Some(m) = out.last().and_then(|prev| {
            weekday_after(toks, i, prev).or_else(|| super::same_day::same_day_as(toks, i, prev))
        }) {
            out.push(m);
            i = m.end;
            continue;
        }
        // "@jun", "@may": a handle that spells a month or a day is a person.
        let handle = i > 0 && t.attached && toks[i - 1].is_sym("@");
        if candidate && !handle && !compared_with(toks, i) {
            if let Some((past, future, used)) =
                date_at(toks, i, today, cal).filter(|&(_, _, used)| {
                    !names_a_thing(toks, i, used) && !acronym_before_noun(toks, i, used)
                })
            {
                // "COB Tuesday: …", "EOD Fri": close of business is a deadline, wherever
                // it is said.
                let cue = if matches!(t.lower.as_str(), "cob" | "eod") {
                    Cue::By
                } else if milestone_after(toks, i + used) {
                    Cue::Milestone
                } else {
                    cue_before(toks, i)
                };
                // "cancelled as of 1 Dec", "effective 1 Nov": when a change takes effect is
                // the reading nearest today, before or after it.
                let effective = i >= 1 && lower(toks, i - 1) == "effective"
                    || i >= 2 && lower(toks, i - 2) == "as" && lower(toks, i - 1) == "of";
                // "hold off til after 30 June": waiting till after a day is till the next.
                let (past, future) = if waits_till_after_a_day(toks, i, used) {
                    (
                        past.succ_opt().unwrap_or(past),
                        future.succ_opt().unwrap_or(future),
                    )
                } else {
                    (past, future)
                };
                let (past, future) = if effective {
                    let near = if (today - past).num_days() <= (future - today).num_days() {
                        past
                    } else {
                        future
                    };
                    (near, near)
                } else if next_meeting_before(toks, i) {
                    (future, future)
                } else {
                    (past, future)
                };
                out.push(DateMention {
                    past,
                    future,
                    start: i,
                    end: i + used,
                    cue,
                });
                i += used;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Which reading of a date a field wants: when something happened, or when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looking {
    /// A meeting, a decision, a benefit: "Friday" is the most recent Friday.
    Back,
    /// A due date, a review, a start: "Friday" is the coming Friday.
    Ahead,
}

/// Reads a whole phrase as one date, as typed in a command (`Friday`, `next Tuesday`, `EOM`,
/// `Q3`, `in 2 weeks`, `the 20th`, `31/01/2027`, `2027-01-31`): the same words the
/// plain-words reader understands, so a command and a message never disagree. `None` when
/// the phrase is not exactly one date.
pub fn read_date(
    text: &str,
    today: NaiveDate,
    day_first: bool,
    looking: Looking,
) -> Option<NaiveDate> {
    read_date_in(text, today, Calendar::new(day_first), looking)
}

/// [`read_date`] in the tenant's calendar (its week's last working day for "end of week").
pub fn read_date_in(
    text: &str,
    today: NaiveDate,
    cal: Calendar,
    looking: Looking,
) -> Option<NaiveDate> {
    let toks = crate::reader::tokens::tokenize(text.trim().trim_end_matches([',', '.', ';']));
    if toks.is_empty() {
        return None;
    }
    let (past, future, used) = date_at(&toks, 0, today, cal)?;
    if used != toks.len() {
        return None;
    }
    let date = match looking {
        Looking::Back => past,
        Looking::Ahead => future,
    };
    (1900..=2200).contains(&date.year()).then_some(date)
}

/// "hold off til after 30 June", "until after the 14th": at `i`, a date of `used` tokens
/// with its day of the month said, after "till after" or "until after".
fn waits_till_after_a_day(toks: &[Token], i: usize, used: usize) -> bool {
    let at = i - usize::from(i > 0 && lower(toks, i - 1) == "the");
    at >= 2
        && lower(toks, at - 1) == "after"
        && matches!(lower(toks, at - 2), "till" | "until" | "til" | "'til")
        && toks[i..i + used].iter().any(|t| {
            t.kind == TokKind::Num && t.lower.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        })
}
