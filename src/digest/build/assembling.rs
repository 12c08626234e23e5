//! A digest from the aggregates or from investment views: the review lines, one unit's or
//! the portfolio's digest, the follow-ups kept, the change in running cost and the lines of
//! what was left out.

use super::*;

/// The digest from a tenant's aggregates.
pub fn from_aggregates(agg: &Aggregates, s: &DigestSettings, req: &DigestRequest) -> Digest {
    from_aggregates_on(agg, s, req, None)
}

/// The digest from a tenant's aggregates whose investments are `invs` (in id order, the
/// unit's alone for a unit digest), held in whatever form: the store's image, or a
/// snapshot read in place. `rest` gives the units, services, notes and follow-ups.
pub fn from_investments<I: InvestmentView>(
    rest: impl RestView,
    invs: &[I],
    s: &DigestSettings,
    req: &DigestRequest,
) -> Digest {
    digest_of(rest, invs, s, req, None)
}

/// The digest worked out on `threads` threads (the investments split between them; `None`:
/// one per core for a large portfolio, else one). The result is the same whatever the number.
pub fn from_aggregates_on(
    agg: &Aggregates,
    s: &DigestSettings,
    req: &DigestRequest,
    threads: Option<usize>,
) -> Digest {
    let invs: Vec<&InvestmentAgg> = match req.unit {
        Some(u) => agg.investments_of(u).collect(),
        None => agg.all_investments(),
    };
    digest_of(agg, &invs, s, req, threads)
}

/// The lines of the decisions due for review, in the order given, made on `threads`
/// threads for many (in date order they are scattered over memory, so each line waits on
/// its decision's record); the parts are joined in order, so the lines are the same.
pub(super) fn review_lines<D: DecisionView + Sync>(
    due: &[(Option<NaiveDate>, D, Text)],
    threads: usize,
) -> Vec<DecisionLine> {
    // `threads` is already one for a small portfolio (and a test asks for more).
    let (lines, _) = lines_of(due, threads, |_, due, lines| {
        let mut labels = Labels::default();
        for (n, (_, d, name)) in due.iter().enumerate() {
            // Load ahead: the next decisions' records are elsewhere in memory.
            if let Some((_, d, _)) = due.get(n + prefetch::AHEAD) {
                d.prefetch();
            }
            lines.push(decision_line(*d, name.clone(), &mut labels));
        }
    });
    lines
}

