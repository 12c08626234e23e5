//! Dates written out: a month by name ("Feb 2027", "March 31", "Dec. 4"), dotted and
//! numeric forms ("2027-03-31", "31/03/2027", "24/11", "31st of March", "the 20th").

use super::*;
use std::ops::ControlFlow::{Break, Continue};

/// At `i`, a month by name: "February", "Feb 2027", "March 31"; "may" and "march" only
/// with a number or a preposition near.
pub(super) fn month_named(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    match month(w) {
        Some(m) => Break(month_date(toks, i, today, m)),
        None => Continue(()),
    }
}

fn month_date(toks: &[Token], i: usize, today: NaiveDate, m: u32) -> Found {
    let w = lower(toks, i);
    // "may" and "march" are also words; they need a number or a preposition nearby.
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    let prepositioned = matches!(
        prev,
        "in" | "of"
            | "by"
            | "till"
            | "until"
            | "since"
            | "from"
            | "to"
            | "for"
            | "end"
            | "during"
            | "at"
            // "…, maybe March": a guess at when ("likely March", "probably April").
            | "maybe"
            | "likely"
            | "probably"
            | "prob"
            | "perhaps"
            | "possibly"
            | "hopefully"
            // "revisit march", "on hold til may", "next march": a word of looking again,
            // of waiting or of time before the month.
            | "revisit"
            | "revisiting"
            | "til"
            | "'til"
            | "next"
            | "last"
            | "mid"
    ) || (prev == "the"
        && i >= 2
        && matches!(
            lower(toks, i - 2),
            "to" | "till" | "until" | "by" | "for" | "at" | "after"
        ));
    // "Dec. 4": the abbreviation's dot before the day.
    let dot = usize::from(
        toks.get(i + 1).is_some_and(|t| t.is_sym(".") && t.attached)
            && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num),
    );
    let mut used = 1;
    let mut day = None;
    let mut year = None;
    if let Some(n) = num(toks.get(i + 1 + dot)) {
        if (1..=31).contains(&n) {
            day = Some(n);
            used = 2 + dot;
            if lower(toks, i + used).len() == 2 && toks.get(i + used).is_some_and(|t| t.attached) {
                used += 1;
            }
        } else if n >= 2000 {
            year = Some(n as i32);
            used = 2;
        }
    }
    if day.is_some() {
        if let Some(y) = num(toks.get(i + used)).filter(|y| *y >= 2000) {
            year = Some(y as i32);
            used += 1;
        }
    }
    if !prepositioned && day.is_none() && year.is_none() && matches!(w, "may" | "march" | "mar") {
        return None;
    }
    // "Kuya Jun from Dispatch", "Ate May", "Sir Jun" (round S47): a month's name after a
    // term of address is someone's name.
    if day.is_none()
        && matches!(
            prev,
            "kuya"
                | "ate"
                | "tito"
                | "tita"
                | "manong"
                | "manang"
                | "sir"
                | "ma'am"
                | "mr"
                | "mrs"
                | "ms"
                | "miss"
                | "uncle"
                | "auntie"
                | "aunty"
                | "lola"
                | "lolo"
        )
    {
        return None;
    }
    month_dates(today, m, day, year).map(|(p, f)| (p, f, used))
}

/// At `i`, a dotted or numeric date, or a day of the month ("the 20th", "by 20th"); the
/// last look, so whatever it does not take is no date.
pub(super) fn numeric(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    Break(numeric_date(toks, i, today, cal))
}

