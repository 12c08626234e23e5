//! Shapes a verdict takes in strangers' chat, and shapes that look like one but are news:
//! a new figure said against the old one and accepted ("was £800k, now £950k … Board
//! ok'd it" rescopes to the new figure); work moved to a place rather than a time ("85
//! lessons moved to online", "card payments moved to the new acquirer"), which defers
//! nothing; a clause that opens by saying when to look again ("look again at the pumps in
//! April"), which does; and "no chance on …" opening a clause, which rejects.

use super::dates::find_dates;
use super::money_words::find_money;
use super::tokens::{TokKind, Token};
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;
use crate::money::Currency;
use chrono::NaiveDate;

mod back_on_with_money;
pub(in crate::reader) use back_on_with_money::back_on_with_money_at;
mod figures_and_times;
mod funded_under_heading;
mod held_with_reason;
pub(in crate::reader) use held_with_reason::{held_with_reason_at, reason_mark};
mod list_item_answers;
pub(in crate::reader) use list_item_answers::answers_a_listed_thing;
mod money_and_holds;
mod put_off_apart;
pub(in crate::reader) use put_off_apart::put_off_apart_at;
mod turns_and_restarts;
mod whose_verdict;

pub(super) use self::figures_and_times::*;
pub(super) use self::funded_under_heading::*;
pub(super) use self::money_and_holds::*;
pub(super) use self::turns_and_restarts::*;
pub(super) use self::whose_verdict::*;
