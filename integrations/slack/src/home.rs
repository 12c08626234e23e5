//! The app's Home tab: the bot's Home reply for a person, published with `views.publish`
//! when they open the tab and again after they store a record.

use crate::dispatch::Slack;
use crate::{blocks, inbound};
use serde_json::{json, Value};
use std::sync::Arc;
use valuebridge_chat::{Actor, Reply};

/// The Home tab view for `reply` (Block Kit within a message's limits, which are tighter
/// than a Home tab's 100 blocks).
pub fn view(reply: &Reply) -> Value {
    let (blocks, _) = blocks::render(reply);
    json!({"type": "home", "blocks": blocks})
}

impl Slack {
    /// Publishes `user`'s Home tab afresh, after the acknowledgement.
    pub(crate) fn refresh_home(self: &Arc<Self>, team: &str, user: &str) {
        let (slack, tenant, user) = (self.clone(), inbound::tenant(team), user.to_string());
        tokio::spawn(async move {
            let actor = Actor {
                display_name: slack.names.name(&user).await,
                user_id: user.clone(),
                role: None,
            };
            let reply = slack.handler.home(tenant, actor).await;
            if let Err(e) = slack.web.publish_view(&user, &view(&reply)).await {
                tracing::error!(error = %e, "could not publish a Slack Home tab");
            }
        });
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
