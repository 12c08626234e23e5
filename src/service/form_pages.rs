//! Forms longer than a platform's form can hold, asked for in pages. A Discord modal holds
//! five inputs, so on Discord a longer form opens at page 1 (required fields first); each
//! page but the last is checked for its own fields and kept (see
//! [`crate::store::PartialForms`]), and its reply carries a button for the next page. The
//! last page merges every page and runs as one form.
//!
//! A page's `context` says where it belongs: `form:1|<context>` for a first page not yet
//! kept, `form:<page>:FORM-n` for a page of a kept form.

use super::forms::general;
use super::{Caller, Failure, Service, UserError};
use crate::command::declarations::form_command;
use crate::conversation::{edit_values, remember_field, Drafts, REMEMBER};
use crate::store::{PartialForm, PartialForms};
use std::collections::BTreeMap;
use valuebridge_chat::declaration::CommandDecl;
use valuebridge_chat::{Button, ButtonStyle, Form, FormOutcome, FormSubmission, Invocation, Reply};

/// The most inputs a Discord modal holds.
pub const DISCORD_INPUTS: usize = 5;

/// Where a submitted page belongs.
#[derive(Debug, PartialEq, Eq)]
enum Page {
    /// Page 1 of a form not kept yet, with the context the form was opened with.
    First { context: String },
    /// Page `page` of the kept form `id`.
    Kept { page: usize, id: String },
}

fn read_context(context: &str) -> Option<Page> {
    let rest = context.strip_prefix("form:")?;
    if let Some(original) = rest.strip_prefix("1|") {
        return Some(Page::First {
            context: original.to_string(),
        });
    }
    let (page, id) = rest.split_once(':')?;
    Some(Page::Kept {
        page: page.parse().ok().filter(|p| *p >= 1)?,
        id: id.to_string(),
    })
}

fn page_count(decl: &CommandDecl) -> usize {
    decl.fields.len().div_ceil(DISCORD_INPUTS)
}

/// Whether one more field after the declared ones (a draft's "Also remember") fits on the
/// form's last page: it must not need a page of its own.
pub(super) fn has_room_for_one_more(decl: &CommandDecl) -> bool {
    !decl.fields.len().is_multiple_of(DISCORD_INPUTS)
}

/// The fields on `page` (from 1).
fn page_fields(decl: &CommandDecl, page: usize) -> &'static [valuebridge_chat::FieldDecl] {
    let fields = decl.fields;
    let start = ((page - 1) * DISCORD_INPUTS).min(fields.len());
    &fields[start..(start + DISCORD_INPUTS).min(fields.len())]
}

fn page_of_field(decl: &CommandDecl, field: &str) -> Option<usize> {
    decl.fields
        .iter()
        .position(|f| f.name == field)
        .map(|i| i / DISCORD_INPUTS + 1)
}

/// One page of `form`: its fields, a title saying which page, and `context`.
fn page_form(form: Form, page: usize, pages: usize, context: String) -> Form {
    let fields = form
        .fields
        .into_iter()
        .skip((page - 1) * DISCORD_INPUTS)
        .take(DISCORD_INPUTS)
        .collect();
    Form {
        title: format!("{} ({page}/{pages})", form.title),
        fields,
        context,
        ..form
    }
}

fn user(message: impl Into<String>) -> Failure {
    Failure::User(UserError::Message(message.into()))
}

impl Service {
    /// The form as `tenant`'s platform can draw it: page 1 of it on Discord when it has
    /// more fields than a modal holds.
    pub(super) fn paged_for(&self, tenant: &str, form: Form) -> Form {
        if crate::telemetry::platform(tenant) != "discord" || form.fields.len() <= DISCORD_INPUTS {
            return form;
        }
        let pages = form.fields.len().div_ceil(DISCORD_INPUTS);
        let context = format!("form:1|{}", form.context);
        page_form(form, 1, pages, context)
    }

