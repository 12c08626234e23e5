//! The words [`super::action_openings::find_action_from`]'s own openings are keyed by: at a
//! word that is none of them, before a word that is none of the next words, only its last
//! opening ("Ross owns the cutover", [`crate::reader::owns::owner_of_work`]) can be said,
//! and it is asked at once rather than after some thirty comparisons of the two words.
//!
//! An opening added to that match on another word goes here too, or it is never tried
//! (the test below reads every corpus message and every string of the source both ways).

use crate::reader::tokens::{Token, WordSet};

/// The words an opening names as the word at `i` ("@", "action", "please", "i'll", "mr", …).
static WORDS: WordSet = WordSet::new(&[
    "@", "action", "ap", "todo", "item", "items", "please", "pls", "plz", "need", "can", "over",
    "i'll", "ill", "i", "i'm", "me", "herr", "frau", "mr", "mrs", "ms", "dr", "call", "uncle",
    "aunty", "auntie",
]);

/// The words an opening names as the word after ("… please", "… can", "… to", "… :"), then
/// Mauritian Kreol's "pou" for "to" (round S57), Krio's and the pidgins' "go" for "will"
/// (round V64), and the kin words and titles written after a name, "sir" to "dada" (round
/// S62, convention 81).
static NEXT_WORDS: WordSet = WordSet::new(&[
    "please", "pls", "plz", "can", "could", ":", "-", ",", "–", "—", "will", "to", "needs",
    "wants", "has", "is", "going", "pliz", "kindly", "you", "u", "pou", "go", "sir", "aiya",
    "akka", "ma'am", "ma’am", "madam", "ji", "sahib", "saab", "sb", "gong", "apa", "apu", "bhai",
    "bhaiya", "didi", "dada",
]);

#[cfg(test)]
thread_local! {
    /// Set by the test: every word is taken as keyed, so the whole match is tried.
    pub(super) static UNGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether an opening other than the last may be said at `i`: its word or the next is one
/// the openings name.
#[inline]
pub(super) fn keyed_at(toks: &[Token], i: usize) -> bool {
    #[cfg(test)]
    if UNGATED.with(std::cell::Cell::get) {
        return true;
    }
    WORDS.holds(&toks[i]) || toks.get(i + 1).is_some_and(|n| NEXT_WORDS.holds(n))
}

#[cfg(test)]
mod tests {
    use super::super::find_actions;
    use super::UNGATED;
    use crate::reader::tokens::tokenize;

    /// The follow-ups read in `text` with the gate and without it, where they differ.
    fn differs(text: &str) -> Option<String> {
        let toks = tokenize(text);
        let gated = format!("{:?}", find_actions(text, &toks, "Speaker", true));
        UNGATED.with(|u| u.set(true));
        let whole = format!("{:?}", find_actions(text, &toks, "Speaker", true));
        UNGATED.with(|u| u.set(false));
        (gated != whole).then(|| format!("{text:?}: {gated} != {whole}"))
    }

    #[test]
    fn follow_ups_read_the_same_without_the_gate() {
        // Invented words (a Cornish ferry company): each opening once.
        for text in [
            "@kerra to book the slipway survey by Fri. Action: Jory to chase the fuel quote",
            "pls can Morwenna send the timetable? Over to Tamsin for the crew rota",
            "I'll price the new gangway. Mr. Pascoe please check the lease",
            "Demelza can you own the ticket machines? Ross owns the refit, by 22/12",
            "Ticket office - please send the float figures. Loveday to go back to them by Monday",
        ] {
            assert_eq!(differs(text), None);
        }
        let mut read = 0;
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/training");
        for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let file = entry.path().join("messages.jsonl");
            for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                assert_eq!(differs(v["message"].as_str().unwrap_or_default()), None);
                read += 1;
            }
        }
        assert!(read > 5_000, "{read}");
        for text in crate::reader::tests::p52_source_sentences_tests::source_sentences() {
            assert_eq!(differs(&text), None);
        }
    }
}
