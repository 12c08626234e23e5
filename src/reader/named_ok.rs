//! "so Miss Hyacinth ok di upgrade after all, $2,900", "Just come off the phone with Mr
//! Campbell — him okay the staff training programme", "Chief Tari i agree for the boning
//! room extension" (round V62): a bare "ok" or "okay" with the thing after it, or "agree
//! for" the thing, as the verb of a named one — a titled name, a body that decides, or the
//! creole subject "him" / "she", with Pijin's and Bislama's marker "i" between or not — is
//! their approval. "The van is ok the way it is", "I agree for the most part" name no one
//! before the verb, and stay as they were.

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// Titles a named one opens with.
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w)
        || matches!(w, "chief" | "sir" | "auntie" | "uncle")
}

/// Words that open the thing okayed: an article or a pointing word, in English or in a
/// Caribbean creole's spelling.
fn opens_a_thing(w: &str) -> bool {
    matches!(
        w,
        "the" | "di" | "de" | "da" | "dat" | "dis" | "this" | "that" | "our"
    )
}

/// Whether the words ending at `s` name one who decides: "him" / "she", a body's word, or
/// a name after a title ("Miss Hyacinth", "Mr. Boe").
fn named_at(toks: &[Token], s: usize) -> bool {
    let t = &toks[s];
    let titled = |j: usize| toks.get(j).is_some_and(|w| title(&w.lower));
    t.is_word()
        && (matches!(t.lower.as_str(), "him" | "she")
            || super::deciders::is_body(&t.lower)
            || t.capital
                && s >= 1
                && (titled(s - 1) || s >= 2 && toks[s - 1].is_sym(".") && titled(s - 2)))
}

/// The named one's "ok" / "okay" or "agree for" in `from..to`, the thing after it.
pub(crate) fn named_ok(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (from.max(1)..to).find_map(|k| {
        let len = match word(k) {
            "ok" | "okay" if opens_a_thing(word(k + 1)) => 1,
            "agree" if word(k + 1) == "for" && opens_a_thing(word(k + 2)) => 2,
            _ => return None,
        };
        // "The board i approve", "Chief Tari i agree for": the marker between.
        let s = k - 1 - usize::from(k >= 2 && super::predicate_marker::between(toks, k - 1));
        named_at(toks, s).then_some(VerdictFinding {
            verdict: Verdict::Approve,
            start: k,
            end: k + len,
            affirmed: false,
        })
    })
}
