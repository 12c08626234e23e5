//! The follow-up actions a message names: what is to be done, by whom, from where in the
//! message. Here, the span found and the run over the message; where a follow-up opens,
//! who owns it, a request to log and a task by a time are read in files of their own.

use super::*;

mod action_keys;
mod action_list_lines;
mod action_openings;
mod asked_by_a_time;
mod done_by_named;
mod handle_openings;
mod kin_named_asks;
mod log_replies;
mod logging_asked;
mod named_asks;
mod named_at_the_close;
mod owner_fields;
mod owners_said;
mod responsible_after;
mod talks_about_what_next;
mod task_by_a_time;
mod text_speak;
mod ticket_assignee;
mod told_to_get_on;
mod whole_names;
mod work_under_way;

use self::action_openings::*;
use self::asked_by_a_time::*;
use self::handle_openings::*;
pub use self::logging_asked::*;
use self::owners_said::*;
use self::talks_about_what_next::*;
use self::task_by_a_time::*;
use self::text_speak::*;

/// A follow-up action: where it starts, who owns it, and where its text starts.
#[derive(Debug, Clone)]
pub struct ActionSpan {
    pub owner: String,
    pub start: usize,
    pub text_start: usize,
    pub end: usize,
}

/// "I'll send options by Friday", "I will chase", "Sam will send", "action: me to draft".
#[cfg(test)]
pub fn find_action(text: &str, toks: &[Token], speaker: &str) -> Option<ActionSpan> {
    // The unit tests' tenant reads dates day first.
    find_action_from(text, toks, speaker, 0, true)
}

/// Every follow-up in the message, in order: "@raj to pull the numbers; @mei to book the
/// demo". `day_first` is the tenant's order of dates.
pub fn find_actions(text: &str, toks: &[Token], speaker: &str, day_first: bool) -> Vec<ActionSpan> {
    let mut out: Vec<ActionSpan> = Vec::new();
    let mut from = 0;
    while let Some(mut a) = find_action_from(text, toks, speaker, from, day_first) {
        from = a.end.max(a.text_start + 1);
        if let Some((owner, at)) = owner_said_after(text, toks, &a) {
            a.owner = owner;
            a.end = a.end.min(at);
            // Its "Owner: Raj" is read: no follow-up of its own (round V58).
            from = from.max(at + 1);
        }
        // "Raj and Mei to pull the numbers": one task they own together, both names as the
        // writer joins them (round V67, convention 99).
        let second = owner_written_at(text, toks, &a);
        if let Some((first, start)) = co_owner(text, toks, second) {
            let joiner = &toks[second - 1];
            a.owner = format!("{first} {} {}", &text[joiner.start..joiner.end], a.owner);
            a.start = start;
        }
        out.push(a);
    }
    if out.is_empty() {
        out.extend(super::owned_after::owner_named_after_task(text, toks));
    }
    // "Approved: weather stations x3, $14,200, Kev." (round V67).
    if out.is_empty() {
        out.extend(named_at_the_close::named_at_the_close(text, toks));
    }
    // "Assignee: Sunnvá Dam" in a ticket with a "Due:" line (round V54).
    if out.is_empty() {
        out.extend(ticket_assignee::ticket_assignee(text, toks));
    }
    // "Dean: booking them in Monday" closing a pasted chat: Dean's, in place of the
    // writer's "I'll" read in that line.
    if let Some(task) = log_replies::log_reply_task(text, toks) {
        out.retain(|a| a.end <= task.start);
        out.push(task);
    }
    out
}

/// Words that open a sentence before "to …" without naming anyone: "Just to flag the
/// scanner was approved", "Also to note …", "Happy to confirm …" are the writer's own way in.
pub(super) const OPENING_WORDS: &[&str] = &[
    "just", "also", "only", "still", "now", "so", "again", "quick", "briefly", "happy", "glad",
    "sorry", "nice", "good", "great", "keen", "pleased", "reminder", "time", "need", "want",
    "going", "about", "hard", "easy", "fair", "worth",
];
