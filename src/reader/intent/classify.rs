//! Which cues a message carries, and the intent they give it with the verdict.

use super::*;

mod cue_openers;
mod saving_with_a_life;
use self::cue_openers::{opens_a_cue, opens_an_ask_or_saving};

pub fn find_cues(toks: &[Token]) -> Cues {
    cues_in(toks, true)
}

/// Only the cues a sentence's money turns into a record with (`benefit`, `forecast`,
/// `investment`, `report`), for splitting a message into records: the same as
/// [`find_cues`] for those, but without the shapes that set only the other cues (news,
/// meetings, savings, counts), which are pure checks of the words and move no scan on.
pub fn find_money_cues(toks: &[Token]) -> Cues {
    cues_in(toks, false)
}

/// The cues of `toks`; `all`: every cue, or only those [`find_money_cues`] gives.
fn cues_in(toks: &[Token], all: bool) -> Cues {
    let mut c = Cues::default();
    let mut i = 0;
    // Each shape below is a pure check of the words that only ever sets its cues: one
    // whose cues are all set already is not asked again (the answer could change nothing).
    // Only the phrase match moves the scan on, so it is always made.
    while i < toks.len() {
        // Most shapes open only on a few words (`cue_openers`): at any other word, none
        // of them is asked.
        let opens = opens_a_cue(&toks[i]);
        // The rest open on words of their own, "want" next for one (`cue_openers`).
        let asks = opens_an_ask_or_saving(&toks[i]);
        if !c.investment
            && (opens
                && (asks_for_amount(toks, i)
                    || plans_to_spend(toks, i)
                    || crate::reader::approval_asks::money_for_approval(toks, i)
                    || crate::reader::asks_put_up::reckons_it_needs(toks, i)
                    || crate::reader::asks_put_up::put_to_deciders(toks, i)
                    || crate::reader::asks_put_up::needed_and_quoted(toks, i)
                    || suggested_a_priced_buy(toks, i))
                || asks && wants_a_new(toks, i)
                || (asks || toks.get(i + 1).is_some_and(opens_an_ask_or_saving))
                    && wants_more_priced(toks, i)
                || asks && crate::reader::approval_asks::requests_to_do(toks, i))
        {
            c.investment = true;
        }
        // "Dewayne priced a log scanner …. He figures it saves us around $40k a year": a
        // thing put forward, whose saving is what it is expected to bring.
        if !(c.investment && c.forecast)
            && opens
            && (crate::reader::asks_put_up::priced_a_thing(toks, i)
                || crate::reader::asks_put_up::reckons_a_thing_would_save(toks, i)
                || crate::reader::asks_put_up::saving_would_run(toks, i)
                || crate::reader::costed_lines::costed_case_at(toks, i))
        {
            c.investment = true;
            c.forecast = true;
        }
        if all
            && !c.milestone
            && opens
            && (left_the_market(toks, i)
                || decision_to_come(toks, i)
                || crate::reader::status_lines::fault_at(toks, i)
                || crate::reader::status_lines::kit_in_at(toks, i)
                || crate::reader::work_done_lines::work_done_at(toks, i)
                || crate::reader::put_in_since::put_in_since_at(toks, i))
        {
            c.milestone = true;
        }
        if all && !c.meeting && opens && visit_at(toks, i) {
            c.meeting = true;
        }
        if all
            && !c.saving_now
            && (opens && saving_now(toks, i)
                || asks && crate::reader::realised_savings::saving_at(toks, i))
        {
            c.saving_now = true;
        }
        // Asked once: the work paying its way is both a benefit cue and news (below).
        // So is work praised as worth its money ("has been worth every penny").
        let paying_its_way = !(c.benefit && c.milestone)
            && opens
            && (crate::reader::paying_off::paying_its_way_at(toks, i)
                || crate::reader::worth_it::worth_it_at(toks, i));
        if !c.benefit
            && (opens
                && (crate::reader::realised_savings::benefit_heading(toks, i)
                    || crate::reader::paid_before::paid_last_time(toks, i)
                    || crate::reader::no_longer_lost::no_longer_lost_at(toks, i)
                    || crate::reader::no_longer_lost::lost_before_at(toks, i).is_some())
                || paying_its_way)
        {
            c.benefit = true;
        }
        if all
            && !(c.milestone && c.put_right)
            && opens
            && crate::reader::figures_put_right::put_right_at(toks, i)
        {
            c.milestone = true;
            c.put_right = true;
        }
        if paying_its_way {
            c.milestone = true;
        }
        if all && !(c.milestone && c.counted) && opens && counted_result(toks, i) {
            c.milestone = true;
            c.counted = true;
        }
        match cues()
            .match_at(toks, i)
            .filter(|&(cue, len)| !meeting_to_come(toks, i, len, cue))
            .filter(|&(cue, _)| !offered_around(toks, i, cue))
            .filter(|&(cue, _)| !asked_to_sign_up(toks, i, cue))
        {
            // "IT is asking for the tablets to be green-lit": a verdict asked for on the
            // work, news about it rather than a new ask.
            Some((Cue::Investment, len)) if verdict_asked_for(toks, i + len) => {
                c.milestone = true;
                i += len;
            }
            Some((Cue::Benefit, len)) if crate::reader::realised_savings::sent_back(toks, i) => {
                i += len;
            }
            Some((cue, len)) => {
                match cue {
                    Cue::Benefit => c.benefit = true,
                    Cue::Forecast => c.forecast = true,
                    Cue::Investment => c.investment = true,
                    Cue::Meeting => c.meeting = true,
                    Cue::Report => c.report = true,
                    Cue::Milestone => c.milestone = true,
                }
                i += len;
            }
            None => i += 1,
        }
    }
    // "asked staff to look at a drone program", "They also want us to look at a solar
    // array": a proposal, looked for at every word (a phrase matched at "also" must not
    // hide the "want"); a "want" said so is no one's wish told at a meeting.
    if let Some(i) = (0..toks.len()).find(|&i| asked_to_look_at_a_new(toks, i)) {
        c.investment = true;
        // Nor is an ask said so ("Facilities asked us to look at solar panels").
        c.meeting &= !toks[i].lower.starts_with("want") && !toks[i].lower.starts_with("ask");
    }
    // "Proposal for Mobile Money payouts: K25,000 set-up, saves us around K3,000 a month
    // …, 4 years": under a proposal's heading, the saving it tells is foreseen (round S55).
    if proposal_heading(toks) {
        c.investment = true;
        c.forecast = true;
    }
    // "… J$12.4 million. Saves us about J$2.1m a year …, and should run 8 years easy"
    // (round S60): a price with a yearly saving and a life in years is a case for spending.
    if !c.forecast && saving_with_a_life::saving_with_a_life(toks) {
        c.investment = true;
        c.forecast = true;
    }
    // "Macca's after new headsets …, no price yet": an ask whose price is still to come.
    if all && asked_with_price_to_come(toks) {
        c.investment = true;
        c.meeting = false;
    }
    // "the regulator approved our plan", "leaning towards a no": a verdict that is not
    // ours, or not yet taken, is news about the work it names.
    if all
        && !c.milestone
        && (nothing_to_decide(toks) || crate::reader::verdicts::verdict_not_ours(toks))
    {
        c.milestone = true;
    }
    c
}

