//! A ticket's or a form's line labelled as the reason: "Business justification: PLF screen
//! sells out every Atmos weekend …", "*Why:* queue wait times …", and for a benefit its
//! "Result:" or "Outcome:" line. The writer says what the line is, so its value is the
//! reason, whatever the other lines hold (an approver's name, a price's note). A decided
//! ticket's "Notes:" or "Comment:" line is its reason too (round R56, `vanua-yaqona-exports`
//! 16, `aurora-cinemas` 1): a note's ticket, with no verdict, gives none.

use super::tokens::{TokKind, Token};

/// Layout before or around a line's label: a bullet, a quote's marker, bold or italic marks.
fn markup(t: &Token) -> bool {
    t.kind == TokKind::Sym && matches!(t.lower.as_str(), "*" | "_" | "-" | "•" | ">" | "**")
}

/// Where the label at `k` (a line's first word) ends, its colon included: "why",
/// "reason(s)", "rationale", "(business) justification", for a benefit (`result`)
/// "result(s)" or "outcome", and for a decision (`decided`) "note(s)" or "comment(s)".
fn label_end(toks: &[Token], k: usize, result: bool, decided: bool) -> Option<usize> {
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let mut j = k + usize::from(w(k) == "business" && w(k + 1) == "justification");
    let named = match w(j) {
        "why" | "reason" | "reasons" | "rationale" | "justification" => true,
        "result" | "results" | "outcome" => result,
        "note" | "notes" | "comment" | "comments" => decided,
        _ => false,
    };
    if !named {
        return None;
    }
    j += 1;
    while toks.get(j).is_some_and(markup) {
        j += 1;
    }
    (w(j) == ":").then_some(j + 1)
}

/// The value of the first line labelled as the reason (see [`label_end`]), up to the line's
/// or its sentence's end (or an "=" that gives its worth), with its span; `None` when no
/// line is so labelled, its value is under three tokens, or it holds `verdict` (tokens).
pub fn reason_line(
    text: &str,
    toks: &[Token],
    result: bool,
    verdict: Option<(usize, usize)>,
) -> Option<String> {
    let line_starts = std::iter::once(0).chain(
        toks.iter()
            .enumerate()
            .filter(|(_, t)| t.is("\n"))
            .map(|(i, _)| i + 1),
    );
    for mut k in line_starts {
        while toks.get(k).is_some_and(markup) {
            k += 1;
        }
        let Some(mut s) = label_end(toks, k, result, verdict.is_some()) else {
            continue;
        };
        while toks.get(s).is_some_and(markup) {
            s += 1;
        }
        let e = (s..toks.len())
            .find(|&j| matches!(toks[j].lower.as_str(), "\n" | "." | "!" | "="))
            .unwrap_or(toks.len());
        let holds_verdict = verdict.is_some_and(|(a, b)| a < e && b > s);
        if e >= s + 3 && !holds_verdict {
            return Some(text[toks[s].start..toks[e - 1].end].trim().to_string());
        }
    }
    None
}
