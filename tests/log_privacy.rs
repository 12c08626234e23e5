//! What a failed command leaves in the logs: at info and above, the request id, command,
//! tenant and kind of error; never the text people typed (it can be confidential) nor a
//! backtrace. The text is there at debug, for whoever debugs.

mod support;

use valuebridge_chat::{Actor, Invocation, ReplyKind};

use support::captured::Captured;

const SECRET: &str = "confidential: we are buying Acme for £40m";

/// Runs one command that fails on our side, with logs captured at `level`.
async fn failing_command_logged_at(level: tracing::Level) -> (String, String) {
    let bot = support::Bot::new();
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(level)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // A tenant the store cannot hold reaches the service only through a broken adapter:
    // an internal error, as a store failure would be.
    let inv = Invocation {
        tenant: "not a tenant".into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: "U1".into(),
            display_name: "Alice".into(),
            role: None,
        },
        text: format!("note Sales: {SECRET}"),
        is_command: true,
    };
    let reply = bot.service.handle(&inv).await;
    assert_eq!(reply.kind, ReplyKind::InternalError);
    let text = reply.plain_text();
    let reference = text
        .split("(ref ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap()
        .to_string();
    (logs.text(), reference)
}

#[tokio::test]
async fn a_failed_command_logs_its_reference_and_kind_but_not_its_text() {
    std::env::set_var("RUST_LIB_BACKTRACE", "1");
    let (logs, reference) = failing_command_logged_at(tracing::Level::INFO).await;
    let line = logs
        .lines()
        .find(|l| l.contains("internal error"))
        .unwrap_or_else(|| panic!("no error line: {logs}"));
    assert!(line.contains(&reference), "{line}");
    assert!(line.contains("ERROR"), "{line}");
    assert!(line.contains("kind=TenantIdError"), "{line}");
    assert!(line.contains("tenant=not a tenant"), "{line}");
    assert!(!logs.contains("Acme"), "the text leaked: {logs}");
    assert!(
        !logs.contains("Stack backtrace"),
        "a backtrace above debug: {logs}"
    );

    let (debug, _) = failing_command_logged_at(tracing::Level::DEBUG).await;
    assert!(
        debug.contains(SECRET),
        "at debug the text is there: {debug}"
    );
}
