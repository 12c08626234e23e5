//! Round L38's shapes of the records after a message's first: a heading whose verdict is
//! its items' ("Care Centre asks, signed off by Ruth:\n- body lifts: approved, £24k\n- …"),
//! work told as already showing its result after the decisions ("And the new mixers are
//! already showing: …, about £2k a month less overtime"), and a task closing a summary of
//! several decisions after one that puts work off ("… on hold till April; …. @gareth to get
//! crane hire costs for the gap by 11/12.").

use super::*;
use crate::domain::Verdict;

/// Where the first record starts past a heading whose verdict is its items' (which then
/// carries no record: see `heading_over_decided_items`) or past a table's header rows (see
/// `first_table_row`); 0 when there is neither.
pub(super) fn first_item_start(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &mut [bool],
    currency: Currency,
) -> usize {
    if let Some(items) = heading_over_decided_items(toks, parts, records, currency) {
        records[0] = false;
        return items;
    }
    first_table_row(toks, parts, records).unwrap_or(0)
}

/// "Care Centre asks, signed off by Ruth:\n- body lifts: approved, £24k\n- mortuary
/// trolleys: approved, £6k": a first line ending on its colon, with a verdict but no money,
/// over two or more items of a list each with a record of its own. Its verdict is said of
/// the items (each says its own), so the heading is no record: where the first item starts.
pub(super) fn heading_over_decided_items(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
    currency: Currency,
) -> Option<usize> {
    let (&(a, b), &first_record) = parts.first().zip(records.first())?;
    let colon_line =
        toks.get(b).is_some_and(|t| t.is_sym("\n")) && b > a && toks[b - 1].is_sym(":")
            || toks.get(b).is_some_and(|t| t.is_sym(":"))
                && toks.get(b + 1).is_some_and(|t| t.is_sym("\n"));
    if !first_record || !colon_line || !find_money(&toks[a..b], currency).is_empty() {
        return None;
    }
    let items = parts
        .iter()
        .zip(records)
        .skip(1)
        .filter(|(&(p, q), &r)| r && list_item(toks, p) && find_verdict_in(toks, p, q).is_some())
        .count();
    (items >= 2).then(|| parts[1].0)
}

/// "And the new mixers are already showing: we're getting two extra mixes an hour …",
/// "the parent app's already showing up: term re-enrolments …", "the arcade cards … are already showing up in the numbers": work told as already
/// showing its result (the result and its money follow), or as "showing: …" with no
/// "already". Not work that turns up ("the van is already showing up Monday").
pub(super) fn already_showing(part: &[Token]) -> bool {
    part.windows(2).enumerate().any(|(k, w)| {
        let next = |j: usize| part.get(k + j).map_or("", |t| t.lower.as_str());
        // "already showing: …", "already showing up: …", "… up in the numbers".
        let after = if next(2) == "up" { 3 } else { 2 };
        let told = matches!(next(after), ":" | "—" | "–");
        w[0].is("already")
            && matches!(w[1].lower.as_str(), "showing" | "shows")
            && (told || next(after) == "in" && next(after + 1) == "the")
            // "the drip irrigation upgrade is showing: water per stem is down 22% …":
            // without "already", the result straight after a colon or a dash.
            || w[1].is("showing") && next(2) != "up" && told && is_or_has(&w[0].lower)
    })
}

/// "is", "are", or a word with "'s" ("the upgrade's showing: …").
fn is_or_has(word: &str) -> bool {
    matches!(word, "is" | "are" | "been") || word.ends_with("'s")
}

/// "… The shower block refurb is on hold till April; the money isn't there this winter.
/// @gareth to get crane hire costs for the gap by 11/12.": the last sentence of a message
/// of several records (`records_before`), handing a task to a handle ("@gareth to …",
/// "Action from it: @kayla to …"), after a record whose verdict puts the work off or
/// refuses it (`last`, from where it starts to `part`): nothing is done on work put off,
/// so the task is a note of its own.
pub(super) fn task_closing_after_work_put_off(
    toks: &[Token],
    part: (usize, usize),
    last: usize,
    records_before: usize,
) -> bool {
    let (a, b) = part;
    if records_before < 2 || b != toks.len() && !(b + 1 == toks.len() && is_end(&toks[b])) {
        return false;
    }
    // "@gareth to …", or an action's label first: "Action: @gareth …", "Action from it:".
    // "Stuart's asked @gemma to …", "Jo has asked @sam to …": asked of the handle.
    let asked = (a + 1..b.min(a + 3))
        .find(|&k| toks[k].is("asked") && toks.get(k + 1).is_some_and(|t| t.is_sym("@")));
    // "Kindly @kunle share …", "Please @jo send …": asked politely, the handle next.
    let polite = matches!(toks[a].lower.as_str(), "kindly" | "please" | "pls" | "plz")
        && toks.get(a + 1).is_some_and(|t| t.is_sym("@"));
    // "@beau get me …", "Also Bully, can you …", "Please Liu gong prepare …" (round B55).
    if super::asked_after_put_off::asks_for_a_task(toks, part) {
        return find_verdict_in(toks, a, b).is_none()
            && find_verdict_in(toks, last, a)
                .is_some_and(|v| matches!(v.verdict, Verdict::Defer | Verdict::Reject));
    }
    let handle_at = if toks[a].is_sym("@") || polite {
        a + usize::from(polite)
    } else if let Some(k) = asked {
        k + 1
    } else if toks[a].is("action") || toks[a].is("actions") {
        match (a..b.min(a + 5)).find(|&k| toks[k].is_sym(":")) {
            Some(c) if toks.get(c + 1).is_some_and(|t| t.is_sym("@")) => c + 1,
            _ => return false,
        }
    } else {
        return false;
    };
    let task = hands_out_a_task(toks, (handle_at, b))
        || toks.get(handle_at + 2).is_some_and(|t| {
            t.is("can")
                || t.is("could")
                || polite && crate::reader::intent::is_action_verb(&t.lower)
        });
    task && find_verdict_in(toks, a, b).is_none()
        && find_verdict_in(toks, last, a)
            .is_some_and(|v| matches!(v.verdict, Verdict::Defer | Verdict::Reject))
}

