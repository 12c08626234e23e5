//! "…, £32k, as the first one's booked solid three weeks out": a verdict's reason opened by
//! "as" (the "because" of everyday speech) is kept without it, as it is without "because".
//! "As of January …", "as per …", "as it stands …" and "as well as …" are no such opening:
//! only an "as" before a subject ("the", "our", "we", "they", …) is dropped. So is the
//! "and" that joined the reason's clause to the verdict's ("…, $86,500 for the rig, and the
//! old wood arch finally gets retired"): no label opens on it.

/// Subjects an opening "as" of cause stands before.
const SUBJECTS: &[&str] = &[
    "the", "our", "we", "we're", "we've", "they", "they're", "they've", "their", "there's",
    "there", "she", "she's", "he", "he's", "his", "her", "nobody", "no", "half", "most",
];

/// `reason` without an opening "as" (or "mostly / mainly / largely / partly as") of cause.
pub(super) fn without_leading_as(reason: String) -> String {
    let mut words = reason.splitn(3, ' ');
    let first = words.next().unwrap_or("");
    let (skip, subject) = if matches!(
        first.to_ascii_lowercase().as_str(),
        "mostly" | "mainly" | "largely" | "partly"
    ) {
        let second = words.next().unwrap_or("");
        if !second.eq_ignore_ascii_case("as") {
            return reason;
        }
        (first.len() + second.len() + 2, words.next().unwrap_or(""))
    } else if first.eq_ignore_ascii_case("as") {
        (first.len() + 1, words.next().unwrap_or(""))
    } else {
        return reason;
    };
    let subject = subject.split(' ').next().unwrap_or("").to_ascii_lowercase();
    if !SUBJECTS.contains(&subject.replace('’', "'").as_str()) || reason.len() <= skip {
        return reason;
    }
    reason[skip..].to_string()
}

/// `reason` without an opening "and" before a subject ("and the old arch gets retired").
pub(super) fn without_leading_and(reason: String) -> String {
    let mut words = reason.splitn(3, ' ');
    let (first, subject) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let subject = subject.to_ascii_lowercase().replace('’', "'");
    if !first.eq_ignore_ascii_case("and") || !SUBJECTS.contains(&subject.as_str()) {
        return reason;
    }
    reason[first.len() + 1..].to_string()
}

#[cfg(test)]
mod tests {
    use super::without_leading_as;

    #[test]
    fn only_an_as_of_cause_is_dropped() {
        for (said, kept) in [
            (
                "as the first one's booked solid",
                "the first one's booked solid",
            ),
            (
                "Mostly as they're doing the rotas",
                "they're doing the rotas",
            ),
            (
                "as per the lease, the landlord pays",
                "as per the lease, the landlord pays",
            ),
            (
                "as it stands the pilot is too slow",
                "as it stands the pilot is too slow",
            ),
            ("mostly the fridges", "mostly the fridges"),
        ] {
            assert_eq!(without_leading_as(said.to_string()), kept, "{said}");
        }
    }
}
