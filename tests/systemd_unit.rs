//! The shipped systemd unit keeps its hardening: each directive that takes
//! `systemd-analyze security` to ≤ 2.0 is present with the value that fits a network service
//! holding one data directory. When `systemd-analyze` is installed the score is measured too.

const UNIT: &str = include_str!("../config/valuebridge.service");

/// Every `Key=value` line of the `[Service]` section, in order.
fn service_directives() -> Vec<(String, String)> {
    let mut in_service = false;
    let mut out = Vec::new();
    for line in UNIT.lines().map(str::trim) {
        if line.starts_with('[') {
            in_service = line == "[Service]";
            continue;
        }
        if !in_service || line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

#[test]
fn the_unit_has_the_hardening_directives_of_a_network_service() {
    let directives = service_directives();
    let value = |key: &str| -> Vec<&str> {
        directives
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    for (key, want) in [
        ("SystemCallFilter", "@system-service"),
        ("SystemCallFilter", "~@privileged @resources"),
        ("SystemCallArchitectures", "native"),
        ("RestrictAddressFamilies", "AF_UNIX AF_INET AF_INET6"),
        ("CapabilityBoundingSet", ""),
        ("ProtectProc", "invisible"),
        ("ProcSubset", "pid"),
        ("PrivateDevices", "yes"),
        ("PrivateUsers", "yes"),
        ("PrivateTmp", "yes"),
        ("ProtectKernelTunables", "yes"),
        ("ProtectKernelModules", "yes"),
        ("ProtectKernelLogs", "yes"),
        ("ProtectControlGroups", "yes"),
        ("ProtectClock", "yes"),
        ("ProtectHostname", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("LockPersonality", "yes"),
        ("MemoryDenyWriteExecute", "yes"),
        ("RestrictNamespaces", "yes"),
        ("RestrictRealtime", "yes"),
        ("RestrictSUIDSGID", "yes"),
        ("NoNewPrivileges", "yes"),
        ("UMask", "0077"),
        ("StateDirectory", "valuebridge"),
    ] {
        assert!(
            value(key).contains(&want),
            "{key}={want} is missing; found {:?}",
            value(key)
        );
    }
    // The bot must reach Slack and Discord wherever they are: no network sandbox.
    assert!(value("PrivateNetwork").is_empty() && value("IPAddressDeny").is_empty());
}

#[test]
fn systemd_analyze_rates_the_unit_at_most_2_0_where_it_is_installed() {
    let unit = concat!(env!("CARGO_MANIFEST_DIR"), "/config/valuebridge.service");
    let out = match std::process::Command::new("systemd-analyze")
        .args(["security", "--offline=true", unit])
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: systemd-analyze cannot run here ({e})");
            return;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(line) = text.lines().find(|l| l.contains("Overall exposure level")) else {
        eprintln!(
            "skipped: this systemd-analyze gave no score ({})",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return;
    };
    let score: f64 = line
        .split(':')
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score in {line:?}"));
    assert!(score <= 2.0, "{line}");
}
