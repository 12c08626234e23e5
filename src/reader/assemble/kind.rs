//! The kind of record a message is: the model's choice among the kinds its verdict allows,
//! then the guards that put it right when the rules' words say otherwise (a benefit with no
//! money realised, a report, a figure put right, news, a follow-up, chat, a greeting, a
//! request to log, an affirmed verdict).

use super::*;

impl Reader {
    /// The record's kind, as the model chooses it and the guards put it right.
    pub(super) fn kind_of_record(&self, toks: &[Token], speaker: &str, passes: &Passes) -> Intent {
        let Passes {
            verdict,
            money,
            dates,
            names,
            actions,
            rule,
            signals,
            news,
            outsiders,
        } = passes;
        let (verdict, rule, news, outsiders) = (*verdict, *rule, *news, *outsiders);
        // The model chooses the kind of record; a decision still needs a verdict the exact
        // pass found, and a record of another kind has none: without one, the model's
        // choice is among the other kinds ("Sales asked for their own sample printer, $3k.
        // No, …": a proposal, if not a decision).
        let mut intent = if self.model.is_empty() {
            rule
        } else {
            self.model
                .decide_among(&model::features(toks, names, signals, rule), rule, |i| {
                    i != Intent::Decision || verdict.is_some()
                })
        };
        if intent == Intent::Decision && verdict.is_none() {
            intent = rule;
        }
        intent = model_guards::settle(intent, rule, toks, names, signals, verdict.map(|v| v.start));
        // A benefit is money realised: progress told without any ("340 alarms now on
        // digital") is a note about the investment it names.
        // So is money the work came in under or over its budget by ("done ✅, under
        // budget by 12k zł"): how it went, not a benefit realised.
        // Nor is money said to be lost ("$700 a week down the drain").
        // A message telling how far the cost came from its budget or quote ("came in $45k
        // under, so the fit-out lands at $1.055MM") is about the cost, whatever other sums
        // it gives.
        // Nor is money saved on a condition ("If we replace the boilers we save …").
        // ("… earned its money …. overtime ran $64k under what we budgeted" is a saving.)
        let realised = (!money
            .iter()
            .any(|m| intent::budget_variance(toks, m.start, m.end))
            || praised_then_under::work_praised_first(toks))
            && money.iter().any(|m| {
                !intent::money_lost(toks, m.end) && !intent::said_on_condition(toks, m.start)
            });
        // Nor is money said spent on the work ("Spent $212k of the $250k … so far"), with no
        // word of a benefit: how far its budget has gone. Nor, when every figure is praised
        // as well spent or, with no word of a benefit, said as what the work cost once
        // ("cost us 11k all in and online orders are up 30%", round V53), is any money
        // realised.
        let spending = !signals.benefit_cue
            && money.iter().any(|m| intent::money_spent(toks, m.start))
            || !money.is_empty()
                && money.iter().all(|m| {
                    intent::money_well_spent(toks, m.start)
                        || !signals.benefit_cue
                            && m.period.is_none()
                            && intent::money_it_cost(toks, m.start)
                });
        if intent == Intent::Benefit && (!realised || spending) {
            intent = if signals.investment {
                Intent::Note
            } else {
                rule
            };
        }
        // "eClaims automation for approval na po, Php 4.8M. Denied claims are eating …":
        // money the rules read as asked for, with no word of a benefit and none of it by
        // the month or year, is a proposal, whatever the model's words say.
        if intent == Intent::Benefit
            && rule == Intent::Investment
            && !signals.benefit_cue
            && !signals.money_per_period
        {
            intent = Intent::Investment;
        }
        // "The NEH turned down our grant for the lab, we'll have to find the $80k
        // elsewhere": someone else's verdict on our work, which the rules read as news
        // about it, is no benefit realised when no word of one is said.
        if intent == Intent::Benefit && rule == Intent::Note && outsiders && !signals.benefit_cue {
            intent = Intent::Note;
        }
        // "…, about $42,000. Figures it saves us around $9k a year": a price, then a yearly
        // sum reckoned, is a proposal with its benefit, not a benefit realised.
        if intent == Intent::Benefit
            && verdict.is_none()
            && reckoned_yearly::price_then_yearly_reckoned(toks, money)
        {
            intent = Intent::Investment;
        }
        // "Trevor's pitch for the ERP replacement: $54K to set up, saves us about $20K a
        // year …" (round V55): a proposal's own word, with a one-off price before a yearly
        // sum, is a proposal with its benefit, whatever "saves us" says.
        if intent == Intent::Benefit
            && verdict.is_none()
            && signals.investment_cue
            && reckoned_yearly::price_then_yearly(money)
        {
            intent = Intent::Investment;
        }
        // "Logistics say the new scanners keep dropping wifi": a unit's report the rules
        // read as a note, with no money asked, is no new investment whatever the model's
        // words say.
        if intent == Intent::Investment
            && rule == Intent::Note
            && signals.report_cue
            && money.is_empty()
        {
            intent = Intent::Note;
        }
        // "the SOC quote is $9.5k/mo, not $95k": a figure put right, which the rules read
        // as news about the work it prices, is a note whatever the model's words say.
        if rule == Intent::Note && figures_put_right::said(toks) {
            intent = Intent::Note;
        }
        // News about a named investment ("the WFM go-live is delayed again") is a note,
        // not chat, whatever the model's words say.
        if intent == Intent::None && rule == Intent::Note && news {
            intent = Intent::Note;
        }
        // "@liam to update the risk register and send to the PMO by Friday": a follow-up
        // handed to someone named at the message's start is a note, not chat nor a new
        // investment named after them, when no verdict or money says otherwise.
        let handed_out = actions
            .first()
            .is_some_and(|a| a.start == 0 && a.owner != speaker);
        if handed_out
            && verdict.is_none()
            && money.is_empty()
            && matches!(intent, Intent::None | Intent::Investment)
        {
            intent = Intent::Note;
        }
        // "lol the new self-checkouts keep …", "who's bringing donuts to the fare engine
        // retro?", "Should we pull the plug on X? Only 12 logged in.": chit-chat or a
        // question the rules read as nothing to record stays so, whatever the model's words
        // say, when no verdict, money or follow-up makes it a record.
        if rule == Intent::None
            && verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && (small_talk::opens_as_chat(toks)
                || small_talk::opens_asking_the_team(toks)
                || dates.iter().any(|d| date_contexts::away_on(toks, d)))
        {
            intent = Intent::None;
        }
        // "who's grilling saturday? I'll bring brisket": asking who, with no verdict, money
        // or task for anyone else, is chat whatever day it names.
        if verdict.is_none()
            && money.is_empty()
            && actions.iter().all(|a| a.owner == speaker)
            && small_talk::opens_asking_who(toks)
        {
            intent = Intent::None;
        }
        // "ych a fi, who left the diesel cap off the tractor again 😡": a grumble at whoever
        // did it is chat, on the same terms, whatever thing it names in passing.
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && who_left_it::opens_blaming_who(toks)
        {
            intent = Intent::None;
        }
        // "what's happening with the new laptops? is it still feb or has that slipped": asking
        // for news of the work is chat, whatever its words say of a slip (convention 9).
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && asking_for_news::opens_asking_for_news(toks)
        {
            intent = Intent::None;
        }
        // "Pls remember CJIS training is due 12/31 for everyone w/ CAD access": a reminder
        // to everyone records nothing, though it names an investment and a date.
        if verdict.is_none() && money.is_empty() && small_talk::reminds_everyone(toks) {
            intent = Intent::None;
        }
        // "Reminder all: payday moved to 18th December": addressed to everyone, it records
        // nothing though its date "moved" as a deferral's does.
        if money.is_empty() && small_talk::reminder_addressed_to_all(toks) {
            intent = Intent::None;
        }
        // "Congrats to the cellar crew — 1,400 bbl in November, a new record 🏆": praise with
        // a count is chat when no money, verdict or follow-up makes it a record and it names
        // no investment outright (a result of one is news about it).
        let named_outright = model_guards::named_outright(names);
        // Praise of takings with their money is chat on the same terms (round S59).
        if verdict.is_none()
            && (money.is_empty() || small_talk::praises_takings(toks))
            && actions.is_empty()
            && !named_outright
            && small_talk::opens_with_praise(toks)
        {
            intent = Intent::None;
        }
        // "Fairly busy sale the day, 1,140 cattle through the ring. Top price £2,310 for a
        // Charolais bullock": a sale's prices are news of the market, chat (round V60).
        if verdict.is_none()
            && actions.is_empty()
            && !named_outright
            && small_talk::reports_sale_prices(toks)
        {
            intent = Intent::None;
        }
        // "the AC in the jelly hallway is out again, …, ticket's in": a breakdown handed to
        // maintenance is chat, on the same terms.
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && tickets_in::breakdown_ticketed(toks)
        {
            intent = Intent::None;
        }
        // "Sorry, I'll be out of office tomorrow – please direct …": the writer's absence is
        // a notice, chat, when no verdict or money makes it a record and it names no
        // investment outright.
        if verdict.is_none() && money.is_empty() && !named_outright && away_notice::opens_away(toks)
        {
            intent = Intent::None;
        }
        // "SXSW is gonna be insane this year, hotels already sold out lol": a remark closed
        // with a laugh is banter, chat, on the same terms, unless it tells of work done.
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && laughed_off::closes_laughing(toks)
        {
            intent = Intent::None;
        }
        // "Merry Christmas y'all, library closes at noon on the 24th": a greeting or a
        // place's closing hours is a notice, chat, on the same terms.
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && small_talk::greets_or_gives_closing_hours(toks)
        {
            intent = Intent::None;
        }
        // "Trivia night at the Esplanade raised $2,300 for the RFS 🔥": money raised, all the
        // money said, with no investment named outright, verdict or follow-up, is chat.
        if verdict.is_none()
            && actions.is_empty()
            && !named_outright
            && !money.is_empty()
            && money
                .iter()
                .all(|m| intent::money_raised(toks, m.start, m.end))
        {
            intent = Intent::None;
        }
        // "FYI the charcoal price in Rotterdam is sitting at €420 a ton this week", "Fuel gone
        // up again, $5.89 a gallon at da dock now" (round S56): a market price, all the money
        // said being a rate per thing, is chat on the same terms, when no word of a benefit
        // says the rate was saved ("… which they bill the county about £3,500 a shout for").
        if verdict.is_none()
            && actions.is_empty()
            && !signals.benefit_cue
            && !named_outright
            && !money.is_empty()
            && money
                .iter()
                .all(|m| crate::reader::money_roles::rate_per_thing(toks, m))
        {
            intent = Intent::None;
        }
        // "no worries mate, I'll grab it tomorrow": a reply of thanks naming nothing we
        // track is chat, whatever it promises.
        // ("Cheers — the fatigue kit went live" names one, even guessed.)
        if verdict.is_none()
            && money.is_empty()
            && names.is_empty()
            && small_talk::opens_with_courtesy(toks)
        {
            intent = Intent::None;
        }
        // "@dana pls log: …": asked to be logged, it is a record, a note when nothing else.
        if intent == Intent::None && intent::logged_text_start(toks).is_some() {
            intent = Intent::Note;
        }
        // "the board has agreed to defer …" is a decision however the rest reads.
        if verdict.is_some_and(|v| v.affirmed) {
            intent = Intent::Decision;
        }
        intent
    }
}
