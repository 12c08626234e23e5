//! A fiscal year said with the month it starts: "next fiscal year (July)", "next FY, which
//! starts in April". Without the month a fiscal year is the calendar one (see `date_at`).

use super::*;

/// At `j`, just after "next fiscal year" / "next FY": the month the year starts in, told in
/// brackets ("(July)") or as "starting July" / "which starts in July"; that month's first
/// day, the first one after `today`, and how many tokens the month took.
pub(super) fn fiscal_start_month(
    toks: &[Token],
    j: usize,
    today: NaiveDate,
) -> Option<(NaiveDate, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = j;
    let bracket = word(k) == "(";
    k += usize::from(bracket);
    if !bracket {
        k += usize::from(word(k) == ",");
        k += usize::from(matches!(word(k), "which" | "that"));
        if !matches!(
            word(k),
            "starting" | "starts" | "beginning" | "begins" | "from"
        ) {
            return None;
        }
        k += 1;
    }
    k += usize::from(word(k) == "in");
    let m = calendar::month(word(k))?;
    k += 1;
    k += usize::from(bracket && word(k) == ")");
    let this_year = ymd(today.year(), m, 1)?;
    let start = if this_year > today {
        this_year
    } else {
        ymd(today.year() + 1, m, 1)?
    };
    Some((start, k - j))
}
