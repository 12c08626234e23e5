//! Records written the short way, for tests that need a few in a store: the set-up the
//! store's own tests and the black-box ones share, written once. Not for the product: its
//! writes go through the service, which checks what people type.

use super::{NewRecord, Store, StoreError};
use crate::domain::{FollowUp, Meta, Note, Record, Unit};
use crate::ids::{Kind, NoteId, TenantId, UnitId};
use chrono::{TimeZone, Utc};

/// Alice, in the console, on 27 November 2026 at 09:00 UTC.
pub fn meta() -> Meta {
    Meta {
        logged_by: "alice".into(),
        logged_by_name: "Alice".into(),
        channel: "console".into(),
        at: Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    }
}

/// Stores a unit called `name`, logged by [`meta`].
pub fn add_unit(store: &Store, tenant: &TenantId, name: &str) -> Result<UnitId, StoreError> {
    let m = meta();
    let unit = store.write(|tx| {
        tx.create(
            NewRecord {
                tenant,
                kind: Kind::Unit,
                meta: &m,
            },
            |n| {
                Record::Unit(Unit {
                    id: UnitId(n),
                    name: name.into(),
                    aliases: vec![],
                    meta: m.clone(),
                })
            },
        )
    })?;
    Ok(UnitId(unit.id().n))
}

/// Stores a note of `unit` saying `text`, with `followups`, logged by [`meta`].
pub fn add_note(
    store: &Store,
    tenant: &TenantId,
    unit: UnitId,
    text: &str,
    followups: Vec<FollowUp>,
) -> Result<NoteId, StoreError> {
    let m = meta();
    let note = store.write(|tx| {
        tx.create(
            NewRecord {
                tenant,
                kind: Kind::Note,
                meta: &m,
            },
            |n| {
                Record::Note(Note {
                    id: NoteId(n),
                    unit,
                    text: text.into(),
                    followups: followups.clone(),
                    tags: vec![],
                    met_on: None,
                    meta: m.clone(),
                })
            },
        )
    })?;
    Ok(NoteId(note.id().n))
}
