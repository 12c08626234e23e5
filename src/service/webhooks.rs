//! `webhook add|inbound|remove` and `webhooks`: admins connect the register to other
//! systems' URLs, both ways.

use super::error::{user, Failure};
use super::{Caller, Service};
use crate::command::{AnnounceArgs, WebhookArgs};
use crate::store::Webhooks;
use valuebridge_chat::{Reply, Visibility};

/// Only https, or loopback http when the configuration allows it (tests, a local relay).
fn check_url(s: &Service, url: &str) -> Result<(), Failure> {
    if url.starts_with("https://") && url.len() > "https://".len() {
        return Ok(());
    }
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            url.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    if loopback && s.config.api.allow_loopback_webhooks {
        return Ok(());
    }
    Err(user(format!(
        "`{url}` is not an https:// URL; webhooks are only sent over https, so the records they carry stay private."
    )))
}

pub fn webhook(s: &Service, caller: &Caller, args: WebhookArgs) -> Result<Reply, Failure> {
    let hooks = Webhooks::open(&s.store)?;
    match args {
        WebhookArgs::Add { url, events } => {
            check_url(s, &url)?;
            let hook = hooks.add_out(&caller.tenant, &url, events, &caller.name, s.now())?;
            let kinds = if hook.events.is_empty() {
                "every kind of record".to_string()
            } else {
                hook.events
                    .iter()
                    .map(|k| k.plural())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            Ok(Reply::info()
                .heading(format!("Webhook {} added: events of {kinds} go to {url}", hook.id()))
                .paragraph(format!("Signing secret: `{}`", hook.secret))
                .paragraph("This is the only time it is shown. Each post carries `X-Valuebridge-Signature: v0=<hex HMAC-SHA256 of \"v0:<X-Valuebridge-Timestamp>:<body>\">` and `X-Valuebridge-Event-Id` to de-duplicate on.")
                .visible_to(Visibility::Ephemeral))
        }
        WebhookArgs::Inbound { label } => {
            let label = label.unwrap_or_else(|| "inbound hook".into());
            let (hook, secret) = hooks.add_in(&caller.tenant, &label, &caller.name, s.now())?;
            Ok(Reply::info()
                .heading(format!("Inbound webhook for {label}: POST /hooks/{}", hook.id))
                .paragraph(format!("Secret: `{secret}`"))
                .paragraph("This is the only time it is shown. Send it as `X-Valuebridge-Secret`, with a JSON body `{\"type\": \"benefit\"|\"note\", \"idempotency_key\": …, …}` (see the README).")
                .visible_to(Visibility::Ephemeral))
        }
        WebhookArgs::Remove(id) => {
            if hooks.remove(&caller.tenant, &id)? {
                Ok(Reply::info().heading(format!("Webhook {id} stopped.")))
            } else {
                Err(user(format!(
                    "There is no live webhook {id}. `/value webhooks` lists them."
                )))
            }
        }
        WebhookArgs::List => {
            let mut rows: Vec<Vec<String>> = hooks
                .out_hooks(&caller.tenant)?
                .into_iter()
                .map(|h| {
                    vec![
                        h.id(),
                        format!("out → {}", h.url),
                        if h.events.is_empty() {
                            "all".to_string()
                        } else {
                            h.events
                                .iter()
                                .map(|k| k.plural())
                                .collect::<Vec<_>>()
                                .join(",")
                        },
                        if h.active { "live" } else { "stopped" }.to_string(),
                        h.delivered.to_string(),
                        h.last_problem.clone().unwrap_or_else(|| "none".into()),
                    ]
                })
                .collect();
            rows.extend(hooks.announcements(&caller.tenant)?.into_iter().map(|a| {
                vec![
                    a.id(),
                    format!("announce → {}", a.channel),
                    "new decisions".into(),
                    if a.active { "live" } else { "stopped" }.to_string(),
                    "-".into(),
                    "none".into(),
                ]
            }));
            rows.extend(hooks.in_hooks(&caller.tenant)?.into_iter().map(|h| {
                vec![
                    h.id.clone(),
                    format!("in ← {}", h.label),
                    "benefits, notes".into(),
                    if h.active { "live" } else { "stopped" }.to_string(),
                    "-".into(),
                    "none".into(),
                ]
            }));
            if rows.is_empty() {
                return Ok(Reply::info().paragraph(
                    "No webhooks yet. `/value webhook add https://… events:decision` adds one.",
                ));
            }
            Ok(Reply::info().heading("Webhooks").table(
                &[
                    "Id",
                    "Where",
                    "Events",
                    "State",
                    "Delivered",
                    "Latest problem",
                ],
                rows,
            ))
        }
    }
}

pub fn announce(s: &Service, caller: &Caller, args: AnnounceArgs) -> Result<Reply, Failure> {
    let hooks = Webhooks::open(&s.store)?;
    match args {
        AnnounceArgs::Decisions { channel } => {
            let channel = if channel.eq_ignore_ascii_case("here") {
                caller.channel.clone()
            } else {
                super::channels::linked_channel(s, caller, &channel)?
            };
            let a = hooks.add_announcement(&caller.tenant, &channel, &caller.name, s.now())?;
            Ok(Reply::info().heading(format!(
                "{}: each new decision of the organisation will be copied to {channel}. Stop it with `/value announce stop {}`.",
                a.id(),
                a.id()
            )))
        }
        AnnounceArgs::Stop(id) => {
            if !id.to_uppercase().starts_with("ANN-") || !hooks.remove(&caller.tenant, &id)? {
                return Err(user(format!(
                    "There is no live announcement {id}. `/value webhooks` lists them."
                )));
            }
            Ok(Reply::info().heading(format!("Announcement {id} stopped.")))
        }
    }
}