pub(super) fn digest_of<I: InvestmentView>(
    agg: impl RestView,
    invs: &[I],
    s: &DigestSettings,
    req: &DigestRequest,
    threads: Option<usize>,
) -> Digest {
    let unit_name = |id: UnitId| -> Text {
        agg.units()
            .get(&id)
            .cloned()
            .unwrap_or_else(|| id.to_string().into())
    };
    let threads = threads.unwrap_or(if invs.len() >= PARALLEL_FROM {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, MAX_THREADS)
    } else {
        1
    });
    // The lines are made in place, in a vector from this thread's heap (reused by the next
    // digest, not from a worker's that ends with it).
    let (lines, parts) = lines_of(invs, threads, |k, part, lines| {
        let room = if k == 0 { invs.len() } else { part.len() };
        investment_part(part, room, lines, s, req, &unit_name)
    });
    let part = parts
        .into_iter()
        .reduce(Part::then)
        .expect("at least one part");
    let Part {
        now,
        previous,
        mut decisions,
        mut reviews_due,
        mut spend,
        mut left_out,
        mut units,
        mut warnings,
    } = part;
    sort_decisions(&mut decisions);
    // Each part's are sorted: this merges the runs. Then the lines, in that order.
    reviews_due.sort_by_key(|d| d.0);
    let reviews_due = review_lines(&reviews_due, threads);

    let mut service_lines = Vec::new();
    for (id, v) in agg.services() {
        if req.unit.is_some() && v.unit != req.unit {
            continue;
        }
        service_lines.push(ServiceLine {
            id: id.to_string(),
            name: v.name.clone(),
            unit: v
                .unit
                .map(|u| unit_name(u).to_string())
                .unwrap_or_else(|| "All".into()),
            currency: v.annual_cost.currency.to_string(),
            annual_cost_minor: v.annual_cost.minor,
            users: v.users,
            unit_cost_minor: ((2 * i128::from(v.annual_cost.minor) + i128::from(v.users))
                / (2 * i128::from(v.users.max(1)))) as i64,
        });
        match s.convert(v.annual_cost, s.base) {
            Some(x) => {
                spend.run += x;
                if let Some(u) = v.unit {
                    let unit = units.entry(u).or_default();
                    unit.run_minor += x;
                    unit.services_cost_minor += x;
                    unit.service_users += v.users;
                }
            }
            None => {
                warnings.insert(format!("{} ({}) costs {} in {}, which has no exchange rate in [fx]; it is left out of run spend.", v.name, id, v.annual_cost, v.annual_cost.currency));
                let acc = left_out.entry(v.annual_cost.currency).or_default();
                acc.amount += i128::from(v.annual_cost.minor);
                acc.services += 1;
            }
        }
    }

    let scope: Vec<UnitId> = match req.unit {
        Some(u) => vec![u],
        None => agg.units().keys().copied().collect(),
    };
    // "The 30 days up to D": D and the 29 days before it.
    let since = req.as_of - Duration::days(s.coverage_days - 1);
    let mut units_without = Vec::new();
    let mut overdue = Vec::new();
    let mut overdue_units: Vec<Text> = Vec::new();
    let mut unit_lines = Vec::with_capacity(scope.len());
    let period_to = req.period.end.min(req.as_of);
    for u in &scope {
        let mut figures = units.remove(u).unwrap_or_default();
        figures.meetings = agg.notes_between(*u, req.period.start, period_to);
        figures.days_since_last_meeting = agg
            .last_note_day(*u, req.as_of)
            .map(|d| (req.as_of - d).num_days());
        let overdue_before = overdue.len();
        if !agg.any_note_between(*u, since, req.as_of) {
            units_without.push(unit_name(*u).to_string());
        }
        // Due before D, in the order the notes and their follow-ups were written.
        if agg.has_open_followups(*u) {
            let unit = overdue_units.len();
            overdue_units.push(unit_name(*u));
            for (due, f) in agg.open_followups_before(*u, req.as_of) {
                overdue.push((due, unit, f));
            }
        }
        figures.overdue_followups = (overdue.len() - overdue_before) as u64;
        follow_ups_kept(agg, *u, req, &mut figures);
        figures.finish();
        unit_lines.push(UnitLine {
            unit: unit_name(*u).to_string(),
            figures,
        });
    }
    // Sorted as a date and two references, then made into lines (see `ReviewDue`).
    overdue.sort_by_key(|f| f.0);
    // On every thread for many, as the reviews due (see `review_lines`).
    let (overdue, _) = lines_of(&overdue, threads, |_, overdue, lines| {
        for (n, (due, unit, f)) in overdue.iter().enumerate() {
            if let Some((_, _, f)) = overdue.get(n + prefetch::AHEAD) {
                f.prefetch();
            }
            lines.push(FollowUpLine {
                note: f.note(),
                unit: overdue_units[*unit].clone(),
                action: f.text(),
                owner: f.owner(),
                due: *due,
            });
        }
    });
    let covered = scope.len() - units_without.len();
    Digest {
        period: req.period,
        period_name: req.period.name(),
        as_of: req.as_of,
        unit: req.unit.map(|u| unit_name(u).to_string()),
        currency: s.base.to_string(),
        headline: Headline {
            active: now.active,
            approved_minor: now.approved_minor,
            pv_benefits_minor: now.pv_benefits_minor,
            npv_minor: now.npv_minor,
            realised_to_date_minor: now.realised_to_date_minor,
            forecast_to_date_minor: now.forecast_to_date_minor,
            previous,
        },
        investments: lines,
        decisions,
        reviews_due,
        services: service_lines,
        run_change: run_change(spend),
        coverage: Coverage {
            ratio: measures::ratio(covered as i64, scope.len() as i64),
            units_without,
        },
        overdue_followups: overdue,
        left_out: left_out_lines(left_out),
        units: unit_lines,
        warnings: warnings.into_iter().collect(),
    }
}

/// The unit's follow-ups due in the period, on time or late (see [`FollowUpWindow`]).
pub(super) fn follow_ups_kept(
    agg: impl RestView,
    u: UnitId,
    req: &DigestRequest,
    f: &mut UnitFigures,
) {
    let Some(w) = FollowUpWindow::of(req) else {
        return;
    };
    for (due, c) in agg.closed_between(u, w.start, w.to) {
        f.follow_ups_on_time += u64::from(c.on_time);
        f.follow_ups_closed_undated += u64::from(c.undated);
        if w.late_by(due) {
            f.follow_ups_late += u64::from(c.late);
        }
    }
    if let Some(last) = w.late_until {
        f.follow_ups_late += agg.open_followups_between(u, w.start, last);
    }
}

pub(super) fn run_change(sp: Spend) -> RunChange {
    let all = sp.run + sp.grow + sp.transform;
    RunChange {
        run_minor: sp.run,
        change_minor: sp.grow + sp.transform,
        run_share: measures::ratio(sp.run, all),
        grow_minor: sp.grow,
        transform_minor: sp.transform,
        grow_share: measures::ratio(sp.grow, all),
        transform_share: measures::ratio(sp.transform, all),
    }
}

pub(super) fn left_out_lines(l: BTreeMap<Currency, LeftOutAcc>) -> Vec<LeftOut> {
    l.into_iter()
        .map(|(c, a)| LeftOut {
            currency: c.to_string(),
            amount_minor: a.amount,
            investments: a.investments,
            services: a.services,
        })
        .collect()
}
