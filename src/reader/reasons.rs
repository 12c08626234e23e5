//! The learned choice of a record's rationale (or, for a benefit, its evidence): which
//! clause of the message explains it, if any. The candidates are the message's clauses and
//! the parts of them after a reason word ("because", "since", "until"); an averaged
//! perceptron scores each, and "no rationale", from the clause's words, where it sits
//! against the verdict, and whether the hand rules chose it. The model's choice replaces
//! the rules' only when it wins by the model's `threshold`.

use super::model::fnv;
use super::tokens::{TokKind, Token};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// One clause that might be the rationale: a token range of the record.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What the features of a candidate are read against.
pub struct Context<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Is token j part of an amount or a date?
    pub skip: &'a dyn Fn(usize) -> bool,
    /// The verdict's token range, when there is one.
    pub verdict: Option<(usize, usize)>,
    /// "decision" or "benefit", and the verdict's word.
    pub kind: &'a str,
    /// The rules' choice.
    pub rule: Option<&'a str>,
}

/// Text as the corpus compares it: lower case, single spaces, no outer punctuation.
pub fn normalise(s: &str) -> String {
    // Built in one buffer (the rules compare many candidate clauses this way): the words
    // joined by single spaces, lower-cased in place when ASCII (where `to_lowercase` is
    // `make_ascii_lowercase`), the outer punctuation cut off without another copy.
    let mut joined = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(w);
    }
    let mut lower = if joined.is_ascii() {
        joined.make_ascii_lowercase();
        joined
    } else {
        joined.to_lowercase()
    };
    let punct = |c: char| c.is_ascii_punctuation();
    let end = lower.trim_end_matches(punct).len();
    lower.truncate(end);
    let start = lower.len() - lower.trim_start_matches(punct).len();
    lower.drain(..start);
    lower
}

/// Whether [`normalise`] of `s` is `normalised`, told without building it: the rationale
/// rules ask it of many spans against one investment's name. In ASCII, `normalise` is the
/// words joined by single spaces and lower-cased, the first word's leading and the last
/// word's trailing punctuation cut off (a space stops either cut); so each word is
/// compared where it would land. Other text is normalised and compared.
pub fn normalises_to(s: &str, normalised: &str) -> bool {
    if !s.is_ascii() {
        return normalise(s) == normalised;
    }
    let want = normalised.as_bytes();
    let punct = |c: char| c.is_ascii_punctuation();
    let mut at = 0;
    let mut words = s.split_whitespace().peekable();
    let mut first = true;
    while let Some(word) = words.next() {
        let mut piece = word;
        if words.peek().is_none() {
            piece = piece.trim_end_matches(punct);
        }
        if first {
            piece = piece.trim_start_matches(punct);
        } else if want.get(at) == Some(&b' ') {
            at += 1;
        } else {
            return false;
        }
        first = false;
        let Some(there) = want.get(at..at + piece.len()) else {
            return false;
        };
        if !piece
            .bytes()
            .zip(there)
            .all(|(a, &b)| a.to_ascii_lowercase() == b)
        {
            return false;
        }
        at += piece.len();
    }
    at == want.len()
}

fn is_clause_break(t: &Token) -> bool {
    t.is_break() || (t.is_sym("-") && !t.attached)
}

const LEADS: &[&str] = &["because", "since", "as", "given", "citing", "so", "but"];
const KEPT_LEADS: &[&str] = &["until", "till", "unless", "pending", "waiting", "awaiting"];

