//! The service: runs one invocation (a command line from any platform) against the store
//! and answers with a `Reply`. Adapters know nothing else about the bot.

mod api_tokens;
mod channels;
mod charts;
mod corrections;
mod currency_rules;
mod dashboard;
mod digests;
mod error;
mod find;
pub(crate) use find::answer_question;
mod follow_ups;
mod form_amounts;
mod form_pages;
mod forms;
mod home;
mod list_filters;
mod lookup;
mod me;
mod permissions;
mod reads;
mod render;
mod schedules;
mod story;
mod together;
mod undo;
mod webhooks;
mod writes;

pub(crate) use currency_rules::investment_currency;
pub use error::{internal_reply, new_reference, Failure, UserError};
pub(crate) use forms::DRAFT_CONTEXT;
pub use forms::SUGGESTIONS;
pub use lookup::closest as closest_name;
pub(crate) use lookup::{investment as lookup_investment, unit as lookup_unit};
pub(crate) use lookup::{unit_name, units as lookup_units};
pub use permissions::Caller;
pub(crate) use story::investment as investment_story;

use crate::clock::SharedClock;
use crate::command::{self, Command, Context};
use crate::config::Config;
use crate::ids::TenantId;
use crate::money::Currency;
use crate::store::{GroupCommit, Store};
use std::sync::Arc;
use valuebridge_chat::{Invocation, Reply};

/// A write that ends the same action as a command, run right after it (see
/// [`Service::execute_then`]).
pub(crate) type Then = Box<dyn FnOnce() -> Result<(), Failure> + Send>;

/// Runs commands. Cheap to clone; one per process.
#[derive(Clone)]
pub struct Service {
    pub(crate) store: Store,
    commit: Option<GroupCommit>,
    pub(crate) clock: SharedClock,
    pub(crate) config: Arc<Config>,
    pub(crate) currency: Currency,
    inflight: tokio_util::task::TaskTracker,
    pub(crate) subs: crate::schedule::Subscriptions,
    pub(crate) orgs: crate::store::Orgs,
    pub(crate) people: crate::store::People,
    /// Notified after every write a command makes, so record events reach webhooks at once.
    written: Arc<tokio::sync::Notify>,
    /// Prepared plain-words readers per tenant.
    pub(crate) readers: crate::conversation::Readers,
}

impl Service {
    /// A service whose confirmations wait until the write is on disk (group commit).
    /// Must be called inside a tokio runtime.
    pub fn new(store: Store, config: Arc<Config>, clock: SharedClock) -> anyhow::Result<Service> {
        let currency = config.currency()?;
        let subs = crate::schedule::Subscriptions::open(&store)?;
        let orgs = crate::store::Orgs::open(&store)?;
        let people = crate::store::People::open(&store)?;
        Ok(Service {
            orgs,
            people,
            written: Default::default(),
            readers: Default::default(),
            commit: Some(GroupCommit::start(store.clone())?),
            store,
            clock,
            config,
            currency,
            inflight: Default::default(),
            subs,
        })
    }

