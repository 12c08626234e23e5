//! What a message's heading says for all its records: the unit named before the first
//! record, the date of minutes, a date said in passing before the first item.

use super::*;

impl Reader {
    /// The one unit a first line of its own names ("Volunteers mtg notes 12/1", "Safety
    /// mtg 11/30:"), when the message goes on past it.
    pub(super) fn heading_unit(&self, toks: &[Token]) -> Option<String> {
        let line = toks.iter().position(|t| t.is_sym("\n"))?;
        self.one_unit_in(&toks[..line])
    }

    /// The one unit a heading before the first record names: a first line of its own (see
    /// `heading_unit`), or the words before a colon that opens the message and says no
    /// verdict ("Capex round outcome for Digital: …", "Two from the ops meeting on Monday:
    /// …"), when a record follows it.
    pub(super) fn items_unit(&self, toks: &[Token]) -> Option<String> {
        self.heading_unit(toks).or_else(|| {
            let colon = toks
                .iter()
                .take(14)
                .position(|t| t.is_sym(":") || t.is_sym("\n"))
                .filter(|&c| toks[c].is_sym(":") && c > 0)?;
            if verdicts::find_verdict_in(toks, 0, colon).is_some() {
                return None;
            }
            self.one_unit_in(&toks[..colon])
        })
    }

