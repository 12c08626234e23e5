//! "online party booking" against Online Booking, "crew firefighting training" against Crew
//! Training (round B61, convention 74): a registered name said whole with one word of what
//! kind put in before its last word, its head noun.

use crate::reader::names::NameIndex;

/// The registered investment a new thing's name `thing` names: every word of one registered
/// name in order, with one more word, no word of any registered name, put in just before
/// that name's last word ("sludge dewatering press" against Sludge Press). A word put in
/// elsewhere ("maple cotton candy machine" against Maple Candy Machine) makes another kind
/// of thing, and stays new.
pub(super) fn word_before_head(ix: &NameIndex, thing: &str) -> Option<usize> {
    let words: Vec<String> = thing.split_whitespace().map(str::to_lowercase).collect();
    if !(3..=5).contains(&words.len()) {
        return None;
    }
    let put_in = &words[words.len() - 2];
    if put_in.len() < 3
        || !put_in.chars().all(char::is_alphabetic)
        || (0..ix.investments.len()).any(|i| ix.investment_words(i).iter().any(|w| w == put_in))
    {
        return None;
    }
    let said: Vec<&String> = words[..words.len() - 2]
        .iter()
        .chain(words.last())
        .collect();
    let mut found = None;
    for i in 0..ix.investments.len() {
        let name = ix.investment_words(i);
        if name.len() != said.len() || name.iter().zip(&said).any(|(n, s)| n != *s) {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(i);
    }
    found
}
