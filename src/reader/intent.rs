//! What kind of record a message is, and the clauses inside it: the follow-up action, the
//! rationale, the benefit horizon in years.
//!
//! Order of precedence: a stated verdict makes a decision (even when said in a meeting);
//! otherwise a realised-benefit verb with an amount makes a benefit; otherwise a new
//! investment cue makes an investment; otherwise a meeting cue or a follow-up makes a note.

use super::tokens::{PhraseTable, TokKind, Token};
use super::{clauses, verdicts, Intent};
use crate::domain::Verdict;
use std::sync::OnceLock;

mod classify;
mod cue_shapes;
mod cue_words;
mod follow_ups;
mod owned_after;
mod owners;
mod place_visits;
pub(super) use place_visits::place_visited;
mod rationale;
mod rationale_checks;
mod reason_before;
mod reason_starts;
mod years;

pub use self::classify::*;
pub(super) use self::cue_shapes::*;
pub use self::cue_words::*;
pub use self::follow_ups::*;
pub(super) use self::owners::*;
pub use self::rationale::*;
pub(super) use self::rationale_checks::*;
pub use self::reason_before::*;
pub(super) use self::reason_starts::*;
pub use self::years::*;

/// The first word of every cue phrase ("leaning" of "leaning towards", "saved"): words the
/// reader reads for their own meaning.
pub(super) fn cue_openings() -> impl Iterator<Item = &'static str> {
    CUES.iter()
        .filter_map(|(phrase, _)| phrase.split_whitespace().next())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn rationale_clauses() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "stop the data lake — costs ran 40% over and no benefit yet",
                Some("costs ran 40% over and no benefit yet"),
            ),
            (
                "Parking the HR portal till Q3, waiting on budget",
                Some("waiting on budget"),
            ),
            (
                "rejected because the case was weak.",
                Some("the case was weak"),
            ),
            (
                "delivered £35k in Feb (churn down 2%)",
                Some("churn down 2%"),
            ),
            ("approved £250k for the CRM replacement in Sales", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let skip = |j: usize| toks[j].lower.starts_with('£');
            let ctx = ClauseContext {
                skip: &skip,
                money: &skip,
                named: &|_, _| false,
                verdict: None,
            };
            assert_eq!(
                find_rationale(text, &toks, 0, None, &ctx).as_deref(),
                *want,
                "{text}"
            );
        }
    }

    #[test]
    fn years_horizon() {
        let cases: &[(&str, Option<u32>)] = &[
            ("savings over 3 years", Some(3)),
            ("a 5-year horizon", Some(5)),
            ("for three years", Some(3)),
            ("£400k a year", None),
            ("in 2 years", None),
        ];
        for (text, want) in cases {
            assert_eq!(find_years(&tokenize(text)), *want, "{text}");
        }
    }

    #[test]
    fn follow_up_owner_and_text() {
        let text = "met Ops today, they want faster laptop refresh; I'll send options by Friday";
        let toks = tokenize(text);
        let a = find_action(text, &toks, "ana").unwrap();
        assert_eq!(a.owner, "ana");
        assert_eq!(toks[a.text_start].lower, "send");
        for text in [
            "Action: @mei to book the vendor demo by next Thu",
            "@mei will book the vendor demo",
        ] {
            let toks = tokenize(text);
            let a = find_action(text, &toks, "ana").unwrap();
            assert_eq!(a.owner, "mei", "{text}");
            assert_eq!(toks[a.text_start].lower, "book", "{text}");
        }
    }
}
