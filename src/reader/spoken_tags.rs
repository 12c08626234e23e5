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
    // Spoken Spanish, as Gibraltar's Llanito closes a sentence: "…, vale", "…, no ve",
    // "…, sabes" (round R60).
    "vale",
    "no ve",
    "sabes",
    // A remark closing the case, that it is settled or that the decider sees no point in
    // the work: "…, nae arguments", "…, end of story", "…, she doh see it" (round R60).
    "no arguments",
    "nae arguments",
    "no argument",
    "end of story",
    "simple as that",
    "she doesn't see it",
    "he doesn't see it",
    "they don't see it",
    "she doh see it",
    "he doh see it",
    "dem doh see it",
];

/// Fillers opening a reason in spoken Spanish, as Llanito has them ("Es que sin MFM the
/// clients don't trust the soundings", "no ve, no client in the Bay is asking for LNG"):
/// each with whether a comma must follow it (round R60).
const OPENERS: &[(&str, bool)] = &[
    ("es que", false),
    ("no ve", true),
    ("pues", true),
    ("mira", true),
    ("bueno", true),
    ("vale", true),
];

/// A hedge opening a condition waited for: "Maybe when we have more buyers", "perhaps once
/// the lease is signed" — the condition is the reason, the hedge only how sure the writer is
/// (round R60).
const HEDGES: &[&str] = &["maybe ", "perhaps ", "possibly ", "probably "];

/// Words a condition waited for opens with.
const CONDITIONS: &[&str] = &["when ", "once ", "after ", "until ", "till ", "if "];

/// `reason` without a hedge before the condition it opens with.
pub(super) fn without_hedge(reason: String) -> String {
    for hedge in HEDGES {
        let Some(head) = reason.get(..hedge.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(hedge) {
            continue;
        }
        let rest = &reason[hedge.len()..];
        let opens = CONDITIONS.iter().any(|c| {
            rest.get(..c.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(c))
        });
        if opens && rest.split_whitespace().count() >= 3 {
            return rest.to_string();
        }
    }
    reason
}

/// `reason` without an opening filler ("es que …", "no ve, …"), when words follow it.
pub(super) fn without_opening_filler(reason: String) -> String {
    for &(filler, comma) in OPENERS {
        let Some(head) = reason.get(..filler.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(filler) {
            continue;
        }
        let rest = &reason[filler.len()..];
        let rest = match rest.strip_prefix(',') {
            Some(after) => after,
            None if comma || !rest.starts_with(' ') => continue,
            None => rest,
        };
        let rest = rest.trim_start();
        if rest.split_whitespace().count() >= 3 {
            return rest.to_string();
        }
    }
    reason
}

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
