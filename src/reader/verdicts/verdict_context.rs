//! Verdicts said in shapes of their own, and the context that turns a verdict word into
//! none: reasons, restarts, slips, meetings moved.

use super::*;

mod meetings;
mod reasons_and_slips;
mod shape_dispatch;
mod shape_openers;
mod stop_words;

pub(in crate::reader) use self::meetings::*;
pub(super) use self::reasons_and_slips::*;
pub(in crate::reader) use self::shape_dispatch::shape_at;
pub(in crate::reader) use self::shape_openers::*;
pub(super) use self::stop_words::*;

/// Counts said in words ("from two days to half a day"), read as a number is where a
/// count made smaller is told.
pub(super) const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "half",
];

/// A shape that wins over the phrase table's reading of the same words: "accepted the
/// revised budget" is a rescope before "accepted" is an approval; "is back on after the
/// pause" and "not pulling it after all" go on, before "is back on" approves and "pulling"
/// stops.
pub(in crate::reader) fn shape_before_phrases_at(
    toks: &[Token],
    i: usize,
) -> Option<(Verdict, usize)> {
    new_cost_accepted_at(toks, i)
        .or_else(|| crate::reader::everyday_verdicts::the_rest_wait_at(toks, i))
        .or_else(|| crate::reader::smaller_scope::smaller_scope_at(toks, i))
        .map(|e| (Verdict::Rescope, e - i))
        .or_else(|| {
            crate::reader::verdict_shapes::restarted_after_pause_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::stop_taken_back_at(toks, i))
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::back_on_with_money_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
}

/// A verdict said in a shape of its own at `i` (a phrase table holds the fixed wordings):
/// the verdict and how many tokens it takes, each shape tried in turn. [`shape_at`] gives
/// the same answer trying only the shapes that open on the word at `i`: a shape added here
/// goes into its table (`shape_dispatch.rs`) too, with the words it opens on.
pub(in crate::reader) fn shapes_in_turn_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    keep_going_at(toks, i)
        .or_else(|| crate::reader::stays_on::stays_on_at(toks, i))
        .or_else(|| crate::reader::still_do::still_do_at(toks, i))
        .or_else(|| crate::reader::fine_with_staying::fine_with_staying_at(toks, i))
        .map(|e| (Verdict::Continue, e - i))
        .or_else(|| {
            crate::reader::verdict_shapes::trial_extended_at(toks, i)
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::no_chance_at(toks, i).map(|e| (Verdict::Reject, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::refusal_overturned_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::amount_agreed_at(toks, i)
                .or_else(|| crate::reader::spend_ceiling::ceiling_fine_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::money_given_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::funded_under_heading_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::held_until_at(toks, i)
                .or_else(|| crate::reader::wish_to_hold::wish_to_hold_at(toks, i))
                .or_else(|| crate::reader::verdict_shapes::put_off_apart_at(toks, i))
                .or_else(|| crate::reader::pushed_to_a_time::pushing_to_a_time_at(toks, i))
                .or_else(|| crate::reader::put_back_to_a_time::bumped_to_a_time_at(toks, i))
                .or_else(|| crate::reader::put_back_to_a_time::putting_back_to_a_time_at(toks, i))
                .or_else(|| crate::reader::stays_on_the_old::stays_on_the_old_at(toks, i))
                .or_else(|| crate::reader::still_waiting::still_held_at(toks, i))
                .or_else(|| crate::reader::sit_on::sit_on_at(toks, i))
                .or_else(|| crate::reader::not_till::not_till_at(toks, i))
                .or_else(|| crate::reader::time_first::time_first_at(toks, i))
                .map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::new_figure_at(toks, i).map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::budget_moved_at(toks, i)
                .or_else(|| crate::reader::verdict_shapes::money_moved_to_from_at(toks, i))
                .or_else(|| crate::reader::only_for_now::only_at_a_new_figure_at(toks, i))
                .or_else(|| crate::reader::kept_and_pulled::down_to_some_only_at(toks, i))
                .or_else(|| crate::reader::cut_back_to::cut_back_to_at(toks, i))
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::budget_stays_at(toks, i)
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| crate::reader::new_budget::set_at(toks, i).map(|e| (Verdict::Rescope, e - i)))
        .or_else(|| {
            crate::reader::verdict_shapes::bumped_to_money_at(toks, i)
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::label_answer_at(toks, i)
                .or_else(|| crate::reader::terse_verdicts::terse_answer_at(toks, i))
                .map(|(v, e)| (v, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::decision_moved_at(toks, i)
                .map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| crate::reader::missed_the_cut::not_through_at(toks, i).map(|(v, e)| (v, e - i)))
        .or_else(|| {
            crate::reader::could_we_answered::could_we_answered_no_at(toks, i)
                .or_else(|| crate::reader::answered_yes::asked_then_yes_at(toks, i))
                .map(|(v, e)| (v, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_shapes::taken_to_more_sites_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::written_off_at(toks, i)
                .or_else(|| crate::reader::off_or_going_in::off_with_money_sunk_at(toks, i))
                .or_else(|| crate::reader::dialect_auxiliaries::we_are_shutting_it_at(toks, i))
                .map(|e| (Verdict::Stop, e - i))
        })
        .or_else(|| {
            crate::reader::off_or_going_in::going_in_priced_at(toks, i)
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::capped_at_money_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::part_of_the_full_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::so_the_budget_is_now_at(toks, i))
                .or_else(|| crate::reader::smaller_option::smaller_option_at(toks, i))
                .or_else(|| crate::reader::part_now_not_whole::part_now_not_whole_at(toks, i))
                .map(|e| (Verdict::Rescope, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::go_with_choice_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::go_for_it_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::told_fine_at(toks, i))
                .or_else(|| crate::reader::good_to_go::good_to_go_at(toks, i))
                .or_else(|| crate::reader::writers_own_yes::writers_own_yes_at(toks, i))
                .or_else(|| crate::reader::thread_do_it::thread_do_it_at(toks, i))
                .or_else(|| crate::reader::fine_with::fine_with_at(toks, i))
                .or_else(|| crate::reader::fine_with::happy_for_at(toks, i))
                .or_else(|| crate::reader::fine_with::happy_at_a_price_at(toks, i))
                .or_else(|| crate::reader::happy_to_put_into::happy_to_put_into_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::allowed_to_have_at(toks, i))
                .or_else(|| crate::reader::told_they_can::you_can_order_at(toks, i))
                .or_else(|| crate::reader::verdict_idioms::buying_it_at(toks, i))
                .or_else(|| crate::reader::buying_at_a_price::buying_at_a_price_at(toks, i))
                .or_else(|| crate::reader::planned_spend::planned_spend_at(toks, i))
                .or_else(|| crate::reader::log_answers::told_to_do_it_at(toks, i))
                .or_else(|| crate::reader::got_at_a_price::got_at_a_price_at(toks, i))
                .or_else(|| crate::reader::cost_taken_on::cost_taken_on_at(toks, i))
                .or_else(|| crate::reader::chosen_it_is::chosen_it_is_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::deciders_said_aye_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::go_on_at_a_price_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::agreed_to_go_with_at(toks, i))
                .or_else(|| crate::reader::done_after_all::done_after_all_at(toks, i))
                .or_else(|| crate::reader::buy_a_new_one::ceiling_after_buy_new_at(toks, i))
                .or_else(|| crate::reader::someones_ok::someones_ok_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::passing_on_at(toks, i)
                .or_else(|| crate::reader::verdict_idioms::no_money_for_at(toks, i))
                .or_else(|| crate::reader::plain_verdicts::told_no_on_at(toks, i))
                .or_else(|| crate::reader::refused_funding::refused_funding_at(toks, i))
                .or_else(|| crate::reader::not_doing::not_doing_at(toks, i))
                .or_else(|| crate::reader::dialect_auxiliaries::we_aint_doing_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::no_from_me_at(toks, i))
                .or_else(|| crate::reader::not_going_for::not_going_for_at(toks, i))
                .or_else(|| crate::reader::not_happening::not_happening_at(toks, i))
                .or_else(|| crate::reader::no_thing_at_all::no_thing_at_all_at(toks, i))
                .map(|e| (Verdict::Reject, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::ending_at(toks, i)
                .or_else(|| crate::reader::done_with::done_with_at(toks, i))
                .or_else(|| crate::reader::done_with::no_more_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::kit_pulled_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::knocked_on_the_head_at(toks, i))
                .or_else(|| crate::reader::everyday_verdicts::pulling_opens_at(toks, i))
                .or_else(|| crate::reader::kept_and_pulled::order_pulled_at(toks, i))
                .map(|e| (Verdict::Stop, e - i))
        })
        .or_else(|| {
            crate::reader::verdict_idioms::renewal_signed_at(toks, i)
                .or_else(|| crate::reader::terms_and_offers::offer_taken_at(toks, i))
                .or_else(|| crate::reader::spoken_verdicts::spending_form_signed_at(toks, i))
                .or_else(|| crate::reader::getting_things::getting_at(toks, i))
                .map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| {
            crate::reader::terms_and_offers::renewed_for_another_term_at(toks, i)
                .or_else(|| crate::reader::left_to_wait::stays_at(toks, i))
                .or_else(|| crate::reader::kept_and_pulled::kept_on_at(toks, i))
                .map(|e| (Verdict::Continue, e - i))
        })
        .or_else(|| {
            crate::reader::left_to_wait::put_off_at(toks, i).map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            crate::reader::arrow_to_a_time::arrowed_to_a_time_at(toks, i)
                .map(|e| (Verdict::Defer, e - i))
        })
        .or_else(|| {
            crate::reader::we_take_it::we_take_at(toks, i).map(|e| (Verdict::Approve, e - i))
        })
        .or_else(|| crate::reader::motion_votes::motion_voted_at(toks, i).map(|(v, e)| (v, e - i)))
}

/// "due", "expected", "needed": what a verdict's noun is said to be when it is still to come.
pub(super) fn to_come(w: &str) -> bool {
    matches!(
        w,
        "due" | "expected" | "needed" | "pending" | "scheduled" | "planned" | "outstanding"
    )
}
