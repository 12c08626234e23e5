//! "Farmer M-PAiSA payments pilot" against Farmer Mobile Payments (round B56, convention
//! 74): a registered name's first and last words said round a product's word in place of
//! its middle words.

use crate::reader::name_variants;
use crate::reader::names::NameIndex;

/// Words said after a thing for a try of it, not another thing ("… payments pilot").
const TRIAL_WORDS: &[&str] = &[
    "pilot",
    "trial",
    "project",
    "programme",
    "program",
    "scheme",
];

/// The registered investment a new thing's name `thing` names: it opens on a registered
/// name of three words or more's first word, then one word that is no word of any
/// registered name (the product), then that name's last word, and after it at most a
/// word of the work done or of a trial; exactly one name so.
pub(super) fn product_between(ix: &NameIndex, thing: &str) -> Option<usize> {
    let words: Vec<String> = thing.split_whitespace().map(str::to_lowercase).collect();
    if !(3..=4).contains(&words.len()) {
        return None;
    }
    if let Some(after) = words.get(3) {
        if !name_variants::work_on(after) && !TRIAL_WORDS.contains(&after.as_str()) {
            return None;
        }
    }
    let product = &words[1];
    if product.len() < 3
        || (0..ix.investments.len()).any(|i| ix.investment_words(i).iter().any(|w| w == product))
    {
        return None;
    }
    let mut found = None;
    for i in 0..ix.investments.len() {
        let name = ix.investment_words(i);
        if name.len() < 3 || name[0] != words[0] || name[name.len() - 1] != words[2] {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(i);
    }
    found
}
