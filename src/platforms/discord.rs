//! What the Discord adapter calls: the shared bridge, plus units and investments suggested
//! as people type.

use super::bridge::Bridge;
use crate::domain::Record;
use crate::ids::{Kind, RecordId, TenantId};
use valuebridge_chat::{FormOutcome, FormSubmission, Invocation, Reply};
use valuebridge_discord::interactions::BoxFuture;
use valuebridge_discord::Suggest;

/// Autocomplete shows at most this many choices (Discord's limit).
const CHOICES: usize = 25;

impl Bridge {
    fn suggestions(
        &self,
        tenant: &str,
        what: Suggest,
        typed: &str,
    ) -> Result<Vec<(String, String)>, String> {
        let workspace: TenantId = tenant.parse().map_err(|e| format!("{e}"))?;
        // A guild linked into an organisation suggests the organisation's names.
        let tenant = self
            .service
            .orgs
            .resolve(&workspace)
            .map_err(|e| e.to_string())?;
        let store = self.service.store();
        let kind = match what {
            Suggest::Unit => Kind::Unit,
            Suggest::Investment => Kind::Investment,
        };
        let mut ids: Vec<RecordId> = Vec::new();
        if let Ok(id) = typed.trim().parse::<RecordId>() {
            if id.kind == kind {
                ids.push(id);
            }
        }
        ids.extend(
            store
                .names_starting(&tenant, kind, typed, CHOICES)
                .map_err(|e| e.to_string())?,
        );
        ids.dedup();
        let mut out = Vec::new();
        for id in ids.into_iter().take(CHOICES) {
            let Some(state) = store.get(&tenant, id).map_err(|e| e.to_string())? else {
                continue;
            };
            if !state.is_live() {
                continue;
            }
            match state.record {
                Record::Unit(u) => out.push((u.name.clone(), u.name)),
                Record::Investment(i) => {
                    out.push((format!("{} · {}", i.id, i.name), i.id.to_string()))
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

impl valuebridge_discord::DiscordHandler for Bridge {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        self.run(inv)
    }

    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
        let service = self.service.clone();
        Box::pin(async move { service.submit_form(&submission).await })
    }

    fn first_delivery(&self, key: String) -> BoxFuture<bool> {
        self.first(key)
    }

    fn suggest(
        &self,
        tenant: String,
        what: Suggest,
        typed: String,
    ) -> BoxFuture<Vec<(String, String)>> {
        let found = self.suggestions(&tenant, what, &typed).unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not look up autocomplete suggestions");
            Vec::new()
        });
        Box::pin(async move { found })
    }

    fn now_unix(&self) -> i64 {
        self.service.clock.now().timestamp()
    }
}
