//! The words a verdict said in a shape of its own can open on: the shapes are tried only
//! at these, which spares trying each shape at every word of every message.

use super::*;

/// Every word a verdict said in a shape of its own ([`shape_at`], [`shape_before_phrases_at`])
/// can open on; a word not here opens none of them, which spares trying each shape at
/// every word of every message. A shape added there adds its first words here (the corpus
/// test `no_shape_opens_on_a_word_not_listed` checks).
pub(in crate::reader::verdicts) const SHAPE_OPENERS: &[&str] = &[
    // fine_with_at, happy_for_at (happy_to_put_into_at: also "willing",
    // "prepared")
    "willing",
    "prepared",
    "fine",
    "happy",
    "grand",
    "ok",
    "okay",
    "good",
    // fine_with_at: "all set with", "dead on with" (round S48)
    "all",
    "dead",
    // cut_back_to_at (round S50)
    "cutting",
    "scaling",
    "trimming",
    "paring",
    "cut",
    "scaled",
    "trimmed",
    "pared",
    // fine_with_at: "rapt with", "sweet with" (round S49)
    "rapt",
    "sweet",
    // chosen_it_is_at
    "it",
    "it's",
    // refused_funding_at
    "would",
    "will",
    "could",
    "wouldn't",
    "couldn't",
    "refused",
    "declined",
    // new_cost_accepted_at, amount_agreed_at
    "approved",
    "approve",
    "approves",
    "okayed",
    "accepted",
    "accepts",
    "accept",
    "agreed",
    "allocated",
    // stays_on_at ("stays" is listed below)
    "stay",
    "staying",
    // left_to_wait: put_off_at ("would rather we left the … until …", round S46)
    "left",
    // no_thing_at_all_at ("there will be no guest house", round S52; "no" is listed below)
    "there",
    // writers_own_yes_at ("I've said aye, it's within my limit", round S52)
    "i",
    "i've",
    // thread_do_it_at ("Ray: do it. $72k is cheaper than …", round S52: "do" is listed
    // below)
    // someones_ok_at ("got Winnie's ok for …", round S46; "given the ERP her blessing",
    // round S52: "given", "gave" and "gives" are listed below)
    "got",
    "get",
    "gets",
    "rolls",
    "roll",
    "rolling",
    // keep_going_at
    "keep",
    "keeps",
    "keeping",
    "kept",
    // restarted_after_pause_at
    "restarted",
    "restarts",
    "restarting",
    "is",
    "are",
    "it's",
    "they're",
    "we're",
    "back",
    // back_on_with_money_at opens on "back" too (round B53)
    // smaller_scope::smaller_scope_at ("goes ahead at a reduced scope")
    "ahead",
    "continues",
    "proceeds",
    // stop_taken_back_at
    "not",
    "aren't",
    "isn't",
    // not_happening_at (also "isn't", "is")
    "isnt",
    "ain't",
    "won't",
    // done_after_all::done_after_all_at ("we're doing it after all")
    "doing",
    "having",
    "fitting",
    // could_we_answered::could_we_answered_no_at: "no", "nope", "nah" are listed
    // answered_yes::asked_then_yes_at ("yes" and "yeah" are listed)
    "yep",
    "yup",
    "aye",
    "ar",
    // missed_the_cut::not_through_at ("didn't get through", "did not make the cut")
    "didn't",
    "didnt",
    "did",
    // no_chance_at, label_answer_at
    "no",
    "nae",
    "go",
    "yes",
    "hold",
    "nah",
    // terse_verdicts::terse_answer_at
    "yeah",
    "sign",
    "👍",
    "✅",
    "nope",
    // label_answer_at: the Fijian "sega" (round V56)
    "sega",
    // label_answer_at: the French and Kreol "non" (round S57)
    "non",
    "🚫",
    "❌",
    "⛔",
    // terse_verdicts::terse_answer_at: the pause sign (round S61)
    "⏸",
    "wont",
    "agree",
    // verdict_idioms::allowed_to_have_at
    "can",
    // money_given_at ("given" is one of verdict_shapes::GIVEN)
    "gave",
    "gives",
    "granted",
    // held_until_at, wish_to_hold_at ("hold" is listed above)
    "held",
    "holding",
    // new_figure_at, budget_moved_at, money_moved_to_from_at, funded_under_heading_at
    "now",
    "from",
    "goes",
    "went",
    "gone",
    "going",
    // off_with_money_sunk_at (round S43)
    "off",
    "jumps",
    "jumped",
    "rises",
    "rose",
    // budget_stays_at
    "stays",
    // spoken_verdicts::kit_pulled_at
    "pulling",
    "pulled",
    "pull",
    // kept_and_pulled::order_pulled_at
    "pulls",
    // kept_and_pulled::down_to_some_only_at
    "down",
    // spoken_verdicts::knocked_on_the_head_at
    "knocking",
    "knocked",
    "knock",
    "remains",
    "unchanged",
    // spend_ceiling::ceiling_fine_at
    "up",
    // ceiling_fine_at: "anything under $4k is fine" (round S43)
    "under",
    "below",
    // ceiling_fine_at: "keep it under £4k", "don't go over $15k" (round S44)
    "don't",
    "dont",
    "don’t",
    "do",
    // put_back_to_a_time::bumped_to_a_time_at
    "shoved",
    "shoving",
    // decision_moved_at
    "slipped",
    "slid",
    "pushed",
    "moved",
    "shifted",
    "pushing",
    // pushing_to_a_time_at: "wants to push that to next year" (round S50)
    "push",
    "move",
    "shift",
    "moving",
    "shifting",
    // new_budget::set_at: "new", "total" and its CHANGES (trial_extended_at: its TRIED and
    // GIVEN words)
    "new",
    "total",
    // refusal_overturned_at
    "overturned",
    "overturn",
    "overturns",
    "reversed",
    "reverse",
    "reverses",
    // bumped_to_money_at
    "bump",
    "bumps",
    "bumped",
    "bumping",
    // taken_to_more_sites_at
    "adding",
    "add",
    "rolling",
    "roll",
    // verdict_idioms: written_off_at, capped_at_money_at
    "write",
    "writes",
    "writing",
    "wrote",
    "written",
    "capped",
    "capping",
    "cap",
    // verdict_idioms: part_of_the_full_at ("go" is listed above), passing_on_at, ending_at
    "instead",
    "passing",
    "pass",
    "passed",
    "ending",
    "end",
    "ended",
    // verdict_idioms: buying_it_at, told_fine_at ("no" for no_money_for_at is listed above)
    "buying",
    "buy",
    // planned_spend_at ("going" is listed above)
    "fixing",
    "planning",
    "gonna",
    "told",
    "tell",
    "telling",
    // verdict_idioms: renewal_signed_at
    "sign",
    "signs",
    "signed",
    "signing",
    // stays_on_the_old: stays_on_the_old_at ("stay", "stays", "staying", "remains" above)
    "remain",
    // done_with: done_with_at
    "done",
    "finished",
    // terms_and_offers: renewed_for_another_term_at, offer_taken_at
    "renewing",
    "renew",
    "renewed",
    "renews",
    "took",
    "taken",
    "taking",
    "accepted",
    "accepting",
    // only_for_now: only_at_a_new_figure_at
    "only",
    "just",
    // left_to_wait: put_off_at (stays_at opens on "stays", above)
    "leave",
    "leaving",
    "wait",
    "waiting",
    "sits",
    "waits",
    "put",
    // verdict_shapes::put_off_apart_at (and "put" above)
    "putting",
    "puts",
    "tbd",
    // terse_verdicts::terse_answer_at ("palletiser: dead")
    "dead",
    "tbc",
    "slide",
    "slip",
    // spoken_verdicts::deciders_said_aye_at
    "said",
    // getting_things::getting_at
    "getting",
    // everyday_verdicts: so_the_budget_is_now_at ("go", "no" and "pulling" are listed
    // above); terms_and_offers::renewed_for_another_term_at ("roll", "rolling" above)
    "so",
    "rolls",
    "rolled",
    // still_waiting::still_held_at ("waits" is listed above)
    "still",
    // sit_on::sit_on_at
    "sit",
    // dialect_auxiliaries ("ain't" is listed above)
    "aint",
    "ay",
    "shutting",
    "closing",
    // time_first::time_first_at
    "q1",
    "q2",
    "q3",
    "q4",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // got_at_a_price::got_at_a_price_at
    "ordered",
    "sorted",
    "bought",
    "purchased",
    // cost_taken_on::cost_taken_on_at
    "wear",
    "swallow",
    "eat",
    "absorb",
    // arrow_to_a_time::arrowed_to_a_time_at (round V54)
    "-",
    "=",
    "→",
    // we_take_it::we_take_at (round V55)
    "take",
    // motion_votes::motion_voted_at (round S67; "passed" is listed above)
    "carried",
    "failed",
    "defeated",
];

/// Whether a verdict shape may open at this word (see [`SHAPE_OPENERS`]).
#[inline]
pub(in crate::reader) fn opens_a_shape(t: &Token) -> bool {
    static OPENERS: OnceLock<WordTable> = OnceLock::new();
    t.in_table(OPENERS.get_or_init(|| {
        WordTable::new(
            SHAPE_OPENERS
                .iter()
                .chain(crate::reader::new_budget::CHANGES)
                .chain(crate::reader::verdict_shapes::TRIED)
                .chain(crate::reader::verdict_shapes::GIVEN)
                .map(|w| w.to_string()),
        )
    }))
}
