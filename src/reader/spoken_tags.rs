//! A spoken tag closing a reason: "Those old controls are older than half the operators,
//! eh", "… since 2019, innit", "…, you know". The tag asks the reader to agree; it is no part
//! of the case, so it is left out as an emoji is (`clauses::without_tone`). So is a tag
//! saying whose words the reason was ("… is daft, in his words", "…, as she put it").

/// Tags said after a comma at a sentence's end.
const TAGS: &[&str] = &[
    "eh",
    "innit",
    "you know",
    "ya know",
    "y'know",
    "in his words",
    "in her words",
    "in their words",
    "as he put it",
    "as she put it",
    "as they put it",
];

/// `reason` without a closing ", <tag>" (and its "?" or "!").
pub(super) fn without_tag(reason: String) -> String {
    let body = reason.trim_end_matches(['?', '!', ' ']);
    let lower = body.to_lowercase();
    for tag in TAGS {
        let Some(before) = lower.strip_suffix(tag) else {
            continue;
        };
        let before = before.trim_end();
        if let Some(kept) = before.strip_suffix(',') {
            // `lower` keeps `body`'s byte lengths for these ASCII tags only when the text
            // before them lowercases to the same length; fall back otherwise.
            if lower.len() == body.len() && !kept.trim().is_empty() {
                return body[..kept.trim_end().len()].to_string();
            }
        }
    }
    reason
}

#[cfg(test)]
mod tests {
    use super::without_tag;

    #[test]
    fn a_closing_tag_is_left_out() {
        let r = |s: &str| without_tag(s.to_string());
        assert_eq!(
            r("the old pans are older than the crew, eh"),
            "the old pans are older than the crew"
        );
        assert_eq!(r("the shack roof leaks, eh?"), "the shack roof leaks");
        // Not a tag: a word ending the reason's own clause.
        assert_eq!(r("nobody could say eh"), "nobody could say eh");
        assert_eq!(r("the yeh"), "the yeh");
    }
}
