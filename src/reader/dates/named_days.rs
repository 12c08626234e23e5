//! Days named by a word: today, yesterday, tomorrow, "mid-Jan", chat's EOD / EOM / EOW,
//! and the holidays (Christmas, Hogmanay, Boxing Day, Easter, Mardi Gras).

use super::*;
use std::ops::ControlFlow::{Break, Continue};

/// At `i`, a day named by a word ("yesterday", "EOD tmrw", "after Easter", "the 20th").
pub(super) fn named_day(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    let w = lower(toks, i);
    let found = match w {
        // "at today's prices", "in today's money": what money is counted in, no date
        // (round D45).
        "today's"
            if matches!(
                lower(toks, i + 1),
                "prices" | "price" | "rates" | "rate" | "money" | "values" | "value" | "terms"
            ) =>
        {
            return Break(None);
        }
        // "Today everything is in one room; if that room goes, …" (round B66): "today"
        // opening a sentence on how things stand now says "these days", no day.
        "today" if these_days(toks, i) => return Break(None),
        // Chat's "nite" is the night ("tonite", "last nite", round D45).
        "today" | "tonight" | "today's" | "tonight's" | "tonite" | "tonite's" => same(today, 1),
        "yesterday" | "yesterday's" | "yday" | "yday's" | "yest" | "ystrdy" | "ystrday"
        | "yesterdy" => today.pred_opt().and_then(|d| same(d, 1)),
        "tomorrow" | "tmrw" | "tmr" | "tomorrow's" => today.succ_opt().and_then(|d| same(d, 1)),
        "last" if matches!(lower(toks, i + 1), "night" | "night's" | "nite" | "evening") => {
            today.pred_opt().and_then(|d| same(d, 2))
        }
        // "mid-Jan", "mid March": the month's 15th.
        "mid" => mid_month(toks, i, today),
        // Chat shorthand for "end of month / week / quarter / year".
        "eom" => month_end(today.year(), today.month()).and_then(|d| same(d, 1)),
        // Close of business, end of day: today, or the day named after it ("EOD tmrw").
        "cob" | "eod" => match date_at(toks, i + 1, today, cal) {
            Some((past, future, used)) if !lower(toks, i + 1).is_empty() => {
                Some((past, future, used + 1))
            }
            _ => same(today, 1),
        },
        "eow" => same(next_on_or_after(today, cal.week_ends), 1),
        "eoq" => month_end(today.year(), (today.month0() / 3 + 1) * 3).and_then(|d| same(d, 1)),
        "eoy" => ymd(today.year(), 12, 31).and_then(|d| same(d, 1)),
        // End of the financial year: its last day; "after EOFY" the next one's first.
        "eofy" => end_of_financial_year(toks, i, today, cal),
        // Christmas Day; "before Xmas" is by Christmas Eve, the last day before it, and
        // "after Christmas" is Boxing Day, the first after it (as "after Easter" is Easter
        // Monday).
        // "Christmas Eve" is the 24th.
        "xmas" | "christmas" | "chrimbo" => christmas(toks, i, today),
        // Hogmanay, the Scots New Year's Eve: "by Hogmanay" is the 31st, "before Hogmanay"
        // the 30th and "after Hogmanay" New Year's Day, as Christmas reads above.
        "hogmanay" => hogmanay(toks, i, today),
        "boxing" if lower(toks, i + 1) == "day" => boxing_day(toks, i, today),
        // Easter Sunday; "after Easter" is Easter Monday, the first day after it.
        "easter" => easter(toks, i, today),
        // Mardi Gras, 47 days before Easter; "after Mardi Gras" is Ash Wednesday, the first
        // day after it.
        "mardi" if lower(toks, i + 1) == "gras" => mardi_gras(toks, i, today),
        // "sort it the day?": Scots for today.
        "the" if spoken_days::the_day_for_today(toks, i) => same(today, 2),
        // "held till after the first of the year" (round S49): the coming New Year's Day,
        // as American writers say it.
        "the"
            if words_from(toks, i + 1) == ["first", "of", "the", "year"] && today.ordinal() > 1 =>
        {
            ymd(today.year() + 1, 1, 1).and_then(|d| same(d, 5))
        }
        // "the 20th", "the 3rd of March": a day of the month needs its ordinal after "the".
        "the" => {
            date_at(toks, i + 1, today, cal).map(|(past, future, used)| (past, future, used + 1))
        }
        _ => return Continue(()),
    };
    Break(found)
}

