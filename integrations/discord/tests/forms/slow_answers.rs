//! A form submitted from a card's button to a bot slower than Discord waits for a first
//! answer: what the adapter sends afterwards, through a loopback of Discord's REST API.

use super::*;

/// What a loopback Discord REST API received: (method, path, JSON body).
type Calls = Arc<Mutex<Vec<(String, String, Value)>>>;

/// A loopback of the interaction webhook routes the adapter calls after a first answer.
async fn webhooks() -> (String, Calls) {
    use axum::extract::{Path, State};
    use axum::routing::{patch, post};
    let calls: Calls = Arc::default();
    let sent = || {
        axum::Json(
            json!({"id": "901", "channel_id": CHANNEL, "content": "", "timestamp":
            "2026-11-27T09:00:00.000000+00:00", "author": {"id": "1", "username": "bot",
            "discriminator": "0", "avatar": null}, "attachments": [], "embeds": [],
            "mentions": [], "mention_roles": [], "pinned": false, "mention_everyone": false,
            "tts": false, "type": 0}),
        )
    };
    let app = axum::Router::new()
        .route(
            "/api/v10/webhooks/{app}/{token}/messages/@original",
            patch(
                move |State(c): State<Calls>,
                      Path((_, token)): Path<(String, String)>,
                      axum::Json(body): axum::Json<Value>| async move {
                    let path = format!("/webhooks/{token}/messages/@original");
                    c.lock().unwrap().push(("PATCH".into(), path, body));
                    sent()
                },
            ),
        )
        .route(
            "/api/v10/webhooks/{app}/{token}",
            post(
                move |State(c): State<Calls>,
                      Path((_, token)): Path<(String, String)>,
                      axum::Json(body): axum::Json<Value>| async move {
                    c.lock()
                        .unwrap()
                        .push(("POST".into(), format!("/webhooks/{token}"), body));
                    sent()
                },
            ),
        )
        .with_state(calls.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, calls)
}

/// Submits `form:benefit:draft:2001` from a card's button to a bot slower than Discord
/// waits for a first answer: the first answer, then what the adapter sent afterwards.
async fn slow_submission_from_a_card(
    outcome: FormOutcome,
) -> (Value, Vec<(String, String, Value)>) {
    let (url, calls) = webhooks().await;
    let a = adapter_on(&url);
    a.discord
        .rest
        .http
        .set_application_id(serenity::all::ApplicationId::new(1));
    let (release, gate) = tokio::sync::oneshot::channel();
    *a.bot.gate.lock().unwrap() = Some(gate);
    a.submits_to(outcome);
    let mut from_card = submit("20", "form:benefit:draft:2001", &[("amount", "£40k")]);
    from_card["message"] = message("900", "");
    let interaction: Interaction = serde_json::from_value(from_card).unwrap();
    // Time stands still until the bot is let go, so the budget runs out at once.
    let answer = interactions::answer(&a.discord, interaction)
        .await
        .expect("answered");
    let first = serde_json::to_value(answer.first).unwrap();
    tokio::time::resume();
    release.send(()).unwrap();
    answer.later.expect("the outcome follows").await;
    let calls = calls.lock().unwrap().clone();
    (first, calls)
}

#[tokio::test(start_paused = true)]
async fn a_slow_form_from_a_card_still_replaces_the_card_with_its_record() {
    let mut record = Reply::recorded().heading("Logged benefit BEN-1");
    record.replaces_prompt = true;
    let (first, calls) = slow_submission_from_a_card(FormOutcome::Done { reply: record }).await;
    assert_eq!(
        first["type"], 6,
        "DEFERRED_UPDATE_MESSAGE: no \"thinking…\" under the card: {first}"
    );
    assert_eq!(calls.len(), 1, "{calls:?}");
    let (method, path, body) = &calls[0];
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("PATCH", "/webhooks/token-20/messages/@original"),
        "the card is edited: {body}"
    );
    assert!(body.to_string().contains("BEN-1"), "{body}");
    assert_eq!(
        body["components"],
        json!([]),
        "its buttons are gone: {body}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_forms_errors_from_a_card_come_to_the_person_and_leave_the_card() {
    let errors = BTreeMap::from([("amount".to_string(), "Not an amount.".to_string())]);
    let (first, calls) = slow_submission_from_a_card(FormOutcome::Invalid { errors }).await;
    assert_eq!(first["type"], 6);
    assert_eq!(calls.len(), 1, "{calls:?}");
    let (method, _, body) = &calls[0];
    assert_eq!(
        method, "POST",
        "a follow-up, not an edit of the card: {body}"
    );
    assert_eq!(
        body["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL,
        "{body}"
    );
    assert!(body.to_string().contains("Not an amount."), "{body}");
}
