//! The rule for "follow-ups closed on time vs late" in a period, in one place, so the
//! aggregates and the oracle read the same dates.
//!
//! A follow-up counts in the period its due date falls in (up to the as-of date). It is on
//! time when it was closed on or before its due date; late when it was not closed by then
//! and the due date has passed: a follow-up due on the as-of date itself still has that day.
//! One closed on a day nobody recorded (before the day was kept) is neither: it is counted
//! as such, never guessed. Follow-ups without a due date cannot be late and are not counted.

use super::DigestRequest;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FollowUpWindow {
    /// Follow-ups due from `start` to `to` count.
    pub start: NaiveDate,
    pub to: NaiveDate,
    /// The last due date that has passed by the period's end (as of the as-of date):
    /// `None` when none has.
    pub late_until: Option<NaiveDate>,
}

impl FollowUpWindow {
    /// The window of a request; `None` when the period starts after the as-of date.
    pub fn of(req: &DigestRequest) -> Option<FollowUpWindow> {
        let to = req.period.end.min(req.as_of);
        (req.period.start <= to).then(|| FollowUpWindow {
            start: req.period.start,
            to,
            late_until: req.as_of.pred_opt().map(|d| d.min(req.period.end)),
        })
    }

    /// True when a follow-up due on `due` (in the window) and not closed by then is late.
    pub fn late_by(&self, due: NaiveDate) -> bool {
        self.late_until.is_some_and(|last| due <= last)
    }
}
