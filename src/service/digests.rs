//! `/value digest`, and the digests the scheduler posts.

use super::error::{capitalise, user, Failure};
use super::{lookup, Caller, Service};
use crate::command::DigestArgs;
use crate::digest::{self, DigestRequest, DigestSettings, Period};
use crate::ids::{TenantId, UnitId};
use crate::schedule::{DigestSource, Subscription};
use chrono::{DateTime, NaiveDate, Utc};
use valuebridge_chat::Reply;

impl Service {
    /// Builds a digest value, timing it for the metrics.
    pub fn digest_value(
        &self,
        tenant: &TenantId,
        unit: Option<UnitId>,
        period: Period,
        as_of: NaiveDate,
    ) -> Result<digest::Digest, Failure> {
        let settings =
            DigestSettings::from_config(&self.config).map_err(|e| Failure::Internal(e.into()))?;
        let started = std::time::Instant::now();
        let d = digest::build(
            &self.store,
            tenant,
            &settings,
            &DigestRequest {
                unit,
                period,
                as_of,
            },
        )?;
        metrics::histogram!(crate::telemetry::DIGEST_SECONDS)
            .record(started.elapsed().as_secs_f64());
        Ok(d)
    }
}

pub fn digest(s: &Service, caller: &Caller, args: &DigestArgs) -> Result<Reply, Failure> {
    let today = s.clock.now().date_naive();
    let unit = args
        .unit
        .as_deref()
        .map(|u| lookup::unit(&s.store, caller, u))
        .transpose()?;
    let period = Period::parse(args.period.as_deref().unwrap_or("week"), today)
        .map_err(|e| user(format!("{}.", capitalise(&e))))?;
    let d = s.digest_value(&caller.tenant, unit.map(|u| u.id), period, today)?;
    Ok(digest::to_chat_reply(&d))
}

/// `/value scorecard <unit> [period]`: this month to date unless a period is given.
pub fn scorecard(s: &Service, caller: &Caller, args: &DigestArgs) -> Result<Reply, Failure> {
    let today = s.today();
    let name = args.unit.as_deref().unwrap_or_default();
    let unit = lookup::unit(&s.store, caller, name)?;
    let period = Period::parse(args.period.as_deref().unwrap_or("month"), today)
        .map_err(|e| user(format!("{}.", capitalise(&e))))?;
    let settings =
        DigestSettings::from_config(&s.config).map_err(|e| Failure::Internal(e.into()))?;
    let sc = digest::scorecard(&s.store, &caller.tenant, &settings, unit.id, period, today)?;
    Ok(digest::scorecard::to_reply(&sc))
}

impl DigestSource for Service {
    fn digest(&self, sub: &Subscription, slot: DateTime<Utc>) -> Result<Reply, String> {
        let day = slot.with_timezone(&sub.spec.zone()).date_naive();
        if sub.posts == crate::schedule::Posts::FollowUps {
            return super::follow_ups::due_post(self, &sub.tenant, sub.unit, day)
                .map_err(|e| e.to_string());
        }
        // The last complete period before the slot's day, in the subscription's zone, as
        // it stood at the end of that period.
        let period = Period::scheduled(&sub.period, day)?;
        self.digest_value(&sub.tenant, sub.unit, period, period.end)
            .map(|d| {
                let reply = digest::to_chat_reply(&d);
                match super::charts::digest_chart(self, &sub.tenant, &d) {
                    Some(image) => reply.image(image),
                    None => reply,
                }
            })
            .map_err(|e| e.to_string())
    }
}