    /// A submission of one page of a longer form. `None` when the form was not paged.
    pub(super) async fn page_submission(
        &self,
        decl: &'static CommandDecl,
        s: &FormSubmission,
    ) -> Result<Option<FormOutcome>, Failure> {
        let Some(page) = read_context(&s.context) else {
            return Ok(None);
        };
        let forms = PartialForms::open(self.store())?;
        let now = self.now();
        let (page, id, mut kept) = match page {
            Page::First { context } => {
                let values = self.initial_values(&self.form_caller(s)?, &context)?;
                let kept = PartialForm {
                    tenant: s.tenant.clone(),
                    user: s.actor.user_id.clone(),
                    channel: s.channel.clone(),
                    command: decl.name.to_string(),
                    context,
                    values,
                    page: 0,
                    card: s.card.clone(),
                    expires_at: now,
                };
                (1, None, kept)
            }
            Page::Kept { page, id } => {
                let kept = forms.get(&id, now)?.filter(|f| {
                    f.tenant == s.tenant && f.user == s.actor.user_id && f.command == decl.name
                });
                let Some(kept) = kept else {
                    return Ok(Some(general(gone(&id, decl))));
                };
                (page, Some(id), kept)
            }
        };
        let pages = page_count(decl);
        for f in page_fields(decl, page) {
            match s.values.get(f.name).filter(|v| !v.trim().is_empty()) {
                Some(v) => kept.values.insert(f.name.to_string(), v.clone()),
                None => kept.values.remove(f.name),
            };
        }
        // The draft's "Also remember", drawn after the declared fields on the last page: as
        // typed there (cleared, it is kept empty, so the page shows it empty again).
        if page == pages && kept.values.contains_key(REMEMBER) {
            let typed = s.values.get(REMEMBER).cloned().unwrap_or_default();
            kept.values.insert(REMEMBER.to_string(), typed);
        }
        kept.expires_at = now + self.form_ttl();
        if page < pages {
            let caller = self.form_caller(s)?;
            let mut errors = self.page_errors_of(decl, &caller, page, &kept)?;
            if decl.name == "invest" && page_fields(decl, page).iter().any(|f| f.name == "name") {
                let named = self.draft_name_error(&caller, &kept.context, &kept.values)?;
                errors.extend(named.map(|e| ("name".to_string(), e)));
            }
            if !errors.is_empty() {
                return Ok(Some(FormOutcome::Invalid { errors }));
            }
            kept.page = kept.page.max(page);
            let id = match id {
                Some(id) => id,
                None => forms.next_id()?,
            };
            forms.put(&id, &kept, now).await?;
            let mut reply = Reply::info()
                .paragraph(format!(
                    "Step {page} of {pages} saved ({id}). Continue with the rest of the form."
                ))
                .buttons(vec![Button {
                    label: format!("Continue to step {}", page + 1),
                    action: format!("form page {} {id}", page + 1),
                    style: ButtonStyle::Primary,
                }]);
            // Editing a draft only its editor sees, the step takes the card's place (its
            // Confirm and Edit no longer apply), and the record then takes the step's. A
            // public card stays as it is until the record replaces it: the steps between
            // are the editor's alone.
            reply.replaces_prompt =
                kept.card.is_none() && kept.context.starts_with(super::DRAFT_CONTEXT);
            return Ok(Some(FormOutcome::Done { reply }));
        }
        let whole = FormSubmission {
            context: kept.context.clone(),
            ..s.clone()
        };
        // The kept form is cleared with the record's write: both happen, or neither (the
        // person can finish the form again).
        let clear: Option<super::Then> = id.clone().map(|id| {
            let forms = forms.clone();
            Box::new(move || forms.remove_finished(&id).map_err(Failure::from)) as super::Then
        });
        let outcome = self
            .run_form_then(decl, &whole, &kept.values, clear)
            .await?;
        match outcome {
            FormOutcome::Done { mut reply } => {
                if reply.replaces_prompt {
                    reply.replaces = kept.card;
                }
                Ok(Some(FormOutcome::Done { reply }))
            }
            FormOutcome::Invalid { errors } => match id {
                Some(id) => {
                    forms.put(&id, &kept, now).await?;
                    Ok(Some(self.earlier_page_errors(decl, &id, page, errors)))
                }
                None => Ok(Some(FormOutcome::Invalid { errors })),
            },
        }
    }

    /// Errors on a later page's fields stay on those fields; errors on an earlier page,
    /// which the person cannot see, are said in words with a button to open that page.
    fn earlier_page_errors(
        &self,
        decl: &CommandDecl,
        id: &str,
        page: usize,
        errors: BTreeMap<String, String>,
    ) -> FormOutcome {
        let mut earlier: Vec<usize> = errors
            .keys()
            .filter_map(|f| page_of_field(decl, f))
            .filter(|p| *p < page)
            .collect();
        earlier.sort_unstable();
        earlier.dedup();
        if earlier.is_empty() {
            return FormOutcome::Invalid { errors };
        }
        let mut reply = Reply::user_error(format!(
            "Nothing was logged yet: some of the form needs fixing. Your answers are kept ({id})."
        ));
        for (field, message) in &errors {
            let label = decl.field(field).map(|f| f.label).unwrap_or("The form");
            reply = reply.paragraph(format!("{label}: {message}"));
        }
        let buttons = earlier
            .into_iter()
            .map(|p| Button {
                label: format!("Fix step {p}"),
                action: format!("form page {p} {id}"),
                style: ButtonStyle::Primary,
            })
            .collect();
        FormOutcome::Done {
            reply: reply.buttons(buttons),
        }
    }

