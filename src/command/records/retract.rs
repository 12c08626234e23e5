//! `retract <id> because <reason>` and `restore <id> because <reason>`: taking a record
//! back and bringing it back, each with the reason the history keeps.

use super::super::error::ParseError;
use super::super::values::Parser;
use super::super::Command;
use crate::ids::RecordId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetractArgs {
    pub id: RecordId,
    pub reason: String,
}

pub(in crate::command) fn parse_retract(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the id of the record to retract")?;
    let id = p.record_id(t)?;
    let reason = reason_after_because(&mut p)?;
    Ok(Command::Retract(RetractArgs { id, reason }))
}

/// `restore <id> because <reason>`: brings back a retracted record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreArgs {
    pub id: RecordId,
    pub reason: String,
}

pub(in crate::command) fn parse_restore(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let t = p.expect("the id of the record to restore")?;
    let id = p.record_id(t)?;
    let reason = reason_after_because(&mut p)?;
    Ok(Command::Restore(RestoreArgs { id, reason }))
}

/// `because <reason>`: required for retractions, restores and amendments.
pub(in crate::command) fn reason_after_because(p: &mut Parser<'_>) -> Result<String, ParseError> {
    match p.next() {
        Some(t) if t.is("because") => {
            let rest = p.remaining();
            if rest.is_empty() {
                return Err(p.error_at_end("say why after `because`"));
            }
            p.pos = p.tokens.len();
            Ok(p.text_from(&rest[0]).trim().to_string())
        }
        Some(t) => Err(p.error_at(
            t,
            format!("expected `because <reason>` here, not `{}`", t.text),
        )),
        None => {
            Err(p.error_at_end("say why, with `because <reason>`, so the history stays readable"))
        }
    }
}
