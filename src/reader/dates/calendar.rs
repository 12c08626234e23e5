//! Date mentions and the calendar they are read against: weekdays, seasons, Easter, month
//! ends, fiscal years.

use super::*;

mod month_letters;
pub(in crate::reader) use self::month_letters::month;

/// What the words just before a date say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// No cue, or `on` / `in` / `last`: when something happened.
    At,
    /// `by`, `before`, `due`: a deadline.
    By,
    /// `till`, `until`, `to`, `revisit in`, `back in`: when to look again.
    Until,
    /// `go-live in May`, `launch in Q2`: when the work lands, not when anything was decided.
    Milestone,
    /// `since Aug`: where a run of time starts, not when anything happened or is due.
    Since,
}

#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    pub past: NaiveDate,
    pub future: NaiveDate,
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

#[inline(always)]
pub(in crate::reader) fn weekday(w: &str) -> Option<Weekday> {
    // Asked of most words, and every day's name opens on one of these letters: told here, before a
    // call (round P57).
    if !(matches!(
        w.strip_suffix("'s").unwrap_or(w).as_bytes().first(),
        Some(b'm' | b't' | b'w' | b'f' | b's')
    )) {
        return None;
    }
    weekday_past_its_first_test(w)
}

/// [`weekday`] once its first test is passed.
fn weekday_past_its_first_test(w: &str) -> Option<Weekday> {
    // "Monday's board"
    let w = w.strip_suffix("'s").unwrap_or(w);
    // Asked of most words: every day's name, whole, short or misspelt (which keeps its
    // first letter), starts with one of these letters.
    if !matches!(w.as_bytes().first(), Some(b'm' | b't' | b'w' | b'f' | b's')) {
        return None;
    }
    Some(match w {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" | "weds" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return misspelt_weekday(w),
    })
}

/// "by fridy", "wednesdy": a weekday's full name with one letter left out, added or
/// changed (its first letter kept); not its plural ("mondays", a habit) nor a word of its
/// own ("sundae", "Frida").
#[inline(always)]
fn misspelt_weekday(w: &str) -> Option<Weekday> {
    // Every day's name ends on "day": one letter left out or changed leaves its "d" or its
    // "y", so a word of five letters or more with neither (most) is none, told before the
    // days are tried (round P64).
    if w.len() < 5 || !w.bytes().any(|b| matches!(b, b'd' | b'y')) {
        return None;
    }
    misspelt_weekday_past_its_first_test(w)
}

/// [`misspelt_weekday`] once its first test is passed.
fn misspelt_weekday_past_its_first_test(w: &str) -> Option<Weekday> {
    const DAYS: &[(&str, Weekday)] = &[
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if w.len() < 5 || w.ends_with('s') || matches!(w, "sundae" | "frida" | "monda") {
        return None;
    }
    DAYS.iter()
        .find(|(name, _)| {
            name.as_bytes()[0] == w.as_bytes()[0]
                && name.len().abs_diff(w.len()) <= 1
                && one_edit_apart(name, w)
        })
        .map(|(_, day)| *day)
}

/// Whether `a` and `b` are exactly one edit apart (one letter changed, added or left out):
/// `strsim::levenshtein(a, b) == 1`, letter for letter as it counts them, without its
/// table. After the letters both start with, the first that differ are where one edit
/// must be made if one edit makes them the same; the rest must then match.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.chars(), b.chars());
    while let (Some(p), Some(q)) = (x.clone().next(), y.clone().next()) {
        if p != q {
            break;
        }
        x.next();
        y.next();
    }
    let (x, y) = (x.as_str(), y.as_str());
    fn skip(s: &str) -> &str {
        let mut c = s.chars();
        c.next();
        c.as_str()
    }
    !(x.is_empty() && y.is_empty()) && (skip(x) == skip(y) || skip(x) == y || x == skip(y))
}

