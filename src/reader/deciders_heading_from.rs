//! "Quick one from the GM office:\n- Fuel tank: approved, …", "Just from Mr Phiri: no to the
//! bottling line this year.", "Feedback from Mr Chanda after his visit to the drying site
//! yesterday:\n1. The solar dryers are approved …", "Message from the board (via Oom
//! Gerrit): the pellet mill is approved …", "Two things from Finance (Mme Bégué): the file
//! server is approved …" (round V62): the message's opening heading says whom its news is
//! from, closed by a colon or a dash, and its verdicts name no one else — they are that
//! one's (convention 78's "the one it is passed on from"). Asked last, when no other look
//! names anyone. A titled name, a body or a head's title is needed: "Update from Lagos:",
//! "Notes from Tuesday's meeting:", "From Tuesday's steering:", "Two things from my side:"
//! name no one.

use super::decider_looks::AtVerdict;
use super::deciders::{is_body, span_decider};

/// Titles a named one opens with.
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w) || matches!(w, "mme" | "chief" | "sir" | "ntate")
}

/// Words that make the span a meeting or a paper, not who decided.
fn a_meeting(w: &str) -> bool {
    matches!(
        w,
        "meeting" | "meetings" | "mtg" | "minutes" | "call" | "resolution" | "review" | "side"
    )
}

/// Who the opening heading before the verdict at `look.verb` says its news is from.
pub(super) fn heading_from(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        ..
    } = *look;
    // The heading: the first line, closed by a colon or a dash within two dozen tokens.
    let close = (0..toks.len().min(24))
        .take_while(|&k| !toks[k].is_sym("\n"))
        .find(|&k| matches!(look.word(k), ":" | "—" | "–"))?;
    if close >= verb {
        return None;
    }
    let from = (0..close).rev().find(|&k| look.word(k) == "from")?;
    // The one named runs to the close, a comma, "after" the visit or meeting, or a bracket.
    let mut end = super::deciders_passed_on::before_the_meeting(toks, from, close);
    if let Some(k) = (from + 1..end).find(|&k| toks[k].is_sym("(") || look.word(k) == "via") {
        // "Finance (Mme Bégué)": the one in the brackets, not a go-between's "(via …)".
        if toks[k].is_sym("(") && look.word(k + 1) != "via" {
            let shut = (k + 1..close).find(|&j| toks[j].is_sym(")"))?;
            if title(look.word(k + 1)) {
                return span_decider(text, toks, k + 1, shut, is_unit);
            }
        }
        end = k;
    }
    let span = from + 1..end;
    // "From Tuesday's steering:": a sitting on a day, no one named.
    let timed = |k: usize| {
        let w = look.word(k).trim_end_matches("'s").trim_end_matches("’s");
        super::dates::weekday(w).is_some() || super::dates::month(w).is_some()
    };
    if span.is_empty() || span.clone().any(|k| a_meeting(look.word(k)) || timed(k)) {
        return None;
    }
    let someone = span.clone().any(|k| {
        let w = look.word(k).trim_end_matches("'s").trim_end_matches("’s");
        title(w) || is_body(w) || super::deciders_said::is_head(w)
    });
    if !someone {
        return None;
    }
    span_decider(text, toks, from + 1, end, is_unit)
}
