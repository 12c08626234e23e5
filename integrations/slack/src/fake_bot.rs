//! The bot the adapter's unit tests talk to: a test writes only the parts of it that it
//! exercises; every other [`SlackHandler`] method answers as a bot with nothing to say.

use crate::dispatch::{BoxFuture, SlackHandler};
use valuebridge_chat::{Actor, FormOutcome, FormSubmission, Invocation, Lookup, Reply, Suggestion};

/// [`SlackHandler`] with every method answering nothing: a command gets an empty reply,
/// every delivery is the first, no answer is kept, a form is refused with no error, a
/// lookup suggests nothing, and the Home tab is empty.
pub(crate) trait FakeBot: Send + Sync + 'static {
    fn handle(&self, _inv: Invocation) -> BoxFuture<Reply> {
        Box::pin(async { Reply::info() })
    }
    fn first_delivery(&self, _key: String) -> BoxFuture<bool> {
        Box::pin(async { true })
    }
    fn remember_answer(&self, _key: String, _answer: Reply) -> BoxFuture<()> {
        Box::pin(async {})
    }
    fn earlier_answer(&self, _key: String) -> BoxFuture<Option<Reply>> {
        Box::pin(async { None })
    }
    fn submit_form(&self, _submission: FormSubmission) -> BoxFuture<FormOutcome> {
        Box::pin(async {
            FormOutcome::Invalid {
                errors: Default::default(),
            }
        })
    }
    fn suggest(&self, _t: String, _l: Lookup, _typed: String) -> BoxFuture<Vec<Suggestion>> {
        Box::pin(async { Vec::new() })
    }
    fn home(&self, _tenant: String, _actor: Actor) -> BoxFuture<Reply> {
        Box::pin(async { Reply::info() })
    }
}

impl<T: FakeBot> SlackHandler for T {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        FakeBot::handle(self, inv)
    }
    fn first_delivery(&self, key: String) -> BoxFuture<bool> {
        FakeBot::first_delivery(self, key)
    }
    fn remember_answer(&self, key: String, answer: Reply) -> BoxFuture<()> {
        FakeBot::remember_answer(self, key, answer)
    }
    fn earlier_answer(&self, key: String) -> BoxFuture<Option<Reply>> {
        FakeBot::earlier_answer(self, key)
    }
    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
        FakeBot::submit_form(self, submission)
    }
    fn suggest(&self, tenant: String, lookup: Lookup, typed: String) -> BoxFuture<Vec<Suggestion>> {
        FakeBot::suggest(self, tenant, lookup, typed)
    }
    fn home(&self, tenant: String, actor: Actor) -> BoxFuture<Reply> {
        FakeBot::home(self, tenant, actor)
    }
}
