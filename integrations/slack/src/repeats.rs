//! The acknowledgement a repeated slash command gets, kept as the bytes sent the first time it
//! was answered again. A repeat (the same `trigger_id`) is answered with the first answer;
//! rendering that answer as Block Kit and serialising it again for every repeat was the
//! larger part of the CPU a repeat cost. The kept bytes follow the delivery they answer: a
//! key delivered anew (after the bot forgot it) or given a new answer loses them, so a
//! repeat always gets the answer the bot keeps for its key.

use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// How many acknowledgements are kept; the map starts over when it is full.
const KEPT: usize = 1024;

#[derive(Default)]
pub(crate) struct RepeatAcks(Mutex<HashMap<String, Bytes>>);

impl RepeatAcks {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Bytes>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The acknowledgement kept for the delivery `key`.
    pub(crate) fn get(&self, key: &str) -> Option<Bytes> {
        self.map().get(key).cloned()
    }

    pub(crate) fn keep(&self, key: &str, ack: Bytes) {
        let mut map = self.map();
        if map.len() >= KEPT {
            map.clear();
        }
        map.insert(key.to_string(), ack);
    }

    /// The delivery `key` is new, or its answer changed: what was kept no longer answers it.
    pub(crate) fn forget(&self, key: &str) {
        self.map().remove(key);
    }
}

#[cfg(test)]
mod tests {
    use crate::dispatch::{slash_response, BoxFuture, CommandAnswer, Slack};
    use crate::fake_bot::FakeBot;
    use slack_morphism::prelude::*;
    use std::collections::{HashMap, HashSet};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    use valuebridge_chat::{Invocation, Reply};

    /// A bot that numbers its answers and remembers deliveries the way the store does: a
    /// key seen anew has no answer until one is kept; `forget` is the store's daily prune.
    #[derive(Default)]
    struct Numbered {
        runs: AtomicUsize,
        seen: Mutex<HashSet<String>>,
        kept: Mutex<HashMap<String, Reply>>,
    }

    impl Numbered {
        fn forget(&self, key: &str) {
            self.seen.lock().unwrap().remove(key);
            self.kept.lock().unwrap().remove(key);
        }
    }

    impl FakeBot for Numbered {
        fn handle(&self, _inv: Invocation) -> BoxFuture<Reply> {
            let n = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
            Box::pin(async move { Reply::info().paragraph(format!("answer number {n}")) })
        }
        fn first_delivery(&self, key: String) -> BoxFuture<bool> {
            let first = self.seen.lock().unwrap().insert(key.clone());
            if first {
                self.kept.lock().unwrap().remove(&key);
            }
            Box::pin(async move { first })
        }
        fn remember_answer(&self, key: String, answer: Reply) -> BoxFuture<()> {
            self.kept.lock().unwrap().insert(key, answer);
            Box::pin(async {})
        }
        fn earlier_answer(&self, key: String) -> BoxFuture<Option<Reply>> {
            let kept = self.kept.lock().unwrap().get(&key).cloned();
            Box::pin(async move { kept })
        }
    }

    fn command(trigger: &str) -> SlackCommandEvent {
        serde_urlencoded::from_str(&format!(
            "team_id=T1&channel_id=C1&user_id=U1&command=%2Fvalue&text=show+NOTE-1\
             &response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr&trigger_id={trigger}"
        ))
        .unwrap()
    }

    /// What Slack sees: the acknowledgement's JSON text.
    fn sent(answer: CommandAnswer) -> String {
        match answer {
            CommandAnswer::Message(json) => serde_json::to_string(&json).unwrap(),
            CommandAnswer::Encoded(bytes) => String::from_utf8(bytes.to_vec()).unwrap(),
            CommandAnswer::FormOpened => panic!("no form here"),
        }
    }

    #[tokio::test]
    async fn repeats_get_the_first_answer_until_the_key_is_delivered_anew() {
        let handler = Arc::new(Numbered::default());
        // Nothing listens there; nothing is posted in this test.
        let web = crate::SlackWeb::new("http://127.0.0.1:9/api", "xoxb-test").unwrap();
        let slack = Slack::new(handler.clone(), web, "/value");
        let ask = || async { sent(slack.command(&command("1.2.3")).await.unwrap()) };
        let first = ask().await;
        assert!(first.contains("answer number 1"), "{first}");
        let expected =
            serde_json::to_string(&slash_response(&Reply::info().paragraph("answer number 1")))
                .unwrap();
        assert_eq!(first, expected);
        // Repeats, the second one from the kept acknowledgement: the same bytes, not run.
        assert_eq!(ask().await, first);
        assert_eq!(ask().await, first);
        assert_eq!(handler.runs.load(Ordering::SeqCst), 1);
        // A day later the key is forgotten and delivered again: it runs, and its repeats
        // get the new answer, not the one kept for the old delivery.
        handler.forget("slack-command:1.2.3");
        let again = ask().await;
        assert!(again.contains("answer number 2"), "{again}");
        assert_eq!(ask().await, again);
        assert_eq!(ask().await, again);
        assert_eq!(handler.runs.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn the_kept_acknowledgements_are_bounded() {
        let acks = super::RepeatAcks::default();
        for i in 0..super::KEPT + 10 {
            acks.keep(&format!("k{i}"), super::Bytes::from(format!("{i}")));
            assert_eq!(acks.get(&format!("k{i}")).unwrap(), format!("{i}"));
        }
        assert!(acks.map().len() <= super::KEPT);
        acks.forget(&format!("k{}", super::KEPT + 9));
        assert_eq!(acks.get(&format!("k{}", super::KEPT + 9)), None);
    }
}
