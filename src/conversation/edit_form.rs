//! A draft's **Edit** button: the draft's command form pre-filled with what was understood,
//! and its submission, which logs the record as confirming the corrected draft would.

use super::drafts::{Draft, Drafts};
use super::form_alias::{form_alias, remember_field, FormAlias, REMEMBER};
use super::proposal::Proposal;
use crate::command::Command;
use crate::money::Money;
use crate::service::{Caller, Failure, Service, UserError};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use valuebridge_chat::Reply;

fn user(message: impl Into<String>) -> Failure {
    Failure::User(UserError::Message(message.into()))
}

/// The command whose form edits this proposal, and the proposal's values by field name,
/// written as a person would type them.
pub fn form_values(p: &Proposal) -> (&'static str, BTreeMap<String, String>) {
    let mut v = BTreeMap::new();
    let mut put = |k: &str, value: Option<String>| {
        if let Some(value) = value.filter(|s| !s.trim().is_empty()) {
            v.insert(k.to_string(), value);
        }
    };
    let money = |m: &Option<Money>| m.map(|m| m.exact());
    let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string());
    let command = match p {
        Proposal::Decision {
            investment,
            verdict,
            amount,
            rationale,
            date: on,
            review,
            by,
        } => {
            put("investment", investment.clone());
            put("verdict", Some(verdict.to_string()));
            put("amount", money(amount));
            put("because", rationale.clone());
            put("review", date(review));
            put("by", by.clone());
            put("on", date(on));
            "decide"
        }
        Proposal::Note {
            unit,
            text,
            action,
            owner,
            due,
            met_on,
            ..
        } => {
            put("unit", unit.clone());
            put("text", Some(text.clone()));
            // A draft still asking for the action keeps its owner and due on the form, to
            // be written after the action typed in front of them.
            let follow_up = (action.is_some() || owner.is_some() || due.is_some()).then(|| {
                let mut f = action.clone().unwrap_or_default();
                if let Some(o) = owner {
                    // One word after `@`, as the grammar reads an owner.
                    f.push_str(&format!(" @{}", o.split_whitespace().collect::<String>()));
                }
                if let Some(d) = due {
                    f.push_str(&format!(" by {d}"));
                }
                f.trim_start().to_string()
            });
            put("follow_up", follow_up);
            put("on", date(met_on));
            "note"
        }
        Proposal::Investment {
            name,
            unit,
            cost,
            annual_benefit,
            years,
            category,
            start,
            ..
        } => {
            put("name", name.clone());
            put("unit", unit.clone());
            put("cost", money(cost));
            put("benefit", money(annual_benefit));
            put("years", years.map(|y| y.to_string()));
            put("category", category.map(|c| c.to_string()));
            put("start", date(start));
            "invest"
        }
        Proposal::Benefit {
            investment,
            amount,
            date: on,
            evidence,
        } => {
            put("investment", investment.clone());
            put("amount", money(amount));
            put("on", date(on));
            put("evidence", evidence.clone());
            "benefit"
        }
    };
    (command, v)
}

/// What the draft's Edit form starts with, by field name: the proposal's values and the name
/// its "Also remember" field offers, if it has one.
pub fn edit_values(s: &Service, caller: &Caller, draft: &Draft) -> BTreeMap<String, String> {
    let mut values = form_values(&draft.proposal).1;
    if let Some(alias) = form_alias(s, caller, draft) {
        values.insert(REMEMBER.to_string(), alias);
    }
    values
}

impl Service {
    /// The **Edit** button's answer: the draft's form, pre-filled, with the name it may
    /// remember for the investment picked (see `form_alias`).
    pub(super) fn edit_form(&self, caller: &Caller, draft: &Draft) -> Reply {
        let id = draft.id;
        let (command, values) = form_values(&draft.proposal);
        let text = format!("Tell me what to change in draft {id}: `edit <field> <value>`, for example `edit amount £240k`.");
        let context = format!("{}{id}", crate::service::DRAFT_CONTEXT);
        let extra = form_alias(self, caller, draft).map(|a| remember_field(Some(a)));
        let tenant = caller.workspace.to_string();
        match self.form_with(&tenant, command, &values, &context, extra) {
            Some(mut form) => {
                // A new investment's decision may be logged on a registered one instead.
                if let Proposal::Investment {
                    then_decide: Some(_),
                    ..
                } = draft.proposal
                {
                    if let Some(f) = form.fields.iter_mut().find(|f| f.name == "name") {
                        f.label = super::form_registered::NAME_LABEL.into();
                        f.hint = super::form_registered::NAME_HINT.into();
                    }
                    // A registered one needs none of a new one's fields.
                    super::form_new_ones::loosen(&mut form);
                }
                Reply::open_form(form, text)
            }
            None => Reply::info().paragraph(text),
        }
    }

