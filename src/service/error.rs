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
    #[error("There is no {0}. Check the id with `/value list`.")]
    NotFound(RecordId),
    #[error("{0} was already retracted; see `/value history {0}`.")]
    AlreadyRetracted(RecordId),
    #[error("{id} still has live records ({children}); retract those first.")]
    HasLiveChildren { id: RecordId, children: String },
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
            StoreError::NameTaken { name, existing } => UserError::Message(format!(
                "The name '{name}' is already taken by {existing}. Choose another name, or see `/value show {existing}`."
            ))
            .into(),
            StoreError::EmptyName => UserError::Message("A name cannot be empty.".into()).into(),
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
pub fn to_reply(failure: Failure, request: &str, reference: &str) -> Reply {
    match failure {
        Failure::User(e) => Reply::user_error(e.to_string()),
        Failure::Internal(e) => {
            tracing::error!(reference = %reference, request = %request, error = ?e, "internal error");
            metrics::counter!(crate::telemetry::ERRORS).increment(1);
            internal_reply(reference)
        }
    }
}

pub fn internal_reply(reference: &str) -> Reply {
    let mut r = Reply::user_error(format!(
        "Something went wrong on our side (ref {reference}). It has been logged; please try again, or give your admin the reference."
    ));
    r.kind = valuebridge_chat::ReplyKind::InternalError;
    r
}
