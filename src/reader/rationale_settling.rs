//! The rationale after the rules chose it: a benefit's results listed together, a
//! continue's results after its sentence, the reason model's pick, a benefit's result read
//! from its verb, and what is never a reason (when to look again, progress, when the work
//! happens, an aside) taken out.

use super::rationale_choice::Found;
use super::*;

impl Found<'_> {
    /// Where `rationale`, when there is one, lies in the record's tokens (`reasons::span_of`).
    fn span_of(&self, rationale: Option<&str>) -> Option<(usize, usize)> {
        rationale.and_then(|said| reasons::span_of(self.text, self.toks, said))
    }
}

impl Reader {
    /// Settles `r.rationale` as the rules left it, for the record `found` holds; `skip`
    /// says which tokens are amounts and dates, `in_money` which are money.
    pub(super) fn settle_rationale(
        &self,
        found: &Found,
        skip: &dyn Fn(usize) -> bool,
        in_money: &dyn Fn(usize) -> bool,
        r: &mut Reading,
    ) {
        let Found {
            text,
            toks,
            verdict,
            names,
            intent,
            ..
        } = *found;
        if intent == Intent::Benefit && verdict.is_none() {
            let det = usize::from(toks.first().is_some_and(|t| t.is("the")));
            let opens = names.iter().find(|m| m.start == det).map_or(0, |m| {
                let labelled = toks
                    .get(m.end)
                    .is_some_and(|t| t.is(":") || t.is_sym("-") || t.is_sym("—"));
                m.end + usize::from(labelled)
            });
            let listed = found.span_of(r.rationale.as_deref()).and_then(|span| {
                clauses::results_before(text, toks, span, opens, skip, in_money, true)
            });
            if listed.is_some() {
                r.rationale = listed;
            }
            // "…, and we're wasting 6% less feed — near enough £40k": a counted change
            // joined on, the money still to come, runs on with the result.
            let span = found.span_of(r.rationale.as_deref());
            if let Some((a, b)) = span {
                let e = clauses::more_results(toks, b, skip, in_money);
                if e > b {
                    r.rationale = Some(text[toks[a].start..toks[e - 1].end].trim().to_string());
                }
                // "…, which is roughly £900 a month less going down the sink": the worth.
                let e = e.max(b);
                let cut = super::which_is_money::before_which_is_money(toks, (a, e), in_money);
                if cut < e {
                    r.rationale = Some(text[toks[a].start..toks[cut - 1].end].trim().to_string());
                }
            }
        }
        // "we keep it. Fewer wasted trips, 61 sailings saved since April": results
        // listed in a sentence after a continue's are its reason together.
        let kept = verdict.filter(|v| v.verdict == Verdict::Continue);
        let span = found.span_of(r.rationale.as_deref());
        if let (Some(v), Some((a, b))) = (kept, span) {
            let opens = (v.end..a.max(v.end))
                .rev()
                .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
                .map(|p| p + 1);
            let listed = opens.and_then(|o| {
                clauses::results_before(text, toks, (a, b), o, skip, in_money, false)
            });
            if listed.is_some() {
                r.rationale = listed;
            }
        }
        if !self.reasons.is_empty() {
            let ctx = reasons::Context {
                text,
                toks,
                skip,
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
            let span = found.span_of(r.rationale.as_deref());
            if let Some((a, b)) = span {
                let a2 = result_subject::after_named_subject(toks, a, b, &name_end);
                let a2 = result_subject::after_owed_to_name(toks, a2, b, &name_end);
                let a2 = result_subject::after_live_status(toks, a2, b);
                let named_before = names.iter().filter(invests).any(|m| m.start < a);
                let a2 = result_subject::after_new_system(toks, a2, b, named_before);
                let a2 = result_subject::after_auxiliary(toks, a2, b);
                let a2 = bare_clauses::past_praise(toks, a2, b);
                let a2 = thanks_to_work::after_thanks_to_work(toks, a2, b);
                let b2 = payments_dropped::before_payment_dropped(toks, a2, b);
                if a2 > a || b2 < b {
                    r.rationale = Some(text[toks[a2].start..toks[b2 - 1].end].trim().to_string());
                }
            }
        }
        // A benefit's evidence told beside its money, after praise, after "=", or with
        // its month (round R41).
        if intent == Intent::Benefit && verdict.is_none() {
            benefit_evidence::settle(text, toks, skip, in_money, &mut r.rationale);
        }
        // "…, so we've paid $7,500 less in callouts": what the result let us do, told
        // with the money, is the benefit's amount, not its evidence.
        let span = found.span_of(
            r.rationale
                .as_deref()
                .filter(|_| intent == Intent::Benefit && verdict.is_none()),
        );
        if let Some((a, b)) = span {
            let b2 = benefit_consequences::before_consequence(toks, a, b, in_money);
            let b2 = benefit_consequences::before_money_clause(toks, a, b2, in_money);
            // "Since the laneway went in we walk the mob …": the "Since" and the work's
            // event that open the result's sentence are kept with it.
            let a2 = clauses::since_opening_before(toks, a, in_money).unwrap_or(a);
            // "Arena LED lighting – the first month of data shows …": not the heading.
            let a2 = benefit_consequences::after_uncounted_heading(toks, a2, b2, in_money);
            if b2 < b || a2 != a {
                r.rationale = Some(text[toks[a2].start..toks[b2 - 1].end].trim().to_string());
            }
        }
        // "We're giving up on the hydro heater: $26k spent on a unit that …": the money sunk
        // after the stop's colon, and what still goes wrong, is why.
        let sunk = verdict
            .filter(|v| r.verdict == Some(Verdict::Stop) && v.verdict == Verdict::Stop)
            .and_then(|v| super::sunk_after_colon::sunk_after_colon(toks, v.end, in_money));
        if let Some((a, b)) = sunk {
            r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
        }
        // "not this winter, the MD wants it revisited in April": when to look again, by
        // any rule or the model, is not why; nor is what is still to come of work that goes
        // on ("carrying on as planned, the new motor arrives next week"; convention 79: how
        // far it has got, "8 done of 20", is its reason).
        let span = found.span_of(r.rationale.as_deref());
        let look_again = span.is_some_and(|(a, _)| clauses::opens_look_again(toks, a));
        let progress = r.verdict == Some(Verdict::Continue)
            && span.is_some_and(|(a, b)| super::still_to_come::done_part(toks, a, b).is_none());
        // "approved £27k, work in the summer holidays": when the work happens.
        let when_worked = span.is_some_and(|(a, b)| {
            work_times::work_and_its_time(toks, a, b)
                // "…, goes in over the Easter shutdown" (round R42).
                || verdict.is_some() && super::work_arrivals::arrival_told(toks, a, b)
                // "we continue. Kickoff with EFI is 2027-01-07" (round S68), whatever
                // found the verdict.
                || r.verdict.is_some() && super::work_arrivals::step_falls_when(toks, a, b)
                // "…, has to be in before pitchers & catchers" (round R43).
                || verdict.is_some() && super::work_deadlines::deadline_told(toks, a, b)
        });
        // "is a go, $16K, same setup as Plaquemine": an aside, by any rule or the model.
        let aside_only = span.is_some_and(|(a, b)| verdict_asides::no_reason_aside(toks, a, b));
        // "aprvd the kitchen equipment 27k 👍 fryers first": which part goes first.
        let first_part = r.verdict == Some(Verdict::Approve)
            && span.is_some_and(|(a, b)| verdict_asides::goes_first(toks, a, b));
        // "approved phase 2 at $640K (gold carding for top 200 providers)": what the work
        // holds (round R41).
        let holds = matches!(r.verdict, Some(Verdict::Approve | Verdict::Rescope))
            && span.is_some_and(|(a, b)| held_in_brackets::what_it_holds(toks, a, b));
        if look_again || progress || when_worked || aside_only || first_part || holds {
            r.rationale = None;
        }
        // "the saplings are in and the fencing contractor's booked for January" (convention
        // 79): the part done, without the step still to come.
        let done_cut = span
            .filter(|_| r.rationale.is_some() && r.verdict == Some(Verdict::Continue))
            .and_then(|(a, b)| {
                let (a2, b2) = super::still_to_come::done_part(toks, a, b)?;
                (a2 > a || b2 < b).then_some((a2, b2))
            });
        if let Some((a2, b2)) = done_cut {
            let word = |k: usize| toks[k].is_word() || toks[k].kind == super::tokens::TokKind::Num;
            if let Some(l) = (a2..b2).rev().find(|&k| word(k)) {
                r.rationale = Some(text[toks[a2].start..toks[l].end].trim().to_string());
            }
        }
        // "budget down to £48k from £70k, we'll hire the beams for the big jobs" (R42).
        let cut = verdict.filter(|v| {
            r.rationale.is_none()
                && r.verdict == Some(Verdict::Rescope)
                && v.verdict == Verdict::Rescope
        });
        if let Some((a, b)) =
            cut.and_then(|v| super::cut_instead::instead_after_cut(toks, v.end, skip, in_money))
        {
            r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
        }
        // "About time, the old one was dropping …" (round R42): the remark is no reason.
        let span = found.span_of(r.rationale.as_deref());
        if let Some((a, b)) = span.filter(|_| verdict.is_some()) {
            let a2 = super::about_time::after_overdue_remark(toks, a, b);
            if a2 > a {
                r.rationale = Some(text[toks[a2].start..toks[b - 1].end].trim().to_string());
            }
        }
        // "– wah, picking errors down …" (round R43): the interjection is tone.
        if let Some((a, b)) = span {
            let a2 = super::interjections::after_interjection(toks, a, b);
            if a2 > a {
                r.rationale = Some(text[toks[a2].start..toks[b - 1].end].trim().to_string());
            }
        }
        // "on hold til after vintage, no way we're having cranes in the yard …", "on hold
        // while we sort the school contracts, nowt changes till …": the time a hold lasts,
        // then a clause of its own after a comma; that clause is why.
        let hold_time = span
            .filter(|_| r.verdict == Some(Verdict::Defer))
            .and_then(|(a, b)| {
                let opens = matches!(
                    toks[a].lower.as_str(),
                    "til" | "till" | "until" | "while" | "pending"
                );
                // "… till the budget is set in February; we'd be guessing …" (round R40):
                // a semicolon ends the hold's time as a comma does.
                let c = (a + 2..b).find(|&k| toks[k].is_sym(",") || toks[k].is(";"))?;
                (opens && hold_reasons::says_why_after_comma(toks, c, b)).then_some((c + 1, b))
            });
        if let Some((a, b)) = hold_time {
            r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
        }
        // "parking it till Q2. RingCentral want a 3-year term and I'm not signing that
        // while the DMS move is live": the condition ends a refusal of its own sentence,
        // which is why together with it.
        let refused_until = found
            .span_of(r.rationale.as_deref())
            .zip(verdict)
            .filter(|_| r.verdict == Some(Verdict::Defer))
            .and_then(|((a, b), v)| {
                hold_reasons::refusal_before_condition(toks, v.end, a).map(|s| (s, b))
            });
        if let Some((a, b)) = refused_until {
            r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
        }
        // "can wait til september, jake rebuilt the compressor …": a hold read with no
        // reason, and a clause saying why after its clause's comma.
        if r.rationale.is_none() {
            let held = verdict.filter(|_| r.verdict == Some(Verdict::Defer));
            r.rationale = held.and_then(|v| {
                let decides = |s: usize, e: usize| clauses::decides_in(toks, s, e);
                hold_reasons::reason_after_hold(text, toks, v.end, toks.len(), &decides)
            });
        }
        let span = found.span_of(r.rationale.as_deref());
        // "Let's see what the contractor charges us and look at it again in June": a
        // look-again joined on by "and" ends the reason before it.
        let joined_look_again = span.filter(|_| !look_again).and_then(|(a, b)| {
            (a + 2..b).find(|&j| toks[j].is("and") && clauses::opens_look_again(toks, j + 1))
        });
        // "carries on, go-live slipped to jan but the invoice export finally works".
        if r.rationale.is_none() && r.verdict == Some(Verdict::Continue) {
            if let Some((a, b)) = verdict.and_then(|v| slip_but_works::slip_but_works(toks, v.end))
            {
                r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
            }
        }
        if let (Some(j), Some((a, _))) = (joined_look_again, span) {
            r.rationale = Some(text[toks[a].start..toks[j - 1].end].trim().to_string());
        }
        // "families found them intrusive, 14 complaints in a month": a stop's or a
        // refusal's case is the whole sentence's (round R41).
        if let Some((a, b)) = verdict
            .filter(|_| matches!(r.verdict, Some(Verdict::Stop | Verdict::Reject)))
            .zip(span.filter(|_| joined_look_again.is_none()))
            .and_then(|(v, (a, b))| refusal_cases::whole_case(toks, a, b, v.end, skip))
        {
            r.rationale = Some(text[toks[a].start..toks[b - 1].end].trim().to_string());
        }
        // "\nPriya: $46k for a box that sits idle": who said it (round R42).
        if let Some((a, b)) = found.span_of(r.rationale.as_deref()) {
            let a2 = super::commenter_names::after_commenter(text, toks, a, b);
            if a2 > a {
                r.rationale = Some(text[toks[a2].start..toks[b - 1].end].trim().to_string());
            }
        }
        // "… in 2 months 💀": an emoji ending the reason is the writer's mood, not part
        // of the reason.
        r.rationale = r
            .rationale
            .take()
            .map(tokens::without_trailing_symbols)
            .map(reasons::without_trailing_laugh)
            .map(without_hanging_joiner)
            .map(without_edge_marks);
    }
}

/// "> 94% of active accounts enrolled, …", "| continue, vendor back on track |": a
/// quote's marker opening the reason and a table's bar closing it are layout, not words of
/// the reason; nor is the space beside them.
fn without_edge_marks(text: String) -> String {
    let t = text.trim();
    let t = t.strip_prefix('>').map_or(t, str::trim_start);
    let t = t.strip_suffix('|').map_or(t, str::trim_end);
    if t.len() == text.len() || t.is_empty() {
        text
    } else {
        t.to_string()
    }
}

/// "(a) approved …, as the boards failed the safety inspection; and\n(b) declined …": a
/// reason that runs to the end of its lettered or numbered item leaves out the "; and" /
/// ", or" that joins the item to the next one.
fn without_hanging_joiner(text: String) -> String {
    let t = text.trim_end();
    let Some(rest) = t
        .strip_suffix("and")
        .or_else(|| t.strip_suffix("or"))
        .filter(|r| r.ends_with(char::is_whitespace))
    else {
        return text;
    };
    let rest = rest.trim_end();
    match rest.strip_suffix(';').or_else(|| rest.strip_suffix(',')) {
        Some(kept) if !kept.trim_end().is_empty() => kept.trim_end().to_string(),
        _ => text,
    }
}
