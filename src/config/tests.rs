use super::*;

fn write(text: &str) -> tempfile::NamedTempFile {
    let f = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(f.path(), text).unwrap();
    f
}

#[test]
fn a_one_item_list_from_the_environment_is_a_list() {
    let env = vec![(
        "VALUEBRIDGE_ROLES__DECIDERS".to_string(),
        "[\"U123\"]".to_string(),
    )];
    let c = Config::load(None, env).unwrap();
    assert_eq!(c.roles.deciders, vec!["U123"]);
}

#[test]
fn defaults_then_file_then_environment() {
    let f = write("[money]\ncurrency = \"EUR\"\n[server]\nbind = \"0.0.0.0:9000\"\n");
    let env = vec![
        (
            "VALUEBRIDGE_SERVER__BIND".to_string(),
            "127.0.0.1:7000".to_string(),
        ),
        (
            "VALUEBRIDGE_DIGEST__DISCOUNT_RATE".to_string(),
            "0.05".to_string(),
        ),
        (
            "VALUEBRIDGE_ROLES__DECIDERS".to_string(),
            "[\"U1\", \"U2\"]".to_string(),
        ),
        ("VALUEBRIDGE_FX__USD".to_string(), "0.79".to_string()),
        ("OTHER".to_string(), "x".to_string()),
    ];
    let c = Config::load(Some(f.path()), env).unwrap();
    assert_eq!(c.money.currency, "EUR");
    assert_eq!(c.server.bind, "127.0.0.1:7000");
    assert_eq!(c.digest.discount_rate, 0.05);
    assert_eq!(c.roles.deciders, vec!["U1", "U2"]);
    assert_eq!(c.digest.slipping_days, 90);
    assert_eq!(
        c.fx_rates().unwrap(),
        vec![(crate::money::Currency::USD, 790_000)]
    );
}

#[test]
fn unknown_keys_name_the_key_and_the_file() {
    let f = write("[server]\nbindd = \"x\"\n");
    let err = Config::load(Some(f.path()), vec![])
        .unwrap_err()
        .to_string();
    assert!(err.contains("bindd"), "{err}");
    assert!(err.contains(&f.path().display().to_string()), "{err}");
    let err = Config::load(None, vec![("VALUEBRIDGE_SERVER__NOPE".into(), "1".into())])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("VALUEBRIDGE_SERVER__NOPE") && err.contains("nope"),
        "{err}"
    );
}

#[test]
fn bad_values_are_explained() {
    for (text, fragment) in [
        ("[money]\ncurrency = \"XXX\"", "money.currency"),
        ("[fx]\nUSD = \"abc\"", "fx.USD"),
        ("[schedule]\ntimezone = \"Mars/Base\"", "IANA"),
        ("[log]\nformat = \"xml\"", "log.format"),
        (
            "[conversation]\nweek_ends = \"Thurs\"",
            "weekday names expected",
        ),
        (
            "[conversation]\nfinancial_year_starts = \"Apirl\"",
            "month names expected",
        ),
        (
            "[slack]\nsocket_connections = 0",
            "slack.socket_connections",
        ),
        ("[slack]\nsocket_connections = 11", "at most 10"),
        (
            "[slack]\nsocket_retry_seconds = 0",
            "slack.socket_retry_seconds",
        ),
    ] {
        let f = write(text);
        let err = Config::load(Some(f.path()), vec![])
            .unwrap_err()
            .to_string();
        assert!(err.contains(fragment), "{text}: {err}");
    }
}

#[test]
fn a_sunday_to_thursday_week_is_set_by_its_last_day() {
    let f = write("[conversation]\nweek_ends = \"Thu\"\n");
    let c = Config::load(Some(f.path()), vec![]).unwrap();
    assert_eq!(c.conversation.week_ends, chrono::Weekday::Thu);
}

#[test]
fn a_financial_year_is_set_by_the_month_it_starts_in() {
    let f = write("[conversation]\nfinancial_year_starts = \"April\"\n");
    let c = Config::load(Some(f.path()), vec![]).unwrap();
    assert_eq!(
        c.conversation.financial_year_starts,
        Some(chrono::Month::April)
    );
    assert_eq!(Config::default().conversation.financial_year_starts, None);
}

#[test]
fn the_shipped_default_file_is_valid_and_matches_the_defaults() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/valuebridge.toml");
    let c = Config::load(Some(&path), vec![]).unwrap();
    assert_eq!(c, Config::default());
}

#[test]
fn the_slack_command_must_look_like_a_slash_command() {
    for bad in ["value", "/", "/Value", "/va lue", "/../x"] {
        let err = Config::load(None, [("VALUEBRIDGE_SLACK__COMMAND".into(), bad.into())])
            .unwrap_err()
            .to_string();
        assert!(err.contains("slack.command"), "{bad}: {err}");
    }
    let ok = Config::load(
        None,
        [("VALUEBRIDGE_SLACK__COMMAND".into(), "/vfm-bot".into())],
    );
    assert_eq!(ok.unwrap().slack.command, "/vfm-bot");
    assert_eq!(Config::default().slack.command, "/value");
}

#[test]
fn rates_are_exact() {
    assert_eq!(parse_micro("0.79"), Some(790_000));
    assert_eq!(parse_micro("1"), Some(1_000_000));
    assert_eq!(parse_micro("0"), None);
    assert_eq!(parse_micro("1.0000001"), None);
}
