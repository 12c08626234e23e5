//! A registered unit's or investment's id, looked up by its name in the console's workspace.

use super::Bot;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};

impl Bot {
    /// The id of the unit called `name` (panics if there is none).
    pub fn unit_id(&self, name: &str) -> String {
        self.store
            .live(&TenantId::local(), Kind::Unit)
            .unwrap()
            .into_iter()
            .find_map(|s| match s.record {
                Record::Unit(u) if u.name == name => Some(u.id.to_string()),
                _ => None,
            })
            .unwrap()
    }

    /// The id of the investment called `name` (panics if there is none).
    pub fn investment_id(&self, name: &str) -> String {
        self.store
            .live(&TenantId::local(), Kind::Investment)
            .unwrap()
            .into_iter()
            .find_map(|s| match s.record {
                Record::Investment(i) if i.name == name => Some(i.id.to_string()),
                _ => None,
            })
            .unwrap()
    }
}