    /// `form page <n> FORM-k` (a button under a saved step): that page of the kept form,
    /// pre-filled with what was typed. `None` for any other line.
    pub(super) fn form_page_line(&self, inv: &Invocation) -> Option<Result<Reply, Failure>> {
        let words: Vec<&str> = inv.text.split_whitespace().collect();
        let ["form", "page", page, id] = words.as_slice() else {
            return None;
        };
        Some(self.open_page(inv, page, id))
    }

    fn open_page(&self, inv: &Invocation, page: &str, id: &str) -> Result<Reply, Failure> {
        let kept = PartialForms::open(self.store())?
            .get(id, self.now())?
            .filter(|f| f.tenant == inv.tenant && f.user == inv.actor.user_id);
        let Some(kept) = kept else {
            return Err(user(format!("{id} is not a form of yours in progress: it was finished, or it expired. Start again with the command.")));
        };
        let decl = form_command(&kept.command).ok_or_else(|| {
            Failure::Internal(anyhow::anyhow!("a kept form of an unknown command"))
        })?;
        let pages = page_count(decl);
        let page = page
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=pages).contains(p))
            .ok_or_else(|| user(format!("{id} has pages 1 to {pages}.")))?;
        let mut form = decl
            .form(&kept.values, String::new())
            .ok_or_else(|| Failure::Internal(anyhow::anyhow!("a kept form without a form")))?;
        self.with_amount_numbers(decl, &mut form);
        if let Some(remembered) = kept.values.get(REMEMBER) {
            form.fields.push(remember_field(Some(remembered.clone())));
        }
        self.loosen_draft_form(&self.caller(inv)?, &kept.context, &mut form)?;
        let form = page_form(form, page, pages, format!("form:{page}:{id}"));
        Ok(Reply::open_form(
            form,
            format!("Step {page} of {pages} of {id}: fill in the form."),
        ))
    }

    /// The errors of one page's own fields, of the kept form `kept`: on an `invest` form of a
    /// draft that carries a decision, a new investment's fields are needed only when its name
    /// is new.
    fn page_errors_of(
        &self,
        decl: &'static CommandDecl,
        caller: &Caller,
        page: usize,
        kept: &PartialForm,
    ) -> Result<BTreeMap<String, String>, Failure> {
        let on_page: Vec<&str> = page_fields(decl, page).iter().map(|f| f.name).collect();
        let new_ones = self.new_ones(decl.name, caller, &kept.context, &kept.values)?;
        let read = new_ones.to_read(&kept.values);
        let values = read.as_ref().map_or(&kept.values, |v| *v);
        let mut errors = self.fields_errors(decl, &self.context(caller), values, &on_page);
        let missing = read.err().unwrap_or_default().into_iter();
        errors.extend(missing.filter(|(f, _)| on_page.contains(&f.as_str())));
        Ok(errors)
    }

    /// What the later pages start with: an edited draft's values (and the name its "Also
    /// remember" offers).
    fn initial_values(
        &self,
        caller: &Caller,
        context: &str,
    ) -> Result<BTreeMap<String, String>, Failure> {
        let Some(id) = context
            .strip_prefix(super::DRAFT_CONTEXT)
            .and_then(|id| id.parse::<u64>().ok())
        else {
            return Ok(BTreeMap::new());
        };
        let draft = Drafts::open(self.store())?
            .get(&caller.tenant, &caller.channel, &caller.user_id, self.now())?
            .filter(|d| d.id == id);
        Ok(draft
            .map(|d| edit_values(self, caller, &d))
            .unwrap_or_default())
    }

    /// How long a form's saved pages wait for the rest (as long as a draft).
    fn form_ttl(&self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.config.conversation.draft_ttl_minutes))
    }
}

fn gone(id: &str, decl: &CommandDecl) -> String {
    format!(
        "{id} is not a form of yours in progress: it was finished, or it expired. Start again with `/value {}`.",
        decl.name
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_context_reads_back() {
        assert_eq!(
            read_context("form:1|draft:3"),
            Some(Page::First {
                context: "draft:3".into()
            })
        );
        assert_eq!(
            read_context("form:1|"),
            Some(Page::First {
                context: String::new()
            })
        );
        assert_eq!(
            read_context("form:2:FORM-7"),
            Some(Page::Kept {
                page: 2,
                id: "FORM-7".into()
            })
        );
        assert_eq!(read_context("draft:3"), None);
        assert_eq!(read_context("form:0:FORM-7"), None);
    }

    #[test]
    fn the_forms_with_an_investment_have_room_for_also_remember_on_their_last_page() {
        for command in ["decide", "benefit"] {
            assert!(
                has_room_for_one_more(form_command(command).unwrap()),
                "{command}"
            );
        }
        // Five fields fill a modal: a sixth would need a page of its own.
        assert!(!has_room_for_one_more(form_command("note").unwrap()));
    }
}
