//! The app's Home tab: the bot's Home reply for a person, published with `views.publish`
//! when they open the tab and again after they store a record (at most once a second per
//! person: a burst of records is one publish at once and one with the final state).

use crate::dispatch::Slack;
use crate::{blocks, inbound};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use valuebridge_chat::{Actor, Reply};

/// The Home tab view for `reply` (Block Kit within a message's limits, which are tighter
/// than a Home tab's 100 blocks).
pub fn view(reply: &Reply) -> Value {
    let (blocks, _) = blocks::render(reply);
    json!({"type": "home", "blocks": blocks})
}

/// The least time between two publishes of one person's Home tab: Slack limits
/// `views.publish` per person, and a burst of records needs only its final state shown.
/// (Building the page once read every open follow-up and decision of the workspace; it now
/// reads only what it shows, but a publish after every record would still be wasted.)
pub(crate) const HOME_SPACING: Duration = Duration::from_secs(1);

/// The people whose Home tab is being published, and whether another publish was asked for
/// meanwhile (`true`): it follows once [`HOME_SPACING`] has passed, showing the latest state.
#[derive(Default)]
pub(crate) struct Refreshing(Mutex<HashMap<(String, String), bool>>);

impl Refreshing {
    /// True if the caller should publish now; false if a publish under way takes the request.
    fn begin(&self, key: &(String, String)) -> bool {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match map.get_mut(key) {
            Some(again) => {
                *again = true;
                false
            }
            None => {
                map.insert(key.clone(), false);
                true
            }
        }
    }

    /// True if another publish was asked for since the last one began.
    fn again(&self, key: &(String, String)) -> bool {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match map.get_mut(key) {
            Some(again) if *again => {
                *again = false;
                true
            }
            _ => {
                map.remove(key);
                false
            }
        }
    }
}

impl Slack {
    /// Publishes `user`'s Home tab afresh, after the acknowledgement: at once if it is not
    /// being published, otherwise once more when the publish under way is [`HOME_SPACING`] old.
    pub(crate) fn refresh_home(self: &Arc<Self>, team: &str, user: &str) {
        let key = (team.to_string(), user.to_string());
        if !self.homes.begin(&key) {
            return;
        }
        let slack = self.clone();
        tokio::spawn(async move {
            loop {
                let (one, k) = (slack.clone(), key.clone());
                // Its own task: a panic building the page ends that publish, not the person's
                // refreshes (their entry would stay, and no later record would publish).
                if let Err(e) =
                    tokio::spawn(async move { one.publish_home(&k.0, &k.1).await }).await
                {
                    tracing::error!(error = %e, "publishing a Slack Home tab failed");
                }
                tokio::time::sleep(HOME_SPACING).await;
                if !slack.homes.again(&key) {
                    break;
                }
            }
        });
    }

    async fn publish_home(self: &Arc<Self>, team: &str, user: &str) {
        let actor = Actor {
            display_name: self.names.name(user).await,
            user_id: user.to_string(),
            role: None,
        };
        let reply = self.handler.home(inbound::tenant(team), actor).await;
        if let Err(e) = self.web.publish_view(user, &view(&reply)).await {
            tracing::error!(error = %e, "could not publish a Slack Home tab");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dispatch::BoxFuture;
    use crate::fake_bot::FakeBot;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::sync::Notify;
    use valuebridge_chat::{Button, ButtonStyle};

    /// A bot whose Home page panics the first time it is built.
    #[derive(Default)]
    struct PanicsOnce {
        built: AtomicUsize,
        called: Notify,
    }

    impl FakeBot for PanicsOnce {
        fn home(&self, _tenant: String, _actor: Actor) -> BoxFuture<Reply> {
            let n = self.built.fetch_add(1, Ordering::SeqCst);
            self.called.notify_one();
            Box::pin(async move {
                assert!(n > 0, "the first Home page fails to build");
                Reply::info()
            })
        }
    }

    async fn built(handler: &PanicsOnce, times: usize) {
        tokio::time::timeout(Duration::from_secs(20), async {
            while handler.built.load(Ordering::SeqCst) < times {
                handler.called.notified().await;
            }
        })
        .await
        .expect("the Home page was built again");
    }

    #[tokio::test]
    async fn a_home_page_that_panics_does_not_stop_later_publishes() {
        let handler = Arc::new(PanicsOnce::default());
        // Nothing listens there: publishing fails at once, which is not what is tested.
        let web = crate::SlackWeb::new("http://127.0.0.1:9/api", "xoxb-test").unwrap();
        let slack = Slack::new(handler.clone(), web, "/value");
        slack.refresh_home("T1", "U1");
        built(&handler, 1).await;
        // The failed publish's spacing passes, then the person stores another record.
        tokio::time::sleep(HOME_SPACING * 2).await;
        slack.refresh_home("T1", "U1");
        built(&handler, 2).await;
    }

    #[test]
    fn a_home_reply_becomes_a_home_view_with_its_buttons() {
        let reply = Reply::info()
            .heading("Your valuebridge")
            .paragraph("No open follow-ups.")
            .buttons(vec![Button {
                label: "Log an investment".into(),
                action: "invest".into(),
                style: ButtonStyle::Primary,
            }]);
        let v = view(&reply);
        assert_eq!(v["type"], "home");
        let blocks = v["blocks"].as_array().unwrap();
        assert_eq!(blocks[0]["text"]["text"], "Your valuebridge");
        assert_eq!(blocks[2]["elements"][0]["value"], "invest");
        let parsed: slack_morphism::prelude::SlackView = serde_json::from_value(v).unwrap();
        assert!(matches!(
            parsed,
            slack_morphism::prelude::SlackView::Home(_)
        ));
    }
}
