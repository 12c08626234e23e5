//! The draft card: what was understood from the message, and the buttons to confirm, edit
//! or cancel it.

use super::Proposal;
use crate::money::Money;
use chrono::NaiveDate;
use valuebridge_chat::{Button, ButtonStyle, Reply};

impl Proposal {
    /// The draft card: what was understood, and how to confirm.
    pub fn card(&self, draft_id: u64) -> Reply {
        let dash = || "—".to_string();
        let money = |m: &Option<Money>| m.map(|m| m.exact()).unwrap_or_else(dash);
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(dash);
        let text = |t: &Option<String>| t.clone().unwrap_or_else(dash);
        let fields: Vec<(&str, String)> = match self {
            Proposal::Decision {
                investment,
                verdict,
                amount,
                rationale,
                date: d,
                review,
                by,
            } => {
                let mut f = vec![
                    ("Investment", text(investment)),
                    ("Verdict", verdict.to_string()),
                    ("Amount", money(amount)),
                    ("Rationale", text(rationale)),
                    ("Date", date(d)),
                    ("Review", date(review)),
                ];
                // Shown only when someone other than the speaker decided.
                if let Some(by) = by {
                    f.push(("By", by.clone()));
                }
                f
            }
            Proposal::Note {
                unit,
                text: t,
                action,
                owner,
                due,
                met_on,
                also,
            } => {
                let mut f = vec![("Unit", text(unit))];
                // Shown only when the meeting was with other units too.
                if !also.is_empty() {
                    f.push(("Also with", also.join(", ")));
                }
                f.extend([
                    ("Note", t.clone()),
                    (
                        "Met",
                        met_on
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "today".into()),
                    ),
                    ("Follow-up", text(action)),
                    ("Owner", text(owner)),
                    ("Due", date(due)),
                ]);
                f
            }
            Proposal::Investment {
                name,
                unit,
                cost,
                annual_benefit,
                years,
                category,
                start,
                then_decide,
                rationale,
                by,
                review,
            } => {
                let mut f = vec![
                    ("Name", text(name)),
                    ("Unit", text(unit)),
                    ("Cost", money(cost)),
                    ("Benefit a year", money(annual_benefit)),
                    ("Years", years.map(|y| y.to_string()).unwrap_or_else(dash)),
                    (
                        "Category",
                        category.map(|c| c.to_string()).unwrap_or_else(dash),
                    ),
                    ("Start", date(start)),
                    (
                        "Then",
                        then_decide
                            .map(|v| format!("log the decision: {v}"))
                            .unwrap_or_else(dash),
                    ),
                ];
                // The decision's own fields, shown only when there is a decision to log.
                if then_decide.is_some() {
                    f.push(("Rationale", text(rationale)));
                    f.push(("Review", date(review)));
                    if let Some(by) = by {
                        f.push(("By", by.clone()));
                    }
                }
                f
            }
            Proposal::Benefit {
                investment,
                amount,
                date: d,
                evidence,
            } => vec![
                ("Investment", text(investment)),
                ("Amount", money(amount)),
                ("Date", date(d)),
                ("Evidence", text(evidence)),
            ],
        };
        Reply::info()
            .heading(format!("Draft {}: log this {}?", draft_id, self.kind()))
            .fields(fields)
            .paragraph("Reply `yes` to log it, `no` to drop it, or `edit <field> <value>` to correct a field.")
            .buttons(vec![
                Button { label: "Confirm".into(), action: format!("confirm draft {draft_id}"), style: ButtonStyle::Primary },
                Button { label: "Edit".into(), action: format!("edit draft {draft_id}"), style: ButtonStyle::Secondary },
                Button { label: "Cancel".into(), action: format!("cancel draft {draft_id}"), style: ButtonStyle::Danger },
            ])
    }
}
