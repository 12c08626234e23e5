//! Verdicts and cases told in the shapes round S17's strangers used. "The board gave the
//! recovery boiler controls the green light": the answer ("the green light", "the
//! go-ahead", "the nod", "the OK") given to a thing named between the verb and it. And the
//! subject of the clause after a refusal's price: "$480K and SAP PM does 80% of it", "£75k
//! and Sage does the job fine": a name in capitals doing something is a clause of its own.

use super::tokens::Token;

/// Verbs of giving an answer.
const GIVE: &[&str] = &["gave", "give", "gives", "given", "giving"];

/// The answer word at `start` ("green", "go-ahead", "nod", "ok"), after "the", is given to
/// a thing named between a verb of giving and it, in the same clause: "gave the evaporator
/// controls the green light". "The green light on the panel" gives nothing.
pub(super) fn given_to_a_thing(toks: &[Token], start: usize) -> bool {
    if start < 3 || !toks[start - 1].is("the") {
        return false;
    }
    // The thing named: at least one word between the verb and "the".
    (start.saturating_sub(10)..start - 2)
        .rev()
        .take_while(|&k| !toks[k].is_break() && !toks[k].is(","))
        .any(|k| GIVE.contains(&toks[k].lower.as_str()) && toks[k + 1].is_word())
}

/// Verbs a named subject does something with, present or past ("Sage does the job",
/// "SAP PM covers most of it", "Shopify already has it").
fn a_verb(w: &str) -> bool {
    matches!(
        w,
        "does"
            | "did"
            | "do"
            | "has"
            | "had"
            | "is"
            | "was"
            | "can"
            | "can't"
            | "cannot"
            | "won't"
            | "will"
            | "already"
            | "covers"
            | "handles"
    ) || w.len() > 4 && w.ends_with("es")
}

/// From `s` to `e`, a clause whose subject is a name in capitals (one to three words, not
/// the sentence's own first word's function words) followed by its verb: "Sage does the job
/// fine for now", "SAP PM does 80% of it if we'd actually use it".
pub(super) fn named_subject_clause(toks: &[Token], s: usize, e: usize) -> bool {
    let name = toks[s..e]
        .iter()
        .take(3)
        .take_while(|t| t.is_word() && (t.capital || t.caps))
        .count();
    name > 0 && s + name + 2 < e && a_verb(&toks[s + name].lower)
}