/// The candidate clauses of the record, without repeats, in order.
pub fn candidates(text: &str, toks: &[Token]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |a: usize, b: usize| {
        if a >= b || b > toks.len() {
            return;
        }
        let t = text[toks[a].start..toks[b - 1].end].trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '—' | ')' | '(')
        });
        if t.is_empty() || out.iter().any(|c| c.start == a && c.end == b) {
            return;
        }
        out.push(Candidate {
            start: a,
            end: b,
            text: t.to_string(),
        });
    };
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    // Clauses between any breaks, sentences between sentence ends, and the stretches
    // between breaks other than commas ("— dropping the mobile app, nobody used it").
    for level in 0..3 {
        let mut s = 0;
        for (j, t) in toks.iter().enumerate() {
            let end = match level {
                0 => is_clause_break(t),
                1 => matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";"),
                _ => is_clause_break(t) && !t.is(","),
            };
            if end {
                ranges.push((s, j));
                s = j + 1;
            }
        }
        ranges.push((s, toks.len()));
    }
    for (a, b) in ranges {
        if a >= b || b - a > 60 {
            continue;
        }
        push(a, b);
        for j in a..b {
            let w = toks[j].lower.as_str();
            let next = toks.get(j + 1).map_or("", |t| t.lower.as_str());
            if KEPT_LEADS.contains(&w) {
                push(j, b);
            } else if LEADS.contains(&w) {
                push(j + 1, b);
            } else if matches!(w, "due" | "thanks" | "owing" | "because") && next == "to"
                || (w == "because" && next == "of")
            {
                push(j + 2, b);
            } else if j > a
                && (matches!(w, "from" | "by" | "through" | "via")
                    || w == "that" && toks[j - 1].is("basis"))
            {
                push(j + 1, b);
            }
        }
    }
    out
}

mod choosing;
mod edge_features;
#[cfg(test)]
mod edge_tests;
mod edges;
mod features;
mod ranker;
mod reason_signs;
mod verdict_object;

pub use self::choosing::*;
pub use self::features::*;
pub use self::ranker::*;

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn candidates_cover_clauses_and_what_follows_a_reason_word() {
        let text =
            "approved the pick by voice at €70k because month-end close takes 9 days, per Sam";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"month-end close takes 9 days".to_string()),
            "{got:?}"
        );
        assert!(got.contains(&"per Sam".to_string()), "{got:?}");
        let text = "Planning portal on hold until the new local plan is adopted";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"until the new local plan is adopted".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn the_rules_choice_is_always_an_option_so_the_model_can_keep_it() {
        let text = "farm portal trimmed to $260k, dropping the app for good";
        let toks = tokenize(text);
        let skip = |_: usize| false;
        // A stretch no clause boundary gives.
        let rule = "the app for";
        let ctx = Context {
            text,
            toks: &toks,
            skip: &skip,
            verdict: Some((2, 3)),
            kind: "decision",
            rule: Some(rule),
        };
        let (cands, opts, k) = options(&ctx);
        assert_eq!(opts.len(), cands.len() + 1, "every candidate, then none");
        assert_eq!(cands.get(k).map(|c| c.text.as_str()), Some(rule));
    }

    #[test]
    fn a_stretch_across_a_comma_and_what_follows_on_the_basis_that_are_candidates() {
        let text = "farm portal trimmed to $260k — dropping the mobile app, nobody used it";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(
            got.contains(&"dropping the mobile app, nobody used it".to_string()),
            "{got:?}"
        );
        let text = "effluent monitoring approved, $85k, on the basis that fines were $60k";
        let got: Vec<String> = candidates(text, &tokenize(text))
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"fines were $60k".to_string()), "{got:?}");
    }

    #[test]
    fn normalises_to_answers_as_normalise_compared() {
        // Every string of up to four of these characters, and some longer ones, against
        // the normalised form of every other.
        let alphabet = ['a', 'B', ' ', '-', '.'];
        let mut texts: Vec<String> = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            texts.extend(last.iter().cloned());
        }
        for extra in [
            "  The Billing Upgrade. ",
            "the billing upgrade",
            "\t- the\tbilling  upgrade!!\n",
            "(Store Wi-Fi)",
            "store wi-fi",
            "- .",
            "Café Refit",
            "café refit",
            "ΣΑΣ",
            "a\u{a0}b",
        ] {
            texts.push(extra.to_string());
        }
        let normalised: Vec<String> = texts.iter().map(|t| normalise(t)).collect();
        for s in &texts {
            let own = normalise(s);
            for n in &normalised {
                assert_eq!(normalises_to(s, n), own == *n, "{s:?} against {n:?}");
            }
        }
    }

    #[test]
    fn the_shipped_model_parses_and_round_trips() {
        let m = shipped();
        let again = ReasonModel::from_text(&m.to_text()).unwrap();
        assert_eq!((again.len(), again.threshold), (m.len(), m.threshold));
    }
}
