//! A benefit's evidence settled once the rules chose it (round R41): a "since" that only
//! says the work went in is no evidence; the sentence after a praise is, when none was
//! read; a month ending the result is its date; the result after "=" is it; and so is the
//! result told beside the money.

use super::tokens::Token;
use super::{
    benefit_and_results, equals_results, means_results, money_beside_result, news_then_counted,
    praise_then_told, reasons, since_after_result, since_went_in, trailing_months,
};

/// Settles `rationale`, a benefit's evidence as the rules left it in `text`.
pub fn settle(
    text: &str,
    toks: &[Token],
    skip: &dyn Fn(usize) -> bool,
    in_money: &dyn Fn(usize) -> bool,
    rationale: &mut Option<String>,
) {
    let span_of = |r: &Option<String>| {
        r.as_deref()
            .and_then(|said| reasons::span_of(text, toks, said))
    };
    let said = |a: usize, b: usize| Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
    // "Abandoned calls went from 14% to 3% since the switch": from when, the result
    // before it the evidence (round R42).
    if let Some((a, b)) = span_of(rationale) {
        let a2 = since_after_result::result_before_since(toks, a, in_money);
        if a2 < a {
            *rationale = said(a2, b);
        }
    }
    // "fleet insurance dropped 2,200/yr since the gps trackers went in": from when the
    // money is counted, no evidence.
    if span_of(rationale).is_some_and(|(a, b)| {
        since_went_in::only_since_it_went_in(toks, a, b) && (0..a).any(in_money)
    }) {
        *rationale = None;
    }
    // "Right, a wee note from me on the settlement portal …. Skippers are …, and we've
    // stopped printing … 900 statements a month.": the counted result after news (R42).
    if let Some((a, b)) = span_of(rationale)
        .and_then(|(a, b)| news_then_counted::counted_after_news(toks, a, b, skip, in_money))
    {
        *rationale = said(a, b);
    }
    // "seawater intake rebuild means no more trucking salt mix in …": what it means
    // (round R42), when no evidence was read or only a clause after it.
    if let Some((a, b)) = means_results::result_after_means(toks, in_money) {
        if span_of(rationale).is_none_or(|(c, _)| c >= b) {
            *rationale = said(a, b);
        }
    }
    // "The power backup has paid off well. We have not cancelled a single lecture …": the
    // sentence after the praise, when no rule read evidence.
    if rationale.is_none() {
        if let Some((a, b)) = praise_then_told::told_after_praise(toks, skip, in_money) {
            *rationale = said(a, b);
        }
    }
    // "… took 340 fewer phone calls in November": the month is the date.
    if let Some((a, b)) = span_of(rationale) {
        let b2 = trailing_months::before_trailing_month(toks, a, b);
        if b2 < b {
            *rationale = said(a, b2);
        }
    }
    // "card readers on the fuel pontoon = nobody on the pontoon after 5, …": the result
    // after "=".
    let span = span_of(rationale);
    if rationale.is_none() || span.is_some() {
        if let Some((a, b)) = equals_results::result_after_equals(toks, span, in_money) {
            *rationale = said(a, b);
        }
    }
    // "hire revenue up $36k … and heaps fewer complaints about the boots": the result
    // beside the money told is the evidence.
    if let Some((a, b)) = span_of(rationale)
        .and_then(|(a, b)| money_beside_result::result_beside_money(toks, a, b, in_money))
    {
        *rationale = said(a, b);
    }
    // "…, and results come in 2 days instead of 9, about ₹2.5 lakh …": a second result
    // joined on; "one year in:" opening it is a heading (round R43).
    if let Some((a, b)) = span_of(rationale) {
        let a2 = benefit_and_results::after_time_running(toks, a, b);
        let b2 = benefit_and_results::and_result_after(toks, b, skip, in_money).unwrap_or(b);
        if a2 > a || b2 > b {
            *rationale = said(a2, b2);
        }
    }
}
