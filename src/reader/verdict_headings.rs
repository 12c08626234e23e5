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
fn items_under_verdict_heading(toks: &[Token], currency: Currency) -> Option<HeadingItems> {
    // "Subject: …\nFrom: …\n\nAll,\nThe following are approved for 2027:\n- …" (round
    // B56): an email's own lines and its greeting before the heading.
    let start = email_lines_end(toks);
    let line_end = (start..toks.len()).find(|&k| toks[k].is_sym("\n"))?;
    if !(3..=14).contains(&(line_end - start)) || !toks[line_end - 1].is_sym(":") {
        return None;
    }
    let colon = line_end - 1;
    find_verdict_in(toks, start, colon)?;
    if !find_money(&toks[start..colon], currency).is_empty() {
        return None;
    }
    let mut items = Vec::new();
    let mut a = line_end + 1;
    let mut rest = None;
    while a < toks.len() {
        let b = (a..toks.len())
            .find(|&k| toks[k].is_sym("\n"))
            .unwrap_or(toks.len());
        if b > a {
            let bullet = list_item(toks, a) && !toks[a].is_word() && toks[a].kind != TokKind::Num;
            // After the email's own lines, a line that is no item closes the list: the
            // rest is read as a message of its own ("Not approved: pruning mower. …").
            if !bullet && start > 0 && items.len() >= 2 {
                rest = Some(a);
                break;
            }
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
    (items.len() >= 2).then_some(HeadingItems {
        start,
        colon,
        items,
        rest,
    })
}

/// A verdict heading's items: where the heading starts and its colon, each item's words,
/// and where the lines after the items start, if any.
struct HeadingItems {
    start: usize,
    colon: usize,
    items: Vec<(usize, usize)>,
    rest: Option<usize>,
}

/// Where an email's own lines end: past lines opening on "Subject:", "From:", "To:",
/// "Cc:", "Sent:" or "Date:", blank lines, and a greeting of one to three words closed by
/// a comma on its line ("All,", "Hi team,"); 0 when the message opens on no such line.
fn email_lines_end(toks: &[Token]) -> usize {
    let mut a = 0;
    let mut headers = false;
    while a < toks.len() {
        let b = (a..toks.len())
            .find(|&k| toks[k].is_sym("\n"))
            .unwrap_or(toks.len());
        let line = &toks[a..b];
        let header = line.len() >= 2
            && matches!(
                line[0].lower.as_str(),
                "subject" | "from" | "to" | "cc" | "sent" | "date"
            )
            && line[1].is_sym(":");
        let greeting = headers
            && (2..=4).contains(&line.len())
            && line[..line.len() - 1].iter().all(Token::is_word)
            && line[line.len() - 1].is_sym(",");
        if !(header || line.is_empty() && headers || greeting) {
            break;
        }
        headers |= header;
        a = b + 1;
    }
    if headers {
        a.min(toks.len())
    } else {
        0
    }
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
        let HeadingItems {
            start,
            colon,
            items,
            rest,
        } = items_under_verdict_heading(toks, currency)?;
        let heading = &message[toks[start].start..toks[colon].end];
        let mut readings = items.iter().take(1 + MAX_MORE_RECORDS).map(|&(a, b)| {
            let said = format!("{heading} {}", &message[toks[a].start..toks[b - 1].end]);
            self.assemble(&said, &tokens::tokenize(&said), speaker, today)
        });
        let mut first = readings.next()?;
        first.also = readings.collect();
        // The lines after the items, read as a message of their own.
        if let Some(rest) = rest {
            if let Ok(mut more) = self.read(&message[toks[rest].start..], speaker, today) {
                if more.intent != super::Intent::None {
                    let after = std::mem::take(&mut more.also);
                    first.also.push(more);
                    first.also.extend(after);
                    first.also.truncate(MAX_MORE_RECORDS);
                }
            }
        }
        Some(first)
    }
}
