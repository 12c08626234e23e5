//! The rationale of a decision or a benefit: which clause around the verdict (or the result)
//! says why, chosen among the candidates the rationale rules and the reason model give.

use super::*;

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
        // "Cost pressure is the driver": the writer says which clause is the reason.
        // "the councils have asked us to park it until after the May elections, so …".
        let asked = verdict.and_then(|v| {
            asked_of_us::request_around(text, toks, v.start, v.end, stop.unwrap_or(toks.len()))
        });
        let rationale = asked
            .or_else(|| clauses::called_driver(text, toks, stop.unwrap_or(toks.len())))
            .or_else(|| {
                let found = intent::find_rationale(text, toks, from, stop, &ctx);
                // "approved at $88k, Varley's quote. Both trucks are …", "- rejected,
                // I'm afraid. It's outwith …": an aside after the verdict's comma gives way
                // to the reasons told after it.
                let found = found.filter(|said| !aside(said));
                // "we're carrying on, slippage and all. The old system is out of support
                // …": a slight fragment yields to the sentence of its own after it.
                let found = match found {
                    Some(f) if slight_reasons::slight(&f) => reasons::span_of(text, toks, &f)
                        .and_then(|(_, b)| {
                            clauses::next_sentence(text, toks, b, stop, &skip, &in_money, &decides)
                                .or_else(|| {
                                    dated_reasons::told_with_date(
                                        text, toks, b, stop, dates, &in_money, &decides,
                                    )
                                })
                        })
                        .or(Some(f)),
                    f => f,
                };
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
                    let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
                    let cond = found.as_deref().unwrap_or("");
                    !a.contains(cond)
                        && words.get(1).is_none_or(|w| w != "to")
                        && words.last().is_none_or(|w| w != "then")
                });
                // "parked till after vintage, nobody's got time to …": the clause after
                // the condition's comma says why.
                let within = found.as_deref().filter(|_| condition).and_then(|said| {
                    let (a, b) = reasons::span_of(text, toks, said)?;
                    let c =
                        reason_heads::after_timed_condition(toks, a, b, self.settings.day_first)?;
                    Some(text[toks[c].start..toks[b - 1].end].trim().to_string())
                });
                // "…, so the board signed off on the rest, $22K, tonight": a clause that
                // only says when is no reason; the one before the verdict may be.
                within
                    .or(after)
                    .or(found)
                    .filter(|said| !clauses::only_when(said))
            })
            .or_else(|| {
                // "cut to 90 machines ($117k), rest next FY", "the 35 oldest get replaced
                // now, £31k, the rest wait till April": the part left for later.
                let v =
                    verdict.filter(|v| matches!(v.verdict, Verdict::Rescope | Verdict::Approve))?;
                left_for_later::part_left_for_later(
                    text,
                    toks,
                    v.start,
                    stop.unwrap_or(toks.len()),
                    &in_money,
                )
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
                let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                next_sentence::what_it_is_after_refusal(text, toks, v.end, stop, &skip, &decides)
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
                        text, toks, v.end, stop, dates, &in_money, &decides,
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
                let invests = |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
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
                let refused = matches!(v.verdict, Verdict::Reject | Verdict::Stop);
                next_sentence::sentence_before(
                    text,
                    toks,
                    v.start,
                    &in_money,
                    &decides,
                    &other_name,
                    refused,
                )
                .or_else(|| {
                    next_sentence::sentence_told_first(
                        text,
                        toks,
                        v.start,
                        &in_money,
                        &decides,
                        &other_name,
                        refused,
                    )
                })
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
                // The name that opens the message, and its result after it ("The new
                // boilers", "New minibuses": the words before the name that only point).
                let det = toks
                    .iter()
                    .take(2)
                    .take_while(|t| matches!(t.lower.as_str(), "the" | "our" | "new"))
                    .count();
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
                        result_subject::result_after_opening_name(text, toks, &name_end, &in_money)
                            .or_else(|| {
                                result_subject::result_after_name_at_place(
                                    text, toks, &name_end, &in_money,
                                )
                            })
                            .or_else(|| {
                                named_work_results::result_after_named_work(
                                    text, toks, &name_end, &in_money, &skip,
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
                verdict
                    .and_then(|v| short_causes::short_cause_before(text, toks, v.start, &in_money))
            })
            .or_else(|| {
                // "$9K a year to lease a machine that got used 11 times — we're ending …".
                let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                short_causes::price_before_dash(text, toks, v.start, &in_money, &skip)
            })
            .or_else(|| {
                // "was 80k, now 95k after the extra payment integration", "approved at
                // $11,200 after the rebate came through".
                let v = verdict?;
                let rescope = v.verdict == Verdict::Rescope;
                told_around_verdict::after_new_amount(text, toks, v.end, stop, &in_money, rescope)
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
                let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                told_around_verdict::other_way_after_refusal(text, toks, v.end, stop)
            })
            .or_else(|| {
                // "X is paying off — queues clear in half the time and …".
                (intent == Intent::Benefit && verdict.is_none())
                    .then(|| paying_off::result_after_praise(text, toks, &in_money, &skip))
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
        // "… flagged our MFA gaps. So the cyber uplift is approved": the sentence before.
        let so_opened =
            verdict.and_then(|v| so_opened::reason_sentence_before(text, toks, v.start));
        let rationale = so_opened.or(joined).or(rationale);
        // "…. That's the whole point of the upgrade, so I'm approving": what "That's" points
        // back at is the reason.
        let rationale = rationale.map(|said| {
            pointing_back::sentence_pointed_at(text, toks, &said, &in_money, &decides)
                .unwrap_or(said)
        });
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
        // "…: we've had to scale it back. Full replacement came in at €1.2m, so we're doing
        // …": the whole job's price before ", so", not what is done instead.
        let priced = verdict
            .filter(|v| v.verdict == Verdict::Rescope)
            .and_then(|v| {
                rescope_prices::price_before_so(
                    text,
                    toks,
                    v.end,
                    stop.unwrap_or(toks.len()),
                    &in_money,
                )
            })
            .filter(|(s, _)| {
                rationale
                    .as_deref()
                    .is_none_or(|r| reasons::span_of(text, toks, r).is_some_and(|(a, _)| a == *s))
            });
        let rationale = priced.map(|(_, said)| said).or(rationale);
        // "The new coding software is flying. Coders cleared the October backlog three
        // weeks early and …": praise with no figure, then the measured result, beats none,
        // the praise, or a part of the result after its start ("not a day and a half"); a
        // result read from the same start keeps its own cut.
        let praised = (intent == Intent::Benefit && verdict.is_none())
            .then(|| praise_then_result::result_after_unmeasured_praise(text, toks, &in_money))
            .flatten()
            .filter(|&(s, e, _)| {
                rationale.as_deref().is_none_or(|r| {
                    reasons::span_of(text, toks, r).is_none_or(|(a, b)| a < s || a > s && b <= e)
                })
            });
        let rationale = praised.map(|(_, _, said)| said).or(rationale);
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
        // "We keep the new bar top and the ice wells, the patio waits till …": a rescope's
        // reason runs back over what we do or keep now, told just before it.
        let rationale = rationale.map(|said| {
            let back = verdict
                .filter(|v| v.verdict == Verdict::Rescope)
                .and_then(|_| reasons::span_of(text, toks, &said))
                .and_then(|(a, b)| Some((left_for_later::done_now_before(toks, a)?, b)));
            back.map_or(said, |(s, b)| {
                text[toks[s].start..toks[b - 1].end].trim().to_string()
            })
        });
        // "…, data cleanup is 80% done, no point stopping now": the judgement after the
        // reason's comma runs on with it.
        let rationale = rationale.map(|said| {
            let end = reasons::span_of(text, toks, &said).and_then(|(a, b)| {
                let limit = stop.unwrap_or(toks.len());
                let e = judged_on::judgement_after(toks, b, limit).or_else(|| {
                    let v = verdict.filter(|_| intent == Intent::Decision)?;
                    let refused = matches!(v.verdict, Verdict::Reject | Verdict::Stop);
                    reason_runs_on::clause_after(
                        text,
                        toks,
                        (a, b),
                        (v.end, refused),
                        limit,
                        &in_money,
                        &decides,
                    )
                })?;
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
            let b2 = verdict_asides::before_contentment(toks, a2, b2);
            if (a2, b2) == (a, b) || b2 < a2 + 2 {
                return said;
            }
            text[toks[a2].start..toks[b2 - 1].end].trim().to_string()
        });
        // "… - stop. Sunk $160k and only 3 log in, the rest still call CS": a reason
        // sentence holding money is read from its start.
        let rationale = rationale.map(|said| {
            let whole = verdict
                .zip(reasons::span_of(text, toks, &said))
                .and_then(|(v, (a, b))| {
                    let s =
                        money_sentences::sentence_start(text, toks, a, v.end, &in_money, &decides)
                            .or_else(|| {
                                money_sentences::sentence_before_time_word(
                                    text, toks, a, v.end, &decides,
                                )
                            })?;
                    Some(text[toks[s].start..toks[b - 1].end].trim().to_string())
                });
            whole.unwrap_or(said)
        });
        // "Business justification: …", "*Why:* …", a benefit's "Result: …": the line the
        // writer labels as the reason.
        let benefit = intent == Intent::Benefit && verdict.is_none();
        let rationale =
            labelled_reasons::reason_line(text, toks, benefit, verdict.map(|v| (v.start, v.end)))
                .or(rationale);
        r.rationale = rationale
            .map(clauses::without_announcement)
            .map(clauses::without_tone)
            .map(super::spoken_tags::without_tag)
            .map(clauses::after_own_because)
            .filter(|said| !clauses::only_when(said))
            // "the LPR cameras at the Featherbrooke gate flagged …", "fuel card spend is
            // down $6k a month": a benefit's result settled at its edges.
            .and_then(|said| {
                if benefit {
                    benefit_results::settled(text, toks, names, &in_money, said)
                } else {
                    Some(said)
                }
            });
        self.settle_rationale(found, &skip, &in_money, r);
    }
}
