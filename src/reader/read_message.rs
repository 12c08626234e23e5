//! Reading one message whole: the part an email's writer wrote, its records split and
//! read in turn, a heading's date and a shared verdict carried to the records after the
//! first, and the currency the message is written in.

use super::*;

impl Reader {
    pub fn read(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> Result<Reading, ReadError> {
        if message.len() > MAX_MESSAGE_BYTES {
            return Err(ReadError::TooLong {
                len: message.len(),
                max: MAX_MESSAGE_BYTES,
            });
        }
        // An email pasted in: what its writer wrote above the sign-off or the quoted history,
        // unless that reads as nothing ("FYI below."), when the forwarded message decides.
        let written = email_trailers::written_part(message);
        if written.len() < message.len() {
            let mut reading = self.read(written, speaker, today)?;
            if reading.intent != Intent::None {
                // "We won't proceed …\n\nBest,\nAndrea Ferguson" (round V57): its signer's.
                deciders_in_letters::signed_verdicts(message, written, speaker, &mut reading);
                return Ok(reading);
            }
        }
        let toks = tokens::tokenize(message);
        // Spans of the message asked about again by later passes are answered once (see
        // `read_memo`); dropped before `toks`, as it is declared after them.
        let _memo = read_memo::MessageMemo::start_in(&toks, Some(self.settings.default_currency));
        let mut spans = records::split(&toks, &self.index, self.settings.default_currency);
        // "… Both per Tuesday's Plans committee.": every item's date, no last item's reason.
        if let (Some(at), [_, .., last]) =
            (heading_dates::closing_all_decided(&toks), &mut spans[..])
        {
            last.1 = last.1.min(at).max(last.0 + 1);
        }
        let (first_start, mut first_end) = spans[0];
        let tenant = self.settings.default_currency;
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        // "ok'd at committee last night:\n- A, 16k\n- B, 3.4k": one record per item.
        if let Some(items) = this.read_heading_items(message, &toks, speaker, today) {
            return Ok(items);
        }
        let mut first = match this.table_row_said(message, &toks, (first_start, first_end)) {
            Some(said) => this.assemble(&said, &tokens::tokenize(&said), speaker, today),
            None => this.assemble(message, &toks[first_start..first_end], speaker, today),
        };
        // "Matters arising:\n- Item 8.2 (briquette boiler): the manager confirmed …\n- Fleet
        // tracking: @kamau to …": an item of a list split off first that reads as nothing
        // alone is read with the item after it, as one record.
        if first.intent == Intent::None
            && spans.len() > 1
            && list_items::list_item(&toks, first_start)
        {
            first_end = spans[1].1;
            spans.remove(1);
            spans[0].1 = first_end;
            first = this.assemble(message, &toks[first_start..first_end], speaker, today);
        }
        // "Care Centre asks, signed off by Ruth:\n- body lifts: approved, £24k\n- …": the
        // first item, read without its heading, is the heading unit's too, as every item
        // after it is (see `file_under_heading_or_decided`).
        if first_start > 0
            && first.unit.is_none()
            && matches!(
                first.intent,
                Intent::Note | Intent::Investment | Intent::Decision
            )
        {
            if let Some(unit) = self.heading_unit(&toks[..first_start]) {
                first.unit = Some(unit);
                first.missing = questions::missing(&first);
            }
        }
        let heading_date = (spans.len() > 1 || first_start > 0)
            .then(|| self.heading_date(&toks, today))
            .flatten();
        // The first record read after the minutes' status items: the heading's date is
        // still its date.
        // So is the first item's, when the heading's date was not read with it (a bare
        // "25.11"), and not taken for another of its dates.
        let other_date =
            heading_date.is_some_and(|h| first.review_date == Some(h) || first.due == Some(h));
        if first.intent == Intent::Decision && first.date.is_none() && !other_date {
            first.date = heading_date;
        }
        // So is a note on the first item, read without its heading ("Board minutes 25/11:\n-
        // ATS: contract to be signed by 18/12"), as every item the heading announces.
        if first_start > 0 && first.intent == Intent::Note && first.date.is_none() && !other_date {
            first.date = heading_date;
        }
        // Where each record was read, for who decided it (see `verdicts_passed_on`).
        let mut record_spans = vec![(first_start, first_end)];
        for (k, &(a, b)) in spans.iter().enumerate().skip(1).take(MAX_MORE_RECORDS) {
            // The text up to the record's end, so offsets stay the message's own.
            let upto = &message[..toks[b - 1].end];
            let mut more = match this.said_with_shared_verdict(message, &toks, &spans, k) {
                Some((said, said_toks)) => {
                    let mut more = this.assemble(&said, &said_toks, speaker, today);
                    more.date = more.date.or(first.date);
                    more
                }
                None => match this.table_row_said(message, &toks, (a, b)) {
                    Some(said) => this.assemble(&said, &tokens::tokenize(&said), speaker, today),
                    None => {
                        let from = records::past_opening_and(&toks, a, b);
                        this.assemble(upto, &toks[from..b], speaker, today)
                    }
                },
            };
            // "From yesterday's board: … And the depot refurb goes up to £310k from £260k":
            // an item that reads no verdict alone is read under the heading of the meeting
            // that decided it, when that gives it one.
            if more.verdict.is_none() {
                if let Some((said, said_toks)) = this.said_under_heading(message, &toks, (a, b)) {
                    let under = this.assemble(&said, &said_toks, speaker, today);
                    if under.verdict.is_some() {
                        more = under;
                    }
                }
            }
            // "approved two things: the VMS renewal (…) and a new grant management system at
            // £12k": the thing listed after the verdict takes it.
            let listed_new = a > 0
                && toks[a - 1].is("and")
                && matches!(toks[a].lower.as_str(), "a" | "an")
                && toks.get(a + 1).is_some_and(|t| t.is("new"))
                || records::same_for_at(&toks, a);
            // Its words alone may read as nothing (to the intent model, or to the rules):
            // then it is read said with the verdict ("signed off a new podcast kit at £6k").
            // "The customer portal is the same, let's look again in March.": read as a note,
            // its look-again date is no review; said with the verdict, it is.
            let same_unread = more.verdict.is_none() && records::same_for_at(&toks, a);
            if (more.intent == Intent::None || same_unread) && listed_new && first.verdict.is_some()
            {
                if let Some(v) = verdicts::find_verdict_in(&toks, first_start, a) {
                    let said = format!(
                        "{} {}",
                        &message[toks[v.start].start..toks[v.end - 1].end],
                        &message[toks[a].start..toks[b - 1].end]
                    );
                    more = this.assemble(&said, &tokens::tokenize(&said), speaker, today);
                    // "hold till … Customer portal phase 2 is the same": the thing's own
                    // words after a verdict that ends on "till" are no reason.
                    if same_unread
                        && more
                            .rationale
                            .as_deref()
                            .is_some_and(|w| w.to_lowercase().contains(" the same"))
                    {
                        more.rationale = None;
                    }
                }
            }
            if more.intent == Intent::None {
                continue;
            }
            if listed_new && more.verdict.is_none() && first.verdict.is_some() {
                more.intent = Intent::Decision;
                more.verdict = first.verdict;
                more.date = more.date.or(first.date);
                more.missing = questions::missing(&more);
            }
            // Every item the heading announces, a follow-up among them ("• Tolu to
            // circulate the SLA by 4/12"), has its date.
            // A new thing asked for among them too ("- Sam asked about a new bunker rake
            // machine"), whose record keeps the day it was raised.
            // A result reported there too ("The portal has been pulling its weight: …").
            if matches!(
                more.intent,
                Intent::Decision | Intent::Note | Intent::Investment | Intent::Benefit
            ) && more.date.is_none()
            {
                more.date = heading_date;
            }
            // Over a date said in passing in another sentence of the item.
            if more.intent == Intent::Decision
                && heading_date.is_some()
                && self.date_in_passing(&toks, (a, b), more.date, today)
            {
                more.date = heading_date;
            }
            self.file_under_heading_or_decided(&mut more, &first, &toks, (a, b));
            // "… They parked the ticketing system": the one who decided the record before.
            deciders_again::decided_again(
                &toks,
                (a, b),
                first.also.last().unwrap_or(&first),
                &mut more,
            );
            if more.note.is_some() {
                more.note = Some(message[toks[a].start..toks[b - 1].end].trim().to_string());
            }
            first.also.push(more);
            record_spans.push((a, b));
        }
        // "A (£60k) and B (£25k) approved, C rejected": two names sharing the first
        // record's verdict, though another record follows.
        let currency = this.bare_currency.unwrap_or(tenant);
        both_named::share(
            &mut first,
            &toks[first_start..first_end],
            &self.index,
            currency,
        );
        // A lead-in that holds no record ("Quick one. Also, we approved …") gives way to
        // the records after it.
        // "Good news from Dana: …": verdicts passed on from the one the opening names.
        verdicts_passed_on::give_passed_on_verdicts(message, &toks, &mut first, &record_spans);
        if first.intent == Intent::None && !first.also.is_empty() {
            let mut rest = std::mem::take(&mut first.also);
            first = rest.remove(0);
            first.also = rest;
            return Ok(first);
        }
        if !first.also.is_empty() && first.note.is_some() {
            first.note = Some(message[..toks[first_end - 1].end].trim().to_string());
        }
        Ok(first)
    }

    /// "| Hillsborough car park | Rejected | 65,000 | we lease it |": a record that is one
    /// row of a table pasted as text, said as its cells say it under the header's columns
    /// (see `table_rows`).
    fn table_row_said(
        &self,
        message: &str,
        toks: &[Token],
        (a, b): (usize, usize),
    ) -> Option<String> {
        // The record's span runs to the next record's start, its line's end included.
        let b = (a + 1..=b).rev().find(|&k| !toks[k - 1].is_sym("\n"))?;
        let line_end = toks.get(b).is_none_or(|t| t.is_sym("\n"));
        if !toks[a].is_sym("|") || !line_end || a > 0 && !toks[a - 1].is_sym("\n") {
            return None;
        }
        table_rows::row_said(message, &message[toks[a].start..toks[b - 1].end])
    }

    /// The reader for a message written in another currency than the tenant's: its bare
    /// amounts are in that currency too, in every record ("€250k for the CRM; also 30k for
    /// …"). `None` when the message is in the tenant's own (or the reader already has one).
    pub(super) fn in_written_currency(&self, toks: &[Token]) -> Option<Reader> {
        let tenant = self.settings.default_currency;
        money_words::written_currency(toks, tenant)
            .filter(|c| *c != tenant && self.bare_currency.is_none())
            .map(|c| self.with_bare_currency(c))
    }
}
