//! "She has okayed the canteen refurbishment …. She wants the HR software held until
//! January; the new HR manager should choose …", "Ma'am Tess naman wants the depot charging
//! station deferred muna until Meralco confirms …": after a record, a sentence whose
//! subject (a name or a pronoun, at most three words) wants "the <thing>" held, deferred or
//! postponed — a hold passed on — is a record of its own when the thing's words are not the
//! record before's; the thing may be one the directory lacks (round B48).

use super::*;
use crate::reader::Verdict;

/// Whether the sentence `(a, b)` passes on a hold of a thing whose words the record before
/// it, `before`, does not say.
pub(super) fn hold_wanted_of_a_thing_of_its_own(
    toks: &[Token],
    (a, b): (usize, usize),
    before: (usize, usize),
) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "… held until January; the new HR manager …": the hold's reason after a semicolon is
    // read with it (see `split_records::semicolon_clauses`).
    let to = if toks.get(b).is_some_and(|t| t.is(";")) {
        (b + 1..toks.len())
            .find(|&k| is_end(&toks[k]))
            .unwrap_or(toks.len())
    } else {
        b
    };
    let Some(v) = find_verdict_in(toks, a, to).filter(|v| v.end <= b) else {
        return false;
    };
    if v.verdict != Verdict::Defer || !matches!(word(v.start), "held" | "deferred" | "postponed") {
        return false;
    }
    let Some(w) = (a..v.start).find(|&k| matches!(word(k), "wants" | "want" | "wanted")) else {
        return false;
    };
    let thing = w + 2..v.start;
    if w - a > 3
        || !toks[a..w].iter().all(Token::is_word)
        || word(w + 1) != "the"
        || thing.is_empty()
        || thing.len() > 5
        || !toks[thing.clone()].iter().all(Token::is_word)
    {
        return false;
    }
    let said_before = |t: &str| toks[before.0..before.1].iter().any(|s| s.lower == t);
    toks[thing]
        .iter()
        .any(|t| t.lower.chars().count() > 3 && !said_before(&t.lower))
}
