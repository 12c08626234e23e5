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
    Ok(Reply::info()
        .heading(format!("Found for \"{words}\" ({} best)", hits.len()))
        .table(&["Record", "Where it matches"], rows(s, caller, &hits)?)
        .paragraph("`/value show <id>` shows a record in full."))
}

/// A question asked in plain words ("what did we decide on the CRM?"), answered with the
/// records its words find, best first, and how to see one's history; `None` when nothing
/// matches (or no word is searched).
pub fn answer_question(s: &Service, caller: &Caller, text: &str) -> Result<Option<Reply>, Failure> {
    if crate::store::search_terms(text).next().is_none() {
        return Ok(None);
    }
    let hits = s.store.search(&caller.tenant, text, LIMIT)?;
    let Some(best) = hits.first() else {
        return Ok(None);
    };
    let id = best.state.record.id();
    let more = match hits.len() - 1 {
        0 => String::new(),
        n => format!(", and {n} more"),
    };
    Ok(Some(
        Reply::info()
            .notify(format!(
                "Found in the register: {}{more}",
                render::title(s, caller, &best.state.record)?
            ))
            .heading("What the register holds on that")
            .table(&["Record", "Where it matches"], rows(s, caller, &hits)?)
            .paragraph(format!(
                "`/value history {id}` shows every decision and change on it; `/value show <id>` shows a record in full."
            )),
    ))
}

/// The hits as table rows: the record's title, and where it matches.
fn rows(s: &Service, caller: &Caller, hits: &[Hit]) -> Result<Vec<Vec<String>>, Failure> {
    hits.iter()
        .map(|h| Ok(vec![render::title(s, caller, &h.state.record)?, snippet(h)]))
        .collect()
}
