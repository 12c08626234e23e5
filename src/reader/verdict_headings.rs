//! A heading that gives one verdict over the items listed under it, each with its money:
//! "ok'd at committee last night:\n- solar stage 2 for the lodge, 16k\n- patrol radios
//! top-up, 3.4k" is one approval per item, each read as said under the heading ("ok'd at
//! committee last night: patrol radios top-up, 3.4k"), with the heading's day.

use super::list_items::list_item;
use super::money_words::find_money;
use super::tokens::{self, TokKind, Token};
use super::verdicts::find_verdict_in;
use super::{Reader, Reading, MAX_MORE_RECORDS};
use crate::money::Currency;
use chrono::NaiveDate;

/// The heading's colon and each item's words (after its bullet), when the message's first
/// line is a heading of a few words that says a verdict, holds no money and ends on its
/// colon, and every line after it is a bulleted item with money of its own and no verdict
/// of its own (two items or more).
fn items_under_verdict_heading(
    toks: &[Token],
    currency: Currency,
) -> Option<(usize, Vec<(usize, usize)>)> {
    let line_end = toks.iter().position(|t| t.is_sym("\n"))?;
    if !(3..=14).contains(&line_end) || !toks[line_end - 1].is_sym(":") {
        return None;
    }
    let colon = line_end - 1;
    find_verdict_in(toks, 0, colon)?;
    if !find_money(&toks[..colon], currency).is_empty() {
        return None;
    }
    let mut items = Vec::new();
    let mut a = line_end + 1;
    while a < toks.len() {
        let b = (a..toks.len())
            .find(|&k| toks[k].is_sym("\n"))
            .unwrap_or(toks.len());
        if b > a {
            let bullet = list_item(toks, a) && !toks[a].is_word() && toks[a].kind != TokKind::Num;
            let from = a + 1;
            if !bullet
                || from >= b
                || find_money(&toks[from..b], currency).is_empty()
                || find_verdict_in(toks, from, b).is_some()
            {
                return None;
            }
            items.push((from, b));
        }
        a = b + 1;
    }
    (items.len() >= 2).then_some((colon, items))
}

impl Reader {
    /// Each item under a heading that gives their verdict, read as said under it: the
    /// first item the reading, the rest its `also`. `None` when the message is not such a
    /// list.
    pub(super) fn read_heading_items(
        &self,
        message: &str,
        toks: &[Token],
        speaker: &str,
        today: NaiveDate,
    ) -> Option<Reading> {
        let currency = self.bare_currency.unwrap_or(self.settings.default_currency);
        let (colon, items) = items_under_verdict_heading(toks, currency)?;
        let heading = &message[..toks[colon].end];
        let mut readings = items.iter().take(1 + MAX_MORE_RECORDS).map(|&(a, b)| {
            let said = format!("{heading} {}", &message[toks[a].start..toks[b - 1].end]);
            self.assemble(&said, &tokens::tokenize(&said), speaker, today)
        });
        let mut first = readings.next()?;
        first.also = readings.collect();
        Some(first)
    }
}
