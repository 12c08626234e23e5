//! The rationale of a decision or a benefit: which clause around the verdict (or the result)
//! says why, chosen among the candidates the rationale rules and the reason model give.

use super::*;
mod after_opening;
mod approval_conditions;
mod around_amounts;
mod as_opened;
mod aside_after;
mod bare_figures;
mod bare_reactions;
mod benefit_how;
mod benefit_saying;
mod benefit_sources;
mod bought_first;
mod bracket_asides;
mod budget_waited;
mod buy_now;
mod cause_before_sunk;
mod cause_then_so;
mod chat_pitch;
mod chat_stamp;
mod chat_turns;
mod conceded_but;
mod condition_then_saying;
mod cost_moved;
mod count_after;
mod count_bought;
mod dangling_end;
mod dash_after_verdict;
mod despite_news;
mod dictated_reasons;
mod edges;
mod emoji_ends;
mod end_of_that;
mod event_waited;
mod finished;
mod head_before_till;
mod held_then_why;
mod held_things_listed;
mod held_to_see;
mod kept_instead;
mod later_part;
mod list_announced;
mod make_sure;
mod marked_later;
mod meeting_close;
mod money_led_cases;
mod money_measured;
mod money_over_before;
mod motion_moved;
mod not_the_whole;
mod nothing_wrong_after_money;
mod now_causes;
mod numbers_gone_through;
mod old_ones_after;
mod once_it_happened;
mod paid_case_after;
mod payback_then_trouble;
mod preferred;
mod price_before_hold;
mod purpose_so;
mod reason_field;
mod reasons_after;
mod remark_too;
mod reported_before;
mod rest_waits;
mod result_at_a_rate;
mod result_because;
mod result_before_money;
mod result_then_money;
mod reversed;
mod review_days;
mod run_time_opening;
mod said_why;
mod same_terms;
mod saying_opens;
mod scope_instead;
mod scope_narrowed;
mod season_alone;
mod second_result;
mod sentence_before;
mod sign_off;
mod since_after_dash;
mod since_alone;
mod since_opening;
mod since_then;
mod so_verdict_after;
mod spec_only;
mod spent_for_nothing;
mod sunk_before;
mod sunk_sentence;
mod talk_again;
pub(super) mod task_by_a_time;
mod task_handed;
mod the_only_thing;
mod then_we_can;
mod time_told_again;
mod told_after;
mod told_before;
mod too_dear;
mod verdict_again;
mod wants_to_see;
mod when_guessed;
mod which_means;
mod who_signed;
mod why_after_until;
mod widened;
mod within_limit;
mod work_as_subject;
mod work_timing;
mod working_opening;
mod worth_after_result;
mod year_or_next;

/// What the passes found in a record, as the rationale choice reads it.
#[derive(Clone, Copy)]
pub(super) struct Found<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub verdict: Option<verdicts::VerdictFinding>,
    pub money: &'a [MoneyMention],
    pub dates: &'a [dates::DateMention],
    pub names: &'a [names::NameMatch],
    pub action: &'a Option<intent::ActionSpan>,
    pub intent: Intent,
}

/// What the rationale's stages share: the record's text and tokens, the verdict, where the
/// reasons after it start (`from`) and stop (`stop`), and the helpers asking of a token or a
/// span whether it is an amount or a date, the record's name, or a decision.
#[derive(Clone, Copy)]
struct Choice<'a> {
    text: &'a str,
    toks: &'a [Token],
    verdict: Option<verdicts::VerdictFinding>,
    dates: &'a [dates::DateMention],
    names: &'a [names::NameMatch],
    action: &'a Option<intent::ActionSpan>,
    intent: Intent,
    from: usize,
    stop: Option<usize>,
    day_first: bool,
    skip: &'a dyn Fn(usize) -> bool,
    in_money: &'a dyn Fn(usize) -> bool,
    named: &'a dyn Fn(usize, usize) -> bool,
    decides: &'a dyn Fn(usize, usize) -> bool,
    aside: &'a dyn Fn(&str) -> bool,
    ctx: &'a intent::ClauseContext<'a>,
    /// The words the record's investment was guessed from ("drain cams"), when it was.
    guessed: Option<&'a str>,
}

