//! Domain names ("booking.com", "Amazon.co.uk", "monday.com", "x.ai"): a dot written between
//! a word and a lower-case top-level domain, with no space, ends no sentence; the name is
//! one word.

/// Top-level domains (and the "co" of "co.uk") a domain name ends on. Short common words
/// ("it", "in", "us", "me", "to") are left out: after a missed space they are words.
const DOMAINS: &[&str] = &[
    "com", "co", "uk", "org", "net", "io", "ai", "app", "dev", "gov", "edu", "au", "nz", "ie",
    "de", "nl", "eu", "za", "sg", "jp", "tv", "ly", "xyz",
];

/// Where a word ending at `j` (on a dot) ends if it is a domain name: past each ".<domain>"
/// written onto it, or `None` when no such part follows.
pub(super) fn domain_end(chars: &[(usize, char)], mut j: usize) -> Option<usize> {
    let mut extended = None;
    while chars.get(j).is_some_and(|n| n.1 == '.') {
        let label_end = (j + 1..chars.len())
            .find(|&k| !chars[k].1.is_ascii_lowercase())
            .unwrap_or(chars.len());
        if label_end == j + 1 || chars.get(label_end).is_some_and(|n| n.1.is_alphanumeric()) {
            break;
        }
        let label: String = chars[j + 1..label_end].iter().map(|n| n.1).collect();
        if !DOMAINS.contains(&label.as_str()) {
            break;
        }
        j = label_end;
        extended = Some(j);
    }
    extended
}
