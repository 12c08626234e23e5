//! The service: runs one invocation (a command line from any platform) against the store
//! and answers with a `Reply`. Adapters know nothing else about the bot.
//!
//! This file holds the service and what it knows; `handle` answers an invocation, `caller`
//! says who calls, and `execute` runs a parsed command.

mod api_tokens;
mod caller;
mod channels;
mod charts;
mod corrections;
mod currency_rules;
mod dashboard;
mod digests;
mod error;
mod execute;
mod find;
pub(crate) use find::answer_question;
mod follow_ups;
mod form_amounts;
mod form_pages;
mod forms;
mod handle;
mod home;
mod list_filters;
mod lookup;
mod lookup_record;
mod me;
mod near_names;
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
pub(crate) use permissions::check as check_permission;
pub use permissions::Caller;
pub(crate) use story::investment as investment_story;
pub(crate) use undo::LEARNT_FROM_DRAFT;

use crate::clock::SharedClock;
use crate::command::Context;
use crate::config::Config;
use crate::money::Currency;
use crate::store::{GroupCommit, Store};
use std::sync::Arc;

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
