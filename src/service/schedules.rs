//! Subscription commands: schedule the digest into a channel, list, pause, stop.

use super::error::{capitalise, user, Failure};
use super::{lookup, Caller, Service};
use crate::command::{SubscribeArgs, When};
use crate::ids::SubscriptionId;
use crate::schedule::{Posts, Spec, Subscription};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use valuebridge_chat::Reply;

fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format("%a %-d %b %Y %H:%M %Z")
        .to_string()
}

/// Reads and checks a schedule: valid, in a known zone, not more often than allowed.
pub fn spec_for(s: &Service, when: &When, tz: Option<&str>) -> Result<Spec, Failure> {
    let zone: Tz = match tz {
        Some(z) => z.parse().map_err(|_| user(format!("`{z}` is not a time zone. Use an IANA name like Europe/London, America/New_York or UTC.")))?,
        None => s.config.timezone().map_err(|e| Failure::Internal(e.into()))?,
    };
    let spec = match when {
        When::Cron(expr) => Spec::from_cron(expr, zone),
        When::Words(words) => {
            Spec::from_words(&words.iter().map(String::as_str).collect::<Vec<_>>(), zone)
        }
    }
    .map_err(|e| user(format!("{}.", capitalise(&e))))?;
    let min = chrono::Duration::seconds(i64::from(s.config.schedule.min_interval_seconds));
    if let Some(gap) = spec.shortest_gap(s.clock.now(), 50) {
        if gap < min {
            return Err(user(format!(
                "`{}` fires every {} at times; digests may be posted at most once every {}. Choose a calmer schedule, like `weekly mon 09:00`.",
                spec.display,
                human(gap),
                human(min)
            )));
        }
    }
    Ok(spec)
}

fn human(d: chrono::Duration) -> String {
    let secs = d.num_seconds();
    if secs % 3600 == 0 {
        format!("{} hour(s)", secs / 3600)
    } else if secs % 60 == 0 {
        format!("{} minute(s)", secs / 60)
    } else {
        format!("{secs} second(s)")
    }
}

pub fn subscribe(s: &Service, caller: &Caller, args: SubscribeArgs) -> Result<Reply, Failure> {
    let spec = spec_for(s, &args.when, args.tz.as_deref())?;
    let unit = args
        .unit
        .as_deref()
        .map(|u| lookup::unit(&s.store, caller, u))
        .transpose()?;
    let channel = match &args.channel {
        Some(target) => super::channels::linked_channel(s, caller, target)?,
        None => caller.channel.clone(),
    };
    let now = s.clock.now();
    let sub = s.subs.create(&caller.tenant, |id| Subscription {
        id,
        tenant: caller.tenant.clone(),
        channel: channel.clone(),
        spec: spec.clone(),
        unit: unit.as_ref().map(|u| u.id),
        unit_name: unit.as_ref().map(|u| u.name.clone()),
        period: args.period.clone(),
        paused: false,
        active: true,
        created_by: caller.user_id.clone(),
        created_at: now,
        handled_through: now,
        last_posted: None,
        last_problem: None,
        posts: if args.follow_ups {
            Posts::FollowUps
        } else {
            Posts::Digest
        },
    })?;
    let tz = spec.zone();
    let next: Vec<String> = spec
        .fire_times_after(now)
        .take(3)
        .map(|t| local(t, tz))
        .collect();
    let scope = sub.unit_name.as_deref().unwrap_or("the whole portfolio");
    let what = match sub.posts {
        Posts::Digest => format!("the {} digest", sub.period),
        Posts::FollowUps => "each owner's overdue and due-today follow-ups".to_string(),
    };
    Ok(Reply::recorded()
        .heading(format!("Subscribed {}: {what} for {scope}", sub.id))
        .fields([
            ("Schedule", format!("{} ({})", spec.display, spec.tz)),
            ("Posts to", sub.channel.clone()),
            ("Next", next.join("\n")),
        ])
        .paragraph(format!("Stop it with `/value unsubscribe {}`.", sub.id)))
}

pub fn list(s: &Service, caller: &Caller) -> Result<Reply, Failure> {
    let subs: Vec<_> = s
        .subs
        .of_tenant(&caller.tenant)?
        .into_iter()
        .filter(|s| s.active)
        .collect();
    if subs.is_empty() {
        return Ok(Reply::info().paragraph(
            "There are no digest subscriptions. Add one with `/value subscribe weekly mon 09:00`.",
        ));
    }
    let now = s.clock.now();
    let rows = subs
        .iter()
        .map(|sub| {
            let tz = sub.spec.zone();
            let next = if sub.paused {
                "paused".into()
            } else {
                sub.spec
                    .next_after(sub.handled_through.max(now))
                    .map(|t| local(t, tz))
                    .unwrap_or_else(|| "never".into())
            };
            vec![
                sub.id.to_string(),
                format!("{} ({})", sub.spec.display, sub.spec.tz),
                sub.unit_name.clone().unwrap_or_else(|| "portfolio".into()),
                match sub.posts {
                    Posts::Digest => sub.period.clone(),
                    Posts::FollowUps => "follow-ups".into(),
                },
                sub.channel.clone(),
                next,
                sub.last_posted
                    .map(|t| local(t, tz))
                    .unwrap_or_else(|| "—".into()),
                sub.last_problem.clone().unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    Ok(Reply::info()
        .heading(format!("Digest subscriptions ({})", subs.len()))
        .table(
            &[
                "Id",
                "Schedule",
                "Scope",
                "Period",
                "Channel",
                "Next",
                "Last posted",
                "Problem",
            ],
            rows,
        ))
}

fn active(s: &Service, caller: &Caller, id: SubscriptionId) -> Result<Subscription, Failure> {
    match s.subs.get(&caller.tenant, id)? {
        Some(sub) if sub.active => Ok(sub),
        Some(_) => Err(user(format!("{id} was already stopped."))),
        None => Err(user(format!(
            "There is no {id}. `/value subscriptions` lists them."
        ))),
    }
}

pub fn unsubscribe(s: &Service, caller: &Caller, id: SubscriptionId) -> Result<Reply, Failure> {
    let mut sub = active(s, caller, id)?;
    sub.active = false;
    s.subs.put_by_person(&sub)?;
    Ok(Reply::recorded().paragraph(format!(
        "Stopped {id}: no more digests from it in {}.",
        sub.channel
    )))
}

pub fn pause(
    s: &Service,
    caller: &Caller,
    id: SubscriptionId,
    paused: bool,
) -> Result<Reply, Failure> {
    let mut sub = active(s, caller, id)?;
    if sub.paused == paused {
        return Err(user(format!(
            "{id} is already {}.",
            if paused { "paused" } else { "running" }
        )));
    }
    sub.paused = paused;
    let now = s.clock.now();
    if !paused {
        // Slots missed while paused are not caught up.
        sub.handled_through = now;
    }
    s.subs.put_by_person(&sub)?;
    let text = if paused {
        format!("Paused {id}. Resume it with `/value subscription {id} resume`.")
    } else {
        let next = sub
            .spec
            .next_after(now)
            .map(|t| local(t, sub.spec.zone()))
            .unwrap_or_else(|| "never".into());
        format!("Resumed {id}. Next digest: {next}.")
    };
    Ok(Reply::recorded().paragraph(text))
}
