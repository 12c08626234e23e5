//! The words most of the intent cues' shapes open on: at any other word (most words of a
//! message) [`super::cues_in`] skips them all with one look-up, rather than asking each.

use super::*;
use crate::reader::tokens::WordTable;

/// Every word one of the shapes [`super::cues_in`] asks only after [`opens_a_cue`] can
/// open on (read from each shape's own first test of the word at `i`). A shape that may
/// open on any word (`wants_a_new`, `wants_more_priced`, `requests_to_do`, `saving_at`) is
/// asked at every word, as before. A shape moved behind the gate adds its first words here
/// (the test below checks each gated shape opens on no other word of the corpus).
const CUE_OPENERS: &[&str] = &[
    // asks_for_amount
    "requests",
    "requested",
    "requesting",
    "request",
    "asking",
    "asked",
    "asks",
    // plans_to_spend
    "spend",
    // approval_asks::money_for_approval
    "for",
    // asks_put_up: reckons_it_needs, put_to_deciders, priced_a_thing
    "reckon",
    "reckons",
    "think",
    "thinks",
    "put",
    "take",
    "bring",
    "priced",
    "costed",
    // priced_a_thing: "Freya's got a price for the radio link" (round S58)
    "price",
    "quote",
    // asks_put_up::needed_and_quoted: "needs replaced, quoted $385K" (round S68)
    "quoted",
    // asks_put_up::saving_would_run: "savings … would run about $40,000 a year" (round S68)
    "would",
    // costed_lines::costed_case_at
    "cost",
    // left_the_market
    "left",
    "exited",
    "exiting",
    "leaving",
    // decision_to_come
    "your",
    "ur",
    "yer",
    "decision",
    "sign-off",
    "signoff",
    "verdict",
    "approval",
    // status_lines: fault_at, kit_in_at
    "down",
    "out",
    "slow",
    "crashing",
    "crashed",
    "working",
    "in",
    // visit_at
    "coming",
    "visiting",
    "round",
    "over",
    "on",
    // saving_now
    "saving",
    "saves",
    // paying_off::paying_its_way_at, worth_it::worth_it_at
    "pay",
    "paying",
    "pays",
    "worth",
    "doing",
    "done",
    // realised_savings::benefit_heading, paid_before::paid_last_time
    "benefit",
    "benefits",
    "savings",
    "where",
    "whereas",
    // no_longer_lost::no_longer_lost_at, lost_before_at
    "no",
    "before",
    // suggested_buys::suggested_a_priced_buy
    "suggest",
    "suggests",
    "suggested",
    "recommend",
    "recommends",
    "recommended",
    // figures_put_right::put_right_at
    "not",
    // counted_result
    "stopped",
    "caught",
    "blocked",
    "prevented",
    "flagged",
    "detected",
    "spotted",
    // work_done_lines::work_done_at
    "installed",
    "poured",
    "landed",
    "commissioned",
    "winterized",
    "winterised",
    "back",
    // put_in_since::put_in_since_at
    "since",
    "first",
    "went",
];

/// The words the shapes [`super::cues_in`] asks outside [`CUE_OPENERS`]' gate open on, each
/// read from the shape's own first test of its word: `wants_a_new` ("wants", "needs", …,
/// "intends"), `requests_to_do` ("asked", "want", "like", "requests", "keen", …),
/// `wants_more_priced` (a "want" or "need" here or at the next word) and the nine shapes of
/// `realised_savings::saving_at` ("less", "worth", "we", "saving", "more", "cut", "made",
/// …). A word of neither table opens none of them (the tests below check each shape).
const ASK_OR_SAVING_OPENERS: &[&str] = &[
    // wants_a_new, wants_more_priced
    "wants",
    "want",
    "wanted",
    "needs",
    "need",
    "asks",
    "pretends",
    "pretend",
    "intends",
    "intend",
    // approval_asks::requests_to_do
    "asked",
    "asking",
    "like",
    "requests",
    "requesting",
    "request",
    "propose",
    "proposes",
    "keen",
    // realised_savings::saving_at
    "less",
    "fewer",
    "worth",
    "we",
    "we're",
    "saving",
    "savings",
    "saved",
    "faster",
    "additional",
    "extra",
    "more",
    "cut",
    "cuts",
    "reduced",
    "slashed",
    "brought",
    "raised",
    "took",
    "made",
    "generated",
    "earned",
];

/// Whether one of the asks or savings [`ASK_OR_SAVING_OPENERS`] lists may open at this word.
#[inline(always)]
pub(super) fn opens_an_ask_or_saving(t: &Token) -> bool {
    static OPENERS: OnceLock<WordTable> = OnceLock::new();
    t.in_table(
        OPENERS.get_or_init(|| WordTable::new(ASK_OR_SAVING_OPENERS.iter().map(|w| w.to_string()))),
    )
}