/// "mid-Jan", "mid March", "mid next month" at `i` ("mid"): the month's 15th.
fn mid_month(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    let j = if lower(toks, i + 1) == "-" {
        i + 2
    } else {
        i + 1
    };
    // "mid next month": the 15th of next month.
    if lower(toks, j) == "next" && lower(toks, j + 1) == "month" {
        let n = today.checked_add_months(Months::new(1))?;
        return same(ymd(n.year(), n.month(), 15)?, j + 2 - i);
    }
    let m = month(lower(toks, j))?;
    let (past, future) = month_dates(today, m, Some(15), None)?;
    Some((past, future, j + 1 - i))
}

/// "Christmas", "before Xmas", "Christmas Eve" at `i`.
fn christmas(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    // "Christmas orders", "the Christmas party is the 18th", "the Christmas fair on
    // Saturday": a thing or an event named after the season, whose own day (if any)
    // is said apart.
    if named_after_the_day(lower(toks, i + 1)) {
        return None;
    }
    let eve = lower(toks, i + 1) == "eve";
    let day = match lower(toks, i.wrapping_sub(1)) {
        _ if eve => 24,
        "before" => 24,
        "after" => 26,
        _ => 25,
    };
    let (past, future) = month_dates(today, 12, Some(day), None)?;
    Some((
        coming_if_after(toks, i, past, future),
        future,
        1 + usize::from(eve),
    ))
}

/// "Hogmanay", "before / after Hogmanay" at `i`.
fn hogmanay(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    let (past, future) = match lower(toks, i.wrapping_sub(1)) {
        "after" => month_dates(today, 1, Some(1), None)?,
        "before" => month_dates(today, 12, Some(30), None)?,
        _ => month_dates(today, 12, Some(31), None)?,
    };
    Some((coming_if_after(toks, i, past, future), future, 1))
}

/// "Boxing Day" at `i`.
fn boxing_day(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    let (past, future) = month_dates(today, 12, Some(26), None)?;
    Some((coming_if_after(toks, i, past, future), future, 2))
}

/// "Easter", "after Easter" at `i`.
fn easter(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    let after = i > 0 && lower(toks, i - 1) == "after";
    let (past, future) = around_easter(today, i64::from(after))?;
    Some((coming_if_after(toks, i, past, future), future, 1))
}

/// "EOFY", "after EOFY" at `i`: the tenant's financial year as its settings say, else its
/// country's (30 June in Australia).
fn end_of_financial_year(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Found {
    let starts = cal.year_starts.unwrap_or(cal.country_year_starts);
    let next = fiscal_start::next_year_start(today, starts)?;
    if i > 0 && lower(toks, i - 1) == "after" {
        return same(next, 1);
    }
    same(next.pred_opt()?, 1)
}

/// "Mardi Gras", "after Mardi Gras" at `i`.
fn mardi_gras(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    if named_after_the_day(lower(toks, i + 2)) {
        return None;
    }
    let after = i > 0 && lower(toks, i - 1) == "after";
    let (past, future) = around_easter(today, i64::from(after) - 47)?;
    Some((coming_if_after(toks, i, past, future), future, 2))
}

/// "Christmas orders", "the Christmas party is the 18th", "the Mardi Gras coverage": the word
/// after a holiday's name that makes it a thing or an event named after the day, whose own
/// day (if any) is said apart.
fn named_after_the_day(next: &str) -> bool {
    matches!(
        next,
        "party"
            | "parties"
            | "do"
            | "lunch"
            | "dinner"
            | "drinks"
            | "orders"
            | "order"
            | "sales"
            | "trading"
            | "shopping"
            | "market"
            | "markets"
            | "tree"
            | "card"
            | "cards"
            | "menu"
            | "bonus"
            | "jumper"
            | "jumpers"
            | "gifts"
            | "hampers"
            | "fair"
            | "fayre"
            | "raffle"
            | "appeal"
            | "concert"
            | "quiz"
            | "show"
            | "shows"
            | "season"
            | "trade"
            | "peak"
            | "rush"
            // "until after the Christmas surge" (a hospital's winter pressure).
            | "surge"
            | "crunch"
            // "the Christmas showcase", "the Santa specials at Christmas": events.
            | "showcase"
            | "tournament"
            | "event"
            | "events"
            | "special"
            | "specials"
            | "camp"
            | "classic"
            | "game"
            | "games"
            // "the Mardi Gras coverage", "the Christmas parade".
            | "coverage"
            | "parade"
            | "parades"
    )
}

/// Whether "Today" at `i` opens a sentence telling how things stand these days: written
/// with its capital, then "everything", "everyone", "nothing" or "there" and "is" / "are"
/// ("Today everything is in one room", "Today there is no backup").
fn these_days(toks: &[Token], i: usize) -> bool {
    toks[i].capital
        && (i == 0 || toks[i - 1].is_break())
        && matches!(
            lower(toks, i + 1),
            "everything" | "everyone" | "nothing" | "there"
        )
        && matches!(lower(toks, i + 2), "is" | "are")
}