impl Choice<'_> {
    /// Where the reasons after the verdict must end: at `stop`, or at the record's end.
    fn limit(&self) -> usize {
        self.stop.unwrap_or(self.toks.len()).min(self.toks.len())
    }

    /// Where `rationale`, when there is one, lies in the record's tokens (`reasons::span_of`).
    fn span_of(&self, rationale: Option<&str>) -> Option<(usize, usize)> {
        rationale.and_then(|said| reasons::span_of(self.text, self.toks, said))
    }

    /// The record's words from token `s` up to (not including) token `e`, trimmed.
    fn words(&self, s: usize, e: usize) -> String {
        self.text[self.toks[s].start..self.toks[e - 1].end]
            .trim()
            .to_string()
    }
}

impl Reader {
    /// Sets `r.rationale` (and trims it) for a decision or a benefit.
    pub(super) fn choose_rationale(&self, found: &Found, r: &mut Reading) {
        let Found {
            text,
            toks,
            verdict,
            money,
            dates,
            names,
            action,
            intent,
        } = *found;
        let mask = amounts_and_dates(toks.len(), money, dates);
        let skip = |j: usize| mask.get(j).copied().unwrap_or(false);
        // "- hold until the survey is back": a verdict read with its "until" leaves the
        // condition to the reason.
        let from = verdict.map_or(0, |v| {
            let held = v.end > v.start + 1
                && matches!(toks[v.end - 1].lower.as_str(), "until" | "till" | "til");
            v.end - usize::from(held)
        });
        let stop = action
            .as_ref()
            .map(|a| a.start)
            .into_iter()
            .chain(clauses::next_list_item(toks, from))
            .min();
        // The investment's name as compared, normalised once rather than at every span
        // `named` is asked about (the rules ask it of many).
        let investment_said = r.investment.as_deref().map(reasons::normalise);
        let named = |s: usize, e: usize| {
            let span = &text[toks[s].start..toks[e - 1].end];
            // "Approved at the trustees' meeting: the changing room refit, £64,000": the
            // name with its article is still only the name.
            let s = s + usize::from(
                e > s + 1 && matches!(toks[s].lower.as_str(), "the" | "our" | "a" | "an"),
            );
            investment_said
                .as_deref()
                .is_some_and(|n| reasons::normalises_to(span, n))
                || names.iter().any(|m| {
                    // "store Wi-Fi upgrade" for Store Wi-Fi: the name and a word for
                    // the work.
                    m.start <= s
                        && (m.end >= e || m.end + 1 == e && clauses::names_the_work(&toks[m.end]))
                })
        };
        let in_money = |j: usize| money.iter().any(|m| j >= m.start && j < m.end);
        let guessed = r.investment_guessed_from.clone();
        let ctx = intent::ClauseContext {
            skip: &skip,
            money: &in_money,
            named: &named,
            verdict: verdict.map(|v| v.verdict),
        };
        let decides = |s: usize, e: usize| clauses::decides_in(toks, s, e);
        let aside = |said: &str| {
            reasons::span_of(text, toks, said).is_some_and(|(a, b)| {
                verdict_asides::no_reason_aside(toks, a, b)
                    || verdict.is_some_and(|v| {
                        decided_things::thing_after_colon(toks, a, b, v.end, &in_money)
                    })
            })
        };
        let choice = Choice {
            text,
            toks,
            verdict,
            dates,
            names,
            action,
            intent,
            from,
            stop,
            day_first: self.settings.day_first,
            skip: &skip,
            in_money: &in_money,
            named: &named,
            decides: &decides,
            aside: &aside,
            ctx: &ctx,
            guessed: guessed.as_deref(),
        };
        // The stages in the order their candidates are tried: the first that finds one wins.
        let rationale = choice
            .said_why()
            .or_else(|| choice.report_before_verdicts_line())
            .or_else(|| choice.case_opened_by_money())
            .or_else(|| choice.paid_case_after_stop())
            .or_else(|| choice.cost_moved_cause())
            .or_else(|| choice.now_cause())
            .or_else(|| choice.the_only_thing())
            .or_else(|| choice.reasons_after_verdict())
            .or_else(|| choice.part_left_for_later())
            .or_else(|| choice.told_before_verdict())
            .or_else(|| choice.what_it_is_after_refusal())
            .or_else(|| choice.told_after_verdict())
            .or_else(|| choice.sentence_before_verdict())
            .or_else(|| choice.benefit_results())
            .or_else(|| choice.clause_after_amount())
            .or_else(|| choice.result_after_name())
            .or_else(|| choice.price_causes())
            .or_else(|| choice.told_after_comma())
            .or_else(|| choice.result_after_praise())
            .or_else(|| choice.known_by_then())
            .or_else(|| choice.result_up_or_down())
            .or_else(|| choice.dictated_reason())
            .or_else(|| choice.result_before_worth())
            .or_else(|| choice.money_over_before())
            .or_else(|| choice.result_before_money())
            .or_else(|| choice.result_then_money())
            .or_else(|| choice.nothing_wrong_after_money())
            .or_else(|| choice.result_at_a_rate());
        let rationale = choice.things_then_reason(rationale);
        let rationale = choice.reason_before_review_day(rationale);
        let rationale = choice.preferred(rationale);
        let rationale = choice.widened(rationale);
        let rationale = choice.edges_settled(rationale);
        let rationale = choice.past_concession(rationale);
        let rationale = choice.sunk_before(rationale);
        let rationale = choice.why_after_until(rationale);
        let rationale = choice.price_before_hold(rationale);
        let rationale = choice.spent_for_nothing(rationale);
        let rationale = choice.cause_then_so(rationale);
        let rationale = choice.dangling_end(rationale);
        let rationale = choice.rest_waits(rationale);
        let rationale = choice.part_can_wait(rationale);
        let rationale = choice.which_means(rationale);
        let rationale = choice.once_it_happened(rationale);
        let rationale = choice.remark_too(rationale);
        let rationale = choice.time_told_again(rationale);
        let rationale = choice.guess_of_when(rationale);
        let rationale = choice.condition_remark(rationale);
        let rationale = choice.emoji_ends(rationale);
        let rationale = choice.work_as_subject(rationale);
        let rationale = choice.chat_turns(rationale);
        let rationale = choice.count_after_result(rationale);
        let rationale = choice.within_limit(rationale);
        let rationale = choice.held_to_see(rationale);
        let rationale = choice.rescope_to_see(rationale);
        let rationale = choice.old_ones_after(rationale);
        let rationale = choice.verdict_again(rationale);
        let rationale = choice.despite_news(rationale);
        let rationale = choice.benefit_saying(rationale);
        // "The buyer … took the whole pack without a second audit because every box scans
        // back to the boat": a result in no money runs on over its "because" (round R60).
        let rationale = choice.result_because(rationale);
        let rationale = choice.since_after_dash(rationale);
        let rationale = choice.year_or_next(rationale);
        let rationale = choice.scope_instead(rationale);
        let rationale = choice.saying_opens(rationale);
        let rationale = choice.same_terms(rationale);
        let rationale = choice.aside_after(rationale);
        // "…, payback in 5 years. Diesel eating us alive, we spending over $14,000 a month on
        // fuel.": the trouble's cost told after a payback (convention 100, round R64).
        let rationale = choice.payback_then_trouble(rationale);
        r.rationale = choice.without_bare_figure(choice.finished(rationale));
        self.settle_rationale(found, &skip, &in_money, r);
        // "been running 3 weeks now, we holding over …": how long it has run (round R57).
        r.rationale = choice.run_time_opening(r.rationale.take());
        // "Food safety software: no, we'll stay on the spreadsheets another year": what we
        // keep instead, when no reason was found (round R58).
        r.rationale = choice.kept_instead(r.rationale.take());
        // "… for now. Rob wants to see how the contracts land before we drop 240k.": a hold's
        // reason told as someone's wish to see something first, when none was found (round
        // R68).
        r.rationale = choice.wants_to_see(r.rationale.take(), r.verdict);
        // "until the January cashflow", "after the audit": a hold till an audit or a
        // cash-flow, when no reason was found (convention 85, round R59).
        r.rationale = choice.budget_waited(r.rationale.take());
        // "we've said wait till the booking app's done, look again in May": the event a
        // hold waits for in its sentence, when no reason was found (round R59).
        r.rationale = choice.event_waited(r.rationale.take());
        // "… got approval from Sir. 2.6 Mn. Then we can wash the pith …": what the thing
        // lets us do, when no reason was found (round R59).
        r.rationale = choice.then_we_can(r.rationale.take());
        // "…, so Miss Hyacinth ok di upgrade after all": the verdict after ", so" is no part
        // of its reason (round R59).
        r.rationale = choice.so_verdict_after(r.rationale.take());
        // "… we're stopping it. The contractor hit bedrock …. £12,400 spent …, that's gone.":
        // what went wrong, told before the money sunk (round R59).
        r.rationale = choice.cause_before_sunk(r.rationale.take());
        // "… go ahead on da dock office remodel — da roof leaking … — figure $95k": a reason
        // set off by a dash after the verdict, when none was found (round R59).
        r.rationale = choice.dash_after_verdict(r.rationale.take());
        // "… | Reason: no cell signal, … | Status: Approved by Jason": a ticket's reason
        // field, when none was found (round R60).
        r.rationale = choice.reason_field(r.rationale.take());
        // "…, nothing we can do till they answer": what cannot happen till then is kept
        // with its condition (round R62).
        r.rationale = choice.head_before_till(r.rationale.take());
        // "Pager swap means we've cancelled the old contract, $7,200 a year saved", "saved
        // €3,100 in November after we moved the hosting …": how a benefit came about, when
        // no reason was found (convention 94, round R62).
        r.rationale = choice.benefit_how(r.rationale.take());
        // "but price 1.2M too expensive, boss say no this year": a no or a hold whose only
        // reason is the price judged too dear, when none was found (round R68).
        r.rationale = choice.too_dear(r.rationale.take(), r.verdict);
        // "…, in his words": a tag the settling ran the reason on over is still no part of it.
        // "…, which, fair.", "…, twelve of em": a reaction or a count is no reason.
        r.rationale = r
            .rationale
            .take()
            .map(super::spoken_tags::without_tag)
            // "Es que sin MFM the clients …", "no ve, no client …": a filler opening it
            // (round R60).
            .map(super::spoken_tags::without_opening_filler)
            // "Maybe when we have more buyers": the hedge before a condition (round R60).
            .map(super::spoken_tags::without_hedge)
            // "…, so we can do back to back sessions": a purpose without its "so".
            .map(purpose_so::without_purpose_so)
            // "… and that's the end of that he says": the matter settled is no ground.
            .map(|said| end_of_that::without_end_of_that(text, toks, said))
            // "… and since then not one bag of ice walk off": "since then" stays.
            .map(|said| since_then::with_since_then(text, toks, said))
            // "Since PTSC change the route, half the crew reaching late": a sentence opening
            // on "since", its main clause no verdict, keeps it (round R65).
            .map(|said| choice.since_opening(said))
            // "Team, two things from my side.": a list announced is no reason; "…, second
            // fan in January": nor is the work's timing.
            .filter(|said| !list_announced::announces_list(said) && !work_timing::only_timing(said))
            // "— make sure it is installed before the Christmas guests arrive": an instruction
            // is no reason (round R60).
            .filter(|said| !make_sure::only_make_sure(said))
            // "order them this week pls", "Kindly place the PO today itself": an instruction
            // to buy now is the follow-up, no reason (round R64).
            .filter(|said| !buy_now::only_buy_now(said))
            // "Contractor to be booked for May.", "Can HR have it set up by 31/3": a task
            // with its time is the follow-up, no reason (round R66).
            .filter(|said| !task_by_a_time::only_task_by_a_time(said))
            // "Moved by G. MacLeod, seconded by S. Burns": how a motion passed (round R60).
            .filter(|said| !motion_moved::only_motion_moved(said))
            // "we go talk bout it in January": when it comes up again (round R60).
            .filter(|said| !talk_again::only_talk_again(said))
            // "AOB — Christmas party …", "Closing prayer by Tuilagi": minutes' other
            // business and closing lines (round R61).
            .filter(|said| !meeting_close::only_meeting_close(said))
            // "10:13 am] Rafiq: Alhamdulillah": a pasted chat's next turn; "Auntie Bea and
            // I went through the numbers": how it was decided (round R63).
            .filter(|said| {
                !chat_stamp::opens_on_stamp(said)
                    && !numbers_gone_through::only_numbers_gone_through(said)
                    // "…, 3 ton electric": the thing's size (round R63).
                    && !spec_only::only_spec(said)
            })
            // "cutting it down to just the sinking shed, not the whole yard": what a rescope
            // leaves out, said with its scope (convention 16, round R62).
            .filter(|said| {
                !(r.verdict == Some(Verdict::Rescope) && not_the_whole::only_not_the_whole(said))
            })
            // "Board has reversed the stop": the verdict said again (round R62).
            .filter(|said| !reversed::only_reversal(said))
            // "Outreach (Kollie Jr.) will organize it": a name in brackets says who (round
            // R62).
            .filter(|said| !choice.bracketed_name(said))
            // "until the budget session of 20th January 2027: delivery trucks, Douala depot,
            // …": the things held, listed after the event's colon (round R67).
            .map(held_things_listed::without_things_listed)
            // "…, till after the wet", "after the summer we see": a season is no reason, nor
            // does it open one (convention 82).
            .map(season_alone::without_season_opening)
            // "Not till after inventory, the yard scanners work fine …": the happening a
            // hold waits out, opening another reason (round R60).
            .map(after_opening::without_after_opening)
            .filter(|said| !season_alone::only_a_season(said))
            // "…, Mr Li signed.", "Board decided yesterday, …": who decided is no reason
            // (round R58).
            .map(sign_off::without_sign_off_opening)
            .filter(|said| !sign_off::only_sign_off(said))
            // "…, and we didn't refill the part-time counter clerk, $31K": a second result
            // stays (convention 29).
            .map(|said| match intent {
                Intent::Benefit if verdict.is_none() => {
                    second_result::with_second_result(text, toks, &in_money, said)
                }
                _ => said,
            })
            // "The new looms are running well, yarn wastage has come down …": the work said
            // to be working is praise before the result (convention 67, round R68).
            .map(|said| match intent {
                Intent::Benefit => working_opening::without_working_opening(said),
                _ => said,
            })
            // "…, food waste is down KSh 95,000 a month": the money's clause is no reason.
            .map(|said| match intent {
                Intent::Benefit => {
                    money_measured::without_money_clause(text, toks, &in_money, said)
                }
                _ => said,
            })
            // "Since we put de solar on de office roof last year, de light bill drop from
            // $14,000 to $8,500 a month.": a "since" clause alone, money after it (round R64).
            .and_then(|said| choice.without_since_alone(said))
            // "…, 12 of them, the paper tally sheets get soaked": how many are bought is no
            // reason (convention 76).
            .map(|said| match verdict {
                Some(_) => count_bought::without_count_bought(text, toks, said),
                None => said,
            })
            // "…, 12m, gunni signed", "fiona says no the now": who signed, or the verdict
            // said again by its decider, is no reason.
            .filter(|said| !who_signed::only_who_signed(said))
            // "…, 1.8k, dean crack on": a task handed to someone is no reason.
            .and_then(|said| task_handed::without_task_handed(text, toks, said))
            .filter(|said| {
                !bare_reactions::no_reason(said)
                    || bare_reactions::given_as_cause(toks, reasons::span_of(text, toks, said))
            })
            // "…, vendor slipped UAT to mid Jan but we're not changing course" (convention 61).
            .filter(|said| {
                !(r.verdict == Some(Verdict::Continue)
                    && weighed_setbacks::but_says_verdict_again(text, toks, said))
            });
    }
}