fn numeric_date(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Found {
    if let Some(found) = dotted(toks, i, today) {
        return Some(found);
    }
    // "Min 3/12/26:": a minute's number as East African minutes write it (its number, then
    // the month and year), no date (round S53); "Board minute 26/11" is the meeting's day.
    if i > 0
        && lower(toks, i - 1) == "min"
        && lower(toks, i + 1) == "/"
        && lower(toks, i + 3) == "/"
    {
        return None;
    }
    // Numbers: ISO, d/m/y, "31 March", "31st of March"
    if let Some(a) = num(toks.get(i)) {
        let sep = lower(toks, i + 1);
        // "9. December." is a day and a month's name, not a dotted date (round S53).
        let dot_then_month = sep == "." && month(lower(toks, i + 2)).is_some();
        if matches!(sep, "-" | "/" | ".") && lower(toks, i + 3) == sep && !dot_then_month {
            let b = num(toks.get(i + 2))?;
            let c = num(toks.get(i + 4))?;
            let d = if toks[i].lower.len() == 4 {
                ymd(a as i32, b, c)
            } else if cal.day_first {
                ymd(year_of(c), b, a)
            } else {
                ymd(year_of(c), a, b)
            }?;
            return same(d, 5);
        }
        // "24/11": day and month, the year from context; "24/7" is round the clock, "4/4
        // red oak" a thickness (round D46).
        let not_a_day = a == 24 && lower(toks, i + 2) == "7" || fractions::fraction_at(toks, i);
        if sep == "/" && toks[i].lower.len() <= 2 && !not_a_day {
            if let Some(b) = num(toks.get(i + 2)).filter(|_| toks[i + 2].lower.len() <= 2) {
                let (day, m) = if cal.day_first { (a, b) } else { (b, a) };
                if (1..=12).contains(&m) {
                    // "see you at the 9/12 board" said on 27/11: a day and month within the
                    // coming quarter is that one, not the same day nearly a year ago.
                    return month_dates(today, m, Some(day), None).map(|(p, f)| {
                        let soon = (f - today).num_days() <= 92;
                        (if soon { f } else { p }, f, 3)
                    });
                }
            }
        }
        let mut j = i + 1;
        let ordinal = matches!(lower(toks, j), "st" | "nd" | "rd" | "th")
            && toks.get(j).is_some_and(|t| t.attached);
        if ordinal {
            j += 1;
        }
        // "Wednesday 9. December", "before 1. February": the day's number with the dot
        // Danish, Faroese, German and Nordic writers put after it, before a month's name
        // (round S53).
        if !ordinal
            && toks[i].lower.len() <= 2
            && lower(toks, j) == "."
            && toks.get(j).is_some_and(|t| t.attached)
            && month(lower(toks, j + 1)).is_some()
        {
            j += 1;
        }
        if lower(toks, j) == "of" {
            j += 1;
        }
        if let Some(m) = month(lower(toks, j)) {
            if !(1..=31).contains(&a) {
                return None;
            }
            let mut used = j + 1 - i;
            let mut year = None;
            if let Some(y) = num(toks.get(j + 1)).filter(|y| *y >= 2000) {
                year = Some(y as i32);
                used += 1;
            }
            // "CBK meeting on 9th Dec" said on 2 Dec: as "9/12" is, a day and month within
            // the coming quarter is that one, not the same day nearly a year ago.
            return month_dates(today, m, Some(a), year).map(|(p, f)| {
                let soon = year.is_none() && (f - today).num_days() <= 92;
                (if soon { f } else { p }, f, used)
            });
        }
        // "the 20th", "by 20th", "this 15th": a day of this month or the next (or the last,
        // looking back). "Fri 11th": the weekday before it says it is a day too (the caller
        // picks the reading that falls on that weekday).
        let after_the_or_cue = i > 0
            && (matches!(
                lower(toks, i - 1),
                "the" | "this" | "by" | "on" | "due" | "before" | "until" | "till"
            ) || weekday_at(toks, i - 1).is_some());
        // "the 3rd kiln", "the 2nd phase": an ordinal before its noun counts, it dates nothing
        // ("the rest by the 18th hopefully" is a day, the hope said after it).
        let a_noun_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !matches!(
                        t.lower.as_str(),
                        "at" | "for"
                            | "and"
                            | "or"
                            | "is"
                            | "was"
                            | "will"
                            | "then"
                            | "so"
                            | "please"
                            | "pls"
                            | "latest"
                            | "hopefully"
                            | "hopefuly"
                            | "ideally"
                            | "probably"
                            | "when"
                            | "we"
                            | "i"
                            | "with"
                            | "to"
                            | "in"
                            | "on"
                            | "by"
                            | "from"
                            | "until"
                            | "till"
                            | "as"
                            | "if"
                            | "but"
                            | "this"
                            | "next"
                            | "meeting"
                            | "board"
                            | "mtg"
                            | "deadline"
                            // "rest by the 18th maybe": a hedge on the day, no noun.
                            | "maybe"
                            | "though"
                            | "tho"
                    )
                    && month(&t.lower).is_none()
                    && weekday(&t.lower).is_none()
            })
        };
        // "the 2nd and 3rd drops" (round S62): two ordinals joined before their noun count
        // too ("the 10th and 11th of December", "the 10th and 11th please" are days).
        let joined_before_noun = || {
            matches!(lower(toks, i + 2), "and" | "or" | "&")
                && toks.get(i + 3).is_some_and(|t| t.kind == TokKind::Num)
                && matches!(lower(toks, i + 4), "st" | "nd" | "rd" | "th")
                && lower(toks, i + 5) != "of"
                && a_noun_at(i + 5)
        };
        let before_noun = i > 0
            && matches!(lower(toks, i - 1), "the" | "this")
            && (a_noun_at(i + 2) || joined_before_noun());
        if ordinal && after_the_or_cue && !before_noun && (1..=31).contains(&a) {
            return day_of_month_dates(today, a).map(|(p, f)| (p, f, 2));
        }
        // "before tgl 15": Indonesian "tanggal" (the date) before a day of the month.
        let tanggal = i > 0 && matches!(lower(toks, i - 1), "tgl" | "tanggal");
        if tanggal && !ordinal && j == i + 1 && (1..=31).contains(&a) {
            return day_of_month_dates(today, a).map(|(p, f)| (p, f, 1));
        }
        // "until day 11", "by day 4": a day of the month as Portuguese and Spanish writers
        // say it ("até dia 11"), not a day counted ("day 11 of the trial").
        let day_said = i > 1
            && lower(toks, i - 1) == "day"
            && matches!(
                lower(toks, i - 2),
                "until" | "till" | "by" | "before" | "on"
            );
        if day_said && !ordinal && j == i + 1 && lower(toks, j) != "of" && (1..=31).contains(&a) {
            return day_of_month_dates(today, a).map(|(p, f)| (p, f, 1));
        }
    }
    None
}
