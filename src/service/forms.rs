//! Forms: the form of a command (from its declaration), what a submitted form becomes (the
//! line the declaration composes, read by the one grammar and run like a typed command),
//! and the type-ahead a form's unit and investment fields offer.

use super::{error, Caller, Failure, Service, UserError};
use crate::command::declarations::{form_command, DECLARATIONS};
use crate::command::{self, ParseError};
use crate::domain::Record;
use crate::ids::{Kind, RecordId, TenantId};
use std::collections::BTreeMap;
use valuebridge_chat::declaration::{CommandDecl, Composed};
use valuebridge_chat::{Form, FormOutcome, FormSubmission, Invocation, Lookup, Reply, Suggestion};

/// At most this many suggestions (Discord's and Slack's limit for one list).
pub const SUGGESTIONS: usize = 25;

/// What a form's `context` starts with when an **Edit** button opened it on a draft.
pub(crate) const DRAFT_CONTEXT: &str = "draft:";

impl Service {
    /// The form of `command` (`invest`, `decide`, `benefit`, `note`, `service`), pre-filled
    /// from `initial` by field name, for a person in `tenant`. `None` for a command that has
    /// no form.
    pub fn form_for(
        &self,
        tenant: &str,
        command: &str,
        initial: &BTreeMap<String, String>,
        context: &str,
    ) -> Option<Form> {
        self.form_with(tenant, command, initial, context, None)
    }

    /// [`Service::form_for`] with one more field after the declared ones (a draft's "Also
    /// remember"), left off a form where it would need a page of its own on Discord.
    pub(crate) fn form_with(
        &self,
        tenant: &str,
        command: &str,
        initial: &BTreeMap<String, String>,
        context: &str,
        extra: Option<valuebridge_chat::FormField>,
    ) -> Option<Form> {
        let decl = form_command(command)?;
        let mut form = decl.form(initial, context.to_string())?;
        self.with_amount_numbers(decl, &mut form);
        if super::form_pages::has_room_for_one_more(decl) {
            form.fields.extend(extra);
        }
        Some(self.paged_for(tenant, form))
    }

    /// A command typed with no arguments on a platform that draws forms: the form to open.
    pub(super) fn bare_form(&self, inv: &Invocation) -> Option<Reply> {
        if !matches!(crate::telemetry::platform(&inv.tenant), "slack" | "discord") {
            return None;
        }
        let form = self.bare_command_form(&inv.tenant, &inv.text)?;
        let decl = form_command(&form.command)?;
        Some(Reply::open_form(form, usage_text(decl)))
    }

    /// Reads a submitted form and, when it reads, runs it as the typed command would have
    /// run: same checks, same durable write, same reply. Invalid input stores nothing and
    /// says what is wrong on each field.
    pub async fn submit_form(&self, s: &FormSubmission) -> FormOutcome {
        let request_id = error::new_reference();
        let span = tracing::info_span!("form", id = %request_id, tenant = %s.tenant, channel = %s.channel, user = %s.actor.user_id, command = %s.command);
        let outcome = tracing::Instrument::instrument(self.try_submit(s), span.clone()).await;
        match outcome {
            Ok(outcome) => outcome,
            Err(failure) => FormOutcome::Done {
                reply: span.in_scope(|| error::to_reply(failure, &s.command, "form", &request_id)),
            },
        }
    }

    async fn try_submit(&self, s: &FormSubmission) -> Result<FormOutcome, Failure> {
        let Some(decl) = form_command(&s.command) else {
            return Ok(general(format!(
                "There is no form for `{}`; the forms are {}.",
                s.command,
                form_names()
            )));
        };
        if let Some(outcome) = self.page_submission(decl, s).await? {
            return Ok(outcome);
        }
        self.run_form(decl, s, &s.values).await
    }

    /// Runs the whole form's values (every page merged).
    pub(super) async fn run_form(
        &self,
        decl: &'static CommandDecl,
        s: &FormSubmission,
        values: &BTreeMap<String, String>,
    ) -> Result<FormOutcome, Failure> {
        self.run_form_then(decl, s, values, None).await
    }

