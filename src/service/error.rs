//! The two kinds of error: a user's mistake, written for them, and everything else, logged
//! in full and shown only as an apology with a reference.

use crate::command::ParseError;
use crate::ids::RecordId;
use crate::store::StoreError;
use thiserror::Error;
use valuebridge_chat::Reply;

#[derive(Debug, Error)]
pub enum UserError {
    #[error("{0}")]
    Parse(#[from] ParseError),
    #[error("{0}")]
    Message(String),
    #[error("There is no {0}. Check the id with `{list}`.", list = listing_command(*.0))]
    NotFound(RecordId),
    #[error("{0} was already retracted; see `/value history {0}`.")]
    AlreadyRetracted(RecordId),
    #[error("{id} still has live records ({children}); retract those first.")]
    HasLiveChildren { id: RecordId, children: String },
    #[error("Sorry, {0}; nothing was logged. Please try again later; if it keeps happening, tell your admin.")]
    NotStored(String),
    #[error("You have the {role} role, so you can {can}. Ask an admin to change your role if you need to.")]
    NotAllowed {
        role: &'static str,
        can: &'static str,
    },
}

#[derive(Debug, Error)]
pub enum Failure {
    #[error(transparent)]
    User(#[from] UserError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<ParseError> for Failure {
    fn from(e: ParseError) -> Self {
        Failure::User(UserError::Parse(e))
    }
}

impl From<crate::store::Interrupted> for Failure {
    fn from(e: crate::store::Interrupted) -> Self {
        match e {
            crate::store::Interrupted::Store(e) => e.into(),
            panicked => Failure::Internal(anyhow::anyhow!(panicked)),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(id) => UserError::NotFound(id).into(),
            StoreError::AlreadyRetracted(id) => UserError::AlreadyRetracted(id).into(),
            StoreError::HasLiveChildren { id, children } => UserError::HasLiveChildren {
                id,
                children: children.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "),
            }
            .into(),
            StoreError::NameTaken {
                name,
                existing,
                held_by,
            } => UserError::Message(format!(
                "The name '{name}' is already taken by {existing} ({held_by}). Choose another name, or see `/value show {existing}`."
            ))
            .into(),
            StoreError::EmptyName => UserError::Message("A name cannot be empty.".into()).into(),
            StoreError::NotWritable(reason) => UserError::NotStored(reason).into(),
            StoreError::IdsExhausted { .. } => UserError::Message(format!(
                "This workspace has used every id of that kind (the largest is {}), so nothing was logged. Ask your admin to export it and start a new workspace.",
                crate::ids::MAX_NUMBER
            ))
            .into(),
            StoreError::NotRetracted(id) => UserError::Message(format!(
                "{id} is not retracted; there is nothing to restore. `/value show {id}` shows it."
            ))
            .into(),
            StoreError::ParentRetracted { id, parent } => UserError::Message(format!(
                "{id} belongs to {parent}, which is retracted. Restore {parent} first."
            ))
            .into(),
            other => Failure::Internal(anyhow::Error::new(other)),
        }
    }
}

/// The command that lists the records of `id`'s kind, for "check the id with …".
pub fn listing_command(id: RecordId) -> String {
    match id.kind {
        crate::ids::Kind::Subscription => "/value subscriptions".into(),
        kind => format!("/value list {}", kind.plural()),
    }
}

/// The first letter upper-cased, for messages built from a lower-case clause.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

pub fn user(message: impl Into<String>) -> Failure {
    Failure::User(UserError::Message(message.into()))
}

/// A short random reference that ties the apology to the log line.
pub fn new_reference() -> String {
    format!("{:08x}", rand::random::<u32>())
}

/// Turns a failure into what the user sees; internal errors are logged with a reference.
/// What people typed can be confidential (a note about a merger), and an error's text or
/// backtrace can quote it: the error line says which request, command, tenant (from the
/// request's span) and kind of error; the text, the error and its backtrace go to debug.
pub fn to_reply(failure: Failure, request: &str, command: &str, reference: &str) -> Reply {
    match failure {
        Failure::User(e) => Reply::user_error(e.to_string()),
        Failure::Internal(e) => {
            tracing::error!(reference = %reference, command, kind = %kind(&e), "internal error");
            tracing::debug!(reference = %reference, request = %request, error = ?e, "internal error in full");
            metrics::counter!(crate::telemetry::ERRORS).increment(1);
            internal_reply(reference)
        }
    }
}

/// What kind of error it is, without anything it carries: the name of the innermost error
/// type's variant that is known, like `Sled` or `io: StorageFull`.
pub fn kind(e: &anyhow::Error) -> String {
    for cause in e.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return format!("io: {:?}", io.kind());
        }
        if let Some(sled::Error::Io(io)) = cause.downcast_ref::<sled::Error>() {
            return format!("io: {:?}", io.kind());
        }
    }
    let root = e.root_cause();
    if let Some(store) = root.downcast_ref::<StoreError>() {
        return variant(store);
    }
    if let Some(sled) = root.downcast_ref::<sled::Error>() {
        return format!("sled: {}", variant(sled));
    }
    variant(root)
}

/// The leading name of a `Debug` form (`NameTaken { .. }` → `NameTaken`), never its fields.
fn variant(e: &dyn std::fmt::Debug) -> String {
    let debug = format!("{e:?}");
    debug
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .filter(|name| !name.is_empty())
        .unwrap_or("internal")
        .to_string()
}

pub fn internal_reply(reference: &str) -> Reply {
    let mut r = Reply::user_error(format!(
        "Something went wrong on our side (ref {reference}). It has been logged; please try again, or give your admin the reference."
    ));
    r.kind = valuebridge_chat::ReplyKind::InternalError;
    r
}
