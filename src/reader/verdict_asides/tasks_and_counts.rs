//! After an approval, what tells no reason: a task said to someone by name ("Rui, you can
//! send the order", "@kai, can you book the fitter?"), a task told of someone in minutes
//! ("Davie ordering from the Galashiels firm", "Issah to process the documents") and how
//! many are bought ("8 units").

use super::Token;
use crate::reader::tokens::TokKind;

/// Words after "<name>," that turn to that person with a task.
const ASKS: &[&str] = &["you", "can", "could", "please", "pls", "plz", "kindly"];

/// What is counted when a count says how many are bought.
const COUNTED: &[&str] = &[
    "units", "unit", "pcs", "pieces", "nos", "sets", "seats", "licences", "licenses", "devices",
];

/// "Rui, you can send the order", "@ruth, can you book …", "Dave, please chase …": someone
/// called by name (or an @-mention), a comma, then words turned to them.
pub(super) fn task_to_someone(span: &[Token]) -> bool {
    let name_end = match span {
        [at, name, ..] if at.is_sym("@") && name.is_word() => 2,
        [name, ..] if name.is_word() && name.capital => 1,
        _ => return false,
    };
    span.len() > name_end + 3
        && span[name_end].is(",")
        && ASKS.contains(&span[name_end + 1].lower.as_str())
}

/// "8 units", "2 sets": a count of what is bought and nothing more.
pub(super) fn count_bought(span: &[Token]) -> bool {
    matches!(span, [n, w] if n.kind == TokKind::Num && COUNTED.contains(&w.lower.as_str()))
}

/// "Davie ordering from the Galashiels firm", "Issah to process the documents with the
/// dealer" (round S52): minutes' task told of someone by name, who does what next: a
/// capitalised name of letters only, then "to" and a verb, or a verb of getting the thing
/// in hand in "-ing".
pub(super) fn task_told_of_someone(span: &[Token]) -> bool {
    let [name, next, verb, ..] = span else {
        return false;
    };
    let named = name.is_word()
        && name.capital
        && !name.caps
        && name.lower.len() > 2
        && name.lower.chars().all(|c| c.is_alphabetic())
        && !matches!(
            name.lower.as_str(),
            "the" | "this" | "that" | "they" | "nothing" | "everything" | "nobody" | "since"
        );
    let to_do = next.is("to")
        && matches!(
            verb.lower.as_str(),
            "process"
                | "order"
                | "book"
                | "chase"
                | "arrange"
                | "sort"
                | "send"
                | "get"
                | "raise"
                | "sign"
                | "call"
                | "contact"
                | "organise"
                | "organize"
                | "prepare"
                | "draft"
        );
    let doing = matches!(
        next.lower.as_str(),
        "ordering" | "booking" | "chasing" | "arranging" | "processing" | "raising"
    );
    named && (to_do || doing)
}
