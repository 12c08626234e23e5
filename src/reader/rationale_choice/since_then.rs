//! "since then" before a result (round R55): "We spend $9,400 on the CCTV at the depot in
//! the summer and since then not one bag of ice walk off." A reason read from "then" on lost
//! its "since" as a cause's marker (convention 31); "since then" says from when the result
//! is measured, as "since go-live" does (convention 1), and stays.

use super::*;

/// `said`, given back its "since" when it opens on "then" right after one.
pub(super) fn with_since_then(text: &str, toks: &[Token], said: String) -> String {
    match reasons::span_of(text, toks, &said) {
        Some((a, b)) if a > 0 && b > a + 2 && toks[a].is("then") && toks[a - 1].is("since") => {
            text[toks[a - 1].start..toks[b - 1].end].trim().to_string()
        }
        _ => said,
    }
}