    /// Logs an edited draft: the form's command (and the decision an investment's draft
    /// carried, and the alias its form learnt), once, however many submissions arrive; then
    /// the draft is settled.
    pub(crate) async fn confirm_edited(
        &self,
        caller: &Caller,
        id: u64,
        command: Command,
        learnt: Option<FormAlias>,
    ) -> Result<Reply, Failure> {
        let drafts = Drafts::open(self.store())?;
        let Some(draft) = drafts
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())?
            .filter(|d| d.id == id)
        else {
            if let Some(ids) = super::claims::outcome(self.store(), id).await? {
                return Ok(super::claims::already_confirmed(id, &ids));
            }
            return Err(user(format!("Draft {id} is not yours, or it has expired or been handled already; nothing changed.")));
        };
        let mut commands = vec![command];
        // The note's other units, each a note of the form's words (the follow-up on the
        // form's note only), as confirming the card would log them.
        if let (Proposal::Note { also, .. }, Command::Note(note)) = (&draft.proposal, &commands[0])
        {
            let others = also.iter().filter(|u| **u != note.unit).map(|u| {
                Command::Note(crate::command::NoteArgs {
                    unit: u.clone(),
                    text: note.text.clone(),
                    followups: Vec::new(),
                    tags: note.tags.clone(),
                    met_on: note.met_on,
                })
            });
            let others: Vec<Command> = others.collect();
            commands.extend(others);
        }
        if let Command::Invest(invest) = &commands[0] {
            let decision = draft
                .proposal
                .decision_after(&invest.name, Some(invest.cost));
            commands.extend(decision.map(Command::Decide));
        }
        // The other name goes last, with the record, in the same write.
        commands.extend(learnt.as_ref().map(FormAlias::amendment));
        let registering = match (&commands[0], &draft.proposal) {
            (
                Command::Invest(i),
                Proposal::Investment {
                    then_decide: Some(_),
                    ..
                },
            ) => Some(i.name.clone()),
            _ => None,
        };
        let won = match super::claims::claim(self.store(), id).await? {
            super::claims::Claim::Won(won) => won,
            super::claims::Claim::Done(ids) => {
                return Ok(super::claims::already_confirmed(id, &ids))
            }
        };
        // The draft is closed with the records' writes, or kept with none of them.
        let back = self.back_of(&draft);
        let close = super::confirm::closing(&drafts, caller, &back);
        let result = match self
            .execute_together_then(caller, commands, Some(close))
            .await
        {
            Ok(mut replies) => {
                // The amendment's own reply is said in one line.
                let remembered = learnt.map(|l| {
                    replies.pop();
                    l.remembered()
                });
                let reply = super::confirm::said_as_one(replies, remembered);
                Ok(self.closed(caller, back, reply))
            }
            Err(e) => Err(e),
        };
        won.finish(&result)?;
        let result = match (result, registering) {
            (Err(Failure::User(e)), Some(name)) => Err(self.name_taken(caller, e, &name)),
            (result, _) => result,
        };
        // The record takes the card's place, as the card's Confirm would.
        result.map(|mut r| {
            r.replaces_prompt = !super::claims::is_already_confirmed(&r);
            r
        })
    }
}

impl Service {
    /// A new investment's form refused because its name was registered meanwhile (after
    /// `form_registered` looked): submitted again, the form logs the decision on that one.
    fn name_taken(&self, caller: &Caller, e: UserError, name: &str) -> Failure {
        let held = self
            .store()
            .find_name(&caller.tenant, crate::ids::Kind::Investment, name);
        match held {
            Ok(Some(_)) => user(format!(
                "{e} Submit the form again to log this draft's decision on it instead."
            )),
            _ => Failure::User(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notes_owner_and_due_are_on_its_form_while_its_action_is_still_asked() {
        let note = Proposal::Note {
            unit: Some("Sales".into()),
            also: Vec::new(),
            text: "pricing review".into(),
            action: None,
            owner: Some("raj".into()),
            due: NaiveDate::from_ymd_opt(2026, 12, 4),
            met_on: None,
        };
        let (command, values) = form_values(&note);
        assert_eq!(command, "note");
        assert_eq!(values["follow_up"], "@raj by 2026-12-04");
    }
}
