//! "packing" against the unit Picking, "baking" against Biking: two words in "-ing" a
//! vowel apart are two verbs, not one misspelt.

/// Whether `word` and `name_word` both end in "-ing", are as long, and differ only in one
/// vowel of their stems: another verb, no slip.
pub(super) fn another_verb_a_vowel_away(word: &str, name_word: &str) -> bool {
    const VOWELS: &[u8] = b"aeiouy";
    let (a, b) = (word.as_bytes(), name_word.as_bytes());
    if a.len() != b.len() || !word.ends_with("ing") || !name_word.ends_with("ing") {
        return false;
    }
    let mut differ = a.iter().zip(b).filter(|(x, y)| x != y);
    matches!(
        (differ.next(), differ.next()),
        (Some((x, y)), None) if VOWELS.contains(x) && VOWELS.contains(y)
    )
}
