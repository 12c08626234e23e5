//! A form on the console: the console asks for each field in turn (its label, hint and
//! any value it starts with), checks each answer as it comes, and submits the whole form
//! through the same path as a Slack or Discord form. An empty answer keeps the value shown
//! or skips an optional field; `cancel` abandons the form.

use crate::service::Service;
use std::collections::BTreeMap;
use valuebridge_chat::{FieldKind, Form, FormField, FormOutcome, FormSubmission, Invocation};

/// A form being filled in on the console.
#[derive(Debug)]
pub struct ConsoleForm {
    form: Form,
    values: BTreeMap<String, String>,
    /// The fields still to ask, in order (by index into the form's fields).
    asking: Vec<usize>,
}

/// What the console does after an answer.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Print this and read the next answer.
    Ask(String),
    /// Every field is answered: submit.
    Submit,
    /// The person typed `cancel`.
    Cancelled(String),
}

impl ConsoleForm {
    pub fn new(form: Form) -> ConsoleForm {
        let values = form
            .fields
            .iter()
            .filter_map(|f| f.initial.clone().map(|v| (f.name.clone(), v)))
            .collect();
        let asking = (0..form.fields.len()).collect();
        ConsoleForm {
            form,
            values,
            asking,
        }
    }

    /// The command the form fills in.
    pub fn command(&self) -> &str {
        &self.form.command
    }

    /// The form's heading and its first question.
    pub fn start(&self) -> String {
        format!(
            "{} ({} fields; press Enter to keep a value shown or skip an optional field, `cancel` to stop)\n{}",
            self.form.title,
            self.form.fields.len(),
            self.question()
        )
    }

    fn field(&self) -> &FormField {
        &self.form.fields[self.asking[0]]
    }

    /// The question for the field being asked: `Verdict (approve, reject, …) *: `.
    pub fn question(&self) -> String {
        let f = self.field();
        let mut q = f.label.clone();
        match &f.kind {
            FieldKind::Choice { choices } => q.push_str(&format!(" ({})", choices.join(", "))),
            _ if !f.hint.is_empty() => q.push_str(&format!(" ({})", f.hint)),
            _ => {}
        }
        q.push_str(if f.required { " *" } else { " [optional]" });
        if let Some(v) = self.values.get(&f.name) {
            q.push_str(&format!(" [{v}]"));
        }
        q.push_str(": ");
        q
    }

    /// Reads one answer for the field being asked; `error` says what is wrong with a
    /// value, given the values so far (the service reads it with the grammar).
    pub fn answer(
        &mut self,
        line: &str,
        error: impl Fn(&BTreeMap<String, String>, &str) -> Option<String>,
    ) -> Step {
        let line = line.trim();
        if line.eq_ignore_ascii_case("cancel") {
            return Step::Cancelled(format!(
                "{} cancelled; nothing was logged.",
                self.form.title
            ));
        }
        let field = self.field().clone();
        if line.is_empty() {
            if field.required && !self.values.contains_key(&field.name) {
                return Step::Ask(format!("{} is needed.\n{}", field.label, self.question()));
            }
        } else {
            let mut tried = self.values.clone();
            tried.insert(field.name.clone(), line.to_string());
            if let Some(e) = error(&tried, &field.name) {
                return Step::Ask(format!("{e}\n{}", self.question()));
            }
            self.values = tried;
        }
        self.asking.remove(0);
        match self.asking.is_empty() {
            true => Step::Submit,
            false => Step::Ask(self.question()),
        }
    }

    /// The submission, as `inv`'s person in `inv`'s channel.
    pub fn submission(&self, inv: &Invocation) -> FormSubmission {
        FormSubmission {
            tenant: inv.tenant.clone(),
            channel: inv.channel.clone(),
            actor: inv.actor.clone(),
            command: self.form.command.clone(),
            context: self.form.context.clone(),
            values: self.values.clone(),
            card: None,
        }
    }

    /// The form was refused: ask again for each field with an error. `None` when no field
    /// can be asked again (an error about the form as a whole).
    pub fn refused(&mut self, errors: &BTreeMap<String, String>) -> Option<String> {
        self.asking = self
            .form
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| errors.contains_key(&f.name))
            .map(|(i, _)| i)
            .collect();
        if self.asking.is_empty() {
            return None;
        }
        let said: Vec<&str> = errors.values().map(String::as_str).collect();
        Some(format!("{}\n{}", said.join("\n"), self.question()))
    }
}

/// Runs a form's submission for the console: the reply to print, and whether the form
/// continues (some fields asked again).
pub async fn submit(service: &Service, form: &mut ConsoleForm, inv: &Invocation) -> (String, bool) {
    match service.submit_form(&form.submission(inv)).await {
        FormOutcome::Done { reply } => (valuebridge_chat::render_plain(&reply), false),
        FormOutcome::Invalid { errors } => match form.refused(&errors) {
            Some(again) => (again, true),
            None => (errors.into_values().collect::<Vec<_>>().join("\n"), false),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use valuebridge_chat::FieldKind;

    fn form() -> Form {
        let field = |name: &str, required: bool, kind: FieldKind| FormField {
            name: name.into(),
            label: name.to_uppercase(),
            kind,
            required,
            hint: "e.g. x".into(),
            initial: None,
        };
        Form {
            command: "decide".into(),
            title: "Log a decision".into(),
            submit: "Log".into(),
            fields: vec![
                field("investment", true, FieldKind::Text),
                field(
                    "verdict",
                    true,
                    FieldKind::Choice {
                        choices: vec!["approve".into(), "defer".into()],
                    },
                ),
                field("review", false, FieldKind::Date),
            ],
            context: String::new(),
        }
    }

    fn ok(_: &BTreeMap<String, String>, _: &str) -> Option<String> {
        None
    }

    #[test]
    fn each_field_is_asked_in_turn_and_a_wrong_value_asks_again() {
        let mut f = ConsoleForm::new(form());
        assert!(
            f.start().ends_with("INVESTMENT (e.g. x) *: "),
            "{}",
            f.start()
        );
        assert_eq!(
            f.answer("", ok),
            Step::Ask("INVESTMENT is needed.\nINVESTMENT (e.g. x) *: ".into())
        );
        assert_eq!(
            f.answer("INV-1", ok),
            Step::Ask("VERDICT (approve, defer) *: ".into())
        );
        let no_maybe = |v: &BTreeMap<String, String>, field: &str| {
            (v[field] == "maybe").then(|| "`maybe` is not a verdict.".to_string())
        };
        assert_eq!(
            f.answer("maybe", no_maybe),
            Step::Ask("`maybe` is not a verdict.\nVERDICT (approve, defer) *: ".into())
        );
        assert_eq!(
            f.answer("defer", no_maybe),
            Step::Ask("REVIEW (e.g. x) [optional]: ".into())
        );
        assert_eq!(
            f.answer("", ok),
            Step::Submit,
            "an optional field is skipped"
        );
        assert_eq!(f.values.get("review"), None);
        assert_eq!(f.values["verdict"], "defer");
    }

    #[test]
    fn an_initial_value_is_kept_by_an_empty_answer_and_cancel_stops() {
        let mut with = form();
        with.fields[0].initial = Some("CRM replacement".into());
        let mut f = ConsoleForm::new(with);
        assert_eq!(f.question(), "INVESTMENT (e.g. x) * [CRM replacement]: ");
        f.answer("", ok);
        assert_eq!(f.values["investment"], "CRM replacement");
        assert_eq!(
            f.answer("cancel", ok),
            Step::Cancelled("Log a decision cancelled; nothing was logged.".into())
        );
    }
}
