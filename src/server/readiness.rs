//! Which parts of the bot are ready: each adapter reports in, `/readyz` reads it.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
pub struct Readiness(Arc<Mutex<BTreeMap<String, Result<(), String>>>>);

impl Readiness {
    /// Registers a part as not ready yet (with why).
    pub fn waiting(&self, part: &str, why: &str) {
        self.lock().insert(part.to_string(), Err(why.to_string()));
    }

    pub fn ready(&self, part: &str) {
        self.lock().insert(part.to_string(), Ok(()));
    }

    /// Parts not ready, as "part: why".
    pub fn not_ready(&self) -> Vec<String> {
        self.lock()
            .iter()
            .filter_map(|(k, v)| v.as_ref().err().map(|why| format!("{k}: {why}")))
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Result<(), String>>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}
