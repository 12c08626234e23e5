//! Who signed or agreed, told alone where the reason would be (round R55): "backup generator
//! ok, 12m, gunni signed", "Cost is 96 m.kr. instead of 140. Ásdís agreed.", "payroll
//! system's parked. fiona says no the now". The sign-off says who decided (`decided_by`),
//! and the saying only tells the verdict again: no reason, as "partners said so" is none. Not
//! what someone agreed to ("the bank agreed to the loan") nor what they say of the thing
//! ("fiona says the old one still does what we need").

/// Verbs of signing off.
const SIGNED: &[&str] = &[
    "signed", "agreed", "approved", "ok'd", "okayed", "oked", "ok’d",
];

/// Words that may close a sign-off: "signed off", "ok'd it", "agreed yesterday".
const AFTER: &[&str] = &[
    "off",
    "it",
    "um",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "too",
    "also",
];

/// What a saying may say that is only the verdict: "says no the now", "said yes".
const ONLY_VERDICT: &[&str] = &[
    "no", "yes", "ok", "okay", "the", "now", "for", "not", "this", "year",
];

/// Words that are no one's name: a sign-off needs someone ("huw", "Ásdís").
const NOT_A_NAME: &[&str] = &[
    "we", "i", "they", "it", "he", "she", "you", "the", "bank", "council", "that", "this",
];

/// Is `said` only who signed or agreed, or a saying that only gives the verdict?
pub(super) fn only_who_signed(said: &str) -> bool {
    let words: Vec<String> = said
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '.' | ',' | '!' | ';'))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || words.len() > 5 || NOT_A_NAME.contains(&words[0].as_str()) {
        return false;
    }
    let at = |k: usize| words.get(k).map_or("", String::as_str);
    // "gunni signed", "Ásdís agreed", "Board ok'd it Tuesday".
    let signed = SIGNED.contains(&at(1))
        && words.len() <= 4
        && words[2..].iter().all(|w| AFTER.contains(&w.as_str()));
    // "fiona says no the now", "Mr Jones said yes".
    let says = (1..3).find(|&k| matches!(at(k), "says" | "said" | "say"));
    let only_verdict = says.is_some_and(|k| {
        k + 1 < words.len()
            && matches!(at(k + 1), "no" | "yes" | "ok" | "okay")
            && words[k + 1..]
                .iter()
                .all(|w| ONLY_VERDICT.contains(&w.as_str()))
    });
    signed || only_verdict
}
