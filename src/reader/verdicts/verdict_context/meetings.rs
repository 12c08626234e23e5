//! Meetings and trips of the day: calling one off or moving it stops or puts off no work
//! ("the stand-up is cancelled", "the ferry's cancelled"); a "data sync" is a product.

use super::*;

/// Words for a meeting: calling one off stops no work.
pub(in crate::reader) const MEETINGS: &[&str] = &[
    "call", "calls", "meeting", "meetings", "stand-up", "standup", "stand", "session", "demo",
    "workshop", "catch-up", "catchup", "sync", "1:1", "huddle", "webinar", "drinks", "lunch",
];

/// Trips and events of the day: a ferry, a flight or a game cancelled is news, no work
/// stopped.
const TRIPS: &[&str] = &[
    "ferry", "ferries", "flight", "flights", "sailing", "sailings", "crossing", "train", "trains",
    "game", "match", "fixture",
];

/// Things kept in step by a tool: "file sync", "data sync" is a product, not a meeting.
pub(in crate::reader::verdicts) const SYNCED: &[&str] = &[
    "file",
    "files",
    "data",
    "cloud",
    "calendar",
    "contact",
    "contacts",
    "folder",
    "drive",
    "mail",
    "email",
    "device",
    "inventory",
    "stock",
    "price",
    "catalogue",
    "catalog",
];

/// Is the stop at `start..end` a meeting called off: a meeting word in its clause, just
/// before the verdict ("the stand-up is cancelled") or as its object ("cancelled the
/// vendor call"); or a trip of the day before it ("the ferry's cancelled")?
pub(in crate::reader::verdicts) fn meeting_called_off(
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    let word = toks[start].lower.as_str();
    if !(word.starts_with("cancel") || word.starts_with("call")) {
        return false;
    }
    // "the ferry's cancelled", "Lyle's flight got cancelled": a trip of the day too.
    let trip = |t: &Token| {
        let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        TRIPS.contains(&w)
    };
    let before = crate::reader::tokens::back_in_clause(&toks[start.saturating_sub(6)..start])
        .any(|t| MEETINGS.contains(&t.lower.as_str()) || trip(t));
    let after = toks[end..]
        .iter()
        .take(5)
        .take_while(|t| !t.is_break())
        .any(|t| MEETINGS.contains(&t.lower.as_str()));
    before || after
}

/// Applies negation and hedging in the few words before the phrase.
/// A meeting named in the verdict's clause, a few words before it or just after it.
pub(in crate::reader::verdicts) fn meeting_near(toks: &[Token], start: usize, end: usize) -> bool {
    let meeting = |k: usize| {
        let w = toks[k].lower.as_str();
        matches!(
            w,
            "meeting" | "meetings" | "réunion" | "standup" | "huddle" | "webinar"
        ) || w == "sync" && !(k > 0 && SYNCED.contains(&toks[k - 1].lower.as_str()))
            || w == "up" && k >= 2 && toks[k - 1].is_sym("-") && toks[k - 2].is("stand")
    };
    let before = (start.saturating_sub(4)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(meeting);
    let after = (end..(end + 5).min(toks.len()))
        .take_while(|&k| !toks[k].is_break() || toks[k].is_sym("-"))
        .any(meeting);
    before || after
}

/// "- Choir practice Tuesday moved to Wed": the days of a meeting moved — its old day before
/// the move, its new one after "to" — are the meeting's, no date of the record they stand in
/// (round B64). The date at `toks[start..end]`.
pub(in crate::reader) fn meeting_moved_day(toks: &[Token], start: usize, end: usize) -> bool {
    let moved = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "moved" | "pushed" | "shifted"))
    };
    let to = usize::from(toks.get(start).is_some_and(|t| t.is("to")));
    let verb = if moved(end) {
        end
    } else if start + to >= 2 && toks[start + to - 1].is("to") && moved(start + to - 2) {
        start + to - 2
    } else {
        return false;
    };
    meeting_moved(toks, verb)
}
