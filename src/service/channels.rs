//! Channels of other workspaces of the caller's organisation (`discord:645…`), as targets
//! for posts: accepted only on a platform the organisation has a workspace on.

use super::error::{user, Failure};
use super::{Caller, Service};

/// `target` (`slack:C012` or `discord:645…`) as the channel a post is addressed to: bare
/// when it is on the organisation's own platform, named with its platform otherwise.
pub fn linked_channel(s: &Service, caller: &Caller, target: &str) -> Result<String, Failure> {
    let (platform, id) = target.split_once(':').ok_or_else(|| {
        user(format!(
            "`{target}` is not a channel; write slack:<id> or discord:<id>."
        ))
    })?;
    let mut workspaces = vec![caller.tenant.clone()];
    workspaces.extend(
        s.orgs
            .organisations()?
            .remove(&caller.tenant)
            .unwrap_or_default(),
    );
    if !workspaces
        .iter()
        .any(|w| crate::telemetry::platform(w.as_str()) == platform)
    {
        let names: Vec<String> = workspaces.iter().map(|w| w.to_string()).collect();
        return Err(user(format!(
            "Your organisation has no {platform} workspace (it is {}), so nothing can be posted to {target}. An operator links one with `valuebridge org link {} {platform}:<id>`.",
            names.join(", "),
            caller.tenant
        )));
    }
    Ok(
        if crate::telemetry::platform(caller.tenant.as_str()) == platform {
            id.to_string()
        } else {
            target.to_string()
        },
    )
}
