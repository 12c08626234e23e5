//! Running a parsed command: its permissions checked, a write on the commit thread as one
//! action (answered once on disk), a read here; and the command's own handler.

use super::{
    api_tokens, charts, corrections, dashboard, digests, find, follow_ups, me, permissions, reads,
    schedules, undo, webhooks, writes, Caller, Failure, Service, Then,
};
use crate::command::Command;
#[cfg(doc)]
use crate::store::Store;
use valuebridge_chat::Reply;

impl Service {
    /// Runs a parsed command for a caller. A command that writes runs on the commit thread
    /// and is answered once its write is on disk (see [`crate::store::GroupCommit`]); a read
    /// runs here.
    pub async fn execute(&self, caller: &Caller, command: Command) -> Result<Reply, Failure> {
        self.execute_then(caller, command, None).await
    }

    /// [`Service::execute`], and `then` (another write the same action makes, such as
    /// clearing the form it came from) after the command's own writes, as one: if `then`
    /// fails, the command's records are taken back too.
    pub(crate) async fn execute_then(
        &self,
        caller: &Caller,
        command: Command,
        then: Option<Then>,
    ) -> Result<Reply, Failure> {
        permissions::check(&self.config.roles, caller, &command)?;
        if !permissions::is_write(&command) {
            let reply = self.apply(caller, command)?;
            return then.map_or(Ok(()), |then| then()).map(|()| reply);
        }
        let reply = match &self.commit {
            Some(commit) => {
                let (service, caller) = (self.clone(), caller.clone());
                // Its log lines keep the request's id.
                let span = tracing::Span::current();
                commit
                    .run(move || span.in_scope(|| service.apply_whole(&caller, command, then)))
                    .await??
            }
            None => self.apply_whole(caller, command, then)?,
        };
        self.written.notify_one();
        if reply.kind == valuebridge_chat::ReplyKind::Recorded {
            metrics::counter!(crate::telemetry::RECORDS).increment(1);
        }
        Ok(reply)
    }

    /// [`Service::apply`] of a command that writes: every write it makes lands, or, when
    /// any of them or anything after them fails, none does and the person sees that one
    /// failure (see [`Store::all_or_nothing`]).
    fn apply_whole(
        &self,
        caller: &Caller,
        command: Command,
        then: Option<Then>,
    ) -> Result<Reply, Failure> {
        self.store.all_or_nothing(|| {
            let reply = self.apply(caller, command)?;
            then.map_or(Ok(()), |then| then())?;
            Ok(reply)
        })
    }

    /// Carries out a command whose permissions were checked; a write is not yet durable.
    pub(super) fn apply(&self, caller: &Caller, command: Command) -> Result<Reply, Failure> {
        Ok(match command {
            Command::Help(topic) => reads::help(topic.as_deref()),
            Command::Units => reads::units(self, caller)?,
            Command::List(args) => reads::list(self, caller, &args)?,
            Command::FollowUps(args) => follow_ups::list(self, caller, &args)?,
            Command::Find(words) => find::find(self, caller, &words)?,
            Command::Show(r) => reads::show(self, caller, &r)?,
            Command::History(r) => reads::history(self, caller, &r)?,
            Command::Digest(args) => digests::digest(self, caller, &args)?,
            Command::Scorecard(args) => digests::scorecard(self, caller, &args)?,
            Command::Chart(args) => charts::chart(self, caller, &args)?,
            Command::Dashboard(args) => dashboard::dashboard(self, caller, &args)?,
            Command::UnitAdd(args) => writes::unit_add(self, caller, args)?,
            Command::Note(args) => writes::note(self, caller, args)?,
            Command::Invest(args) => writes::invest(self, caller, args)?,
            Command::Decide(args) => writes::decide(self, caller, args)?,
            Command::Benefit(args) => writes::benefit(self, caller, args)?,
            Command::Service(args) => writes::service(self, caller, args)?,
            Command::Done { note, action } => corrections::done(self, caller, note, action)?,
            Command::Amend(args) => corrections::amend(self, caller, args)?,
            Command::Retract(args) => corrections::retract(self, caller, args)?,
            Command::Undo => undo::undo(self, caller)?,
            Command::Restore(args) => undo::restore(self, caller, args)?,
            Command::Subscribe(args) => schedules::subscribe(self, caller, args)?,
            Command::Subscriptions => schedules::list(self, caller)?,
            Command::Unsubscribe(id) => schedules::unsubscribe(self, caller, id)?,
            Command::PauseSubscription { id, paused } => {
                schedules::pause(self, caller, id, paused)?
            }
            Command::Me(args) => me::me(self, caller, args)?,
            Command::Api(args) => api_tokens::api(self, caller, args)?,
            Command::Webhook(args) => webhooks::webhook(self, caller, args)?,
            Command::Announce(args) => webhooks::announce(self, caller, args)?,
        })
    }

    /// Waits until every write so far is on disk.
    pub async fn durable(&self) -> Result<(), Failure> {
        if let Some(commit) = &self.commit {
            commit.durable().await?;
        }
        Ok(())
    }
}
