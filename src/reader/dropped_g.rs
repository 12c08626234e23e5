//! "we're keepin on with it", "we're droppin it", "shuttin em off", "payin roughly $48k
//! less": a verb's "-ing" said (and texted) with its g dropped, read as the verb. A closed
//! list of verbs, so words that end in "-in" of their own ("admin", "within", "cabin",
//! "plugin", "margin") are left alone.

/// Verbs whose "-ing" form is read back when written with the g dropped.
const VERBS: &[&str] = &[
    "keeping",
    "dropping",
    "shutting",
    "stopping",
    "pulling",
    "holding",
    "killing",
    "scrapping",
    "binning",
    "ditching",
    "cancelling",
    "canceling",
    "parking",
    "pushing",
    "going",
    "doing",
    "moving",
    "paying",
    "giving",
    "getting",
    "running",
    "putting",
    "fixing",
    "coming",
    "losing",
    "throwing",
    "swapping",
    "punching",
    "starting",
    "signing",
    "waiting",
    "buying",
    "looking",
    "talking",
    "hiring",
    "cutting",
    "sitting",
    "saving",
    "spending",
    "taking",
    "making",
    "thinking",
    "working",
    "trying",
    "bringing",
    "saying",
    "approving",
    "rejecting",
    "planning",
    "switching",
    "turning",
    "rolling",
    "sticking",
    "carrying",
    "nothing",
    "something",
];

/// `lower` (a word lower-cased) with its dropped g put back ("keepin" or "keepin'" →
/// "keeping"), when it is one of [`VERBS`].
pub(super) fn with_g(lower: &str) -> Option<&'static str> {
    let stem = lower.strip_suffix('\'').unwrap_or(lower);
    if !stem.ends_with("in") || stem.len() < 4 {
        return None;
    }
    VERBS
        .iter()
        .find(|v| v.len() == stem.len() + 1 && v.starts_with(stem))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::with_g;

    #[test]
    fn dropped_gs_and_words_of_their_own() {
        assert_eq!(with_g("keepin"), Some("keeping"));
        assert_eq!(with_g("droppin'"), Some("dropping"));
        assert_eq!(with_g("nothin"), Some("nothing"));
        for own in [
            "admin", "within", "cabin", "plugin", "margin", "begin", "login",
        ] {
            assert_eq!(with_g(own), None, "{own}");
        }
    }
}
