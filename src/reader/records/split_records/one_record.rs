//! Whether a message holds one record only, so it need not be cut: one sentence with a
//! record, no joined sentences, no items of minutes or follow-ups that may be notes of
//! their own.

use super::*;

/// Whether the message of `parts` (with a record where `records` says) is one record from
/// its start to its end; `joined` are its joined sentences, `item_after_note` whether an
/// item follows a note, `follow_up_items` how many follow-ups it lists.
#[inline]
pub(super) fn one_record_only(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    joined: &[(usize, Vec<usize>)],
    item_after_note: bool,
    follow_up_items: usize,
) -> bool {
    // "Ops meeting 20/11\n- Oven sensors: three quotes in\n- Loyalty app: going ahead, £9k":
    // an item of minutes noting one thing before the first item with a verdict (about
    // another investment: see the loop below).
    let first_record = records.iter().position(|r| *r);
    let noted_item_first = first_record.is_some_and(|f| {
        list_item(toks, parts[f].0)
            && parts[..f]
                .iter()
                .any(|&p| list_item(toks, p.0) && !status_item(toks, p))
    });
    // A follow-up handed to someone's handle, announced as another item (see
    // `announced_task`), may be a note of its own (see the loop below).
    let any_announced_task = parts.iter().skip(1).any(|&p| {
        announced_task(toks, p)
            || opens_item(toks, p.0)
            || asks_someone_on_a_line(toks, p)
            || tells_a_handle_to_work(toks, p)
            || super::super::on_the_thing::opens_on_a_thing(toks, p.0)
            // "… And Alasdair wants a proper quote on … before …" (round B53).
            || super::super::handed_tasks::someone_wants_a_task(toks, p)
            // "… Dashcams are all in, every fleet car done." (round B55).
            || super::news_of_another::might_be_news(toks, p)
    });
    // "- Kiosks: approved, £60k\n- M365: Aisha to book …": one follow-up item after a
    // record may be about another investment (see the loop below).
    // "(a) … approved …\n(b) The Board NOTED …": an item with no record after the first
    // record may be news of another investment (see the loop below).
    let later_news_item = first_record.is_some_and(|f| {
        parts
            .iter()
            .zip(records)
            .skip(f + 1)
            .any(|(&p, &r)| !r && list_item(toks, p.0) && !status_item(toks, p))
    });
    records.iter().filter(|r| **r).count() < 2
        && !later_news_item
        && !any_announced_task
        && joined.is_empty()
        && !item_after_note
        && follow_up_items == 0
        && !noted_item_first
}
