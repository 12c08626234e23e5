//! "Action items from today: / Shiva — get 3 quotes for the rectifier by 16/12 / Dexter —
//! generator service contract by end of next week", "Reminders for next week: / 1) Nuwan –
//! ERP data migration plan by 09/12": under a heading that announces actions, a line
//! opening on a name and a dash hands what follows to the one named, a verb said or not
//! (round V58).

use crate::reader::tokens::Token;

/// Words of a heading that announces actions handed out.
fn announces_actions(w: &str) -> bool {
    matches!(
        w,
        "action" | "actions" | "reminder" | "reminders" | "todo" | "todos" | "tasks" | "to-dos"
    )
}

/// Whether the line holding `i` sits under a heading of actions: the nearest line before it
/// that ends on a colon, at most twelve words long, says "action(s)", "reminders", "to-do"
/// or "tasks".
///
/// A line the records split made a record of its own opens its tokens: its heading is then
/// looked for in the message's text before them (`text` is the whole message, which the
/// tokens' offsets index).
pub(super) fn under_an_action_heading(text: &str, toks: &[Token], i: usize) -> bool {
    // The start of `i`'s line.
    let Some(line) = (0..i).rev().find(|&k| toks[k].is_sym("\n")) else {
        return (0..i).all(|k| !toks[k].is_word())
            && toks
                .first()
                .and_then(|t| text.get(..t.start))
                .is_some_and(heading_of_actions_before);
    };
    let mut end = line;
    loop {
        // `end` is the "\n" closing a line before `i`'s; its line runs from `from`.
        let from = (0..end)
            .rev()
            .find(|&k| toks[k].is_sym("\n"))
            .map_or(0, |k| k + 1);
        if end > from && toks[end - 1].is_sym(":") {
            return end - from <= 13 && toks[from..end].iter().any(|t| announces_actions(&t.lower));
        }
        if from == 0 {
            return false;
        }
        end = from - 1;
    }
}

/// Whether the nearest line of `before` (the message's text before a record split off from
/// it) that ends on a colon is a heading of actions, as [`under_an_action_heading`] asks.
fn heading_of_actions_before(before: &str) -> bool {
    before
        .lines()
        .rev()
        .map(str::trim_end)
        .find(|l| l.ends_with(':'))
        .is_some_and(|l| {
            let words: Vec<String> = l
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            words.len() <= 12 && words.iter().any(|w| announces_actions(w))
        })
}

/// Whether the name at `i` opens a task run on the line of a heading of actions, after the
/// heading's colon or a semicolon ("Action points: Gift — fuel report by Tuesday; Mutale —
/// slipway photos by Monday.", round B61). A task the records split made a record of its
/// own opens its tokens: its semicolon and heading are then looked for in `text` before it.
pub(super) fn run_on_an_action_heading_line(text: &str, toks: &[Token], i: usize) -> bool {
    if i > 0 {
        return crate::reader::list_items::semicolon_task_owner_at(toks, i);
    }
    let Some(before) = toks.first().and_then(|t| text.get(..t.start)) else {
        return false;
    };
    let line = before.rsplit('\n').next().unwrap_or(before);
    let Some((heading, _)) = line.split_once(':') else {
        return false;
    };
    let words: Vec<String> = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    before.trim_end().ends_with(';')
        && words.len() <= 8
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "action" | "actions"))
}
