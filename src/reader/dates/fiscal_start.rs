//! A fiscal year said with the month it starts: "next fiscal year (July)", "next FY, which
//! starts in April". Without the month a financial year is the one the tenant's country
//! keeps, read from its currency: 1 April in Britain, India, Japan, Hong Kong, New Zealand
//! and Sri Lanka, 1 July in Australia, Pakistan and Uganda, 1 October in Trinidad and
//! Tobago, the calendar year elsewhere.

use super::*;

/// At `j`, just after "next fiscal year" / "next FY": the month the year starts in, told in
/// brackets ("(July)"), as "starting July" / "which starts in July", or straight after it
/// (", April", "in April"); that month's first
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
        let comma = word(k) == ",";
        k += usize::from(comma);
        k += usize::from(matches!(word(k), "which" | "that"));
        // "till di new financial year, April", "till de new financial year in April"
        // (round V62): the month said straight after it, after a comma or "in".
        let said_after = comma && calendar::month(word(k)).is_some()
            || word(k) == "in" && calendar::month(word(k + 1)).is_some();
        if !said_after {
            if !matches!(
                word(k),
                "starting" | "starts" | "beginning" | "begins" | "from"
            ) {
                return None;
            }
            k += 1;
        }
    }
    k += usize::from(word(k) == "in");
    let m = calendar::month(word(k))?;
    k += 1;
    k += usize::from(bracket && word(k) == ")");
    Some((next_year_start(today, m)?, k - j))
}

/// The first day of month `m` after `today`: when a financial year starting in `m` next
/// begins.
pub(super) fn next_year_start(today: NaiveDate, m: u32) -> Option<NaiveDate> {
    let this_year = ymd(today.year(), m, 1)?;
    if this_year > today {
        Some(this_year)
    } else {
        ymd(today.year() + 1, m, 1)
    }
}

/// The month a tenant's financial year starts in, from the currency it keeps its books in
/// (the year the country's businesses and its tax office keep: the pound's, the Indian and Sri
/// Lankan rupees', the yen's, the Hong Kong, New Zealand and Belize dollars' and the pula's start in April, the
/// Australian dollar's, the Pakistani and Mauritian rupees', the Samoan tala's and the Uganda and Tanzanian shillings' in July, the Trinidad
/// and Tobago dollar's in October; any other is the calendar year).
pub(super) fn financial_year_starts(tenant: crate::money::Currency) -> u32 {
    match tenant.code() {
        "GBP" | "INR" | "JPY" | "HKD" | "NZD" | "LKR" => 4,
        // The Botswana pula's and the Belize dollar's (round S58).
        "BWP" | "BZD" => 4,
        "AUD" | "PKR" | "UGX" | "TZS" | "MUR" | "WST" => 7,
        "TTD" => 10,
        _ => 1,
    }
}