/// The weekday token `i` names: a weekday's word, or "Sun" / "Sat" (also the sun and a
/// verb) written with a capital where a day is said: before a colon or a date ("Finance sync
/// Sun:", "Sat 5/12") or after a word that leads one ("on Sun", "by Sat", "next Sun").
#[inline(always)]
pub(super) fn weekday_at(toks: &[Token], i: usize) -> Option<Weekday> {
    // Asked at every word, and every day's word here opens on one of these letters: told here,
    // before a call (round P57).
    if !(toks.get(i).is_some_and(|t| {
        matches!(
            t.lower.as_bytes().first(),
            Some(b'm' | b't' | b'w' | b'f' | b's')
        )
    })) {
        return None;
    }
    weekday_at_past_its_first_test(toks, i)
}

/// [`weekday_at`] once its first test is passed.
fn weekday_at_past_its_first_test(toks: &[Token], i: usize) -> Option<Weekday> {
    let t = toks.get(i)?;
    // Asked at every word: the word itself first, the word after only for a day's word.
    let named = weekday(&t.lower);
    let short = match t.lower.as_str() {
        "sun" => Some(Weekday::Sun),
        "sat" => Some(Weekday::Sat),
        _ => None,
    };
    if named.is_none() && short.is_none() {
        // "from sun's mtg w/ marco": a short day's meeting (the word after looked at only
        // after such a day).
        let meeting = || {
            toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "mtg" | "meeting" | "huddle" | "call" | "catch-up" | "standup"
                )
            })
        };
        return match t.lower.as_str() {
            "sun's" if meeting() => Some(Weekday::Sun),
            "sat's" if meeting() => Some(Weekday::Sat),
            _ => None,
        };
    }
    // "slow on Sunday nights", "Saturday mornings": a part of the day in the plural tells a
    // habit, no one day.
    let habit = toks.get(i + 1).is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "nights" | "mornings" | "afternoons" | "evenings" | "arvos"
        )
    });
    if habit {
        return None;
    }
    if let Some(day) = named {
        return Some(day);
    }
    let day = short?;
    let next = toks.get(i + 1);
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    let said_as_day = next.is_some_and(|n| n.is_sym(":") || n.kind == TokKind::Num)
        || matches!(
            prev,
            "on" | "by" | "last" | "next" | "this" | "coming" | "until" | "till" | "til" | "before"
        );
    // "NICE cut over sat night", "sun morning": a part of the day after it, however written.
    let part_of_day = next.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "night" | "morning" | "afternoon" | "evening" | "arvo" | "am" | "pm"
        )
    });
    // "@ray fix before sat", "quotes to me by sun pls": in lower case, after a word that
    // leads a day to come or just gone (not "on": "sat on it", "sun on the deck").
    // "committee mtg sun:": ending a heading before its colon, after the meeting's word.
    let heading_day = next.is_some_and(|n| n.is_sym(":"))
        && matches!(
            prev,
            "mtg" | "meeting" | "sync" | "huddle" | "call" | "standup" | "catchup" | "debrief"
        );
    let led_lower = !t.capital
        && (heading_day
            || matches!(
                prev,
                "by" | "before" | "until" | "till" | "til" | "next" | "last" | "this" | "coming"
            ));
    (t.capital && !t.caps && said_as_day || part_of_day && !t.caps || led_lower).then_some(day)
}