    /// A service that does not wait for the disk: for benchmarks that measure the cost of
    /// durability, and nothing else.
    pub fn without_flush(
        store: Store,
        config: Arc<Config>,
        clock: SharedClock,
    ) -> anyhow::Result<Service> {
        let currency = config.currency()?;
        let subs = crate::schedule::Subscriptions::open(&store)?;
        let orgs = crate::store::Orgs::open(&store)?;
        let people = crate::store::People::open(&store)?;
        Ok(Service {
            orgs,
            people,
            written: Default::default(),
            readers: Default::default(),
            commit: None,
            store,
            clock,
            config,
            currency,
            inflight: Default::default(),
            subs,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The tenant's default currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Now, by the injected clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Handles one invocation; never fails: errors become replies. Every invocation gets a
    /// request id that appears in its log lines and in any apology the user sees.
    pub async fn handle(&self, inv: &Invocation) -> Reply {
        let _token = self.inflight.token();
        let without_controls;
        let inv = if inv
            .text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        {
            without_controls = Invocation {
                text: crate::domain::limits::without_controls(&inv.text),
                ..inv.clone()
            };
            &without_controls
        } else {
            inv
        };
        let request_id = error::new_reference();
        let span = tracing::info_span!("request", id = %request_id, tenant = %inv.tenant, channel = %inv.channel, user = %inv.actor.user_id);
        let platform = crate::telemetry::platform(&inv.tenant);
        let (reply, name) =
            tracing::Instrument::instrument(self.try_handle(inv), span.clone()).await;
        let reply = match reply {
            Ok(reply) => reply,
            Err(failure) => {
                span.in_scope(|| error::to_reply(failure, &inv.text, name, &request_id))
            }
        };
        let outcome = match reply.kind {
            valuebridge_chat::ReplyKind::UserError => "user_error",
            valuebridge_chat::ReplyKind::InternalError => "internal_error",
            _ => "ok",
        };
        metrics::counter!(crate::telemetry::COMMANDS, "command" => name, "platform" => platform, "outcome" => outcome).increment(1);
        reply
    }

    async fn try_handle(&self, inv: &Invocation) -> (Result<Reply, Failure>, &'static str) {
        if let Some(problem) = crate::domain::limits::line_problem(&inv.text) {
            return (Err(error::user(problem)), "unparsed");
        }
        let caller = match self.caller(inv) {
            Ok(c) => c,
            Err(e) => return (Err(e), "unknown"),
        };
        if let Some(page) = self.form_page_line(inv) {
            return (page, "form");
        }
        let answers_question =
            || crate::conversation::answers_pending_question(self, &caller, &inv.text);
        let looks_like_command = command::looks_like_command(&inv.text);
        if !inv.is_command && (!looks_like_command || answers_question()) {
            let answered = self.converse(&caller, &inv.text).await;
            // A command typed while a question waits that does not answer it ("list
            // investments" asked "run, grow or transform?") runs as the command; the
            // refused answer stored nothing and the draft keeps waiting.
            let runs_instead = looks_like_command
                && matches!(answered, Err(Failure::User(_)))
                && command::parse(&inv.text, &self.context(&caller)).is_ok();
            if !runs_instead {
                return (answered, "conversation");
            }
        }
        if let Some(form) = self.bare_form(inv) {
            return (Ok(form), "form");
        }
        let command = match command::parse(&inv.text, &self.context(&caller)) {
            Ok(c) => c,
            // "Service desk knowledge base: continue", "Note: met Sales today, …": plain
            // words that open on a command's name and are no command, but a record.
            Err(_)
                if !inv.is_command
                    && crate::conversation::reads_as_record(self, &caller, &inv.text) =>
            {
                return (self.converse(&caller, &inv.text).await, "conversation");
            }
            Err(e) => return (Err(e.into()), "unparsed"),
        };
        let name = command.name();
        tracing::debug!(command = name, "handling");
        (self.execute(&caller, command).await, name)
    }

    /// Notified after each write a command makes (for the webhook relay).
    pub fn written(&self) -> Arc<tokio::sync::Notify> {
        self.written.clone()
    }

    /// Commands still being handled: shutdown waits for them (bounded).
    pub fn in_flight(&self) -> &tokio_util::task::TaskTracker {
        &self.inflight
    }

    pub fn context(&self, caller: &Caller) -> Context {
        let _ = caller;
        Context {
            default_currency: self.currency,
            today: self.today(),
            day_first: self.config.conversation.day_first,
            week_ends: self.config.conversation.week_ends,
            financial_year_starts: self.config.conversation.financial_year_starts,
        }
    }

    /// Today in the tenant's time zone: what "today", "Friday" and "EOM" mean to the caller.
    pub fn today(&self) -> chrono::NaiveDate {
        let now = self.clock.now();
        match self.config.timezone() {
            Ok(tz) => now.with_timezone(&tz).date_naive(),
            Err(_) => now.date_naive(),
        }
    }

    /// Who is calling, from where: a workspace linked into an organisation acts on the
    /// organisation's tenant, and its channels are named with their platform
    /// (`discord:123`) so posts to them reach the right platform.
    pub fn caller(&self, inv: &Invocation) -> Result<Caller, Failure> {
        let workspace: TenantId = inv
            .tenant
            .parse()
            .map_err(|e: crate::ids::TenantIdError| Failure::Internal(anyhow::anyhow!(e)))?;
        let tenant = self.orgs.resolve(&workspace)?;
        let platform = crate::telemetry::platform(workspace.as_str());
        let channel = if platform == crate::telemetry::platform(tenant.as_str()) {
            inv.channel.clone()
        } else {
            format!("{platform}:{}", inv.channel)
        };
        let account = inv.actor.user_id.clone();
        let person = self.people.person(&tenant, &workspace, &account)?;
        // A role in the configuration may name any of the person's accounts.
        let role = match inv.actor.role {
            Some(role) => role,
            None => {
                let mut ids = vec![account.clone(), person.clone()];
                let roles = &self.config.roles;
                if !(roles.admins.is_empty()
                    && roles.deciders.is_empty()
                    && roles.viewers.is_empty())
                {
                    ids.extend(
                        self.people
                            .linked(&tenant, &person)?
                            .into_iter()
                            .filter_map(|a| a.rsplit(' ').next().map(str::to_string)),
                    );
                }
                ids.iter()
                    .map(|id| permissions::role_from_config(&self.config.roles, id))
                    .find(|r| *r != valuebridge_chat::Role::Member)
                    .unwrap_or(valuebridge_chat::Role::Member)
            }
        };
        Ok(Caller {
            tenant,
            workspace,
            account,
            channel,
            user_id: person,
            name: inv.actor.display_name.clone(),
            role,
        })
    }

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
    fn apply(&self, caller: &Caller, command: Command) -> Result<Reply, Failure> {
        Ok(match command {
            Command::Help(topic) => reads::help(topic.as_deref()),
            Command::Units => reads::units(self, caller)?,
            Command::List(args) => reads::list(self, caller, &args)?,
            Command::FollowUps(args) => follow_ups::list(self, caller, &args)?,
            Command::Find(words) => find::find(self, caller, &words)?,
            Command::Show(id) => reads::show(self, caller, id)?,
            Command::History(id) => reads::history(self, caller, id)?,
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

    /// Who logged it, where, when: for records written now.
    pub(crate) fn meta(&self, caller: &Caller) -> crate::domain::Meta {
        crate::domain::Meta {
            logged_by: caller.user_id.clone(),
            logged_by_name: caller.name.clone(),
            channel: caller.channel.clone(),
            at: self.clock.now(),
        }
    }
}
