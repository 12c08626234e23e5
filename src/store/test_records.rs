//! Records written the short way, for tests and benchmarks that need a few (or a million)
//! in a store: the set-up the store's own tests, the black-box ones and the benchmarks
//! share, written once. Not for the product: its writes go through the service, which
//! checks what people type.

use super::{NewRecord, Store, StoreError, Tx};
use crate::domain::{Category, FollowUp, Investment, Meta, Note, Record, Unit};
use crate::ids::{InvestmentId, Kind, NoteId, TenantId, UnitId};
use crate::money::{Currency, Money};
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

/// [`meta`], logged by `by` (their id and their name) instead of Alice.
pub fn meta_by(by: &str) -> Meta {
    Meta {
        logged_by: by.into(),
        logged_by_name: by.into(),
        ..meta()
    }
}

/// Creates a unit called `name` in `tx`, logged as `meta` says.
pub fn create_unit(
    tx: &mut Tx<'_>,
    tenant: &TenantId,
    meta: &Meta,
    name: &str,
) -> Result<Record, StoreError> {
    tx.create(
        NewRecord {
            tenant,
            kind: Kind::Unit,
            meta,
        },
        |n| {
            Record::Unit(Unit {
                id: UnitId(n),
                name: name.into(),
                aliases: vec![],
                meta: meta.clone(),
            })
        },
    )
}

/// Creates a note of `unit` saying `text`, with `followups`, in `tx`, logged as `meta` says.
pub fn create_note(
    tx: &mut Tx<'_>,
    tenant: &TenantId,
    meta: &Meta,
    unit: UnitId,
    text: &str,
    followups: Vec<FollowUp>,
) -> Result<Record, StoreError> {
    tx.create(
        NewRecord {
            tenant,
            kind: Kind::Note,
            meta,
        },
        |n| {
            Record::Note(Note {
                id: NoteId(n),
                unit,
                text: text.into(),
                followups: followups.clone(),
                tags: vec![],
                met_on: None,
                meta: meta.clone(),
            })
        },
    )
}

/// Stores a unit called `name`, logged by [`meta`].
pub fn add_unit(store: &Store, tenant: &TenantId, name: &str) -> Result<UnitId, StoreError> {
    let unit = store.write(|tx| create_unit(tx, tenant, &meta(), name))?;
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
    let note = store.write(|tx| create_note(tx, tenant, &meta(), unit, text, followups))?;
    Ok(NoteId(note.id().n))
}

/// Investment `n` called `name` with `aliases`, in unit 1: £40k once, £60k a year for three
/// years from 1 July 2026, logged as [`meta`] says.
pub fn investment(n: u64, name: &str, aliases: &[&str]) -> Investment {
    Investment {
        id: InvestmentId(n),
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        unit: UnitId(1),
        category: Category::Run,
        cost: Money::new(4_000_000, Currency::GBP),
        run_cost: Money::zero(Currency::GBP),
        annual_benefit: Money::new(6_000_000, Currency::GBP),
        years: 3,
        start: chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
        sponsor: None,
        meta: meta(),
    }
}
