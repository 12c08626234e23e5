//! A message cut into the spans of its records: sentences with a record, the cuts inside
//! them, notes before items, lists of follow-ups and items of minutes.
//!
//! This file keeps `split` itself; the sentences joined by "and" or a comma, where they may
//! be cut and the cuts made, are in `joined_sentences.rs`; whether a message is one
//! record only, in `one_record.rs`; an item after a note, in `notes_before.rs`; a thing
//! said new or with a verdict of its own, in `things_of_their_own.rs`; a result praised
//! after a verdict, in `praised_results.rs`; and a task that is a note of its own, in
//! `tasks_of_their_own.rs`.

use super::*;

mod back_on;
mod earlier_thing;
mod joined_sentences;
mod list_closing_task;
mod news_items;
mod news_of_another;
mod notes_before;
mod one_record;
mod part_left;
mod praised_results;
mod results_without_subject;
mod scope_told;
mod semicolon_clauses;
mod spent_on;
mod task_after_decision;
mod tasks_of_their_own;
mod things_of_their_own;
mod ticket_lines;

use self::earlier_thing::points_back_at_an_earlier_thing;
use self::joined_sentences::{cut_joined, joined_cuts};
use self::notes_before::note_then_item;
use self::one_record::one_record_only;
use self::part_left::part_left_after_a_rescope;
use self::praised_results::praised_result_after_a_verdict;
use self::task_after_decision::task_straight_after_its_decision;
use self::tasks_of_their_own::{named_only_by_its_work, task_of_its_own, Current};
use self::things_of_their_own::{says_a_new_thing, thing_with_its_own_verdict};

