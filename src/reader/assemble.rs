//! One record's reading assembled from the passes: intent, verdict, unit and investment,
//! amount, dates, rationale, follow-ups and what is missing.

use super::*;

impl Reader {
    pub(super) fn assemble(
        &self,
        text: &str,
        toks: &[Token],
        speaker: &str,
        today: NaiveDate,
    ) -> Reading {
        let Passes {
            mut verdict,
            money,
            dates,
            names,
            actions,
            rule,
            signals,
            news,
            outsiders,
        } = self.passes(text, toks, speaker, today);
        // The model chooses the kind of record; a decision still needs a verdict the exact
        // pass found, and a record of another kind has none: without one, the model's
        // choice is among the other kinds ("Sales asked for their own sample printer, $3k.
        // No, …": a proposal, if not a decision).
        let mut intent = if self.model.is_empty() {
            rule
        } else {
            self.model
                .decide_among(&model::features(toks, &names, &signals, rule), rule, |i| {
                    i != Intent::Decision || verdict.is_some()
                })
        };
        if intent == Intent::Decision && verdict.is_none() {
            intent = rule;
        }
        intent = model_guards::settle(
            intent,
            rule,
            toks,
            &names,
            &signals,
            verdict.map(|v| v.start),
        );
        // A benefit is money realised: progress told without any ("340 alarms now on
        // digital") is a note about the investment it names.
        // So is money the work came in under or over its budget by ("done ✅, under
        // budget by 12k zł"): how it went, not a benefit realised.
        // Nor is money said to be lost ("$700 a week down the drain").
        // A message telling how far the cost came from its budget or quote ("came in $45k
        // under, so the fit-out lands at $1.055MM") is about the cost, whatever other sums
        // it gives.
        // Nor is money saved on a condition ("If we replace the boilers we save …").
        let realised = !money
            .iter()
            .any(|m| intent::budget_variance(toks, m.start, m.end))
            && money.iter().any(|m| {
                !intent::money_lost(toks, m.end) && !intent::said_on_condition(toks, m.start)
            });
        // Nor is money said spent on the work ("Spent $212k of the $250k … so far"), with no
        // word of a benefit: how far its budget has gone.
        let spending =
            !signals.benefit_cue && money.iter().any(|m| intent::money_spent(toks, m.start));
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
        // "Pls remember CJIS training is due 12/31 for everyone w/ CAD access": a reminder
        // to everyone records nothing, though it names an investment and a date.
        if verdict.is_none() && money.is_empty() && small_talk::reminds_everyone(toks) {
            intent = Intent::None;
        }
        // "Congrats to the cellar crew — 1,400 bbl in November, a new record 🏆": praise with
        // a count is chat when no money, verdict or follow-up makes it a record and it names
        // no investment outright (a result of one is news about it).
        let named_outright = model_guards::named_outright(&names);
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && small_talk::opens_with_praise(toks)
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
        if intent != Intent::Decision {
            verdict = None;
        }
        // "we're stopping it end of Dec": a stop said ahead takes effect on the coming date.
        // So does a date in a sentence of the stop that opens on the act ahead ("… done with
        // the kiosk. Unplugging it Monday.").
        let dates: Vec<dates::DateMention> = match verdict {
            Some(v) if v.verdict == Verdict::Stop => dates
                .into_iter()
                .map(|d| {
                    let ahead = d.start >= v.end && date_roles::said_ahead(toks, v.start)
                        || date_roles::sentence_opens_on_an_act(toks, d.start);
                    if ahead {
                        dates::DateMention {
                            past: d.future,
                            ..d
                        }
                    } else {
                        d
                    }
                })
                .collect(),
            _ => dates,
        };
        let action = actions.first().cloned();

        let mut r = Reading {
            intent,
            verdict: verdict.map(|v| v.verdict),
            unit: None,
            investment: None,
            amount: None,
            annual_benefit: None,
            years: None,
            date: None,
            review_date: None,
            due: None,
            rationale: None,
            missing: Vec::new(),
            new_investment: false,
            unit_choices: Vec::new(),
            action: None,
            note: None,
            decided_by: None,
            follow_ups: Vec::new(),
            units: Vec::new(),
            category: None,
            investment_guessed_from: None,
            investment_choices: Vec::new(),
            also: Vec::new(),
        };
        if intent == Intent::None {
            return r;
        }
        self.resolve_names(
            &mut r,
            text,
            toks,
            (&names, &money, &dates),
            verdict.map(|v| (v.start, v.end)),
            action.as_ref(),
        );
        self.assign_money(
            &mut r,
            toks,
            &money,
            &names,
            verdict.map(|v| (v.verdict, v.start)),
        );
        if matches!(intent, Intent::Decision | Intent::Investment) {
            // Years are a benefit's horizon: with no yearly benefit, only years said of a
            // benefit ("benefits over 3 years"); a cost over years is how it is paid.
            r.years = intent::find_years(toks)
                .filter(|_| r.annual_benefit.is_some() || money_roles::benefit_horizon_said(toks));
        }
        assign_dates(
            &mut r,
            toks,
            &dates,
            action.as_ref(),
            verdict.map(|v| v.start),
            today,
            &self.dates,
        );
        // "refused for this year, we will see again in March", "declined for now, revisit
        // in Q3": a refusal that says when to look again puts the work off.
        // "no-go for now, … revisit when we're 80": so does one that says it will be looked
        // at again on a condition.
        let revisit = || {
            (0..toks.len())
                .any(|k| (k == 0 || toks[k - 1].is_break()) && clauses::opens_look_again(toks, k))
        };
        // "No to the solar for now": so does a refusal said to hold for now.
        let for_now = || verdict.is_some_and(|v| verdict_shapes::refused_for_now(toks, v.end));
        if r.verdict == Some(Verdict::Reject) && (r.review_date.is_some() || revisit() || for_now())
        {
            r.verdict = Some(Verdict::Defer);
        }
        for (k, a) in actions.iter().enumerate() {
            // A deadline ("by EOM", "in the next week, until 11/12") is the due date;
            // otherwise the first date in the action.
            // "2 false alarms last night": a time past inside the request is not its due.
            // "… before the Christmas break? 23/12 at the latest": a day said at the latest
            // just after the request is its deadline too.
            let latest_after = |d: &dates::DateMention| {
                d.start >= a.end
                    && d.start <= a.end + 2
                    && deadline_days::at_the_latest(toks, d.end)
            };
            let inside: Vec<&dates::DateMention> = dates
                .iter()
                .filter(|d| {
                    (d.start > a.text_start && d.start < a.end || latest_after(d))
                        && d.future >= today
                })
                .collect();
            let due_at = inside
                .iter()
                .find(|d| {
                    d.cue == dates::Cue::By
                        || d.start > 0
                            && matches!(toks[d.start - 1].lower.as_str(), "until" | "till" | "til")
                })
                // "Marcus owns it, install starts in January", "Priya will pull a crew
                // together for January": when the work lands, or the time it is for, is no
                // deadline of the task.
                .or(inside.iter().find(|d| !lands_or_is_for(toks, d)))
                .copied();
            let cut = due_at.map_or(a.end, |d| {
                d.start.saturating_sub(usize::from(d.cue != dates::Cue::At))
            });
            let end = cut.max(a.text_start + 1).min(toks.len());
            // "Can we get the figures before we decide? @raj by Friday": the question asked.
            let end = (a.text_start..end)
                .find(|&j| toks[j].is("?"))
                .map_or(end, |q| q + 1);
            let body =
                text[toks[a.text_start].start..toks[end - 1].end].trim_end_matches([',', ' ']);
            // "… ? Need it before the board on 14/12.": when the answer is needed, said
            // after the request, is its deadline.
            let needed = deadline_days::answer_needed_by(toks, a.end, &dates, today);
            let due_at = needed.or(due_at);
            let due = match k {
                0 => due_at.map(|d| d.future).or(r.due),
                _ => due_at.map(|d| d.future),
            };
            if k == 0 {
                r.due = due;
            }
            r.follow_ups.push(FollowUpReading {
                text: body.to_string(),
                owner: a.owner.clone(),
                due,
            });
        }
        r.action = r.follow_ups.first().cloned();
        if let Some(v) = verdict {
            let is_unit = |j: usize| {
                names
                    .iter()
                    .any(|m| m.start == j && matches!(m.targets[0], Target::Unit(_)))
            };
            let is_investment = |j: usize| {
                names.iter().any(|m| {
                    (m.start..m.end).contains(&j) && matches!(m.targets[0], Target::Investment(_))
                })
            };
            r.decided_by = deciders::decided_by(text, toks, v.start, &is_unit, &is_investment);
        }
        if r.intent == Intent::Investment || r.new_investment {
            r.category = category::infer(toks);
        }
        let found = Found {
            text,
            toks,
            verdict,
            money: &money,
            dates: &dates,
            names: &names,
            action: &action,
            intent,
        };
        if matches!(intent, Intent::Decision | Intent::Benefit) {
            self.choose_rationale(&found, &mut r);
        }
        self.redate_outside_reason(&found, today, &mut r);
        // "up 18% since we went live in August", "since August the growers receive …": the
        // time a benefit is counted since is a start, not when it was counted.
        let evidence = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Benefit && r.date.is_some())
            .and_then(|said| reasons::span_of(text, toks, said));
        let since_time = |d: &dates::DateMention| {
            evidence.is_some_and(|(a, b)| {
                d.start >= a
                    && d.end <= b
                    && (clauses::time_of_since_event(toks, d.start)
                        || clauses::since_time_opening(toks, a, d.start))
            })
        };
        if dates.iter().any(since_time) {
            let others: Vec<dates::DateMention> =
                dates.iter().filter(|d| !since_time(d)).copied().collect();
            r.date = None;
            assign_dates(
                &mut r,
                toks,
                &others,
                action.as_ref(),
                verdict.map(|v| v.start),
                today,
                &self.dates,
            );
        }
        // "We paid £600k for the last irrigation rebuild and it never worked, so … is a no":
        // money the reason says we pay or paid for something else is not the record's.
        let paid_for_else = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Decision && r.verdict != Some(Verdict::Stop))
            .and_then(|said| reasons::span_of(text, toks, said))
            .is_some_and(|(a, b)| {
                clauses::we_pay_for(toks, a, b) && money.iter().all(|m| m.start >= a && m.end <= b)
            });
        if paid_for_else {
            r.amount = None;
        }
        if intent == Intent::Note {
            // "@dana pls log: …": the note is what was asked to be logged.
            let from = intent::logged_text_start(toks).map_or(0, |k| toks[k].start);
            r.note = Some(text[from..].trim().to_string());
        }
        r.missing = questions::missing(&r);
        r
    }
}
