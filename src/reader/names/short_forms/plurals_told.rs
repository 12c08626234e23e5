//! A name's word in the plural, leading its clause or after a verb, that is the name by
//! what is said of it: its worth ("Reformers are pulling their weight") or a verdict that
//! takes it ("okay with laptops for the park managers"). Other plurals leading a clause
//! ("tenants keep asking") stay the people or things talked about.

use crate::reader::tokens::Token;

/// "are pulling their weight", "have earned their keep", "are paying for themselves" right
/// after the things at `i - 1`: their worth told, a result of the work.
#[inline]
pub(super) fn worth_told_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    if matches!(word(k), "are" | "have" | "were" | "'re" | "'ve") {
        k += 1;
    }
    if word(k) == "been" {
        k += 1;
    }
    match word(k) {
        "pulling" | "pulled" => word(k + 1) == "their" && word(k + 2) == "weight",
        "earning" | "earned" => word(k + 1) == "their" && word(k + 2) == "keep",
        _ => crate::reader::paying_off::paying_its_way_at(toks, k),
    }
}

/// "okay with laptops", "fine with the …", "yes to laptops": the word before the things at
/// `i` and the one before it say a verdict that takes them.
#[inline]
pub(super) fn taken_by_a_verdict(toks: &[Token], i: usize) -> bool {
    i >= 2
        && matches!(
            (toks[i - 2].lower.as_str(), toks[i - 1].lower.as_str()),
            ("okay" | "ok" | "fine", "with") | ("yes" | "no", "to")
        )
}
