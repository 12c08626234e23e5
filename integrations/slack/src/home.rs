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

/// The least time between two publishes of one person's Home tab. Building the page reads
/// every open follow-up and decision of the workspace, so publishing after every record made
/// a burst of records cost a full read each (at 16 commands at a time, that work took most
/// of the CPU the commands needed). Slack also limits `views.publish` per person.
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
                slack.publish_home(&key.0, &key.1).await;
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
    use valuebridge_chat::{Button, ButtonStyle};

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