/// "Proposal for …", "Proposal: …", "Proposal from Facilities – …": the message opens on
/// the word "proposal" as its heading.
fn proposal_heading(toks: &[Token]) -> bool {
    let mut words = toks.iter().filter(|t| !t.is_sym("*"));
    words.next().is_some_and(|t| t.is("proposal"))
        && words.next().is_some_and(|t| {
            t.is("for") || t.is("from") || t.is_sym(":") || t.is_sym("-") || t.is_sym("–")
        })
}

/// Whether a meeting is said somewhere other than inside the words `named` covers (a
/// unit's name): "Workshop need a new pillar drill" says no meeting, its "Workshop" is the
/// unit; "Good workshop with the Yard" does. The scan moves as [`find_cues`]' does, so a
/// phrase is matched where it would be there.
pub fn meeting_said_outside(toks: &[Token], named: impl Fn(usize) -> bool) -> bool {
    let mut i = 0;
    while i < toks.len() {
        // (`visit_at` opens only on a word `opens_a_cue` lists, as in `cues_in`: P56.)
        if opens_a_cue(&toks[i]) && visit_at(toks, i) && !named(i) {
            return true;
        }
        match cues().match_at(toks, i) {
            Some((cue, len)) => {
                if cue == Cue::Meeting
                    && !named(i)
                    && !meeting_to_come(toks, i, len, cue)
                    && !offered_around(toks, i, cue)
                    && !asked_to_sign_up(toks, i, cue)
                {
                    return true;
                }
                i += len;
            }
            None => i += 1,
        }
    }
    false
}

/// "no decision needed", "not a decision yet, just fyi", "nothing for the board to
/// decide": news about the work it names, told as needing no verdict. "No decision on the
/// payroll upgrade yet" tells no news: nothing happened.
pub(super) fn nothing_to_decide(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).any(|i| match word(i) {
        "no" => {
            matches!(word(i + 1), "decision" | "decisions" | "approval")
                && matches!(word(i + 2), "needed" | "required" | "necessary" | "for")
        }
        "not" => word(i + 1) == "a" && word(i + 2) == "decision",
        "nothing" => {
            word(i + 1) == "for"
                && toks[i + 2..]
                    .iter()
                    .take(4)
                    .take_while(|t| !t.is_break())
                    .any(|t| t.is("decide"))
        }
        _ => false,
    })
}

pub fn classify(
    question: bool,
    has_verdict: bool,
    cues: Cues,
    has_money: bool,
    has_action: bool,
    has_unit: bool,
    has_investment: bool,
) -> Intent {
    let milestone = cues.milestone && (has_unit || has_investment) && (!question || cues.put_right);
    if has_verdict {
        Intent::Decision
    } else if (cues.benefit || cues.counted || cues.saving_now && !cues.investment)
        && has_money
        && !cues.forecast
    {
        Intent::Benefit
    } else if cues.investment && (has_money || !cues.meeting) {
        Intent::Investment
    } else if cues.meeting || has_action || (cues.report && has_unit && !question) || milestone {
        Intent::Note
    } else {
        Intent::None
    }
}
