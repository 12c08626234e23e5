//! "action from today's void meeting: get the keys …", "actions from Monday's huddle:": a
//! day said as the meeting's, in front of the task it handed out, is when the note's news
//! happened (the meeting), not the task's deadline.

use super::dates::DateMention;
use super::tokens::Token;

/// Words naming a meeting or the like.
const MEETINGS: &[&str] = &[
    "meeting",
    "mtg",
    "meet",
    "huddle",
    "standup",
    "stand-up",
    "call",
    "review",
    "session",
    "board",
    "committee",
    "workshop",
    "catch-up",
    "catchup",
];

/// Is the date `d` a day said as a meeting's ("today's void meeting", "yesterday's ops
/// call", "Monday's huddle"): one word ending in "'s", a meeting's word one to four words
/// on, with only words between? A weekday is one held only after "from" ("actions from
/// Monday's huddle"); "at Monday's board" may be ahead.
pub(super) fn meeting_held_on(toks: &[Token], d: &DateMention) -> bool {
    let held = d.past == d.future || d.start > 0 && toks[d.start - 1].is("from");
    held && d.end == d.start + 1
        && toks[d.start].lower.ends_with("'s")
        && (d.end..d.end + 4)
            .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word()))
            .any(|k| MEETINGS.contains(&toks[k].lower.as_str()))
}
