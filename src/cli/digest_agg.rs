//! `valuebridge digest-agg rebuild|check`: the operator's tools for the digest aggregates.

use super::{DigestAggAction, Output};
use crate::ids::TenantId;
use crate::store::{Store, StoreError};

/// At most this many disagreements are listed; the count covers them all.
const SHOWN: usize = 20;

pub fn run(
    store: &Store,
    tenant: &TenantId,
    action: DigestAggAction,
) -> Result<Output, StoreError> {
    match action {
        DigestAggAction::Rebuild => {
            let records = store.rebuild_aggregates(tenant)?;
            Ok(Output::success(format!(
                "Rebuilt the digest aggregates of {tenant} from its {records} live records.\n"
            )))
        }
        DigestAggAction::Check => {
            let report = store.check_aggregates(tenant)?;
            if report.disagreements.is_empty() {
                return Ok(Output::success(format!(
                    "The digest aggregates of {tenant} agree with its {} live records ({} entries).\n",
                    report.records, report.entries
                )));
            }
            let n = report.disagreements.len();
            let mut text = format!(
                "The digest aggregates of {tenant} disagree with its records in {n} place{}:\n",
                if n == 1 { "" } else { "s" }
            );
            for d in report.disagreements.iter().take(SHOWN) {
                text.push_str(&format!("  - {d}\n"));
            }
            if n > SHOWN {
                text.push_str(&format!("  … and {} more\n", n - SHOWN));
            }
            text.push_str("Digests may be wrong until you run `valuebridge digest-agg rebuild`, which recomputes them from the records.\n");
            Ok(Output {
                stdout: text,
                stderr: String::new(),
                code: 1,
            })
        }
    }
}