    /// [`Service::run_form`], and `then` with the command's writes as one (a kept form
    /// cleared once it is logged). A draft's form runs `then` after the draft is confirmed.
    pub(super) async fn run_form_then(
        &self,
        decl: &'static CommandDecl,
        s: &FormSubmission,
        values: &BTreeMap<String, String>,
        then: Option<super::Then>,
    ) -> Result<FormOutcome, Failure> {
        let caller = self.form_caller(s)?;
        // A draft's `invest` form that may name a registered investment needs a new one's
        // fields only when its name is new.
        let new_ones = self.new_ones(decl.name, &caller, &s.context, values)?;
        let read = new_ones.to_read(values);
        let command = match read.and_then(|v| self.read_form(decl, &self.context(&caller), v)) {
            Ok(command) => command,
            Err(errors) => return Ok(FormOutcome::Invalid { errors }),
        };
        let run = match s.context.strip_prefix(DRAFT_CONTEXT) {
            Some(draft) => {
                let Ok(draft) = draft.parse::<u64>() else {
                    return Ok(general("This form belongs to no draft; open it again from the draft's Edit button.".into()));
                };
                let confirmed = match self
                    .confirm_draft_form(&caller, draft, command, values, new_ones.filled())
                    .await
                {
                    Ok(confirmed) => confirmed,
                    Err(errors) => return Ok(FormOutcome::Invalid { errors }),
                };
                match (confirmed, then) {
                    (Ok(reply), Some(then)) => then().map(|()| reply),
                    (confirmed, _) => confirmed,
                }
            }
            None => self.execute_then(&caller, command, then).await,
        };
        match run {
            Ok(reply) => Ok(FormOutcome::Done { reply }),
            Err(Failure::User(e)) => Ok(FormOutcome::Invalid {
                errors: BTreeMap::from([(field_of(decl, &e).to_string(), e.to_string())]),
            }),
            Err(internal) => Err(internal),
        }
    }

    /// Who submitted the form, as for a typed command.
    pub(super) fn form_caller(&self, s: &FormSubmission) -> Result<Caller, Failure> {
        self.caller(&Invocation {
            tenant: s.tenant.clone(),
            channel: s.channel.clone(),
            actor: s.actor.clone(),
            text: String::new(),
            is_command: true,
        })
    }

    /// The command a form's values make, or the errors by field.
    pub(super) fn read_form(
        &self,
        decl: &'static CommandDecl,
        context: &command::Context,
        values: &BTreeMap<String, String>,
    ) -> Result<command::Command, BTreeMap<String, String>> {
        let values: BTreeMap<String, String> = values
            .iter()
            .map(|(k, v)| (k.clone(), crate::domain::limits::without_controls(v)))
            .collect();
        let missing = missing_fields(decl, &values);
        if !missing.is_empty() {
            return Err(missing);
        }
        let composed = decl.compose(&values);
        if let Some(problem) = crate::domain::limits::line_problem(&composed.line) {
            return Err(BTreeMap::from([(
                first_required(decl).to_string(),
                problem.to_string(),
            )]));
        }
        command::parse(&composed.line, context)
            .map_err(|e| BTreeMap::from([on_field(decl, &composed, &e)]))
    }

    /// The errors of some fields only: the values are read with the other fields filled
    /// in (as typed, or the declaration's examples), and only errors on `fields` count.
    pub(super) fn fields_errors(
        &self,
        decl: &'static CommandDecl,
        context: &command::Context,
        values: &BTreeMap<String, String>,
        fields: &[&str],
    ) -> BTreeMap<String, String> {
        let mut filled = values.clone();
        for f in decl.fields.iter().filter(|f| !fields.contains(&f.name)) {
            let given = filled.get(f.name).is_some_and(|v| !v.trim().is_empty());
            if !given {
                filled.insert(f.name.to_string(), f.example.to_string());
            }
        }
        match self.read_form(decl, context, &filled) {
            Ok(_) => BTreeMap::new(),
            Err(errors) => errors
                .into_iter()
                .filter(|(f, _)| fields.contains(&f.as_str()))
                .collect(),
        }
    }

    /// What is wrong with one field's value of `command`'s form, read with the values given
    /// so far (for the console, which asks one field at a time). `None` when it reads.
    pub fn field_error(
        &self,
        command: &str,
        values: &BTreeMap<String, String>,
        field: &str,
    ) -> Option<String> {
        let decl = form_command(command)?;
        let context = command::Context {
            default_currency: self.currency,
            today: self.today(),
            day_first: self.config.conversation.day_first,
            week_ends: self.config.conversation.week_ends,
            financial_year_starts: self.config.conversation.financial_year_starts,
        };
        self.fields_errors(decl, &context, values, &[field])
            .remove(field)
    }

    /// The form the console asks for when `inv` is a form's command with no arguments, and
    /// not the answer to a question the conversation is waiting on ("Service" answering
    /// "which unit?").
    pub fn console_form(&self, inv: &Invocation) -> Option<Form> {
        let form = self.bare_command_form(&inv.tenant, &inv.text)?;
        let caller = self.caller(inv).ok()?;
        if !inv.is_command
            && crate::conversation::answers_pending_question(self, &caller, &inv.text)
        {
            return None;
        }
        Some(form)
    }

