//! Slack user ids → the names people know them by, looked up once through `users.info` and
//! kept in a bounded in-memory cache. A failed lookup never fails a command: the id stands in
//! for the name, and the lookup is tried again after [`RETRY_FAILED_AFTER`].

use crate::web::SlackWeb;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// How many users are remembered; the longest-remembered is forgotten first.
pub const CAPACITY: usize = 10_000;

/// How long a lookup may take: it runs inside Slack's 3 second acknowledgement budget.
pub const LOOKUP_BUDGET: Duration = Duration::from_secs(1);

/// After a failed lookup the id is shown for this long before `users.info` is asked again,
/// so an outage or a missing `users:read` scope does not cost a call per command.
pub const RETRY_FAILED_AFTER: Duration = Duration::from_secs(300);

pub struct UserNames {
    web: SlackWeb,
    cache: Mutex<Cache>,
}

struct Known {
    name: String,
    /// Set when the name is only the id because the lookup failed.
    retry_at: Option<Instant>,
}

struct Cache {
    capacity: usize,
    known: HashMap<String, Known>,
    order: VecDeque<String>,
}

impl Cache {
    fn get(&self, id: &str, now: Instant) -> Option<String> {
        let k = self.known.get(id)?;
        match k.retry_at {
            Some(at) if now >= at => None,
            _ => Some(k.name.clone()),
        }
    }

    fn put(&mut self, id: &str, known: Known) {
        if !self.known.contains_key(id) {
            while self.order.len() >= self.capacity {
                match self.order.pop_front() {
                    Some(old) => {
                        self.known.remove(&old);
                    }
                    None => break,
                }
            }
            self.order.push_back(id.to_string());
        }
        self.known.insert(id.to_string(), known);
    }
}

impl UserNames {
    pub fn new(web: SlackWeb) -> UserNames {
        UserNames::with_capacity(web, CAPACITY)
    }

    pub fn with_capacity(web: SlackWeb, capacity: usize) -> UserNames {
        UserNames {
            web,
            cache: Mutex::new(Cache {
                capacity: capacity.max(1),
                known: HashMap::new(),
                order: VecDeque::new(),
            }),
        }
    }

    /// The user's name; the id itself when Slack cannot say.
    pub async fn name(&self, user_id: &str) -> String {
        if let Some(name) = self.lock().get(user_id, Instant::now()) {
            return name;
        }
        let looked_up = tokio::time::timeout(LOOKUP_BUDGET, self.web.user_name(user_id)).await;
        let known = match looked_up {
            Ok(Ok(name)) => Known {
                name,
                retry_at: None,
            },
            failed => {
                let why = match failed {
                    Ok(Err(e)) => e.message,
                    _ => "no answer in time".to_string(),
                };
                tracing::warn!(user = user_id, error = %why, "could not look up a Slack user's name; showing the id");
                Known {
                    name: user_id.to_string(),
                    retry_at: Some(Instant::now() + RETRY_FAILED_AFTER),
                }
            }
        };
        let name = known.name.clone();
        self.lock().put(user_id, known);
        name
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Known {
        Known {
            name: name.into(),
            retry_at: None,
        }
    }

    #[test]
    fn the_cache_is_bounded_and_forgets_the_oldest_first() {
        let mut c = Cache {
            capacity: 2,
            known: HashMap::new(),
            order: VecDeque::new(),
        };
        let now = Instant::now();
        c.put("U1", named("Ann"));
        c.put("U2", named("Bob"));
        c.put("U1", named("Ann B.")); // an update does not grow the cache
        c.put("U3", named("Cy"));
        assert_eq!(c.get("U1", now), None);
        assert_eq!(c.get("U2", now).as_deref(), Some("Bob"));
        assert_eq!(c.get("U3", now).as_deref(), Some("Cy"));
        assert_eq!((c.known.len(), c.order.len()), (2, 2));
    }

    #[test]
    fn a_failed_lookup_shows_the_id_until_it_is_due_again() {
        let mut c = Cache {
            capacity: 2,
            known: HashMap::new(),
            order: VecDeque::new(),
        };
        let now = Instant::now();
        c.put(
            "U9",
            Known {
                name: "U9".into(),
                retry_at: Some(now + RETRY_FAILED_AFTER),
            },
        );
        assert_eq!(c.get("U9", now).as_deref(), Some("U9"));
        assert_eq!(c.get("U9", now + RETRY_FAILED_AFTER), None);
    }
}
