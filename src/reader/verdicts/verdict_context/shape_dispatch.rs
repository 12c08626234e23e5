//! The verdict shapes tried at a word: only those that can open on it, in their order.
//!
//! [`shapes_in_turn_at`] tries some ninety shapes one after another at each word a shape
//! may open on, and nearly all say no at once, on the word itself. Here each shape is
//! listed with the words it opens on (read from its own first test of the word), so a word
//! is looked up once and only its shapes are tried, in the chain's order: the answer is
//! the chain's. A word no shape here lists (one a shape added to the chain since opens on)
//! is given the whole chain. A shape added to the chain goes here too, with its words; the
//! test `dispatched_shapes_answer_as_the_chain` checks the two agree on every word of the
//! corpus.

use super::*;
use rustc_hash::FxHashMap;

mod words;
use self::words::*;

/// A shape as [`shape_at`] gives it: the verdict and how many tokens it takes.
type Shape = fn(&[Token], usize) -> Option<(Verdict, usize)>;

/// A shape that gives where it ends, read as `verdict`.
macro_rules! ends {
    ($verdict:ident, $shape:path) => {
        (|t: &[Token], i: usize| $shape(t, i).map(|e| (Verdict::$verdict, e - i))) as Shape
    };
}

/// A shape that gives its own verdict and where it ends.
macro_rules! gives {
    ($shape:path) => {
        (|t: &[Token], i: usize| $shape(t, i).map(|(v, e)| (v, e - i))) as Shape
    };
}

