//! Which amount is the record's: the decided figure, the benefit's, or none, among the
//! amounts a message holds.

use super::*;

impl Reader {
    pub(super) fn assign_money(
        &self,
        r: &mut Reading,
        toks: &[Token],
        money: &[MoneyMention],
        names: &[names::NameMatch],
        verdict_at: Option<(Verdict, usize)>,
    ) {
        let verdict = verdict_at.map(|(v, _)| v);
        if matches!(r.intent, Intent::Note | Intent::None) {
            return;
        }
        // A cue word inside a name ("Revenue approved $25k", the Revenue unit) says
        // nothing about the amount.
        let in_name = |k: usize| names.iter().any(|n| (n.start..n.end).contains(&k));
        // "postal renewals cost £6 each", "fines start at $10K per listing", "R$ 0,04 more
        // per litre", "we rent the stage for $4k a day": a price per thing or a rate by the
        // day or hour is never the one-off amount decided.
        // "about $28k per the PM", "per our contract": "per" before who or what says so
        // tells the figure's source, not a price per thing.
        let per_source = |w: &str| {
            matches!(
                w,
                "the" | "our" | "their" | "his" | "her" | "my" | "your" | "its"
            )
        };
        let per_thing = |m: &MoneyMention| {
            let at = |k: usize| toks.get(m.end + k).map_or("", |t| t.lower.as_str());
            let skip = usize::from(matches!(at(0), "more" | "less" | "extra"));
            // "Walk-over weighing got knocked back. $65k a unit, and …": a refusal's only
            // money, the price of one unit of the thing refused, is what it refused
            // (convention 8).
            // "sack off the cargo trike idea, 12k each and …": so is its price each
            // (round V47).
            let refused_unit = verdict == Some(Verdict::Reject)
                && money.len() == 1
                && (matches!(at(skip), "a" | "per") && at(skip + 1) == "unit"
                    || matches!(at(skip), "each" | "apiece"));
            if refused_unit {
                return false;
            }
            // "avg spend per table up $6", "spend per head up $2": the change in a figure
            // per thing, said just before the money ("savings per year: $40k" is no thing).
            let from = m.start.saturating_sub(4);
            let per_before = (from..m.start)
                .rev()
                .take_while(|&k| !toks[k].is_break())
                .any(|k| {
                    toks[k].is("per")
                        && !toks.get(k + 1).is_some_and(|t| {
                            matches!(
                                t.lower.as_str(),
                                "year" | "annum" | "month" | "week" | "quarter" | "day"
                            )
                        })
                });
            matches!(at(skip), "each" | "apiece")
                || at(skip) == "per" && !at(skip + 1).is_empty() && !per_source(at(skip + 1))
                || matches!(at(skip), "a" | "an")
                    && matches!(
                        at(skip + 1),
                        "day" | "hour" | "night" | "shift" | "head" | "person" | "user" | "pop"
                    )
                || money_roles::rate_per_thing(toks, m)
                || money_roles::set_against_a_rate(toks, m, money)
                || per_before
        };
        if r.intent == Intent::Benefit {
            // "the diesel bill has gone down from 9m to 6.5m a month": the change, by the
            // year (round V54).
            if let Some(change) = money_roles::change_from_to(toks, money) {
                r.amount = Some(change);
                return;
            }
            // "Before that we was losing maybe $1,500 a month": what was lost before the
            // work, by the period, is what it brings (round V54).
            let lost_before = money.iter().find(|m| {
                m.period.is_some()
                    && (m.start.saturating_sub(9)..m.start).any(|k| {
                        crate::reader::no_longer_lost::lost_before_at(toks, k)
                            .is_some_and(|e| e <= m.start)
                    })
            });
            // "… 40 brew days = ~$80k": the total worked out is what was realised.
            let realised = money
                .iter()
                .find(|m| {
                    !per_thing(m)
                        && (money_roles::worked_total(toks, m)
                            || money_roles::rough_year_after_figures(toks, m, money))
                })
                .or(money.iter().find(|m| {
                    money.len() > 1 && !per_thing(m) && money_roles::saving_said_of(toks, m)
                }))
                .or(money
                    .iter()
                    .find(|m| !per_thing(m) && !money_roles::compared_price(toks, m, money)))
                .or(money.iter().find(|m| !per_thing(m)))
                .or(money.first());
            let realised = lost_before.or(realised);
            r.amount = realised.map(|m| m.money);
            return;
        }
        // Words next to the amount, not crossing a comma or a sentence end.
        let near = |m: &MoneyMention, words: &[&str], before: usize, after: usize| {
            let from = m.start.saturating_sub(before);
            let to = (m.end + after).min(toks.len());
            // "contract value SEK 9,6 mill": what a deal is worth is its cost.
            // "the value is 240.000,00 €": a price, as Portuguese and Spanish writers give
            // one ("o valor é").
            let deal_value = |k: usize| {
                toks[k].is("value")
                    && k > 0
                    && (matches!(
                        toks[k - 1].lower.as_str(),
                        "contract" | "order" | "deal" | "purchase" | "total"
                    ) || toks[k - 1].is("the")
                        && toks.get(k + 1).is_some_and(|t| t.is("is") || t.is("was")))
            };
            let hit = |(k, t): (usize, &Token)| {
                words.contains(&t.lower.as_str()) && !in_name(k) && !deal_value(k)
            };
            toks[from..m.start]
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, t)| !t.is_break())
                .any(|(k, t)| hit((from + k, t)))
                || toks[m.end..to]
                    .iter()
                    .enumerate()
                    .take_while(|(_, t)| !t.is_break())
                    .any(|(k, t)| hit((m.end + k, t)))
        };
        const BENEFIT: &[&str] = &["revenue", "return", "returns", "upside", "value"];
        const COST: &[&str] = &["costs", "cost"];
        // "should cut contractor survey costs by $40k/yr": a cost cut by an amount saves it.
        let cut_by = |m: &MoneyMention| {
            m.start >= 2
                && toks[m.start - 1].is("by")
                && (m.start.saturating_sub(7)..m.start - 1).any(|k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "cut" | "cuts" | "reduce" | "reduces" | "lower" | "lowers" | "trim"
                    )
                })
        };
        // "At €90k a year for six users, we're stopping it": on a stop, money by the year
        // with no word of saving is what the work costs to run, not what it would bring.
        // So on a refusal ("the vendor quoted $120k/yr, so it's a no"), and on money said
        // as paid ("we're paying $160k/yr on the lease", "$30K up front + $900/mo").
        let refusal = matches!(
            verdict,
            Some(Verdict::Stop | Verdict::Reject | Verdict::Defer)
        );
        let saving_said = |m: &MoneyMention| {
            near(m, money_words::SAVING_WORDS, 4, 3) && !benefit_money::effort_saved_after(toks, m)
                || near(m, BENEFIT, 4, 3)
        };
        // "for $400k saves us $70k a year": the price said before the saving's own money.
        let price_before_saving = |m: &MoneyMention| {
            m.period.is_none()
                && money.iter().any(|n| {
                    n.start > m.end
                        && n.start <= m.end + 4
                        && toks[m.end..n.start]
                            .iter()
                            .any(|t| money_words::SAVING_WORDS.contains(&t.lower.as_str()))
                })
        };
        // "would like a monitoring service, around £45k a year", "accepted … a data feed
        // for CHF 95'000 per year": the only money, by the year with no word of saving, is
        // what the thing costs.
        let sole_price = |m: &MoneyMention| money.len() == 1 && !saving_said(m);
        let is_benefit = |m: &MoneyMention| {
            saving_said(m) && !price_before_saving(m)
                || m.period.is_some()
                    && (!(refusal
                        || near(m, money_words::RUNNING_COST_WORDS, 3, 2)
                        || near(m, COST, 3, 2)
                        || money_roles::paid_by_period(toks, m, money)
                        || money_roles::cost_going_up_to(toks, m)
                        || money_roles::cost_that_was(toks, m)
                        || super::price_bounds::price_bound(toks, m.start)
                        || sole_price(m))
                        || cut_by(m))
        };
        // "paying $160k/yr on the lease now … saves us $70k a year": the money said as a
        // saving before money by the year said without a word of it.
        // "buying it out for $400k saves us $70k a year": the saving is the money by the
        // year after the word, not the price before it.
        let annual = money
            .iter()
            .find(|m| {
                m.period.is_some() && near(m, money_words::SAVING_WORDS, 4, 0)
                    || benefit_money::cut_said_before(toks, m)
            })
            .or(money
                .iter()
                .find(|m| saving_said(m) && !price_before_saving(m)))
            .or(money.iter().find(|m| is_benefit(m)));
        let years = intent::find_years(toks);
        r.annual_benefit = annual.map(|m| match (m.period, years) {
            (None, Some(y)) => Money::new(m.money.minor / i64::from(y), m.money.currency),
            _ => m.money,
        });
        // "can replace 4 workers, each worker salary about 60,000 per year": the count
        // replaced times the pay of one (round V53).
        if let Some(n) = annual.and_then(|m| money_roles::count_priced_each(toks, m)) {
            r.annual_benefit = r.annual_benefit.and_then(|b| {
                let minor = b.minor.checked_mul(n)?;
                (minor <= crate::money::MAX_MINOR).then(|| Money::new(minor, b.currency))
            });
        }
        // "we pay Ryder about $9,000 a season so it'd pay for itself in 4": on a proposal,
        // the money paid now for what the thing replaces is its yearly benefit, a season's
        // money the year's (round V53).
        if r.intent == Intent::Investment && r.annual_benefit.is_none() {
            r.annual_benefit = money
                .iter()
                .find(|m| money_roles::paid_now_it_pays_for_itself(toks, m))
                .map(|m| m.money);
        }
        // "dropping the loyalty scheme, that saves £19k, so the budget's now £61k": on a
        // rescope, money saved once is what the cut takes off, no yearly benefit.
        if verdict == Some(Verdict::Rescope)
            && annual.is_some_and(|m| m.period.is_none())
            && years.is_none()
        {
            r.annual_benefit = None;
        }
        // "going rebuild da starboard gearbox … instead of buying new, saves us like $6k.
        // I ok'd um.": on an approval of the cheaper way, money saved once is what the
        // choice saves, no yearly benefit (round V54).
        let cheaper_way = |m: &MoneyMention| {
            (m.start.saturating_sub(12)..m.start)
                .rev()
                .take_while(|&k| !matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
                .any(|k| toks[k].is("instead") && toks.get(k + 1).is_some_and(|t| t.is("of")))
        };
        if verdict == Some(Verdict::Approve)
            && annual.is_some_and(|m| m.period.is_none() && cheaper_way(m))
            && years.is_none()
        {
            r.annual_benefit = None;
        }
        // "the cost has gone from ₦900m to ₦1.4bn", "renewal is £28k, up from £19k": the
        // figure a cost moved from is the old one; the one it moved to is the record's.
        // On a deferral, "parked - the agency wants another £20k", "deferred to January,
        // £275k is too much while …": the price of what was put off, its amount, as a
        // rejection's "£1m is too much" is what was refused (convention 45); but "the two
        // sponsors asking for it are worth £60k" is what something else is worth, and "the
        // auction brought in $2.3M" what it earned.
        let reasons_figure = |m: &MoneyMention| {
            verdict == Some(Verdict::Defer)
                && verdict_at.is_some_and(|(_, v)| money_roles::in_judged_clause(toks, m, v))
                && money_roles::not_the_price_put_off(toks, m)
        };
        let one_off: Vec<&MoneyMention> = money
            .iter()
            .filter(|m| {
                !is_benefit(m)
                    && m.period.is_none()
                    && !per_thing(m)
                    && !money_roles::moved_from(toks, m, money)
                    && !money_roles::set_beside(toks, m, money)
                    && !money_roles::takings(toks, m)
                    && !money_roles::stock_moved(toks, m)
                    && !money_roles::cash_carried(toks, m)
                    && !money_roles::trade_in_value(toks, m)
                    && !market_prices::quoted(toks, m)
                    && !reasons_figure(m)
                    // "approved — $4,100 for the year" (round V62): by the year.
                    && !(verdict.is_some() && super::priced_for_the_year::for_the_year(toks, m))
                    && !(verdict == Some(Verdict::Defer) && money_roles::paid_for_a_repair(toks, m))
                    && (verdict == Some(Verdict::Rescope) || !money_roles::alternative(toks, m))
                    // "we're continuing, came in £45k under budget": how far the cost
                    // came from its budget is no money decided; a price refused "against
                    // a budget of £25,000" is what was refused, and "the builder came back
                    // €15k over" what a stop walks away from (convention 3, round V47).
                    && (matches!(verdict, Some(Verdict::Rescope | Verdict::Reject | Verdict::Stop))
                        || !intent::budget_variance(toks, m.start, m.end))
            })
            .collect();
        r.amount = if verdict == Some(Verdict::Rescope) {
            // "£70k instead of £125k", "rather than the £125k wall", "R$ 2,9 milhões, not
            // R$ 2,4 milhões": the figure replaced.
            let replaced = |m: &MoneyMention| {
                money_roles::alternative(toks, m)
                    || m.start >= 2
                        && matches!(
                            (
                                toks[m.start - 2].lower.as_str(),
                                toks[m.start - 1].lower.as_str()
                            ),
                            ("instead", "of") | ("rather", "than") | (",", "not")
                            // "₦310m as against ₦720m" (round S44).
                                | ("as", "against")
                        )
                    // "18k not 45k": "not" straight after the new figure.
                    || m.start >= 2
                        && toks[m.start - 1].is("not")
                        && one_off.iter().any(|o| o.end == m.start - 1)
                    // "for £58,000 rather than new at £95k" (round V60, convention 90): the
                    // old figure after a word or two saying what it bought.
                    || (2..=3).any(|n| {
                        m.start >= n + 2
                            && matches!(
                                (
                                    toks[m.start - n - 2].lower.as_str(),
                                    toks[m.start - n - 1].lower.as_str()
                                ),
                                ("instead", "of") | ("rather", "than")
                            )
                            && toks[m.start - n..m.start].iter().all(|t| {
                                matches!(t.lower.as_str(), "new" | "at" | "the" | "a" | "buying")
                            })
                    })
                    // "₱2.9M from ₱5.1M": "from" straight after the new figure (round V47).
                    || m.start >= 2
                        && toks[m.start - 1].is("from")
                        && one_off.iter().any(|o| o.end == m.start - 1)
            };
            one_off
                .iter()
                .find(|m| m.start > 0 && toks[m.start - 1].is("to"))
                .or(one_off.iter().rfind(|m| !replaced(m)))
                .map(|m| m.money)
        } else {
            // "Overtime is £310k over plan, so the tool is approved at £30k": an amount in
            // a clause before the verdict's is the reason's figure when the verdict's own
            // clause holds another.
            let in_verdict_clause = |m: &MoneyMention| {
                verdict_at.is_some_and(|(_, v)| {
                    let (a, b) = if m.start < v {
                        (m.end, v)
                    } else {
                        (v, m.start)
                    };
                    !toks[a.min(b)..b].iter().any(Token::is_break)
                })
            };
            // "Our cloud bill hit €30k last month, so the build farm is approved": money
            // spent in a past time, in a clause of its own, is the reason's figure.
            let spent_before = |m: &MoneyMention| {
                !in_verdict_clause(m)
                    && toks.get(m.end).is_some_and(|t| t.is("last"))
                    && toks.get(m.end + 1).is_some_and(|t| {
                        matches!(
                            t.lower.as_str(),
                            "month" | "year" | "quarter" | "week" | "season" | "winter"
                        )
                    })
            };
            let one_off: Vec<&MoneyMention> =
                one_off.into_iter().filter(|m| !spent_before(m)).collect();
            let first = one_off.first();
            let before_verdict = first.is_some_and(|m| {
                verdict_at.is_some_and(|(_, v)| m.end <= v) && !in_verdict_clause(m)
            });
            let own = one_off.iter().skip(1).find(|m| in_verdict_clause(m));
            // "Packaging asked $1.2mm … Approved one line for now, $600k": money in an
            // earlier sentence than the verdict is what was asked or spent when the
            // verdict's own sentence, after it, gives another.
            let given_after = verdict_at.and_then(|(_, v)| {
                first
                    .filter(|m| m.end <= v && money_roles::sentence_between(toks, m.end, v))
                    .and_then(|_| {
                        one_off.iter().find(|m| {
                            m.start > v && !money_roles::sentence_between(toks, v, m.start)
                        })
                    })
            });
            // "£32.7k all in", "the extra $200k": a total worked out, or the money added on
            // top, is what an approval is about, whatever figures come before it.
            // "…, approved at $210K. We swapped 3 felts on guesswork, that's $150K right
            // there.": a total in a later sentence than the verdict's, which has money of
            // its own, is the reason's figure.
            let later = |m: &MoneyMention| {
                verdict_at.is_some_and(|(_, v)| {
                    m.start > v && money_roles::sentence_between(toks, v, m.start)
                })
            };
            let verdicts_own = one_off.iter().any(|m| !later(m));
            let total = one_off.iter().find(|m| {
                (money_roles::worked_total(toks, m) || money_roles::settled_figure(toks, m))
                    && !(verdicts_own && later(m))
            });
            let more = one_off
                .iter()
                .find(|m| money_roles::added(toks, m))
                .filter(|_| !refusal);
            // "asked for $380k, we've given them $250k": the money given, not the ask.
            let given = first
                .filter(|m| money_roles::asked_for(toks, m))
                .and_then(|_| one_off.iter().skip(1).find(|m| money_roles::given(toks, m)));
            // "the Foundation came through with $40K so the board signed off on the rest,
            // $22K": the approval's own money, not the funder's.
            let funded = first
                .filter(|m| money_roles::came_through_with(toks, m))
                .and_then(|_| one_off.get(1));
            // "… came in at $86k" put right by another ("it's $92k now") and agreed ("right,
            // $92k."): the figure agreed.
            let agreed = one_off
                .iter()
                .skip(1)
                .rfind(|m| money_roles::agreed_figure(toks, m));
            let total = agreed.or(total);
            let more = more.or(given).or(funded);
            match (total.or(more), own, given_after) {
                (Some(m), _, _) => Some(m.money),
                (None, Some(m), _) if before_verdict => Some(m.money),
                (None, _, Some(m)) => Some(m.money),
                _ => first.map(|m| m.money),
            }
        };
        // "so it's 12 machines at £1,150 each", "buy 6 for the design team, each 7,500":
        // with no other money decided, or that price the one chosen, the count times the
        // price of one (round V53); a refusal's price each is what it refused (convention 8).
        if !refusal && verdict != Some(Verdict::Rescope) {
            let chosen = r.amount;
            if let Some(sum) = money
                .iter()
                .filter(|m| chosen.is_none() || chosen == Some(m.money))
                .find_map(|m| {
                    let n = money_roles::count_priced_each(toks, m)?;
                    let minor = m.money.minor.checked_mul(n)?;
                    (minor <= crate::money::MAX_MINOR).then(|| Money::new(minor, m.money.currency))
                })
            {
                r.amount = Some(sum);
            }
        }
    }
}
