//! `valuebridge org`: link workspaces into one organisation, unlink them, and list the
//! organisations with the history of every link.

use super::Output;
use crate::ids::TenantId;
use crate::store::{LinkChange, OrgError, Orgs, Store};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum OrgAction {
    /// Makes WORKSPACE share the records of ORGANISATION's tenant (or of the organisation
    /// ORGANISATION is already part of): `org link slack:T123 discord:G456`.
    Link {
        organisation: String,
        workspace: String,
        /// The workspace's own records were exported and imported into the organisation;
        /// link it anyway (its own copy stays in the store, unseen).
        #[arg(long)]
        records_imported: bool,
    },
    /// Makes a linked workspace its own tenant again; the organisation keeps its records.
    Unlink { workspace: String },
    /// Lists the organisations and every link and unlink made.
    List,
}

pub fn run(store: &Store, action: &OrgAction, by: &str) -> anyhow::Result<Output> {
    let orgs = Orgs::open(store)?;
    let now = chrono::Utc::now();
    let outcome = match action {
        OrgAction::Link {
            organisation,
            workspace,
            records_imported,
        } => {
            let (organisation, workspace) = (tenant(organisation)?, tenant(workspace)?);
            orgs.link(&organisation, &workspace, *records_imported, by, now)
                .map(|root| {
                    format!("Linked {workspace} to the organisation of {root}: it now reads and writes the same records.\n")
                })
        }
        OrgAction::Unlink { workspace } => {
            let workspace = tenant(workspace)?;
            orgs.unlink(&workspace, by, now).map(|root| {
                format!("Unlinked {workspace} from the organisation of {root}; {root} keeps every record.\n")
            })
        }
        OrgAction::List => return Ok(Output::success(list(&orgs)?)),
    };
    match outcome {
        Ok(text) => Ok(Output::success(text)),
        Err(OrgError::Store(e)) => Err(e.into()),
        Err(refused) => Ok(Output::failure(format!("{refused}\n"))),
    }
}

fn tenant(s: &str) -> anyhow::Result<TenantId> {
    s.parse().map_err(|_| {
        anyhow::anyhow!(
            "'{s}' is not a workspace. Workspaces look like slack:T123 or discord:G456."
        )
    })
}

fn list(orgs: &Orgs) -> anyhow::Result<String> {
    let mut out = String::new();
    let organisations = orgs.organisations()?;
    if organisations.is_empty() {
        out.push_str("No workspaces are linked: each workspace is its own organisation.\n");
    }
    for (root, members) in &organisations {
        let members: Vec<_> = members.iter().map(|m| m.to_string()).collect();
        out.push_str(&format!("{root} (records) + {}\n", members.join(", ")));
    }
    let history = orgs.history()?;
    if !history.is_empty() {
        out.push_str("\nHistory:\n");
    }
    for e in history {
        out.push_str(&format!(
            "{} {} {} {} {} by {}\n",
            e.at.format("%Y-%m-%d %H:%M UTC"),
            e.action.as_str(),
            e.workspace,
            match e.action {
                LinkChange::Link => "to",
                LinkChange::Unlink => "from",
            },
            e.organisation,
            e.by
        ));
    }
    Ok(out)
}
