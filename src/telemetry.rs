//! Metrics in Prometheus format. One recorder per process, installed on first use.

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

pub const COMMANDS: &str = "valuebridge_commands_total";
pub const ERRORS: &str = "valuebridge_internal_errors_total";
pub const RECORDS: &str = "valuebridge_records_written_total";
pub const DIGEST_SECONDS: &str = "valuebridge_digest_build_seconds";
pub const STORE_BYTES: &str = "valuebridge_store_size_bytes";
pub const BUILD_INFO: &str = "valuebridge_build_info";
pub const INFLIGHT: &str = "valuebridge_commands_in_flight";
pub const OUTBOX_DEPTH: &str = "valuebridge_outbox_pending";
pub const OUTBOX_OLDEST_SECONDS: &str = "valuebridge_outbox_oldest_pending_seconds";
pub const SCHEDULER_LAG_SECONDS: &str = "valuebridge_scheduler_lag_seconds";

/// The process's metrics handle; installs the recorder the first time.
pub fn handle() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    metrics_exporter_prometheus::Matcher::Full(DIGEST_SECONDS.into()),
                    &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0],
                )
                .and_then(|b| b.install_recorder())
                .or_else(|_| PrometheusBuilder::new().install_recorder())
                .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder().handle());
            metrics::describe_counter!(
                COMMANDS,
                "Commands handled, by command, platform and outcome"
            );
            metrics::describe_counter!(
                ERRORS,
                "Internal errors (shown to users as an apology with a reference)"
            );
            metrics::describe_counter!(RECORDS, "History entries written, by record kind");
            metrics::describe_histogram!(DIGEST_SECONDS, "Time to build a digest");
            metrics::describe_gauge!(STORE_BYTES, "Size of the store on disk");
            metrics::describe_gauge!(BUILD_INFO, "Build information");
            metrics::describe_gauge!(INFLIGHT, "Commands being handled now");
            metrics::describe_gauge!(OUTBOX_DEPTH, "Posts waiting in the outbox");
            metrics::describe_gauge!(
                OUTBOX_OLDEST_SECONDS,
                "Age of the oldest post waiting in the outbox"
            );
            metrics::describe_histogram!(
                SCHEDULER_LAG_SECONDS,
                "How late a scheduled digest was queued after its slot"
            );
            metrics::gauge!(OUTBOX_DEPTH).set(0.0);
            metrics::gauge!(OUTBOX_OLDEST_SECONDS).set(0.0);
            metrics::gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
            handle
        })
        .clone()
}

/// The platform a tenant id belongs to, as a metric label.
pub fn platform(tenant: &str) -> &'static str {
    match tenant.split(':').next() {
        Some("slack") => "slack",
        Some("discord") => "discord",
        _ => "console",
    }
}
