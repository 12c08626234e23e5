//! A task asked of someone straight after the message's only decision is that decision's
//! follow-up, not a note of its own (convention 47): "… it was decided to continue, the
//! inspection said …. @paulo please send me the new measurements until 22/12.", "…\n\n
//! @bongani please tell the supplier by Tuesday.", "… I'm pulling the plug\nKaren: agreed.
//! @ray can you cancel the renewal before 12/31?".

use super::*;

/// Whether the sentence `parts[k]` asks or tells someone named to do a task in the sentence,
/// the line or the paragraph straight after the message's only record, a decision (its
/// reason may come between in the verdict's own line or paragraph). Not under a heading
/// that counts the message's items ("two from me:"), where the task is the next item, nor
/// after news said on a line between.
pub(super) fn task_straight_after_its_decision(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    k: usize,
    currency: Currency,
) -> bool {
    let part = parts[k];
    if records[k]
        || counting_heading(toks)
        || !(asks_someone_on_a_line(toks, part) || tells_a_handle_to_work(toks, part))
    {
        return false;
    }
    // "forklift - approved. 380k. @Kaveri pls …": the decision's amount told alone after
    // it is the decision's, no record between (round B57).
    let bare = |j: usize| j > 0 && bare_amount(toks, parts[j], currency);
    let mut with_record = (0..records.len()).filter(|&j| records[j] && !bare(j));
    let (Some(v), None) = (with_record.next(), with_record.next()) else {
        return after_the_last_of_several(toks, parts, records, k);
    };
    let verdict = parts[v];
    if v >= k || find_verdict_in(toks, verdict.0, verdict.1).is_none() {
        return false;
    }
    let between = &toks[verdict.1..part.0];
    let breaks = between.iter().filter(|t| t.is_sym("\n")).count();
    // The sentence straight after the verdict's.
    let next_sentence = (v + 1..k).all(bare) && breaks == 0;
    // The next line, after no more than a word of assent on it ("agreed.").
    let next_line = breaks == 1 && {
        let line = between
            .iter()
            .rposition(|t| t.is_sym("\n"))
            .map_or(0, |at| at + 1);
        between[line..].iter().filter(|t| t.is_word()).count() <= 2
    };
    // The next paragraph, the verdict's own closing on its line.
    let next_paragraph = breaks == 2
        && part.0 >= 2
        && toks[part.0 - 1].is_sym("\n")
        && toks[part.0 - 2].is_sym("\n");
    next_sentence || next_line || next_paragraph
}

/// "… The laptops for the front desk are approved at £5,400 — …. @tom please get three
/// quotes in by 15/12." (round B54, convention 47 after the second of two decisions): with
/// several records, a task in the sentence straight after the last one's, when that one
/// approves or rescopes (a task after work put off, refused or stopped, or after news of
/// work going on, is a note of its own).
fn after_the_last_of_several(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    k: usize,
) -> bool {
    use crate::reader::Verdict;
    if k == 0 || !records[k - 1] {
        return false;
    }
    let (a, b) = parts[k - 1];
    // An approval or a rescope: "… the off-road range keeps going out to the powder coater"
    // is news said between (a continue read in it), after which the task is a note of its
    // own (`bremer-caravans` 40).
    let goes_ahead = find_verdict_in(toks, a, b)
        .is_some_and(|v| matches!(v.verdict, Verdict::Approve | Verdict::Rescope));
    goes_ahead && !toks[b..parts[k].0].iter().any(|t| t.is_sym("\n"))
}

/// "two from me:", "Three things:": the message opens on a heading counting its items, a
/// number (two to four) closed by a colon a few words on.
fn counting_heading(toks: &[Token]) -> bool {
    toks.first()
        .is_some_and(|t| matches!(t.lower.as_str(), "two" | "three" | "four" | "2" | "3" | "4"))
        && toks
            .iter()
            .take(8)
            .take_while(|t| !t.is_sym("\n") && !t.is_sym("."))
            .any(|t| t.is_sym(":"))
}

/// Whether the sentence `part` says only an amount ("380k.", "$38,000."): its words are
/// all the money's.
fn bare_amount(toks: &[Token], part: (usize, usize), currency: Currency) -> bool {
    let (a, b) = part;
    let money = find_money(&toks[a..b], currency);
    let said = |k: usize| money.iter().any(|m| m.start <= k - a && k - a < m.end);
    !money.is_empty()
        && (a..b)
            .filter(|&k| toks[k].is_word() || toks[k].kind == TokKind::Num)
            .all(said)
}
