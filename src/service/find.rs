//! `/value find <words>`: the tenant's notes, rationales, evidence and names holding the
//! words, best matches first, each with the matched words shown in context.

use super::error::{user, Failure};
use super::render;
use super::{Caller, Service};
use crate::store::Hit;
use valuebridge_chat::Reply;

/// Results shown.
const LIMIT: usize = 10;
/// Words of context either side of the first match.
const CONTEXT: usize = 6;

/// The part of the record's text around its first matched word, matched words in bold.
fn snippet(hit: &Hit) -> String {
    let texts = crate::store::search_text(&hit.state.record);
    let is_match = |w: &str| crate::store::search_terms(w).any(|t| hit.matched.contains(&t));
    let text = texts
        .iter()
        .find(|t| t.split_whitespace().any(is_match))
        .or(texts.first())
        .cloned()
        .unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.iter().position(|w| is_match(w)).unwrap_or(0);
    let from = first.saturating_sub(CONTEXT);
    let to = (first + CONTEXT + 1).min(words.len());
    let shown: Vec<String> = words[from..to]
        .iter()
        .map(|w| {
            if is_match(w) {
                format!("**{w}**")
            } else {
                w.to_string()
            }
        })
        .collect();
    format!(
        "{}{}{}",
        if from > 0 { "… " } else { "" },
        shown.join(" "),
        if to < words.len() { " …" } else { "" }
    )
}

pub fn find(s: &Service, caller: &Caller, words: &str) -> Result<Reply, Failure> {
    if crate::store::search_terms(words).next().is_none() {
        return Err(user(
            "Give words to look for, like `/value find vendor demo`; very common words (the, and, of…) are not searched.",
        ));
    }
    let hits = s.store.search(&caller.tenant, words, LIMIT)?;
    if hits.is_empty() {
        return Ok(Reply::info().paragraph(format!(
            "Nothing in notes, rationales, evidence or names matches \"{words}\"."
        )));
    }
    let rows = hits
        .iter()
        .map(|h| -> Result<Vec<String>, Failure> {
            Ok(vec![render::title(s, caller, &h.state.record)?, snippet(h)])
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Reply::info()
        .heading(format!("Found for \"{words}\" ({} best)", hits.len()))
        .table(&["Record", "Where it matches"], rows)
        .paragraph("`/value show <id>` shows a record in full."))
}
