//! What the Discord adapter calls: the shared bridge, plus units and investments suggested
//! as people type.

use super::bridge::Bridge;
use valuebridge_chat::{FormOutcome, FormSubmission, Invocation, Lookup, Reply};
use valuebridge_discord::interactions::BoxFuture;
use valuebridge_discord::Suggest;

impl valuebridge_discord::DiscordHandler for Bridge {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        self.run(inv)
    }

    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
        self.submit(submission)
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
        let lookup = match what {
            Suggest::Unit => Lookup::Unit,
            Suggest::Investment => Lookup::Investment,
        };
        let found = self
            .service
            .suggest(&tenant, lookup, &typed)
            .into_iter()
            .map(|s| (s.label, s.value))
            .collect();
        Box::pin(async move { found })
    }

    fn now_unix(&self) -> i64 {
        self.service.clock.now().timestamp()
    }
}
