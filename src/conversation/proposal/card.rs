//! The draft card: what was understood from the message, and the buttons to confirm, edit
//! or cancel it. A draft still asking a question shows the same fields, read so far.

use super::Proposal;
use crate::money::Money;
use chrono::NaiveDate;
use valuebridge_chat::{Button, ButtonStyle, Reply};

/// What a draft still asking shows for the field its question asks about, under the fields.
const ASKED: &str = "asked below";
/// What it shows for the other required fields not known yet, asked one at a time after.
const STILL_NEEDED: &str = "still needed";

impl Proposal {
    /// The draft card: what was understood, and how to confirm. Its notification says what
    /// confirming would log ("Draft 3: approve Crane telemetry at £180,000 — confirm?").
    pub fn card(&self, draft_id: u64) -> Reply {
        let fields = self
            .rows()
            .into_iter()
            .map(|(_, label, value)| (label, value));
        Reply::info()
            .notify(format!("Draft {draft_id}: {} — confirm?", self.in_a_line()))
            .heading(format!("Draft {}: log this {}?", draft_id, self.kind()))
            .fields(fields)
            .paragraph("Reply `yes` to log it, `no` to drop it, or `edit <field> <value>` to correct a field.")
            .buttons(vec![
                Button { label: "Confirm".into(), action: format!("confirm draft {draft_id}"), style: ButtonStyle::Primary },
                Button { label: "Edit".into(), action: format!("edit draft {draft_id}"), style: ButtonStyle::Secondary },
                Button { label: "Cancel".into(), action: format!("cancel draft {draft_id}"), style: ButtonStyle::Danger },
            ])
    }

    /// The card's fields for a draft still asking about `asked`: that one [`ASKED`], the
    /// other required fields not known yet [`STILL_NEEDED`], the rest as the card shows them.
    pub fn read_so_far(&self, asked: &str) -> Vec<(&'static str, String)> {
        let missing = self.missing();
        self.rows()
            .into_iter()
            .map(|(field, label, value)| match field {
                f if f == asked => (label, ASKED.to_string()),
                f if missing.contains(&f) => (label, STILL_NEEDED.to_string()),
                _ => (label, value),
            })
            .collect()
    }

    /// The card's rows: the field `edit` names, its label, and the value read.
    fn rows(&self) -> Vec<(&'static str, &'static str, String)> {
        let dash = || "—".to_string();
        let money = |m: &Option<Money>| m.map(|m| m.exact()).unwrap_or_else(dash);
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(dash);
        let text = |t: &Option<String>| t.clone().unwrap_or_else(dash);
        match self {
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
                    ("investment", "Investment", text(investment)),
                    ("verdict", "Verdict", verdict.to_string()),
                    ("amount", "Amount", money(amount)),
                    ("rationale", "Rationale", text(rationale)),
                    ("date", "Date", date(d)),
                    ("review", "Review", date(review)),
                ];
                // Shown only when someone other than the speaker decided.
                if let Some(by) = by {
                    f.push(("by", "By", by.clone()));
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
                let mut f = vec![("unit", "Unit", text(unit))];
                // Shown only when the meeting was with other units too.
                if !also.is_empty() {
                    f.push(("also", "Also with", also.join(", ")));
                }
                f.extend([
                    ("text", "Note", t.clone()),
                    (
                        "date",
                        "Met",
                        met_on
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "today".into()),
                    ),
                    ("action", "Follow-up", text(action)),
                    ("owner", "Owner", text(owner)),
                    ("due", "Due", date(due)),
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
                    ("name", "Name", text(name)),
                    ("unit", "Unit", text(unit)),
                    ("cost", "Cost", money(cost)),
                    ("benefit", "Benefit a year", money(annual_benefit)),
                    (
                        "years",
                        "Years",
                        years.map(|y| y.to_string()).unwrap_or_else(dash),
                    ),
                    (
                        "category",
                        "Category",
                        category.map(|c| c.to_string()).unwrap_or_else(dash),
                    ),
                    ("start", "Start", date(start)),
                    (
                        "verdict",
                        "Then",
                        then_decide
                            .map(|v| format!("log the decision: {v}"))
                            .unwrap_or_else(dash),
                    ),
                ];
                // The decision's own fields, shown only when there is a decision to log.
                if then_decide.is_some() {
                    f.push(("rationale", "Rationale", text(rationale)));
                    f.push(("review", "Review", date(review)));
                    if let Some(by) = by {
                        f.push(("by", "By", by.clone()));
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
                ("investment", "Investment", text(investment)),
                ("amount", "Amount", money(amount)),
                ("date", "Date", date(d)),
                ("evidence", "Evidence", text(evidence)),
            ],
        }
    }
}
