//! Finding the verdict in a span of tokens: the phrase table, the shapes, misspelt verbs,
//! and which of several verdicts stands. Here, the entry points over a span (English or
//! French) and the verdicts' order; the strongest match, misspelt verbs, new sizes, a
//! look-again and verdicts not the message's own are read in files of their own.

use super::*;
use crate::reader::read_memo::VerdictLook;

mod figure_against_old;
mod french_look_needed;
mod look_again;
mod misspelt;
mod new_sizes;
mod not_ours;
mod strongest;

use self::figure_against_old::*;
use self::french_look_needed::*;
use self::look_again::*;
use self::misspelt::*;
use self::new_sizes::*;
pub use self::not_ours::*;
use self::strongest::*;

/// A verdict found in the message, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerdictFinding {
    pub verdict: Verdict,
    pub start: usize,
    pub end: usize,
    /// Said as agreed or decided ("the board has agreed to defer"): a decision however
    /// the rest of the message reads.
    pub affirmed: bool,
}

pub(super) fn priority(v: Verdict) -> u8 {
    match v {
        Verdict::Rescope => 0,
        Verdict::Defer => 1,
        Verdict::Stop => 2,
        Verdict::Reject => 3,
        Verdict::Continue => 4,
        Verdict::Approve => 5,
    }
}

/// The verdict the message states, if it states one.
pub fn find_verdict(toks: &[Token]) -> Option<VerdictFinding> {
    find_verdict_in(toks, 0, toks.len())
}

/// The verdict stated outside `spans` (in order, not overlapping): the investments' names,
/// when one holds a verdict word ("Delay Repay Automation: keep going").
pub fn find_verdict_outside(toks: &[Token], spans: &[(usize, usize)]) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut from = 0;
    for &(s, e) in spans
        .iter()
        .chain(std::iter::once(&(toks.len(), toks.len())))
    {
        if s > from {
            if let Some(f) = find_verdict_in(toks, from, s) {
                if best.is_none_or(|b| priority(f.verdict) < priority(b.verdict)) {
                    best = Some(f);
                }
            }
        }
        from = from.max(e);
    }
    best
}

/// The verdict stated between tokens `from` and `to`; a look-again on its own ("this
/// year, revisit in Q3") when no other verdict is said.
pub fn find_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    find_english_verdict_in(toks, from, to).or_else(|| find_french_verdict_in(toks, from, to))
}

/// The verdict stated between `from` and `to` in French words only (see
/// [`crate::reader::french_verdicts`]).
pub fn find_french_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::verdict_in(VerdictLook::French, toks, from, to, || {
        if french_finds_nothing(toks, from, to) {
            return None;
        }
        strong_verdict_in(
            toks,
            from,
            to.min(toks.len()),
            crate::reader::french_verdicts::table(),
        )
    })
}

/// "Feb", "the Jan 12 meeting", "next month", "Q2", "3/10": words after "to" that name a
/// time (a month, a later period, a date), not a person or a body.
pub(super) fn to_a_time(after: &[&Token]) -> bool {
    let after = match after.first() {
        Some(t) if t.is("the") => &after[1..],
        _ => after,
    };
    after.first().is_some_and(|t| {
        crate::reader::dates::month(&t.lower).is_some()
            || matches!(t.lower.as_str(), "next" | "q1" | "q2" | "q3" | "q4")
            || t.kind == TokKind::Num
    })
}

/// The verdict stated between `from` and `to` in English words only (see
/// [`crate::reader::french_verdicts`]).
pub fn find_english_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    // Asked of the same spans by several passes: answered once a message.
    crate::reader::read_memo::verdict_in(VerdictLook::English, toks, from, to, || {
        english_verdict_in(toks, from, to)
    })
}

/// [`find_english_verdict_in`]'s answer, worked out.
fn english_verdict_in(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    // Where the span accepts a figure: both shapes below start from it, so it is looked
    // for once.
    let accepted = crate::reader::figure_rescopes::accepted_at(toks, from, to);
    cost_rise_accepted(toks, from, to, accepted)
        .or_else(|| crate::reader::figure_rescopes::new_figure_accepted(toks, from, to, accepted))
        .or_else(|| crate::reader::cost_taken_down::cost_taken_down(toks, from, to))
        .or_else(|| crate::reader::price_dropped_to::price_dropped_to(toks, from, to))
        .or_else(|| strong_verdict_in(toks, from, to, table()))
        .or_else(|| now_was_figure(toks, from, to))
        .or_else(|| crate::reader::fewer_at_a_price::fewer_at_a_price(toks, from, to))
        .or_else(|| crate::reader::fewer_bought::fewer_bought(toks, from, to))
        // "so Miss Hyacinth ok di upgrade", "Chief Tari i agree for the …" (round V62).
        .or_else(|| crate::reader::named_ok::named_ok(toks, from, to))
        .or_else(|| crate::reader::after_a_holiday::put_after_a_holiday(toks, from, to))
        // "MD still says no, we will …" (round V67).
        .or_else(|| crate::reader::says_no_closing::says_no_closing(toks, from, to))
        .or_else(|| revisit_in(toks, from, to))
        .or_else(|| crate::reader::verdict_shapes::look_again_in(toks, from, to))
        .or_else(|| figure_against_old(toks, from, to))
}