    /// Does `toks` name an investment the directory knows?
    pub(super) fn names_investment(&self, toks: &[Token]) -> bool {
        self.index
            .find(toks)
            .iter()
            .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))))
    }

    /// The one unit `toks` names (more than one names none).
    fn one_unit_in(&self, toks: &[Token]) -> Option<String> {
        let mut units =
            self.index
                .find(toks)
                .into_iter()
                .filter_map(|m| match m.targets.as_slice() {
                    [Target::Unit(u)] => Some(*u),
                    _ => None,
                });
        let unit = units.next()?;
        units
            .all(|u| u == unit)
            .then(|| self.index.units[unit].name.clone())
    }

    /// The unit (and the investment) of a later record (`more`, read from `a..b` of `toks`)
    /// that names none: a follow-up after a decision is the decided work's (`first`'s last
    /// record), and any record under a heading that names a unit is that unit's.
    pub(super) fn file_under_heading_or_decided(
        &self,
        more: &mut Reading,
        first: &Reading,
        toks: &[Token],
        (a, b): (usize, usize),
    ) {
        // "Safety mtg 11/30: … - Maria to update the fall protection plan": a follow-up
        // item about no investment is the heading's unit's.
        // So is a new thing asked for among them ("Greens mtg: … - Sam asked about a
        // new bunker rake machine").
        // "… approved at $240k. @sam please book the crane by 12/4": the decided work's
        // (under a meeting's heading it is the heading unit's, below).
        // A task after work put off is on the last work decided to go ahead (nothing is
        // done on work put off: see `records::later_items`), when there is one.
        if self.heading_unit(toks).is_none() {
            let last = first.also.last().unwrap_or(first);
            let put_off = |r: &Reading| matches!(r.verdict, Some(Verdict::Defer | Verdict::Reject));
            let pointed = tasks_on_decided::pointed_back_at(
                std::iter::once(first).chain(&first.also).rev().skip(1),
                &toks[a..b],
            );
            let before = if let Some(r) = pointed {
                r
            } else if put_off(last) {
                std::iter::once(first)
                    .chain(&first.also)
                    .rev()
                    .find(|r| r.verdict.is_some() && !put_off(r))
                    .unwrap_or(last)
            } else {
                last
            };
            tasks_on_decided::file_under_decided(more, before, &toks[a..b], &toks[..a]);
        }
        // "Capex round outcome for Digital: …; the intranet refresh is deferred to 2028":
        // a decision about a thing the directory lacks is the heading unit's too.
        let unnamed = more.investment.is_none()
            || more.new_investment
            || more.intent == Intent::Decision && !self.names_investment(&toks[a..b]);
        if matches!(
            more.intent,
            Intent::Note | Intent::Investment | Intent::Decision
        ) && more.unit.is_none()
            && unnamed
        {
            if let Some(unit) = self.items_unit(toks) {
                more.unit = Some(unit);
                more.missing = questions::missing(more);
            }
        }
    }

    /// "Outcome of Exec Board 25/11:", "Two decisions from Exec on Thursday:", or a short
    /// first line of its own ("Minutes of ExCo 26/11", "Pauta: reunião diretoria 26/11"):
    /// the one date a heading before the items gives, which is the date of every item it
    /// announces that says none.
    pub(super) fn heading_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        self.heading_date_before_colon(toks, today)
            .or_else(|| self.heading_date_before_dash(toks, today))
            .or_else(|| self.heading_line_date(toks, today))
            .or_else(|| self.lead_in_date(toks, today))
            .or_else(|| self.meeting_date_before_verdict(toks, today))
            .or_else(|| self.closing_date(toks, today))
    }

    /// "… Both per Tuesday's Plans committee.": the one date of a closing line saying where
    /// every item was decided.
    fn closing_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let at = heading_dates::closing_all_decided(toks)?;
        heading_dates::one_day(&dates::find_dates(
            &toks[at..],
            today,
            self.settings.day_first,
        ))
        .map(|only| only.past)
    }

    /// "For the record, from yesterday's exec: we've approved …. The HR system is on hold
    /// …": the one date of the meeting named before the first verdict, in its sentence.
    fn meeting_date_before_verdict(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let (a, b) =
            heading_dates::meeting_named_before(toks, heading_dates::first_verdict_at(toks)?)?;
        heading_dates::one_day(&dates::find_dates(
            &toks[a..b],
            today,
            self.settings.day_first,
        ))
        .filter(|only| !date_contexts::budget_period(toks, only))
        .map(|only| only.past)
    }

    /// "Morning all. A few things from yesterday's meeting. First, …": the one date of the
    /// sentences that announce the items before the first verdict.
    pub(super) fn lead_in_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        // Before the verdict the message reads; failing that, before the first sentence
        // with one (that verdict may be a later item's, its lead-in holding another date).
        // Either way only a date before the first verdict: one after it is an item's ("…
        // approved, because the Board has given us till March …. He has said no to …",
        // round S42).
        let v = verdicts::find_verdict_in(toks, 0, toks.len())?;
        let first = heading_dates::first_verdict_at(toks).map_or(v.start, |f| f.min(v.start));
        self.date_before(toks, v.start, first, today).or_else(|| {
            (first < v.start)
                .then(|| self.date_before(toks, first, first, today))
                .flatten()
        })
    }

    /// The one date of the lead-in before the verdict at `verdict_at`, said before token
    /// `limit` (the first verdict).
    fn date_before(
        &self,
        toks: &[Token],
        verdict_at: usize,
        limit: usize,
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        let end = heading_dates::lead_in_end(toks, verdict_at)?;
        heading_dates::one_day(&dates::find_dates(
            &toks[..end.min(limit)],
            today,
            self.settings.day_first,
        ))
        .filter(|only| !date_contexts::budget_period(toks, only))
        .map(|only| only.past)
    }

    /// A later record's date said in passing in another sentence than its verdict ("… on
    /// hold until spring. And thanks to all who covered last week"), when the heading gives
    /// the items' date.
    pub(super) fn date_in_passing(
        &self,
        toks: &[Token],
        (a, b): (usize, usize),
        date: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        let (Some(date), Some(v)) = (date, verdicts::find_verdict_in(toks, a, b)) else {
            return false;
        };
        dates::find_dates(&toks[a..b], today, self.settings.day_first)
            .iter()
            .filter(|m| m.past == date || m.future == date)
            .all(|m| {
                heading_dates::in_another_sentence(toks, (a + m.start, a + m.end), (v.start, v.end))
            })
    }

    /// The date of a first line that is a heading: short, with no verdict, and more lines
    /// after it.
    pub(super) fn heading_line_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let line_end = toks.iter().position(|t| t.is_sym("\n"))?;
        if line_end > 12 || verdicts::find_verdict_in(toks, 0, line_end).is_some() {
            return None;
        }
        heading_dates::one_day(&dates::find_dates(
            &toks[..line_end],
            today,
            self.settings.day_first,
        ))
        .filter(|only| !date_contexts::budget_period(toks, only))
        .map(|only| only.past)
    }

    /// "plant mgrs mtg 12/1 - yield analytics approved, …": the one date of a heading set
    /// off from the items by a dash.
    fn heading_date_before_dash(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let end = records::dashed_heading_end(toks)?;
        heading_dates::one_day(&dates::find_dates(
            &toks[..end],
            today,
            self.settings.day_first,
        ))
        .filter(|only| !date_contexts::budget_period(toks, only))
        .map(|only| only.past)
    }

    pub(super) fn heading_date_before_colon(
        &self,
        toks: &[Token],
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        let mut colon = toks.iter().position(|t| t.is_break())?;
        // "Summary GL 01.12.:": a day-first date's own dot before the colon.
        if toks[colon].is_sym(".") && toks.get(colon + 1).is_some_and(|t| t.is_sym(":")) {
            colon += 1;
        }
        if !toks[colon].is_sym(":") || colon > 12 {
            colon = colon_past_commas(toks)?;
        }
        let found = dates::find_dates(&toks[..colon], today, self.settings.day_first);
        match heading_dates::one_day(&found).map_or(found.as_slice(), std::slice::from_ref) {
            // "Lincs budget for next year signed off …:": the year the money is for.
            [only] => (!date_contexts::budget_period(toks, only)).then_some(only.past),
            // "Yönetim Kurulu 25.11 decisions:": a bare day and month with a dot, which a
            // heading's words do not lead as "until" would.
            [] if self.settings.day_first => {
                let mut found = toks[..colon]
                    .iter()
                    .filter_map(|t| dates::dotted_day_month(t, today));
                found.next().filter(|_| found.next().is_none())
            }
            _ => None,
        }
    }
}

/// "Safety meeting Tuesday, two things came out of it:", "From the Estates Committee
/// minutes (19/11):": a heading's colon past a comma or a bracket, within its first
/// sixteen words and marks, before any sentence ends and with no verdict before it. Its
/// position.
fn colon_past_commas(toks: &[Token]) -> Option<usize> {
    let colon = toks
        .iter()
        .take(16)
        .position(|t| t.is_break() && !matches!(t.lower.as_str(), "," | "(" | ")" | "–" | "—"))
        .filter(|&c| toks[c].is_sym(":"))?;
    verdicts::find_verdict_in(toks, 0, colon)
        .is_none()
        .then_some(colon)
}