/// The token ranges of each record in the message, in order; always at least one (the
/// whole message, or all of it after the status items of minutes before the first record:
/// see `first_start`).
pub fn split(toks: &[Token], index: &NameIndex, currency: Currency) -> Vec<(usize, usize)> {
    let mut parts = sentences(toks);
    // Most messages hold at most one sentence with a record: no need to look up names.
    let english: Vec<Option<VerdictFinding>> = parts
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            find_english_verdict_in(toks, a, b)
                .or_else(|| semicolon_clauses::verdict_read_on_past_a_semicolon(toks, &parts, k))
        })
        .collect();
    let french = english.iter().all(Option::is_none);
    let mut records: Vec<bool> = parts
        .iter()
        .zip(&english)
        .map(|(&part, english)| has_record(toks, part, currency, french, english.is_some()))
        .collect();
    mark_same_for(toks, &parts, &mut records);
    // "Action points from today: Thabo to service …; Neo to send …" (round B60): each task
    // run on the heading's line carries a record, the first one too.
    for (k, &(a, _)) in parts.iter().enumerate() {
        records[k] |= semicolon_task(toks, a);
    }
    let items_from = later_items::first_item_start(toks, &parts, &mut records, currency);
    let start = first_start(toks, &parts, &records, index).max(items_from);
    // Each sentence with a record and where it may be cut into records of their own.
    let joined = joined_cuts(toks, &parts, &records, &english, currency);
    let item_after_note = parts
        .iter()
        .zip(&records)
        .enumerate()
        .any(|(k, (&part, &r))| r && note_then_item(toks, index, k, part));
    // "Action items:\n1. @budi finalise …\n2. @sinta collect …": a list of follow-ups,
    // each a note of its own when it is about another investment.
    let follow_up_items = parts
        .iter()
        .filter(|&&(a, _)| follow_up_item(toks, a))
        .count();
    let item_list = follow_up_items > 1;
    if one_record_only(
        toks,
        &parts,
        &records,
        &joined,
        item_after_note,
        follow_up_items,
    ) {
        return vec![(start, toks.len())];
    }
    let mut names = index.find(toks);
    // Convention 71: a registered thing named among what money by the year is spent or
    // saved on ("£11k a year on grid power and generator diesel") is no record's subject.
    names.retain(|m| {
        !parts
            .iter()
            .find(|&&(a, b)| a <= m.start && m.start < b)
            .is_some_and(|&part| spent_on::named_as_money_spent_on(toks, part, m.start, currency))
    });
    let investment_in = |part: (usize, usize)| investment_named(&names, part);
    // "Two decisions from the board today: …, and we're …": each clause joined with a
    // verdict of its own is one of the decisions counted.
    let counted = counts_its_decisions(toks);
    // "Two bits from Harriet's budget review. …": how many items a first sentence counts.
    let counted_items = first_sentence_counts(toks);
    let subjects = cut_joined(
        toks,
        &mut parts,
        &mut records,
        &joined,
        investment_in,
        counted,
        currency,
    );
    let start = heading_starts::past_heading(toks, &mut parts, &records, &names, start);
    let mut starts = vec![start];
    // The current record: whether it carries one yet, and the investment it names.
    let mut carries = false;
    // Whether the current record was said in an item of a list (minutes' bullets).
    let mut in_list = false;
    let mut about: Option<&Vec<Target>> = None;
    // Whether the current record has said its verdict yet.
    let mut verdict_before = false;
    // The investment an item of minutes noted before any record.
    let mut noted: Option<&Vec<Target>> = None;
    let mut noted_at = start;
    // The lines of the current record that open on a handle.
    let mut handle_lines_in_record = 0;
    for (k, (&part, &record)) in parts.iter().zip(&records).enumerate() {
        if part.0 < start {
            continue;
        }
        // "- barrel room: still parked" after a record: an item that only says nothing
        // changed carries no record of its own (see the items ending a record, below).
        let record = record
            && !(carries && list_item(toks, part.0) && status_item(toks, part))
            && !(carries && super::still_held::only_still_held(toks, part))
            // "…\nStatus: Open → Deferred\nMarcus: look again in May, …" (round B61): a
            // ticket's field or comment line says more of the ticket's record.
            && !(carries && ticket_lines::ticket_field_or_comment(toks, part.0));
        let bare = carries && bare_verdict(toks, part);
        let has_verdict = record && find_verdict_in(toks, part.0, part.1).is_some();
        let named = investment_in(part).filter(|_| !bare);
        // "Also …" announces another item even when its name is one the directory does
        // not know as written ("also the pick bots produced £12k").
        let also =
            opens_item(toks, part.0) || turns_to(toks, part.0) || and_they_want(toks, part.0);
        // A thing said as new is another investment than the one before (see
        // `says_a_new_thing`).
        let new_thing = says_a_new_thing(toks, part)
            || things_of_their_own::a_person_proposes(toks, &names, part);
        let after_note = !carries && note_then_item(toks, index, k, part);
        // "kit approved, £40k; the intranet refresh is deferred to 2028": a sentence with a
        // thing and a verdict of its own, after a record with its verdict, is another one.
        // "… On the changing rooms, @kasia is getting me …": a turn to another thing.
        let turned = carries
            && named.is_some_and(|n| Some(n) != about)
            && super::on_the_thing::opens_on_a_thing(toks, part.0);
        let own_thing = carries
            && record
            && verdict_before
            && named.is_none_or(|n| Some(n) != about)
            && thing_with_its_own_verdict(toks, &parts, k, part, &starts, currency);
        let praised = carries
            && record
            && praised_result_after_a_verdict(toks, part, verdict_before, has_verdict);
        // "…, $12K; and we said no to the woodyard's new debarker drum": under a deciding
        // body's heading, "we" saying a verdict again is another decision.
        let we_again = carries
            && record
            && verdict_before
            && named.is_none_or(|n| Some(n) != about)
            && we_decide_again(toks, part);
        // The first item with a verdict, after an item noting another investment, is
        // another record: the note is one of its own. So is an item about a thing the
        // directory lacks ("- line 2 bin tipper approved $38k").
        // An item numbered inline ("… (2) … (3) Point of sale: going ahead …") too
        // (convention 77).
        let item_here = news_items::item_start(toks, part) == Some(part.0);
        let after_noted_item = !carries && item_here && noted.is_some() && named != noted;
        // Convention 77: an item of news of another registered thing than the item noted
        // before it, no decision yet, is a note of its own, as that one is ("- the grader
        // ships 12/14 …\n- Boat shed roof — contractor starts Monday"); an item with a price
        // and no verdict is an ask, not news ("2) New firewall – DKK 145.000").
        let next_noted_item = !carries
            && !record
            && item_here
            && noted.is_some()
            && named.is_some()
            && named != noted
            && !status_item(toks, part)
            && !follow_up_item(toks, part.0)
            && news_items::no_price(toks, part, currency);
        // "*Security update*\n• MFA rollout: done for staff\n• @kim — enclave plan to the
        // ISO by 12/18": with no verdict yet, a follow-up handed to someone's handle about
        // another investment than the item of news before it is a note of its own, as the
        // news is ("- Lars to update the case for the robot" in minutes' list stays).
        let follow_up_after_news = !carries
            && !record
            && noted.is_some()
            && named.is_some()
            && named != noted
            && follow_up_item(toks, part.0)
            && handed_to_a_handle(toks, part);
        // An item of minutes with a verdict of its own is another record, though its name
        // is one the directory lacks or says short, unless it names the same investment.
        // ("- kids' club booking: parked till Feb, the app …": the label's, not the reason's.)
        let subject = item_subject(toks, &names, part).filter(|_| !bare);
        let next_item = list_item(toks, part.0) && (subject.is_none() || subject != about);
        // An item of minutes that hands out a follow-up about another investment than the
        // record before is a note of its own ("• Ada to send the hedging platform SLA").
        // The first item of a list of follow-ups carries the first record.
        if item_list && !carries && follow_up_item(toks, part.0) {
            carries = true;
            about = named;
            // Convention 86: the items after it, each a task of its own, are notes of
            // their own whatever they name (round B60: "3. Yvette to book the GPA boom
            // exercise" after "2. Tanya to send the biofuel trial report …").
            in_list = true;
            continue;
        }
        // After items of minutes with verdicts, a follow-up item naming no investment is a
        // note of its own too ("- wearables: keep going\n- Maria to update the fall
        // protection plan by 12/11"), and so is one about the item before's own thing
        // (convention 86: "- barn cams: hold …\n- Jolene to send the barn layout …").
        // An item numbered inline ("… 3. Opio, for the CCTV kindly coordinate …") so too
        // (round B60).
        let item_of_its_own = carries
            && (in_list || inline_dotted_item(toks, part.0))
            && follow_up_item(toks, part.0);
        let follow_up = item_of_its_own
            || carries && named.is_some() && named != about && follow_up_item(toks, part.0);
        // A follow-up announced as another item, about another investment than the record
        // before, is a note of its own.
        // So is any item announced by "Also" / "Separately" that names another known
        // investment ("Also NLIS readers — Kirra's got Allflex swapping …"): news of it.
        // Under a heading that counts its items ("Two things from Finance Ops: …. Also
        // @hafiz pls remove …"), a task so announced is the next item whatever it names.
        // An item of a list with no verdict, about another investment than the decision
        // before it ("(a) … approved …\n(b) The Board NOTED that the CCTV contractor …"),
        // is news of its own, unless it only says nothing changed.
        let news_item =
            !record && verdict_before && list_item(toks, part.0) && !status_item(toks, part);
        // "… pause until February, …. But the backup … we do now, 8.400 € approved.".
        let but_decides =
            carries && verdict_before && record && but_decides_again(toks, part, currency);
        let current = Current {
            carries,
            record,
            named,
            about,
            guessed: named.is_some() && named_only_by_its_work(toks, &names, index, part),
        };
        // "… And @kieran will get the install dates for the cameras …": a task about a
        // thing said before the current record.
        let earlier_task = carries
            && !record
            && named.is_none()
            && announced_task(toks, part)
            && points_back_at_an_earlier_thing(
                toks,
                part,
                &names,
                index,
                starts[starts.len() - 1],
                about,
            );
        let announced = task_of_its_own(toks, part, current, &starts, currency)
            || earlier_task
            || but_decides
            || carries
                && (named.is_some()
                    && named != about
                    && (announced_task(toks, part)
                        || !record && opens_item(toks, part.0)
                        || news_item)
                    || counted && opens_item(toks, part.0) && announced_task(toks, part));
        // "Karen Liu: the soil sort conveyor?\nMarcus Bell: no, $130k …": a question about
        // another thing than the record before's, answered here, opens that thing's record.
        // "… On the plus side she's fine with …": under a first sentence counting its
        // items, a verdict after the record's own is the next item, till the count is met.
        let next_counted = carries
            && verdict_before
            && has_verdict
            && starts.len() < counted_items
            && named.is_none_or(|n| Some(n) != about);
        let question = (k > 0 && carries && verdict_before && has_verdict)
            .then(|| parts[k - 1])
            .filter(|&q| {
                q.0 > *starts.last().expect("starts with the first")
                    && answered_on_the_next_line(toks, q, part.0)
                    && investment_in(q) != about
            });
        // "Two follow-ups from …:\n@priya – please send …\n@dan – please obtain …": under a
        // heading that counts its items, each line opening on a handle is one.
        let handle_line = line_opens_on_a_handle(toks, part.0);
        let counted_line = counted && handle_line && handle_lines_in_record > 0;
        if let Some(at) = question.map(|q| q.0).or(counted_line.then_some(part.0)) {
            starts.push(at);
            about = question.and_then(investment_in).or(named);
            (carries, verdict_before, in_list) = (true, has_verdict, false);
            handle_lines_in_record = usize::from(at == part.0);
            continue;
        }
        handle_lines_in_record += usize::from(handle_line);
        // "… on a new ice machine …. And the H-2B housing work is moving along, …": news of
        // another registered thing after the decisions is a note of its own (round B55).
        let news_of_another = carries
            && !record
            && named.is_some()
            && named != about
            && news_of_another::news_of_another(toks, index, &names, part);
        // Convention 47: a task asked straight after the only decision is its follow-up,
        // unless it names another investment ("… get the kiln controls man to look at …").
        // "…, FJD 48,000. Cuts the root shrinkage from the wait for the boat, …": what the
        // thing before does, said with no subject, is still about it (round B57).
        let goes_on = carries && results_without_subject::opens_on_what_it_does(toks, part.0);
        let its_follow_up = !item_of_its_own
            && (goes_on
                || named.is_none_or(|n| Some(n) == about)
                    && task_straight_after_its_decision(toks, &parts, &records, k, currency)
                || carries
                    && part_left_after_a_rescope(toks, part, starts[starts.len() - 1], currency));
        if !its_follow_up
            && (follow_up
                || announced
                || turned
                || follow_up_after_news
                || next_noted_item
                || news_of_another
                || record
                    && (after_note
                        || after_noted_item
                        || carries
                            && (also
                                || new_thing
                                || next_item
                                || own_thing
                                || praised
                                || we_again
                                || next_counted
                                || subjects.contains(&part.0)
                                || named.is_some() && named != about)))
        {
            // The note is the item's alone: the heading before it says who met and when
            // ("Board minutes 25/11:"), no name of it (its date still reaches the note: see
            // `Reader::read`).
            if (after_noted_item || follow_up_after_news || next_noted_item) && starts.len() == 1 {
                starts[0] = noted_at;
            }
            starts.push(part.0);
            about = named;
            carries = true;
            verdict_before = has_verdict;
            // A task item of its own keeps the list going for the items after it.
            in_list = record && list_item(toks, part.0) || item_of_its_own;
            handle_lines_in_record = usize::from(handle_line);
            continue;
        }
        if record && !carries {
            in_list = list_item(toks, part.0);
        }
        // "• Packing line – Gunni wants only the weighing part now, …. Price down from 31
        // m.kr. to 14 m.kr.": the verdict said in a later sentence of the item the record
        // opened on (round B59).
        let last = *starts.last().expect("starts with the first");
        if record && carries && !in_list && last < part.0 && list_item(toks, last) {
            in_list = !toks[last..part.0].iter().any(|t| t.is_sym("\n"));
        }
        if !carries && noted.is_none() && !status_item(toks, part) {
            if let Some(at) = news_items::item_start(toks, part) {
                noted = named;
                noted_at = at;
            }
        }
        carries |= record;
        verdict_before |= has_verdict;
        about = about.or(named);
    }
    let mut spans: Vec<(usize, usize)> = starts.windows(2).map(|w| (w[0], w[1])).collect();
    spans.push((*starts.last().expect("starts with the first"), toks.len()));
    status_ends::cut_status_ends(toks, &parts, &names, &mut spans, currency);
    spans
}
