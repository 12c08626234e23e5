//! Every dashboard page opened is logged at info with its link's id, and no log line ever
//! holds the token (it is the key to the pages).

mod support;

use axum::body::Body;
use tower::ServiceExt;
use valuebridge_chat::{render_plain, Role};

use support::captured::Captured;

async fn status_of(router: &axum::Router, path: &str) -> u16 {
    let req = axum::http::Request::get(path).body(Body::empty()).unwrap();
    router.clone().oneshot(req).await.unwrap().status().as_u16()
}

#[tokio::test]
async fn page_views_are_logged_by_link_id_and_never_by_token() {
    let logs = Captured::default();
    let writer = logs.clone();
    // Global: pages are drawn on blocking threads, which a thread-local subscriber misses.
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish(),
    )
    .unwrap();
    let bot = support::Bot::new();
    bot.seed().await;
    let reply = bot
        .say_as("local", "ann", Some(Role::Member), "dashboard")
        .await;
    let text = render_plain(&reply);
    let at = text.find("/d/").unwrap();
    let token = &text[at + 3..at + 3 + 64];
    let router = valuebridge::dashboard::router(bot.service.clone());
    assert_eq!(status_of(&router, &format!("/d/{token}/")).await, 200);
    assert_eq!(
        status_of(&router, &format!("/d/{token}/unit/UNIT-1")).await,
        200
    );
    assert_eq!(status_of(&router, &format!("/d/{token}")).await, 308);
    bot.ok("dashboard revoke LINK-1").await;
    assert_eq!(status_of(&router, &format!("/d/{token}/")).await, 410);
    assert_eq!(
        status_of(&router, &format!("/d/{}/", "a".repeat(64))).await,
        404
    );

    let logged = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(!logged.contains(token), "the token was logged:\n{logged}");
    let opened: Vec<&str> = logged
        .lines()
        .filter(|l| l.contains("dashboard page opened"))
        .collect();
    assert_eq!(opened.len(), 2, "{logged}");
    assert!(
        opened
            .iter()
            .all(|l| l.contains("INFO") && l.contains("link=LINK-1")),
        "{logged}"
    );
    assert!(opened[1].contains("page=\"unit\""), "{logged}");
    assert!(
        logged.contains("dashboard link refused") && logged.contains("refused=\"was revoked\""),
        "{logged}"
    );
    assert!(
        logged.contains("dashboard opened with an unknown link"),
        "{logged}"
    );
}
