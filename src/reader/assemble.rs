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
        let mut intent = if self.model.is_empty() {
            rule
        } else {
            self.model
                .decide(&model::features(toks, &names, &signals, rule), rule)
        };
        // The model chooses the kind of record; a decision still needs a verdict the exact
        // pass found, and a record of another kind has none.
        if intent == Intent::Decision && verdict.is_none() {
            intent = rule;
        }
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
        // "Pls remember CJIS training is due 12/31 for everyone w/ CAD access": a reminder
        // to everyone records nothing, though it names an investment and a date.
        if verdict.is_none() && money.is_empty() && small_talk::reminds_everyone(toks) {
            intent = Intent::None;
        }
        // "Congrats to the cellar crew — 1,400 bbl in November, a new record 🏆": praise with
        // a count is chat when no money, verdict or follow-up makes it a record and it names
        // no investment outright (a result of one is news about it).
        let named_outright = names
            .iter()
            .any(|m| !m.guessed && !m.weak && matches!(m.targets[0], Target::Investment(_)));
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && small_talk::opens_with_praise(toks)
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
        let dates: Vec<dates::DateMention> = match verdict {
            Some(v) if v.verdict == Verdict::Stop && date_roles::said_ahead(toks, v.start) => dates
                .into_iter()
                .map(|d| {
                    if d.start >= v.end {
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
            let inside: Vec<&dates::DateMention> = dates
                .iter()
                .filter(|d| d.start > a.text_start && d.start < a.end && d.future >= today)
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
        if matches!(intent, Intent::Decision | Intent::Benefit) {
            let mask = amounts_and_dates(toks.len(), &money, &dates);
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
            let named = |s: usize, e: usize| {
                let said = reasons::normalise(&text[toks[s].start..toks[e - 1].end]);
                // "Approved at the trustees' meeting: the changing room refit, £64,000": the
                // name with its article is still only the name.
                let s = s + usize::from(
                    e > s + 1 && matches!(toks[s].lower.as_str(), "the" | "our" | "a" | "an"),
                );
                r.investment
                    .as_deref()
                    .is_some_and(|n| reasons::normalise(n) == said)
                    || names.iter().any(|m| {
                        // "store Wi-Fi upgrade" for Store Wi-Fi: the name and a word for
                        // the work.
                        m.start <= s
                            && (m.end >= e
                                || m.end + 1 == e && clauses::names_the_work(&toks[m.end]))
                    })
            };
            let in_money = |j: usize| money.iter().any(|m| j >= m.start && j < m.end);
            let ctx = intent::ClauseContext {
                skip: &skip,
                money: &in_money,
                named: &named,
                verdict: verdict.map(|v| v.verdict),
            };
            let decides = |s: usize, e: usize| clauses::decides_in(toks, s, e);
            // "Cost pressure is the driver": the writer says which clause is the reason.
            let rationale = clauses::called_driver(text, toks, stop.unwrap_or(toks.len()))
                .or_else(|| {
                    let found = intent::find_rationale(text, toks, from, stop, &ctx);
                    // "parked the portal until the ATS is in. No point building it twice.":
                    // the condition says when it comes back, the sentence after says why.
                    // So does "goes ahead once the herring's done, £56k. The old clock's
                    // been freezing mid-lot …": when it starts, then why.
                    let condition = found.as_deref().is_some_and(|r| {
                        let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
                        matches!(w.as_str(), "until" | "till" | "til" | "once")
                    });
                    let after = verdict.filter(|_| condition).and_then(|v| {
                        clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
                    });
                    // Not the condition told again ("hold. Not going ahead until …"), nor a
                    // follow-up on it ("Marine to revert then").
                    let after = after.filter(|a| {
                        let words: Vec<String> =
                            a.split_whitespace().map(str::to_lowercase).collect();
                        let cond = found.as_deref().unwrap_or("");
                        !a.contains(cond)
                            && words.get(1).is_none_or(|w| w != "to")
                            && words.last().is_none_or(|w| w != "then")
                    });
                    // "parked till after vintage, nobody's got time to …": the clause after
                    // the condition's comma says why.
                    let within = found.as_deref().filter(|_| condition).and_then(|said| {
                        let (a, b) = reasons::span_of(text, toks, said)?;
                        let c = reason_heads::after_timed_condition(toks, a, b)?;
                        Some(text[toks[c].start..toks[b - 1].end].trim().to_string())
                    });
                    within.or(after).or(found)
                })
                .or_else(|| {
                    // "Pending the audit, the CMS stays parked.": the condition told first.
                    verdict.and_then(|v| clauses::opening_condition(text, toks, v.start))
                })
                .or_else(|| {
                    // "With circ staff down four positions, the kiosks are approved".
                    verdict.and_then(|v| clauses::with_state_opening(text, toks, v.start))
                })
                .or_else(|| {
                    // "supplier portal → OK from the board", "LED retrofit 👍 signed off":
                    // the record's name before the verdict is no reason.
                    verdict
                        .and_then(|v| intent::reason_before(text, toks, v.start))
                        .filter(|said| {
                            reasons::span_of(text, toks, said).is_none_or(|(a, b)| !named(a, b))
                        })
                })
                .or_else(|| {
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    next_sentence::what_it_is_after_refusal(
                        text, toks, v.end, stop, &skip, &decides,
                    )
                })
                .or_else(|| {
                    verdict.and_then(|v| {
                        clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
                    })
                })
                .or_else(|| {
                    // "Careers site: approved at £36k, Marketing to have a draft up by 31/01.
                    // We lose a third of applicants on the mobile form.": a follow-up ending
                    // the verdict's sentence does not end the message's reasons.
                    let (v, a) = (verdict?, action.as_ref()?);
                    let same_sentence = v.end <= a.start
                        && !toks[v.end..a.start]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"));
                    same_sentence
                        .then(|| {
                            clauses::next_sentence(
                                text, toks, a.start, None, &skip, &in_money, &decides,
                            )
                        })
                        .flatten()
                })
                .or_else(|| {
                    verdict.and_then(|v| {
                        dated_reasons::told_with_date(
                            text, toks, v.end, stop, &dates, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "Zoomly is done, we're switching it off": the record's name said to be
                    // over is the verdict told twice, no reason ("the chatbot is still
                    // worth it" is one).
                    let over = |w: &str| {
                        matches!(
                            w,
                            "done" | "over" | "finished" | "dead" | "history" | "gone"
                        )
                    };
                    verdict
                        .and_then(|v| intent::clause_before(text, toks, v.start))
                        .filter(|said| {
                            reasons::span_of(text, toks, said).is_none_or(|(a, b)| {
                                !names.iter().any(|m| {
                                    m.start >= a
                                        && m.end + 2 == b
                                        && matches!(m.targets[0], Target::Investment(_))
                                        && matches!(toks[m.end].lower.as_str(), "is" | "are")
                                        && over(&toks[m.end + 1].lower)
                                })
                            })
                        })
                })
                .or_else(|| {
                    // "Licences doubled again. We're dropping Zoomly.": the sentence before,
                    // unless it names another investment than the verdict's sentence does.
                    let v = verdict?;
                    let invests =
                        |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
                    // "Nobody used the wristbands after launch. We're switching them
                    // off.": a name the verdict's sentence does not name another of is the
                    // record's own.
                    let other_name = |a: usize, b: usize| {
                        let after: Vec<_> = names
                            .iter()
                            .filter(invests)
                            .filter(|n| n.start >= b)
                            .collect();
                        names.iter().filter(invests).any(|m| {
                            m.start >= a
                                && m.start < b
                                && !after.is_empty()
                                && !after.iter().any(|n| n.targets == m.targets)
                        })
                    };
                    next_sentence::sentence_before(
                        text,
                        toks,
                        v.start,
                        &in_money,
                        &decides,
                        &other_name,
                    )
                })
                .or_else(|| {
                    (intent == Intent::Benefit)
                        .then(|| {
                            let named = |j: usize| {
                                names.iter().any(|m| {
                                    m.start <= j
                                        && j < m.end
                                        && matches!(m.targets[0], Target::Investment(_))
                                })
                            };
                            clauses::benefit_source(text, toks, &skip, &named)
                        })
                        .flatten()
                })
                .or_else(|| {
                    let name_at = |j: usize| names.iter().any(|m| m.start == j);
                    (intent == Intent::Benefit)
                        .then(|| clauses::leading_result(text, toks, &skip, &in_money, &name_at))
                        .flatten()
                })
                .or_else(|| {
                    // The name that opens the message, and its result after it.
                    let det = usize::from(toks.first().is_some_and(|t| t.is("the")));
                    let opens = names.iter().find(|m| m.start == det)?;
                    (intent == Intent::Benefit)
                        .then(|| clauses::counted_result(text, toks, opens.end, &skip, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| clauses::result_after_money(text, toks, &skip, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| clauses::result_before_which(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "… a godsend. Two diesel thefts caught on camera already, and the
                    // insurer's knocked £3,200 off".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| result_subject::counted_before_and_money(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "approved £9,600 – current one runs out in Jan".
                    verdict.and_then(|v| {
                        result_subject::clause_after_amount(
                            text, toks, v.end, stop, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "rostering software cut overtime at Manly by about $4.5k a month"; "the
                    // scanner at Aviemore caught 12 bad fits we'd have missed, ~£2k …".
                    let name_end = |j: usize| {
                        names
                            .iter()
                            .find(|m| m.start == j && matches!(m.targets[0], Target::Investment(_)))
                            .map(|m| m.end)
                    };
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| {
                            result_subject::result_after_opening_name(
                                text, toks, &name_end, &in_money,
                            )
                            .or_else(|| {
                                result_subject::result_after_name_at_place(
                                    text, toks, &name_end, &in_money,
                                )
                            })
                        })
                        .flatten()
                })
                .or_else(|| {
                    // "… now £30k, not £24k, because the insurer wants …. Finance agreed
                    // the new figure.": the cause of the price told first.
                    verdict.and_then(|v| {
                        told_around_verdict::cause_of_price_before(text, toks, v.start, &in_money)
                    })
                })
                .or_else(|| {
                    // "… £4,500 more for the contractors, supplier delays. Approved by the FD."
                    verdict.and_then(|v| {
                        short_causes::short_cause_before(text, toks, v.start, &in_money)
                    })
                })
                .or_else(|| {
                    // "$9K a year to lease a machine that got used 11 times — we're ending …".
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    short_causes::price_before_dash(text, toks, v.start, &in_money, &skip)
                })
                .or_else(|| {
                    // "was 80k, now 95k after the extra payment integration", "approved at
                    // $11,200 after the rebate came through".
                    let v = verdict?;
                    let rescope = v.verdict == Verdict::Rescope;
                    told_around_verdict::after_new_amount(
                        text, toks, v.end, stop, &in_money, rescope,
                    )
                })
                .or_else(|| {
                    // "we said no to the scanner, supplier wanted 40 grand for …".
                    verdict.and_then(|_| {
                        told_around_verdict::clause_after_verdict_comma(
                            text, toks, from, stop, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "…: it continues only for the 6 main gates, not the nursery tows".
                    let v = verdict.filter(|v| v.verdict == Verdict::Rescope)?;
                    scope_kept::scope_kept(text, toks, (v.start, v.end), stop, &in_money)
                })
                .or_else(|| {
                    // "– no. fittings are down 20% since March and the chain shops are …".
                    verdict.and_then(|_| {
                        told_around_verdict::two_clauses_after(text, toks, from, stop, &decides)
                    })
                })
                .or_else(|| {
                    // "… signed off at £7k. Cheaper than sending every fitter on the course".
                    verdict.and_then(|_| {
                        told_around_verdict::comparison_after(text, toks, from, stop, &decides)
                    })
                })
                .or_else(|| {
                    // "The MD said no to the scanner. we'll hire one w/ a fitter …".
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    told_around_verdict::other_way_after_refusal(text, toks, v.end, stop)
                })
                .or_else(|| {
                    // "X is paying off — queues clear in half the time and …".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| paying_off::result_after_praise(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "on ice til March, we'll know what vintage has done to the cash by
                    // then": what the wait is for.
                    let v = verdict.filter(|v| v.verdict == Verdict::Defer)?;
                    by_then::known_by_then(text, toks, v.end, stop.unwrap_or(toks.len()))
                })
                .or_else(|| {
                    // "… - avg spend per table up $6 at Manly since Sept, roughly $45k …".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| {
                            money_results::result_up_or_down_by_money(
                                text,
                                toks,
                                stop.unwrap_or(toks.len()),
                                &in_money,
                                &skip,
                            )
                        })
                        .flatten()
                });
            // "…, so the trustees have agreed to replace it. £68,000 for …, most of which
            // …": the clause joined by "so" beats a remark after the price.
            let joined = verdict
                .filter(|v| so_joined::so_before(toks, v.start))
                .and_then(|v| {
                    let (a, _) = reasons::span_of(text, toks, rationale.as_deref()?)?;
                    if !so_joined::remark_after(toks, v.end, a) {
                        return None;
                    }
                    intent::reason_before(text, toks, v.start)
                });
            let rationale = joined.or(rationale);
            // "quote came in at $14k, way over what we budgeted. Parking it …": a price over
            // the budget before the verdict is why, over none or a condition said after.
            let conditional = rationale.as_deref().is_none_or(|r| {
                let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
                matches!(w.as_str(), "once" | "until" | "till" | "til")
            });
            let over = verdict
                .filter(|_| conditional)
                .and_then(|v| over_budget::price_over_before(text, toks, v.start, &in_money));
            let rationale = over.or(rationale);
            // "Servicing stays on the core until the CDFI award is confirmed": a rescope's
            // kept scope comes with the condition it waits on.
            let rationale = rationale.map(|said| {
                let kept = verdict
                    .filter(|v| v.verdict == Verdict::Rescope)
                    .and_then(|_| reasons::span_of(text, toks, &said))
                    .and_then(|(a, b)| {
                        let s = kept_until::scope_before_condition(toks, a, &in_money)?;
                        Some(text[toks[s].start..toks[b - 1].end].trim().to_string())
                    });
                kept.unwrap_or(said)
            });
            // "…, data cleanup is 80% done, no point stopping now": the judgement after the
            // reason's comma runs on with it.
            let rationale = rationale.map(|said| {
                let end = reasons::span_of(text, toks, &said).and_then(|(a, b)| {
                    let e = judged_on::judgement_after(toks, b, stop.unwrap_or(toks.len()))?;
                    Some(text[toks[a].start..toks[e - 1].end].trim().to_string())
                });
                end.unwrap_or(said)
            });
            // "subject to the rebate, AED 3.4m": an amount set off at the reason's edge is
            // the record's money.
            let rationale = rationale.map(|said| {
                let Some((a, b)) = reasons::span_of(text, toks, &said) else {
                    return said;
                };
                let (a2, b2) = clauses::without_money_edges(toks, a, b, &in_money);
                let a2 = clauses::past_as_of(toks, a2, b2, &skip);
                // "It's not that we don't want it, there just isn't …".
                let a2 = reason_heads::past_head(toks, a2, b2);
                if (a2, b2) == (a, b) || b2 < a2 + 2 {
                    return said;
                }
                text[toks[a2].start..toks[b2 - 1].end].trim().to_string()
            });
            r.rationale = rationale
                .map(clauses::without_announcement)
                .map(clauses::without_tone)
                .map(clauses::after_own_because)
                .filter(|said| !clauses::only_when(said));
            if intent == Intent::Benefit && verdict.is_none() {
                let det = usize::from(toks.first().is_some_and(|t| t.is("the")));
                let opens = names.iter().find(|m| m.start == det).map_or(0, |m| {
                    let labelled = toks
                        .get(m.end)
                        .is_some_and(|t| t.is(":") || t.is_sym("-") || t.is_sym("—"));
                    m.end + usize::from(labelled)
                });
                let listed = r
                    .rationale
                    .as_deref()
                    .and_then(|said| reasons::span_of(text, toks, said))
                    .and_then(|span| {
                        clauses::results_before(text, toks, span, opens, &skip, &in_money, true)
                    });
                if listed.is_some() {
                    r.rationale = listed;
                }
            }
            // "we keep it. Fewer wasted trips, 61 sailings saved since April": results
            // listed in a sentence after a continue's are its reason together.
            let kept = verdict.filter(|v| v.verdict == Verdict::Continue);
            let span = r
                .rationale
                .as_deref()
                .and_then(|said| reasons::span_of(text, toks, said));
            if let (Some(v), Some((a, b))) = (kept, span) {
                let opens = (v.end..a.max(v.end))
                    .rev()
                    .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
                    .map(|p| p + 1);
                let listed = opens.and_then(|o| {
                    clauses::results_before(text, toks, (a, b), o, &skip, &in_money, false)
                });
                if listed.is_some() {
                    r.rationale = listed;
                }
            }
            if !self.reasons.is_empty() {
                let ctx = reasons::Context {
                    text,
                    toks,
                    skip: &skip,
                    verdict: verdict.map(|v| (v.start, v.end)),
                    kind: if intent == Intent::Decision {
                        "decision"
                    } else {
                        "benefit"
                    },
                    rule: r.rationale.as_deref(),
                };
                let (cands, options, rule) = reasons::options(&ctx);
                let pick = self.reasons.choose(&options, rule);
                if pick != rule {
                    r.rationale = cands.get(pick).map(|c| c.text.clone());
                }
            }
            // "the PM platform cut RFI turnaround …": a benefit's result whose subject names
            // the work is read from its verb on.
            if intent == Intent::Benefit {
                // "Bottling line upgrade: the new labeller has cut …": after the work's name,
                // the subject is a part of it, kept.
                let invests = |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
                let name_end = |j: usize| {
                    let named_before = names.iter().filter(invests).any(|m| m.start < j);
                    names
                        .iter()
                        .filter(invests)
                        .find(|m| m.start == j && !named_before)
                        .map(|m| m.end)
                };
                let span = r
                    .rationale
                    .as_deref()
                    .and_then(|said| reasons::span_of(text, toks, said));
                if let Some((a, b)) = span {
                    let a2 = result_subject::after_named_subject(toks, a, b, &name_end);
                    let a2 = result_subject::after_owed_to_name(toks, a2, b, &name_end);
                    let a2 = result_subject::after_live_status(toks, a2, b);
                    let named_before = names.iter().filter(invests).any(|m| m.start < a);
                    let a2 = result_subject::after_new_system(toks, a2, b, named_before);
                    let a2 = bare_clauses::past_praise(toks, a2, b);
                    let b2 = payments_dropped::before_payment_dropped(toks, a2, b);
                    if a2 > a || b2 < b {
                        r.rationale =
                            Some(text[toks[a2].start..toks[b2 - 1].end].trim().to_string());
                    }
                }
            }
            // "…, so we've paid $7,500 less in callouts": what the result let us do, told
            // with the money, is the benefit's amount, not its evidence.
            let span = r
                .rationale
                .as_deref()
                .filter(|_| intent == Intent::Benefit && verdict.is_none())
                .and_then(|said| reasons::span_of(text, toks, said));
            if let Some((a, b)) = span {
                let b2 = benefit_consequences::before_consequence(toks, a, b, &in_money);
                if b2 < b {
                    r.rationale = Some(text[toks[a].start..toks[b2 - 1].end].trim().to_string());
                }
            }
            // "not this winter, the MD wants it revisited in April": when to look again, by
            // any rule or the model, is not why; nor is how far work that goes on has got
            // ("carrying on, 8 done of 20").
            let span = r
                .rationale
                .as_deref()
                .and_then(|said| reasons::span_of(text, toks, said));
            let look_again = span.is_some_and(|(a, _)| clauses::opens_look_again(toks, a));
            let progress = r.verdict == Some(Verdict::Continue)
                && span.is_some_and(|(a, b)| progress_counts::progress_count(toks, a, b));
            // "approved £27k, work in the summer holidays": when the work happens.
            let when_worked = span.is_some_and(|(a, b)| work_times::work_and_its_time(toks, a, b));
            if look_again || progress || when_worked {
                r.rationale = None;
            }
            // "… in 2 months 💀": an emoji ending the reason is the writer's mood, not part
            // of the reason.
            r.rationale = r
                .rationale
                .map(tokens::without_trailing_symbols)
                .map(reasons::without_trailing_laugh);
        }
        // "keep going, 140 sign-ups in Nov": a date inside the reason is when its evidence
        // happened, not when the decision was made; "knocked back, too risky before year
        // end": nor is it a deadline (unless a follow-up has one).
        let dated_by_reason = r.date.is_some() || r.due.is_some() && action.is_none();
        let reason_span = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Decision && dated_by_reason)
            .and_then(|said| reasons::span_of(text, toks, said))
            .or_else(|| {
                // "…, the current devices are end of support in June": a proposal's reason is
                // not kept (the investment record holds none), nor is its date the start.
                (intent == Intent::Investment && r.date.is_some())
                    .then(|| dated_reasons::proposal_reason(text, toks, &money, &dates))
                    .flatten()
            });
        if let Some((a, b)) = reason_span {
            let inside = |d: &dates::DateMention| d.start >= a && d.end <= b;
            if dates.iter().any(inside) {
                let outside: Vec<dates::DateMention> =
                    dates.iter().filter(|d| !inside(d)).copied().collect();
                r.date = None;
                if action.is_none() {
                    r.due = None;
                }
                assign_dates(
                    &mut r,
                    toks,
                    &outside,
                    action.as_ref(),
                    verdict.map(|v| v.start),
                    today,
                    &self.dates,
                );
            }
        }
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
