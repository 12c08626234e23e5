//! Who is calling, from where: the workspace's organisation, the channel named with its
//! platform, the person behind the account and their role.

use super::{permissions, Caller, Failure, Service};
use crate::ids::TenantId;
use valuebridge_chat::Invocation;

impl Service {
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
}