/// The month a season's word starts in, by the months' seasons (spring from March).
pub(in crate::reader) fn season_start(w: &str) -> Option<u32> {
    match w {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

/// The festivals a writer names a time of year by ("before Christmas", "after Eid"); a
/// capital word that is one of them is not a person's name.
pub(in crate::reader) fn festival(w: &str) -> bool {
    matches!(w, "christmas" | "easter" | "eid" | "diwali")
}

/// The months' full names, January first.
pub(in crate::reader) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(in crate::reader) fn month_in_turn(w: &str) -> Option<u32> {
    if let Some(i) = MONTHS.iter().position(|n| *n == w) {
        return Some(i as u32 + 1);
    }
    let i = match w {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        // Icelandic months ("10. desember", "8. janúar"), as Icelandic writers keep them in
        // English (round S54); "desember" and "oktober" are the Norwegian ones too. ("mars"
        // is left out: elsewhere it is a planet or a chocolate bar.)
        "janúar" => 0,
        "febrúar" => 1,
        "apríl" => 3,
        "maí" => 4,
        "júní" => 5,
        "júlí" => 6,
        "ágúst" => 7,
        "október" | "oktober" => 9,
        "nóvember" => 10,
        "desember" => 11,
        _ => return None,
    };
    Some(i + 1)
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Easter Sunday of year `y` (the Gregorian computus).
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The day `offset` days from Easter Sunday (-47 for Mardi Gras, 1 for Easter Monday): the
/// last one on or before `today` and the next one on or after it (both `today` when it is
/// the day).
pub(super) fn around_easter(today: NaiveDate, offset: i64) -> Option<(NaiveDate, NaiveDate)> {
    let on = |y: i32| easter(y).map(|d| d + chrono::Duration::days(offset));
    let this = on(today.year())?;
    Some(if this <= today {
        (
            this,
            if this == today {
                this
            } else {
                on(today.year() + 1)?
            },
        )
    } else {
        (on(today.year() - 1)?, this)
    })
}

pub(super) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    ymd(y, m, 1)?.checked_add_months(Months::new(1))?.pred_opt()
}

pub(super) fn num(t: Option<&Token>) -> Option<u32> {
    let t = t?;
    if t.kind != TokKind::Num || t.lower.len() > 4 || t.lower.contains([',', '.']) {
        return None;
    }
    t.lower.parse().ok()
}

pub(super) fn year_of(n: u32) -> i32 {
    if n < 100 {
        2000 + n as i32
    } else {
        n as i32
    }
}

#[inline(always)]
pub(super) fn lower(toks: &[Token], i: usize) -> &str {
    let w = toks.get(i).map_or("", |t| t.lower.as_str());
    // (Asked of most words: only those opening on the short forms' letters can be one.)
    if !matches!(w.as_bytes().first(), Some(b'n' | b'w' | b'm')) {
        return w;
    }
    chat_spelling(w)
}

/// [`lower`]'s word read for its chat spelling, once it opens on one's letter: called out,
/// so the test before it is made where `lower` is asked (round P57).
fn chat_spelling(w: &str) -> &str {
    // Chat spellings of the words dates are made of: "nxt wk".
    match w {
        "nxt" => "next",
        "wk" => "week",
        "wks" => "weeks",
        "mth" | "mnth" => "month",
        w => w,
    }
}

/// The year of "fy27" or "fy2027"; a fiscal year with no stated start is the calendar
/// year.
#[inline(always)]
pub(super) fn fiscal_year(w: &str) -> Option<i32> {
    // Asked of every word, and each opens on "fy": told here, before a call (round P57).
    if !(w.starts_with("fy")) {
        return None;
    }
    fiscal_year_past_its_first_test(w)
}

/// [`fiscal_year`] once its first test is passed.
fn fiscal_year_past_its_first_test(w: &str) -> Option<i32> {
    let digits = w.strip_prefix("fy")?;
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(year_of(digits.parse().ok()?))
}

/// (past, future, tokens used) for a date starting at `i`.
/// "two weeks", "3 days", "a fortnight": at `i`, a count of days, weeks or fortnights, in
/// days.
pub(super) fn days_counted(toks: &[Token], i: usize) -> Option<u64> {
    let n = num(toks.get(i)).or_else(|| match lower(toks, i) {
        "a" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "six" => Some(6),
        _ => None,
    })?;
    match lower(toks, i + 1) {
        "days" | "day" => Some(n as u64),
        "weeks" | "week" => Some(n as u64 * 7),
        "fortnight" | "fortnights" => Some(n as u64 * 14),
        _ => None,
    }
}

/// How a tenant writes dates: `31/03` day first or month first, and the last working day
/// of its week ("end of week" is Thursday in a Sunday–Thursday week).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    pub day_first: bool,
    pub week_ends: Weekday,
    /// The month the tenant's financial year starts in, when its settings say: "next FY"
    /// and "the new financial year" with no month told are its first day.
    pub year_starts: Option<u32>,
    /// The month "the new financial year" starts in when the settings do not say: the
    /// tenant's country's, read from its currency (`financial_year_starts`).
    pub country_year_starts: u32,
}

impl Calendar {
    /// A Monday–Friday week.
    pub fn new(day_first: bool) -> Calendar {
        Calendar {
            day_first,
            week_ends: Weekday::Fri,
            year_starts: None,
            country_year_starts: 1,
        }
    }

    /// The same calendar for a tenant keeping its books in `currency`, whose financial
    /// year starts in `set` when its settings say.
    pub fn with_financial_year(
        self,
        set: Option<chrono::Month>,
        currency: crate::money::Currency,
    ) -> Calendar {
        Calendar {
            year_starts: set.map(|m| m.number_from_month()),
            country_year_starts: super::fiscal_start::financial_year_starts(currency),
            ..self
        }
    }

    /// The first working day of the week (five working days end on `week_ends`).
    pub(super) fn week_starts(self) -> Weekday {
        (0..4).fold(self.week_ends, |d, _| d.pred())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_festivals_are_the_four_a_name_is_never_taken_from() {
        for w in ["christmas", "easter", "eid", "diwali"] {
            assert!(super::festival(w), "{w}");
        }
        for w in [
            "Christmas",
            "xmas",
            "ramadan",
            "chris",
            "easterly",
            "december",
            "",
        ] {
            assert!(!super::festival(w), "{w}");
        }
    }

    #[test]
    fn one_edit_apart_is_levenshtein_one() {
        let words: Vec<&str> = std::iter::once("")
            .chain(
                "a ab ba friday fridy fridays firday frday fridey fryday monday mondy mundane \
                 money tuesday tusday tuesdya wednesday wendsday wednesdy aab abb straße \
                 strasse strße sunday sundae saturday saturdy satruday"
                    .split_whitespace(),
            )
            .collect();
        for &a in &words {
            for &b in &words {
                assert_eq!(
                    super::one_edit_apart(a, b),
                    strsim::levenshtein(a, b) == 1,
                    "{a:?} {b:?}"
                );
            }
        }
    }
}

#[cfg(test)]
mod p64_tests {
    use super::*;

    /// Round P64: the "d" or "y" test in front of a misspelt weekday keeps the look's
    /// answer at every word of the corpus's training messages and of `src/`'s strings, and
    /// at each of them with one letter left out, changed or added; a misspelt day is still
    /// read. Invented: a ropewalk's order "by thursdy".
    #[test]
    fn the_d_or_y_test_keeps_misspelt_weekdays() {
        assert_eq!(misspelt_weekday("thursdy"), Some(Weekday::Thu));
        assert_eq!(misspelt_weekday("wenesday"), Some(Weekday::Wed));
        assert_eq!(misspelt_weekday("saturdai"), Some(Weekday::Sat));
        assert_eq!(misspelt_weekday("twister"), None);
        let mut words: Vec<String> = ["monday", "tuesday", "wednesday", "thursday", "friday"]
            .iter()
            .chain(&["saturday", "sunday"])
            .map(|d| d.to_string())
            .collect();
        words.extend(crate::reader::tests::p55_training_texts::training_and_source_words());
        words.sort_unstable();
        words.dedup();
        let mut asked = 0;
        for w in &words {
            let mut forms = vec![w.clone()];
            for (k, _) in w.char_indices().skip(1) {
                let mut left_out = w.clone();
                left_out.remove(k);
                forms.push(left_out);
                for c in ['a', 'd', 'y', 'e'] {
                    let mut changed = w.clone();
                    changed.remove(k);
                    changed.insert(k, c);
                    forms.push(changed);
                    let mut added = w.clone();
                    added.insert(k, c);
                    forms.push(added);
                }
            }
            for f in &forms {
                assert_eq!(
                    misspelt_weekday(f),
                    misspelt_weekday_past_its_first_test(f),
                    "{f:?}"
                );
                asked += 1;
            }
        }
        assert!(asked > 200_000, "{asked}");
    }
}
