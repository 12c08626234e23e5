//! A proposal as the commands a person would have typed: a new investment's decision after
//! it, a note with other units as one note each.

use super::Proposal;
use crate::command::{
    BenefitArgs, Command, DecideArgs, FollowUpArgs, InvestArgs, InvestmentRef, NoteArgs,
};
use crate::money::Money;

impl Proposal {
    /// The commands a person would have typed, in order. `None` while something is missing.
    pub fn to_commands(&self) -> Option<Vec<Command>> {
        if !self.missing().is_empty() {
            return None;
        }
        if let Proposal::Investment {
            name: Some(name),
            cost,
            then_decide: Some(_),
            ..
        } = self
        {
            let mut plain = self.clone();
            if let Proposal::Investment { then_decide, .. } = &mut plain {
                *then_decide = None;
            }
            let mut commands = plain.to_commands()?;
            commands.extend(self.decision_after(name, *cost).map(Command::Decide));
            return Some(commands);
        }
        // A note with other units: one note each, the follow-up on the first only.
        if let Proposal::Note {
            text, met_on, also, ..
        } = self
        {
            if !also.is_empty() {
                let mut first = self.clone();
                if let Proposal::Note { also, .. } = &mut first {
                    also.clear();
                }
                let mut commands = first.to_commands()?;
                commands.extend(also.iter().map(|unit| {
                    Command::Note(NoteArgs {
                        unit: unit.clone(),
                        text: text.clone(),
                        followups: Vec::new(),
                        tags: Vec::new(),
                        met_on: *met_on,
                    })
                }));
                return Some(commands);
            }
        }
        Some(vec![match self.clone() {
            Proposal::Decision {
                investment,
                verdict,
                amount,
                rationale,
                date,
                review,
                by,
            } => Command::Decide(DecideArgs {
                investment: InvestmentRef::Name(investment?),
                verdict,
                amount,
                rationale: rationale.unwrap_or_default(),
                review,
                by,
                on: date,
            }),
            Proposal::Note {
                unit,
                text,
                action,
                owner,
                due,
                met_on,
                ..
            } => Command::Note(NoteArgs {
                unit: unit?,
                text,
                followups: action
                    .map(|text| FollowUpArgs { text, owner, due })
                    .into_iter()
                    .collect(),
                tags: Vec::new(),
                met_on,
            }),
            Proposal::Investment {
                name,
                unit,
                cost,
                annual_benefit,
                years,
                category,
                start,
                ..
            } => Command::Invest(InvestArgs {
                name: name?,
                unit: unit?,
                category: category?,
                cost: cost?,
                run_cost: None,
                annual_benefit: annual_benefit?,
                years: years?,
                start,
                sponsor: None,
                aliases: vec![],
            }),
            Proposal::Benefit {
                investment,
                amount,
                date,
                evidence,
            } => Command::Benefit(BenefitArgs {
                investment: InvestmentRef::Name(investment?),
                amount: amount?,
                date,
                evidence: evidence.unwrap_or_default(),
            }),
        }])
    }

    /// The decision a new investment's draft logs once the investment `name` is registered
    /// at `cost`: its verdict, with what the message said of it. `None` for other drafts.
    pub(in crate::conversation) fn decision_after(
        &self,
        name: &str,
        cost: Option<Money>,
    ) -> Option<DecideArgs> {
        let Proposal::Investment {
            then_decide: Some(verdict),
            rationale,
            by,
            review,
            ..
        } = self
        else {
            return None;
        };
        Some(DecideArgs {
            investment: InvestmentRef::Name(name.to_string()),
            verdict: *verdict,
            amount: cost,
            rationale: rationale.clone().unwrap_or_default(),
            review: *review,
            by: by.clone(),
            on: None,
        })
    }
}