/// "exec call today:\nshopify store +1 for another yr\ninfluencer mgmt tool 🚫\n…": a line
/// of its own that names a thing (two words or more, no verdict among them) and closes on
/// its verdict, after a line with a verdict: a record of its own, though the directory
/// lacks the thing's name.
pub(super) fn line_closed_by_its_verdict(toks: &[Token], (a, b): (usize, usize)) -> bool {
    a > 0
        && toks[a - 1].is_sym("\n")
        && toks.get(b).is_none_or(|t| t.is_sym("\n"))
        && find_verdict_in(toks, a, b).is_some_and(|v| {
            v.end == b
                && v.start >= a + 2
                && toks[a..v.start]
                    .iter()
                    .all(|t| t.is_word() || t.kind == TokKind::Num)
        })
}

/// A row of a table pasted as text, "| Hillsborough car park | Rejected | 65,000 | we lease
/// it |": a line of its own that opens on a bar and says a verdict after a thing's words
/// in the cells before it (the money may be a bare figure under a heading's "£").
pub(super) fn table_row_with_verdict(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let line_start = a == 0 || toks[a - 1].is_sym("\n");
    let line_end = toks.get(b).is_none_or(|t| t.is_sym("\n"));
    if !(line_start && line_end && toks[a].is_sym("|")) {
        return false;
    }
    let cell = |t: &Token| {
        t.is_word() || t.kind == TokKind::Num || matches!(t.lower.as_str(), "," | "-" | "|")
    };
    find_verdict_in(toks, a, b).is_some_and(|v| {
        toks[v.start - 1].is_sym("|")
            && toks[a..v.start].iter().all(cell)
            && toks[a..v.start].iter().any(|t| t.is_word())
    })
}

/// "Capital requests – …:\n\n| Request | Outcome | £ | Why |\n|---|…|\n| Air conditioning …
/// | Approved | 41,000 | … |\n| …": a table whose rows (two or more) each say a verdict.
/// The header rows name no record, so the first record starts at the first row with a
/// verdict (the heading before still gives every row its date and unit).
pub(super) fn first_table_row(
    toks: &[Token],
    parts: &[(usize, usize)],
    records: &[bool],
) -> Option<usize> {
    let rows: Vec<usize> = parts
        .iter()
        .zip(records)
        .enumerate()
        .filter(|(_, (&p, &r))| r && table_row_with_verdict(toks, p))
        .map(|(k, _)| k)
        .collect();
    let &first = rows.first()?;
    let header = first > 0 && toks[parts[first - 1].0].is_sym("|");
    let first_record = records.iter().position(|r| *r) == Some(first);
    (rows.len() >= 2 && header && first_record).then(|| parts[first].0)
}

/// Does "And" (or "An'") open a sentence at `a`, after a full stop ("…. And the roof
/// over the sale pens – members said no …")? Not after a semicolon or a comma, where it
/// joins a clause to the sentence's own.
pub(super) fn and_opens_sentence(toks: &[Token], a: usize) -> bool {
    a > 0
        && matches!(toks[a - 1].lower.as_str(), "." | "!")
        && toks.get(a).is_some_and(|t| match t.lower.as_str() {
            "and" | "an'" | "an’" => true,
            // "An' the gaffer's OK'd …": the apostrophe its own mark.
            "an" => toks
                .get(a + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "'" | "’")),
            _ => false,
        })
}

/// Where the record `a..b` is read from: past the "And" (or "An'") that opens its sentence
/// after a full stop, which says only that it follows ("…. And the arcade cards are already
/// showing up in the numbers: …" reads as "The arcade cards are …" does).
pub(in crate::reader) fn past_opening_and(toks: &[Token], a: usize, b: usize) -> usize {
    // "Also Bully, can you get one haul-out quote …" (round B55): past "Also" before the
    // name a task is asked of.
    if super::asked_after_put_off::also_before_a_name(toks, a, b) {
        return a + 1;
    }
    if !and_opens_sentence(toks, a) {
        return a;
    }
    let from = if toks[a].is("an") { a + 2 } else { a + 1 };
    if from < b && toks[from].is_word() {
        from
    } else {
        a
    }
}

/// "…, £23k, approved by the members by email yesterday": the piece `a..b` opens on its
/// verdict, said with "by" and who gave it; the verdict of the thing before it.
pub(super) fn verdict_said_by(toks: &[Token], (a, b): (usize, usize)) -> bool {
    find_verdict_in(toks, a, b)
        .is_some_and(|v| v.start == a && toks.get(v.end).is_some_and(|t| t.is("by")))
}
