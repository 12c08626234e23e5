//! "security training -> Q2" (round V54): a thing with an arrow to a later time, the time
//! closing its line, is moved there, a deferral (as "pushed to Q2" is). An arrow to a status
//! ("Submitted → Approved") or to a figure ("$1.4m → $820k") is not this shape.

use super::tokens::{TokKind, Token};

/// Words of a time an arrow may point to: a quarter, a month, a season, "next …", a year.
fn time_word(w: &str) -> bool {
    matches!(
        w,
        "q1" | "q2" | "q3" | "q4" | "h1" | "h2" | "next" | "later"
    ) || super::dates::month(w).is_some()
        || super::dates::season_start(w).is_some()
        || w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit())
}

/// At `i`, an arrow ("->", "=>", "→") after a thing of one word or more on its line, then
/// a time closing the line or the clause: where the shape ends.
pub(in crate::reader) fn arrowed_to_a_time_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let after = match w(i) {
        "→" => i + 1,
        "-" | "=" if toks.get(i + 1).is_some_and(|t| t.is_sym(">") && t.attached) => i + 2,
        _ => return None,
    };
    // A thing before the arrow on its line: a word just before it.
    if i == 0 || toks[i - 1].kind != TokKind::Word {
        return None;
    }
    if !time_word(w(after)) {
        return None;
    }
    // The time: its word, and "year" / "quarter" / a month after "next", or a year after a
    // quarter or month.
    let mut end = after + 1;
    if w(after) == "next" {
        if !matches!(
            w(end),
            "year"
                | "quarter"
                | "month"
                | "fy"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        ) {
            return None;
        }
        end += 1;
    }
    if toks.get(end).is_some_and(|t| t.kind == TokKind::Num) {
        end += 1;
    }
    toks.get(end)
        .is_none_or(|t| t.is_break() || t.kind == TokKind::Sym)
        .then_some(end)
}
