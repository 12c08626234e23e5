//! "Re-raise in February", "re-visit in March": a verb of asking again written with its
//! "re-" hyphened on is one word, read as the verb the reader knows ("revisit",
//! "reconsider", "reassess", "relook"), so a look-again date is read after it as after
//! "revisit" (round V46). Other "re-" words ("re-roofing", "re-cabling") stay as written.

/// The verbs after "re-" joined on, and what each is read as.
const JOINED: &[(&str, &str)] = &[
    ("raise", "revisit"),
    ("visit", "revisit"),
    ("look", "relook"),
    ("consider", "reconsider"),
    ("assess", "reassess"),
    ("evaluate", "reevaluate"),
    ("submit", "resubmit"),
];

/// Where a word of `chars` from `i` ends when it is "re" (ending at `j`), a hyphen and one
/// of the verbs: after the verb. `None` otherwise.
#[inline(always)]
pub(super) fn joined_end(chars: &[(usize, char)], i: usize, j: usize) -> Option<usize> {
    // Asked at every word, and only a word of two characters is "re": told here, before a call
    // (round P57).
    if j != i + 2 {
        return None;
    }
    joined_end_past_its_first_test(chars, i, j)
}

/// [`joined_end`] once its first test is passed.
fn joined_end_past_its_first_test(chars: &[(usize, char)], i: usize, j: usize) -> Option<usize> {
    if j != i + 2
        || !chars[i].1.eq_ignore_ascii_case(&'r')
        || !chars[i + 1].1.eq_ignore_ascii_case(&'e')
        || chars.get(j).is_none_or(|c| c.1 != '-')
    {
        return None;
    }
    let end = (j + 1..chars.len())
        .find(|&k| !chars[k].1.is_ascii_alphabetic())
        .unwrap_or(chars.len());
    let verb: String = chars[j + 1..end]
        .iter()
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    JOINED.iter().any(|(v, _)| *v == verb).then_some(end)
}

/// What a joined "re-" word (lower-cased) is read as.
pub(super) fn read_as(lower: &str) -> Option<&'static str> {
    let verb = lower.strip_prefix("re-")?;
    JOINED
        .iter()
        .find(|(v, _)| *v == verb)
        .map(|(_, read)| *read)
}