/// Whether a gated cue shape may open at this word (see [`CUE_OPENERS`]).
#[inline(always)]
pub(super) fn opens_a_cue(t: &Token) -> bool {
    static OPENERS: OnceLock<WordTable> = OnceLock::new();
    t.in_table(OPENERS.get_or_init(|| WordTable::new(CUE_OPENERS.iter().map(|w| w.to_string()))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// A cue shape: whether it opens at the word.
    type CueShape = fn(&[Token], usize) -> bool;

    /// Every shape asked only after [`opens_a_cue`], by name.
    fn gated_shapes_at(toks: &[Token], i: usize) -> Vec<&'static str> {
        let shapes: [(&str, CueShape); 24] = [
            ("asks_for_amount", asks_for_amount),
            (
                "costed_case_at",
                crate::reader::costed_lines::costed_case_at,
            ),
            ("plans_to_spend", plans_to_spend),
            (
                "money_for_approval",
                crate::reader::approval_asks::money_for_approval,
            ),
            (
                "reckons_it_needs",
                crate::reader::asks_put_up::reckons_it_needs,
            ),
            (
                "put_to_deciders",
                crate::reader::asks_put_up::put_to_deciders,
            ),
            ("priced_a_thing", crate::reader::asks_put_up::priced_a_thing),
            ("left_the_market", left_the_market),
            ("decision_to_come", decision_to_come),
            ("fault_at", crate::reader::status_lines::fault_at),
            ("kit_in_at", crate::reader::status_lines::kit_in_at),
            ("visit_at", visit_at),
            ("saving_now", saving_now),
            (
                "paying_its_way_at",
                crate::reader::paying_off::paying_its_way_at,
            ),
            ("worth_it_at", crate::reader::worth_it::worth_it_at),
            (
                "benefit_heading",
                crate::reader::realised_savings::benefit_heading,
            ),
            ("paid_last_time", crate::reader::paid_before::paid_last_time),
            (
                "no_longer_lost_at",
                crate::reader::no_longer_lost::no_longer_lost_at,
            ),
            ("lost_before_at", |t, i| {
                crate::reader::no_longer_lost::lost_before_at(t, i).is_some()
            }),
            ("suggested_a_priced_buy", suggested_a_priced_buy),
            (
                "put_right_at",
                crate::reader::figures_put_right::put_right_at,
            ),
            ("counted_result", counted_result),
            ("work_done_at", crate::reader::work_done_lines::work_done_at),
            (
                "put_in_since_at",
                crate::reader::put_in_since::put_in_since_at,
            ),
        ];
        shapes
            .iter()
            .filter(|(_, shape)| shape(toks, i))
            .map(|(name, _)| *name)
            .collect()
    }

    fn ungated_openings(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        (0..toks.len())
            .filter(|&i| !opens_a_cue(&toks[i]))
            .flat_map(|i| {
                let w = toks[i].lower.clone();
                gated_shapes_at(&toks, i)
                    .into_iter()
                    .map(move |s| format!("{s} at {w:?}"))
            })
            .chain(ungated_asks_or_savings(&toks))
            .collect()
    }

    /// The asks and savings gated by [`opens_an_ask_or_saving`] that open where the gate
    /// says none may (`wants_more_priced` at this word or the next).
    fn ungated_asks_or_savings(toks: &[Token]) -> Vec<String> {
        let opens = |i: usize| toks.get(i).is_some_and(opens_an_ask_or_saving);
        let shapes: [(&str, CueShape); 3] = [
            ("wants_a_new", wants_a_new),
            (
                "requests_to_do",
                crate::reader::approval_asks::requests_to_do,
            ),
            ("saving_at", crate::reader::realised_savings::saving_at),
        ];
        let mut out = vec![];
        for i in 0..toks.len() {
            for (name, shape) in shapes {
                if !opens(i) && shape(toks, i) {
                    out.push(format!("{name} at {:?}", toks[i].lower));
                }
            }
            if !opens(i) && !opens(i + 1) && wants_more_priced(toks, i) {
                out.push(format!("wants_more_priced at {:?}", toks[i].lower));
            }
        }
        out
    }

    #[test]
    fn gated_cue_shapes_open_only_on_listed_words() {
        // Invented words (a Norfolk boatyard), each opening a gated shape.
        let texts = [
            "Quay team requested £6k for a new hoist, put it to the trustees",
            "Jo priced a varnish booth. She reckons we need a new crane",
            "the slipway winch is down again; decision on the shed expected in May",
            "The surveyor is coming Tuesday, the sander is paying for itself",
            "Savings: not £4k but £3k, it's been worth every penny, caught 12 leaks",
        ];
        for text in texts {
            assert_eq!(ungated_openings(text), Vec::<String>::new(), "{text}");
        }
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/training");
        let mut read = 0;
        for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let file = entry.path().join("messages.jsonl");
            for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let text = v["message"].as_str().unwrap_or_default();
                assert_eq!(ungated_openings(text), Vec::<String>::new(), "{text}");
                read += 1;
            }
        }
        assert!(read > 5_000, "{read}");
    }

    /// Every string of the source (the unit tests' sentences, the rules' examples): a cue
    /// shape gated here with a unit test on a word not listed fails its own sentence.
    #[test]
    fn gated_cue_shapes_open_only_on_listed_words_of_the_source() {
        let ungated: Vec<String> =
            crate::reader::tests::p52_source_sentences_tests::source_sentences()
                .iter()
                .flat_map(|text| ungated_openings(text))
                .collect();
        assert_eq!(ungated, Vec::<String>::new());
    }
}
