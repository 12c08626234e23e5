//! Investments' aliases in the store: each is a name the investment holds, found as its
//! name is, freed when it is amended away or the investment retracted.

use super::test_records::{add_unit, investment, meta};
use super::*;
use crate::domain::Record;
use crate::ids::{InvestmentId, Kind, TenantId};

fn add(store: &Store, t: &TenantId, name: &str, aliases: &[&str]) -> Result<Record, StoreError> {
    let m = meta();
    store.write(|tx| {
        tx.create(
            NewRecord {
                tenant: t,
                kind: Kind::Investment,
                meta: &m,
            },
            |n| Record::Investment(investment(n, name, aliases)),
        )
    })
}

#[test]
fn an_alias_finds_its_investment_and_no_other_may_take_it() {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    add_unit(&store, &t, "Ops").unwrap();
    add(&store, &t, "Field service platform", &["ServiceTitan"]).unwrap();
    let inv1 = Some(InvestmentId(1).record());
    assert_eq!(
        store
            .find_name(&t, Kind::Investment, "servicetitan")
            .unwrap(),
        inv1
    );
    assert_eq!(
        store
            .names_starting(&t, Kind::Investment, "Serv", 5)
            .unwrap(),
        vec![InvestmentId(1).record()]
    );
    for (name, aliases) in [
        ("SERVICETITAN", &[][..]),
        ("Salon booking", &["Field Service Platform"][..]),
    ] {
        let err = add(&store, &t, name, aliases).unwrap_err();
        assert!(
            err.to_string()
                .contains("already used by INV-1 (Field service platform)"),
            "{err}"
        );
    }

    // Amended away, the alias is free again; the new one is held.
    let m = meta();
    store
        .write(|tx| {
            let updated = investment(1, "Field service platform", &["FSP"]);
            tx.amend(
                &t,
                &m,
                Record::Investment(updated),
                vec![],
                "renamed".into(),
            )
        })
        .unwrap();
    assert_eq!(
        store
            .find_name(&t, Kind::Investment, "ServiceTitan")
            .unwrap(),
        None
    );
    assert_eq!(store.find_name(&t, Kind::Investment, "fsp").unwrap(), inv1);
    add(&store, &t, "Salon booking system", &["ServiceTitan"]).unwrap();
}