    /// The form a line opens when it is a form's command with no arguments (`invest`).
    pub fn bare_command_form(&self, tenant: &str, line: &str) -> Option<Form> {
        let line = command::strip_prefix(line);
        if line.split_whitespace().count() != 1 {
            return None;
        }
        self.form_for(tenant, form_command(line)?.name, &BTreeMap::new(), "")
    }

    /// Up to 25 units or investments whose name (or alias, or id) starts with `typed`,
    /// for type-ahead. Never fails: a problem is logged and nothing is suggested.
    pub fn suggest(&self, tenant: &str, lookup: Lookup, typed: &str) -> Vec<Suggestion> {
        self.suggestions(tenant, lookup, typed).unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not look up suggestions");
            Vec::new()
        })
    }

    fn suggestions(
        &self,
        tenant: &str,
        lookup: Lookup,
        typed: &str,
    ) -> Result<Vec<Suggestion>, Failure> {
        let workspace: TenantId = tenant
            .parse()
            .map_err(|e: crate::ids::TenantIdError| Failure::Internal(anyhow::anyhow!(e)))?;
        // A workspace linked into an organisation suggests the organisation's names.
        let tenant = self.orgs.resolve(&workspace)?;
        let kind = match lookup {
            Lookup::Unit => Kind::Unit,
            Lookup::Investment => Kind::Investment,
        };
        let mut ids: Vec<RecordId> = Vec::new();
        if let Ok(id) = typed.trim().parse::<RecordId>() {
            if id.kind == kind {
                ids.push(id);
            }
        }
        ids.extend(
            self.store
                .names_starting(&tenant, kind, typed, SUGGESTIONS)?,
        );
        ids.dedup();
        let mut out = Vec::new();
        for id in ids.into_iter().take(SUGGESTIONS) {
            let Some(state) = self.store.get(&tenant, id)? else {
                continue;
            };
            if !state.is_live() {
                continue;
            }
            match state.record {
                Record::Unit(u) => out.push(Suggestion {
                    label: u.name.clone(),
                    value: u.name,
                }),
                Record::Investment(i) => out.push(Suggestion {
                    label: format!("{} · {}", i.id, i.name),
                    value: i.id.to_string(),
                }),
                _ => {}
            }
        }
        Ok(out)
    }
}

/// What the person sees where the platform cannot open the form.
fn usage_text(decl: &CommandDecl) -> String {
    let usage = crate::command::help_for(decl.word())
        .map(|h| h.usage.as_str())
        .unwrap_or("/value help");
    format!("Fill in the form, or type the command: `{usage}`")
}

fn form_names() -> String {
    DECLARATIONS
        .commands
        .iter()
        .filter(|c| c.form.is_some())
        .map(|c| c.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A problem with the form as a whole, not one field.
pub(super) fn general(message: String) -> FormOutcome {
    FormOutcome::Invalid {
        errors: BTreeMap::from([(FormOutcome::GENERAL.to_string(), message)]),
    }
}

pub(super) fn missing_fields(
    decl: &CommandDecl,
    values: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    decl.fields
        .iter()
        .filter(|f| f.required)
        .filter(|f| values.get(f.name).is_none_or(|v| v.trim().is_empty()))
        .map(|f| {
            (
                f.name.to_string(),
                format!("{} is needed, like `{}`.", f.label, f.example),
            )
        })
        .collect()
}

fn first_required(decl: &CommandDecl) -> &'static str {
    decl.fields
        .iter()
        .find(|f| f.required)
        .or(decl.fields.first())
        .map(|f| f.name)
        .unwrap_or(FormOutcome::GENERAL)
}

/// The field a parse error belongs to, and the error in words for that field.
fn on_field(decl: &CommandDecl, composed: &Composed, e: &ParseError) -> (String, String) {
    let field = composed.field_at(e.at).unwrap_or(first_required(decl));
    let mut message = e.message.clone();
    if let Some(first) = message.get(..1) {
        message = first.to_uppercase() + &message[1..];
    }
    if !message.ends_with(['.', '?', '!', ')']) {
        message.push('.');
    }
    (field.to_string(), message)
}

/// The field a refusal from running the command is about: an unknown unit is the unit's,
/// an unknown investment the investment's; anything else goes on the first required field.
fn field_of(decl: &CommandDecl, e: &UserError) -> &'static str {
    let text = e.to_string();
    let has = |name: &str| decl.field(name).map(|f| f.name);
    let about = match e {
        UserError::NotFound(id) if id.kind == Kind::Investment => has("investment"),
        _ if text.contains("business unit") => has("unit"),
        _ if text.contains("investment") => has("investment"),
        _ => None,
    };
    about.unwrap_or(first_required(decl))
}