/// The words a shape opens on (`None`: it may open on any word).
type Openers = Option<&'static [&'static [&'static str]]>;

/// Every shape of [`shapes_in_turn_at`], in its order, with the words it opens on.
const SHAPES: &[(Openers, Shape)] = {
    use crate::reader::*;
    use verdict_shapes as vs;
    &[
        (Some(&[KEEP]), ends!(Continue, keep_going_at)),
        (
            Some(&[&["stay", "stays", "staying", "rolls", "roll", "rolling"]]),
            ends!(Continue, stays_on::stays_on_at),
        ),
        (
            Some(&[FINE]),
            ends!(Continue, fine_with_staying::fine_with_staying_at),
        ),
        (
            Some(&[vs::TRIED, vs::GIVEN]),
            ends!(Continue, vs::trial_extended_at),
        ),
        (
            Some(&[&["no", "nae", "not"]]),
            ends!(Reject, vs::no_chance_at),
        ),
        (
            Some(&[&[
                "overturned",
                "overturn",
                "overturns",
                "reversed",
                "reverse",
                "reverses",
            ]]),
            ends!(Approve, vs::refusal_overturned_at),
        ),
        (
            Some(&[&["agreed", "allocated"]]),
            ends!(Approve, vs::amount_agreed_at),
        ),
        (
            Some(&[&[
                "keep", "don't", "dont", "don’t", "do", "up", "under", "below",
            ]]),
            ends!(Approve, spend_ceiling::ceiling_fine_at),
        ),
        (
            Some(&[&["gave", "gives", "granted", "given"]]),
            ends!(Approve, vs::money_given_at),
        ),
        (
            Some(&[&["goes", "go"]]),
            ends!(Approve, vs::funded_under_heading_at),
        ),
        (
            Some(&[&["held", "holding", "hold"]]),
            ends!(Defer, vs::held_until_at),
        ),
        (
            Some(&[&["hold"]]),
            ends!(Defer, wish_to_hold::wish_to_hold_at),
        ),
        (
            Some(&[&["put", "putting", "puts"]]),
            ends!(Defer, vs::put_off_apart_at),
        ),
        (
            Some(&[&["pushing", "moving", "shifting", "push", "move", "shift"]]),
            ends!(Defer, pushed_to_a_time::pushing_to_a_time_at),
        ),
        (
            Some(&[&[
                "bumped", "bumping", "shoved", "shoving", "gone", "went", "goes",
            ]]),
            ends!(Defer, put_back_to_a_time::bumped_to_a_time_at),
        ),
        (
            Some(&[&["putting", "put"]]),
            ends!(Defer, put_back_to_a_time::putting_back_to_a_time_at),
        ),
        (
            Some(&[&["stay", "stays", "staying", "remain", "remains"]]),
            ends!(Defer, stays_on_the_old::stays_on_the_old_at),
        ),
        (
            Some(&[&["still", "waits"]]),
            ends!(Defer, still_waiting::still_held_at),
        ),
        (Some(&[&["still"]]), ends!(Continue, still_do::still_do_at)),
        (Some(&[&["sit"]]), ends!(Defer, sit_on::sit_on_at)),
        (Some(&[&["not"]]), ends!(Defer, not_till::not_till_at)),
        (None, ends!(Defer, time_first::time_first_at)),
        (Some(&[&["now"]]), ends!(Rescope, vs::new_figure_at)),
        (Some(&[&["from"]]), ends!(Rescope, vs::budget_moved_at)),
        (
            Some(&[&[
                "goes", "went", "gone", "going", "jumps", "jumped", "rises", "rose",
            ]]),
            ends!(Rescope, vs::money_moved_to_from_at),
        ),
        (
            Some(&[&["only", "just"]]),
            ends!(Rescope, only_for_now::only_at_a_new_figure_at),
        ),
        (
            Some(&[&["down"]]),
            ends!(Rescope, kept_and_pulled::down_to_some_only_at),
        ),
        (
            Some(&[&[
                "cutting", "scaling", "trimming", "paring", "cut", "scaled", "trimmed", "pared",
            ]]),
            ends!(Rescope, cut_back_to::cut_back_to_at),
        ),
        (
            Some(&[&["stays", "remains", "unchanged"]]),
            ends!(Continue, vs::budget_stays_at),
        ),
        (
            Some(&[&["new", "total"], new_budget::CHANGES]),
            ends!(Rescope, new_budget::set_at),
        ),
        (
            Some(&[&["bump", "bumps", "bumped", "bumping"]]),
            ends!(Rescope, vs::bumped_to_money_at),
        ),
        // "buy": a thread's "ok buy" (round S51's `thread_go_ahead_at`, inside it).
        (Some(&[YES_NO, &["buy"]]), gives!(vs::label_answer_at)),
        // "sega": the Fijian no, only as a label's answer (round V56).
        (Some(&[&["sega"]]), gives!(vs::label_answer_at)),
        // "non": the French and Kreol no, only as a label's answer (round S57).
        (Some(&[&["non"]]), gives!(vs::label_answer_at)),
        (Some(&[TERSE]), gives!(terse_verdicts::terse_answer_at)),
        (
            Some(&[&[
                "pushing", "moving", "shifting", "pushed", "moved", "shifted", "slipped", "slid",
            ]]),
            ends!(Defer, vs::decision_moved_at),
        ),
        (
            Some(&[&["didn't", "didnt", "did"]]),
            gives!(missed_the_cut::not_through_at),
        ),
        (
            Some(&[&["no", "nope", "nah"]]),
            gives!(could_we_answered::could_we_answered_no_at),
        ),
        (
            Some(&[&["yes", "yeah", "yep", "yup", "aye", "ar"]]),
            gives!(answered_yes::asked_then_yes_at),
        ),
        (
            Some(&[&["adding", "add", "rolling", "roll"]]),
            ends!(Approve, vs::taken_to_more_sites_at),
        ),
        (
            Some(&[&["write", "writes", "writing", "wrote", "written"]]),
            ends!(Stop, verdict_idioms::written_off_at),
        ),
        (
            Some(&[&["off"]]),
            ends!(Stop, off_or_going_in::off_with_money_sunk_at),
        ),
        (
            Some(&[&["shutting", "closing"]]),
            ends!(Stop, dialect_auxiliaries::we_are_shutting_it_at),
        ),
        (
            Some(&[&["going"]]),
            ends!(Approve, off_or_going_in::going_in_priced_at),
        ),
        (
            Some(&[&["capped", "capping", "cap"]]),
            ends!(Rescope, verdict_idioms::capped_at_money_at),
        ),
        (
            Some(&[&["instead"]]),
            ends!(Rescope, verdict_idioms::part_of_the_full_at),
        ),
        (
            Some(&[&["so"]]),
            ends!(Rescope, everyday_verdicts::so_the_budget_is_now_at),
        ),
        (
            Some(&[&["go", "going", "went"]]),
            ends!(Rescope, smaller_option::smaller_option_at),
        ),
        (
            Some(&[&["do"]]),
            ends!(Rescope, smaller_option::smaller_option_at),
        ),
        (
            Some(&[&["buy", "buying", "taking", "take"]]),
            ends!(Rescope, smaller_option::smaller_option_at),
        ),
        (
            Some(&[&["only", "just"]]),
            ends!(Rescope, part_now_not_whole::part_now_not_whole_at),
        ),
        (
            Some(&[&["go", "going"]]),
            ends!(Approve, verdict_idioms::go_with_choice_at),
        ),
        (
            Some(&[&["go"]]),
            ends!(Approve, verdict_idioms::go_for_it_at),
        ),
        (Some(&[TELL]), ends!(Approve, verdict_idioms::told_fine_at)),
        (
            Some(&[&["good"]]),
            ends!(Approve, good_to_go::good_to_go_at),
        ),
        (
            Some(&[&["i", "i've"]]),
            ends!(Approve, writers_own_yes::writers_own_yes_at),
        ),
        (
            Some(&[&["do"]]),
            ends!(Approve, thread_do_it::thread_do_it_at),
        ),
        (
            Some(&[FINE, &["rapt", "sweet", "all", "dead"]]),
            ends!(Approve, fine_with::fine_with_at),
        ),
        (
            Some(&[&["happy", "fine", "ok", "okay"]]),
            ends!(Approve, fine_with::happy_for_at),
        ),
        (
            Some(&[FINE]),
            ends!(Approve, fine_with::happy_at_a_price_at),
        ),
        (
            Some(&[&["happy", "willing", "ok", "okay", "fine", "prepared"]]),
            ends!(Approve, happy_to_put_into::happy_to_put_into_at),
        ),
        (
            Some(&[&["can"]]),
            ends!(Approve, verdict_idioms::allowed_to_have_at),
        ),
        (
            Some(&[&["can"]]),
            ends!(Approve, told_they_can::you_can_order_at),
        ),
        (
            Some(&[&["buying", "buy"]]),
            ends!(Approve, verdict_idioms::buying_it_at),
        ),
        (
            Some(&[&["buying", "buy"]]),
            ends!(Approve, buying_at_a_price::buying_at_a_price_at),
        ),
        (
            Some(&[&["going", "fixing", "planning", "gonna"]]),
            ends!(Approve, planned_spend::planned_spend_at),
        ),
        (
            Some(&[&["do", "buy"]]),
            ends!(Approve, log_answers::told_to_do_it_at),
        ),
        (
            Some(&[&["ordered", "sorted", "bought", "purchased"]]),
            ends!(Approve, got_at_a_price::got_at_a_price_at),
        ),
        (
            Some(&[&["wear", "swallow", "eat", "absorb"]]),
            ends!(Approve, cost_taken_on::cost_taken_on_at),
        ),
        (
            Some(&[&["it", "it's"]]),
            ends!(Approve, chosen_it_is::chosen_it_is_at),
        ),
        (
            Some(&[&["said"]]),
            ends!(Approve, spoken_verdicts::deciders_said_aye_at),
        ),
        (
            Some(&[&["go"]]),
            ends!(Approve, everyday_verdicts::go_on_at_a_price_at),
        ),
        (
            Some(&[&["go"]]),
            ends!(Approve, everyday_verdicts::agreed_to_go_with_at),
        ),
        (
            Some(&[&[
                "go", "adding", "getting", "doing", "having", "putting", "buying", "fitting",
            ]]),
            ends!(Approve, done_after_all::done_after_all_at),
        ),
        (
            Some(&[&["up"]]),
            ends!(Approve, buy_a_new_one::ceiling_after_buy_new_at),
        ),
        (
            Some(&[&["got", "get", "gets", "given", "gave", "gives"]]),
            ends!(Approve, someones_ok::someones_ok_at),
        ),
        (
            Some(&[&["passing", "pass", "passed"]]),
            ends!(Reject, verdict_idioms::passing_on_at),
        ),
        (
            Some(&[&["no"]]),
            ends!(Reject, verdict_idioms::no_money_for_at),
        ),
        (Some(&[TELL]), ends!(Reject, plain_verdicts::told_no_on_at)),
        (
            Some(&[&[
                "would", "will", "could", "won't", "wouldn't", "couldn't", "refused", "declined",
            ]]),
            ends!(Reject, refused_funding::refused_funding_at),
        ),
        (Some(&[&["not"]]), ends!(Reject, not_doing::not_doing_at)),
        (
            Some(&[&["ain't", "aint", "ay"]]),
            ends!(Reject, dialect_auxiliaries::we_aint_doing_at),
        ),
        (
            Some(&[&["no"]]),
            ends!(Reject, everyday_verdicts::no_from_me_at),
        ),
        (
            Some(&[&["ain't", "aint", "isn't", "not"]]),
            ends!(Reject, not_going_for::not_going_for_at),
        ),
        (
            Some(&[&["isn't", "isnt", "ain't", "is"]]),
            ends!(Reject, not_happening::not_happening_at),
        ),
        (
            Some(&[&["there", "no"]]),
            ends!(Reject, no_thing_at_all::no_thing_at_all_at),
        ),
        (
            Some(&[&["ending", "end", "ended"]]),
            ends!(Stop, verdict_idioms::ending_at),
        ),
        (
            Some(&[&["done", "finished"]]),
            ends!(Stop, done_with::done_with_at),
        ),
        (Some(&[&["no"]]), ends!(Stop, done_with::no_more_at)),
        (
            Some(&[&["pulling", "pulled", "pull"]]),
            ends!(Stop, spoken_verdicts::kit_pulled_at),
        ),
        (
            Some(&[&["knocking", "knocked", "knock"]]),
            ends!(Stop, spoken_verdicts::knocked_on_the_head_at),
        ),
        (
            Some(&[&["pulling"]]),
            ends!(Stop, everyday_verdicts::pulling_opens_at),
        ),
        (Some(&[PULL]), ends!(Stop, kept_and_pulled::order_pulled_at)),
        (
            Some(&[SIGN]),
            ends!(Approve, verdict_idioms::renewal_signed_at),
        ),
        (
            Some(&[&["took", "taken", "taking", "accepted", "accepting"]]),
            ends!(Approve, terms_and_offers::offer_taken_at),
        ),
        (
            Some(&[SIGN]),
            ends!(Approve, spoken_verdicts::spending_form_signed_at),
        ),
        (
            Some(&[&["getting", "get"]]),
            ends!(Approve, getting_things::getting_at),
        ),
        (
            Some(&[&[
                "roll", "rolls", "rolled", "rolling", "renewing", "renew", "renewed", "renews",
            ]]),
            ends!(Continue, terms_and_offers::renewed_for_another_term_at),
        ),
        (Some(&[&["stays"]]), ends!(Continue, left_to_wait::stays_at)),
        (Some(&[KEEP]), ends!(Continue, kept_and_pulled::kept_on_at)),
        (Some(&[PUT_OFF]), ends!(Defer, left_to_wait::put_off_at)),
        (
            Some(&[&["-", "=", "→"]]),
            ends!(Defer, arrow_to_a_time::arrowed_to_a_time_at),
        ),
        (Some(&[&["take"]]), ends!(Approve, we_take_it::we_take_at)),
        (
            Some(&[&["passed", "carried", "failed", "defeated"]]),
            gives!(motion_votes::motion_voted_at),
        ),
    ]
};

/// Each word some shape opens on (and each of [`NONE_BUT_ANY_WORDS`]), and the shapes to
/// try there (their places in [`SHAPES`], in order): those that list it and those that open
/// on any word.
fn shapes_by_word() -> &'static FxHashMap<&'static str, Box<[u8]>> {
    static BY_WORD: OnceLock<FxHashMap<&'static str, Box<[u8]>>> = OnceLock::new();
    BY_WORD.get_or_init(|| {
        let opens_on = |openers: &Openers, w: &str| {
            openers.is_none_or(|lists| lists.iter().any(|l| l.contains(&w)))
        };
        let mut by_word = FxHashMap::default();
        for &w in SHAPES
            .iter()
            .filter_map(|(openers, _)| *openers)
            .flatten()
            .flat_map(|l| l.iter())
            .chain(NONE_BUT_ANY_WORDS)
        {
            by_word.entry(w).or_insert_with(|| {
                SHAPES
                    .iter()
                    .enumerate()
                    .filter(|(_, (openers, _))| opens_on(openers, w))
                    .filter_map(|(k, _)| u8::try_from(k).ok())
                    .collect()
            });
        }
        by_word
    })
}

/// A verdict said in a shape of its own at `i` (a phrase table holds the fixed wordings):
/// the verdict and how many tokens it takes. The same answer as [`shapes_in_turn_at`],
/// trying only the shapes that open on the word at `i`.
pub(in crate::reader) fn shape_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    match shapes_by_word().get(toks[i].lower.as_str()) {
        Some(shapes) => shapes.iter().find_map(|&k| {
            SHAPES
                .get(usize::from(k))
                .and_then(|(_, shape)| shape(toks, i))
        }),
        None => shapes_in_turn_at(toks, i),
    }
}
