//! "Board meeting yesterday decided: second vacuum packing line approved (€74,500). Whey
//! treatment stays rejected. …", "Dear Team, please note the following decisions taken by
//! Chaudhry Sahib today regarding Q3 capex: (a) … approved …; (b) …" (round V65): the
//! message's opening line, closed by a colon, says who decided what follows — "<who>
//! decided:" or "decisions taken by <who>:" — and each verdict after it that names no one
//! else is theirs. "Notes from the meeting:" and "We decided:" name no one.

use super::deciders::span_decider;
use super::tokens::Token;

/// Who the opening "… decided:" / "decisions taken by …:" heading says decided the
/// verdicts after its colon (asked once a message, where the verdicts passed on from an
/// opening are given: `verdicts_passed_on`).
pub(super) fn decided_heading(text: &str, toks: &[Token]) -> Option<String> {
    // A colon on the first line, within two dozen tokens, first.
    let close = (0..toks.len().min(24))
        .take_while(|&k| !toks[k].is_sym("\n"))
        .find(|&k| toks[k].is_sym(":"))?;
    if close < 2 {
        return None;
    }
    decided_heading_past_its_first_test(text, toks, close)
}

/// Words that end the one named in the heading: a sitting, a time, what it was about.
fn ends_the_name(w: &str) -> bool {
    matches!(
        w,
        "meeting"
            | "meetings"
            | "mtg"
            | "yesterday"
            | "today"
            | "tonight"
            | "this"
            | "last"
            | "on"
            | "regarding"
            | "about"
            | "for"
            | "at"
            | "in"
    )
}

/// [`decided_heading`] once its first test is passed.
fn decided_heading_past_its_first_test(text: &str, toks: &[Token], close: usize) -> Option<String> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "DG decision: the laptop refresh is approved", "Board decision: de Holetown deal off"
    // (round V66): a body or a head that decides, then its decision, as the heading.
    if matches!(word(close - 1), "decision" | "decisions") {
        let heading = &toks[..close - 1];
        let head = heading.len() == 1 && super::deciders_said::is_head(&heading[0].lower);
        return (super::deciders::only_a_body(heading) || head)
            .then(|| span_decider(text, toks, 0, close - 1, &|_| false))
            .flatten();
    }
    let (start, reach) = if word(close - 1) == "decided" {
        // "Board meeting yesterday decided:": the heading's first words.
        (0, close - 1)
    } else {
        // "… decisions taken by Chaudhry Sahib today …:".
        let by = (2..close)
            .find(|&k| word(k) == "by" && word(k - 1) == "taken" && word(k - 2) == "decisions")?;
        (by + 1, close)
    };
    let end = (start..reach)
        .find(|&k| ends_the_name(word(k)) || toks[k].is_break())
        .unwrap_or(reach);
    if end == start || end - start > 4 {
        return None;
    }
    span_decider(text, toks, start, end, &|_| false)
}
