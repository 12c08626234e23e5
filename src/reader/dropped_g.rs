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

/// Words of their own that end in "-in", never a verb with its g dropped, though a
/// closing quote may follow them ('admin').
const OWN_IN_WORDS: &[&str] = &[
    "admin", "within", "cabin", "plugin", "margin", "begin", "login", "robin", "basin", "origin",
    "toxin", "resin", "raisin", "napkin", "muffin", "pumpkin", "kevin", "martin", "dublin",
    "berlin", "austin", "latin", "cousin", "vermin", "satin", "bulletin",
];

/// `lower` (a word lower-cased) with its dropped g put back ("keepin" or "keepin'" →
/// "keeping"), when it is one of [`VERBS`]; or any "-in'" of five letters or more
/// ("knockin'", "pourin'", "shuttin'"), where the apostrophe marks the g dropped.
pub(super) fn with_g(lower: &str) -> Option<std::borrow::Cow<'static, str>> {
    let marked = lower.ends_with('\'');
    let stem = lower.strip_suffix('\'').unwrap_or(lower);
    if !stem.ends_with("in") || stem.len() < 4 {
        return None;
    }
    let listed = VERBS
        .iter()
        .find(|v| v.len() == stem.len() + 1 && v.starts_with(stem))
        .copied();
    if let Some(verb) = listed {
        return Some(verb.into());
    }
    let word = stem.len() >= 5
        && stem.chars().all(|c| c.is_ascii_alphabetic())
        && !OWN_IN_WORDS.contains(&stem);
    (marked && word).then(|| format!("{stem}g").into())
}

#[cfg(test)]
mod tests {
    use super::with_g;

    #[test]
    fn dropped_gs_and_words_of_their_own() {
        assert_eq!(with_g("keepin").as_deref(), Some("keeping"));
        assert_eq!(with_g("droppin'").as_deref(), Some("dropping"));
        assert_eq!(with_g("nothin").as_deref(), Some("nothing"));
        assert_eq!(with_g("knockin'").as_deref(), Some("knocking"));
        assert_eq!(with_g("knockin"), None);
        for own in [
            "admin", "within", "cabin", "plugin", "margin", "begin", "login",
        ] {
            assert_eq!(with_g(own), None, "{own}");
            assert_eq!(with_g(&format!("{own}'")), None, "{own}'");
        }
    }
}
