//! When the French look need not be made: it is the English look's scan with only its
//! phrase table changed, so where neither table's phrases are said and the English look
//! found nothing, the French one finds nothing either.

use super::*;
use crate::reader::read_memo::{known_verdict, VerdictLook};

/// Whether the French look between `from` and `to` can find nothing, told without making
/// it. Both looks' scans (`strong_verdict_in`) ask the same shapes, misspellings and
/// checks at each word and differ only in the phrase table they match: when no word of the
/// span opens a phrase of either table, they visit the same words and find the same. The
/// English look's own answer for this span, remembered (see `read_memo`), is none only when
/// its scan found none (the scan is one step of that look: a verdict it found would be the
/// look's). Without that answer remembered, the French look is made.
pub(super) fn french_finds_nothing(toks: &[Token], from: usize, to: usize) -> bool {
    if known_verdict(VerdictLook::English, toks, from, to) != Some(None) {
        return false;
    }
    // The words the scans read: those before `to`.
    let seen = &toks[..to.min(toks.len())];
    let english = table();
    let french = crate::reader::french_verdicts::table();
    (from..seen.len())
        .all(|i| english.match_at(seen, i).is_none() && french.match_at(seen, i).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::read_memo::MessageMemo;
    use crate::reader::tokens::tokenize;

    #[test]
    fn the_french_look_left_unmade_would_have_found_nothing() {
        let texts = [
            "Quick update on the Harbourside kiosk refresh: the new screens went in on Tuesday.",
            "Le comité a validé le projet de billetterie, budget 40k.",
            "We approved the Fernhill depot scanners, then parked the van tracking.",
            "Ops say the pilot is going well; no decision needed yet.",
            "aprvd the tablets for Moorgate, €12k",
            "Budget cut to $210k, keep going with phase 1 only.",
            "On a reporté la décision sur le CRM jusqu'en mars.",
            "Thanks all, good session with the Yard team today!",
        ];
        let mut unmade = 0;
        for text in texts {
            let toks = tokenize(text);
            let _memo = MessageMemo::start(&toks);
            for from in 0..toks.len() {
                for to in from + 1..=toks.len() + 1 {
                    let english = find_english_verdict_in(&toks, from, to);
                    let made = strong_verdict_in(
                        &toks,
                        from,
                        to.min(toks.len()),
                        crate::reader::french_verdicts::table(),
                    );
                    if french_finds_nothing(&toks, from, to) {
                        assert_eq!(english, None, "{text:?} {from}..{to}");
                        assert_eq!(made, None, "{text:?} {from}..{to}");
                        unmade += 1;
                    }
                    assert_eq!(
                        find_french_verdict_in(&toks, from, to),
                        made,
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
        assert!(unmade > 0);
    }
}
