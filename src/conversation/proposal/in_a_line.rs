//! A draft in one line, for the notification its card pushes: what confirming would log
//! ("approve Crane telemetry at £180,000"), read from the lock screen alone. Names and
//! words people typed are clipped, so the line stays short.

use super::Proposal;
use crate::money::Money;
use valuebridge_chat::text::clip;

/// Characters of a name or a note's words the line keeps.
const WORDS: usize = 60;

impl Proposal {
    /// What confirming the draft would log, in a few words.
    pub fn in_a_line(&self) -> String {
        let name = |n: &Option<String>| clip(n.as_deref().unwrap_or("—"), WORDS);
        let at = |m: &Option<Money>| m.map(|m| format!(" at {}", m.exact())).unwrap_or_default();
        match self {
            Proposal::Decision {
                investment,
                verdict,
                amount,
                ..
            } => format!("{verdict} {}{}", name(investment), at(amount)),
            Proposal::Investment {
                name: n,
                cost,
                then_decide,
                ..
            } => match then_decide {
                Some(verdict) => format!("{verdict} new investment {}{}", name(n), at(cost)),
                None => format!("new investment {}{}", name(n), at(cost)),
            },
            Proposal::Note { unit, text, .. } => {
                format!("note on {}: {}", name(unit), clip(text, WORDS))
            }
            Proposal::Benefit {
                investment, amount, ..
            } => match amount {
                Some(a) => format!("benefit of {} from {}", a.exact(), name(investment)),
                None => format!("benefit from {}", name(investment)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Verdict;
    use crate::money::Currency;

    fn pounds(n: i64) -> Option<Money> {
        Some(Money::new(n * 100, Currency::GBP))
    }

    #[test]
    fn each_kind_of_draft_says_what_it_would_log() {
        let decision = Proposal::Decision {
            investment: Some("Crane telemetry".into()),
            verdict: Verdict::Defer,
            amount: pounds(75_000),
            rationale: Some("waiting on the survey".into()),
            date: None,
            review: None,
            by: None,
        };
        assert_eq!(decision.in_a_line(), "defer Crane telemetry at £75,000");
        let investment = Proposal::Investment {
            name: Some("Yard cameras".into()),
            unit: Some("Freight".into()),
            cost: pounds(60_000),
            annual_benefit: None,
            years: None,
            category: None,
            start: None,
            then_decide: Some(Verdict::Approve),
            rationale: None,
            by: None,
            review: None,
        };
        assert_eq!(
            investment.in_a_line(),
            "approve new investment Yard cameras at £60,000"
        );
        let note = Proposal::Note {
            unit: Some("Harbour".into()),
            text: "they want the crane data weekly, not monthly, and in the ops dashboard too"
                .into(),
            action: None,
            owner: None,
            due: None,
            met_on: None,
            also: Vec::new(),
        };
        assert_eq!(
            note.in_a_line(),
            "note on Harbour: they want the crane data weekly, not monthly, and in the…"
        );
        let benefit = Proposal::Benefit {
            investment: Some("Crane telemetry".into()),
            amount: pounds(12_500),
            date: None,
            evidence: None,
        };
        assert_eq!(
            benefit.in_a_line(),
            "benefit of £12,500 from Crane telemetry"
        );
    }
}
