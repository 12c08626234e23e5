//! One record's reading assembled from the passes: intent, verdict, unit and investment,
//! amount, dates, rationale, follow-ups and what is missing.

mod addressed_task;
mod follow_ups;
mod greeting_lines;
mod kind;
mod letter_task;

use super::*;
impl Reader {
    pub(super) fn assemble(
        &self,
        text: &str,
        toks: &[Token],
        speaker: &str,
        today: NaiveDate,
    ) -> Reading {
        let passes = self.passes(text, toks, speaker, today);
        let intent = self.kind_of_record(toks, speaker, &passes);
        let Passes {
            mut verdict,
            money,
            dates,
            names,
            actions,
            ..
        } = passes;
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
        // "… approved — going with the SaaS option at $65K rather than the $140K custom
        // build": a registered thing approved at a figure cut from its old one (convention 57).
        let registered = r.investment.is_some() && !r.new_investment;
        if r.verdict == Some(Verdict::Approve)
            && registered
            && r.amount
                .is_some_and(|a| figure_instead::cut_to_a_new_figure(toks, &money, &a))
        {
            r.verdict = Some(Verdict::Rescope);
        }
        if matches!(intent, Intent::Decision | Intent::Investment) {
            // Years are a benefit's horizon: with no yearly benefit, only years said of a
            // benefit ("benefits over 3 years"); a cost over years is how it is paid.
            // A proposal's life said ("New crusher can serve 10 years") is its years too
            // (round V54).
            r.years = intent::find_years(toks).filter(|_| {
                r.annual_benefit.is_some()
                    || money_roles::benefit_horizon_said(toks)
                    || intent == Intent::Investment && intent::life_said(toks)
            });
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
        // "chipper rejected. too pricey for now": so does one whose price is too dear for now
        // (convention 93).
        let for_now = || {
            verdict.is_some_and(|v| {
                verdict_shapes::refused_for_now(toks, v.end)
                    || super::too_dear_for_now::too_dear_for_now(toks, v.end)
            })
        };
        if r.verdict == Some(Verdict::Reject) && (r.review_date.is_some() || revisit() || for_now())
        {
            r.verdict = Some(Verdict::Defer);
        }
        // "Cancelled … Re-raise in February.": called off to be raised again, put off.
        if r.verdict == Some(Verdict::Stop)
            && r.review_date.is_some()
            && raised_again::raised_again(toks)
        {
            r.verdict = Some(Verdict::Defer);
        }
        follow_ups::read_follow_ups(text, toks, &actions, &dates, today, &mut r);
        if let Some(task) = addressed_task::addressed_task(text, toks, &r) {
            r.follow_ups.push(task);
        }
        if let Some(task) = letter_task::letter_task(text, toks, &r) {
            r.follow_ups.push(task);
        }
        r.action = r.follow_ups.first().cloned();
        if let Some(v) = verdict {
            let is_unit = |j: usize| {
                names.iter().any(|m| {
                    (m.start..m.end).contains(&j) && matches!(m.targets[0], Target::Unit(_))
                })
            };
            let is_investment = |j: usize| {
                names.iter().any(|m| {
                    (m.start..m.end).contains(&j) && matches!(m.targets[0], Target::Investment(_))
                })
            };
            // A log line's speaker who pasted the log is the speaker deciding (round S46).
            let from_log = deciders_in_logs::log_speaker(text, toks, v.start);
            r.decided_by = deciders::decided_by(text, toks, v.start, &is_unit, &is_investment)
                .filter(|name| {
                    from_log.as_ref() != Some(name)
                        || !deciders_in_logs::is_the_speaker(name, speaker)
                })
                // "Tony: do it, …" in a pasted chat: the line's speaker (round V52).
                .or_else(|| {
                    chat_line_speakers::speaker_of_line_at(text, toks, v.start)
                        .filter(|name| !deciders_in_logs::is_the_speaker(name, speaker))
                        // "Status: Approved" in a ticket (round V56).
                        .filter(|name| !super::deciders_in_fields::is_field_label(name))
                })
                // "> From: Said Salim\n> Approved the laptop …" (round V57): the sender's.
                .or_else(|| super::deciders_in_letters::sender(text, speaker))
                // "payroll system: hold, after the audit. — Mr. Boe" (round V62): signed.
                .or_else(|| {
                    super::deciders_signed_dash::dash_signer(text, toks, v.start)
                        .filter(|name| !deciders_in_logs::is_the_speaker(name, speaker))
                })
                // "Thomas sir signed …" (convention 81): the honorific after the name kept.
                .map(|name| super::deciders_honorific::with_honorific(text, name));
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
        // "up 18% since we went live in August": the time of the event a benefit is counted
        // since is a start, not when it was counted. ("since August the growers receive …"
        // is: convention 37, round D46.)
        let evidence = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Benefit && r.date.is_some())
            .and_then(|said| reasons::span_of(text, toks, said));
        let since_time = |d: &dates::DateMention| {
            evidence.is_some_and(|(a, b)| {
                d.start >= a && d.end <= b && clauses::time_of_since_event(toks, d.start)
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
