//! Each investment's part of a digest: its decision lines, the order of decisions, and the
//! parts built in parallel for a large portfolio.

use super::*;

pub(super) fn decision_line(d: impl DecisionView, name: Text, labels: &mut Labels) -> DecisionLine {
    let amount = d.amount();
    DecisionLine {
        id: d.id_text(),
        investment: name,
        verdict: label(&mut labels.verdicts, d.verdict()),
        amount_minor: amount.map(|a| a.minor),
        currency: amount.map(|a| label(&mut labels.currencies, a.currency)),
        decided_by: d.decided_by(),
        decided_on: d.decided_on(),
        review: d.review(),
        rationale: d.rationale(),
    }
}

/// A portfolio with at least this many investments is worked out on several threads.
pub(in crate::digest) const PARALLEL_FROM: usize = 20_000;
pub(super) const MAX_THREADS: usize = 8;

/// Decisions in the order a digest lists them: by date, then id number (DEC-2 before
/// DEC-10). A stable sort, so parts sorted on their own threads and joined in order give
/// what one sort of all would.
pub(super) fn sort_decisions(decisions: &mut [DecisionLine]) {
    decisions.sort_by_key(|d| (d.decided_on, id_number(&d.id)));
}

/// The number of an id as shown (`DEC-10` → 10), so ids sort as numbers, not as text.
pub(in crate::digest) fn id_number(id: &str) -> u64 {
    id.rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX)
}

/// A decision due for review, before it becomes a line: sorting these (a date and two
/// references) instead of whole lines saves moving ~16 MB many times over in a large
/// portfolio's digest.
/// The investment's name is kept (not read again from the investment when the line is
/// made): in date order, the investments are scattered.
pub(super) type ReviewDue<I> = (Option<NaiveDate>, <I as InvestmentView>::Decision, Text);

/// What a run of investments contributes to a digest.
pub(super) struct Part<I: InvestmentView> {
    pub(super) now: Figures,
    pub(super) previous: Figures,
    pub(super) decisions: Vec<DecisionLine>,
    pub(super) reviews_due: Vec<ReviewDue<I>>,
    pub(super) spend: Spend,
    pub(super) left_out: BTreeMap<Currency, LeftOutAcc>,
    pub(super) units: BTreeMap<UnitId, UnitFigures>,
    pub(super) warnings: BTreeSet<String>,
}

impl<I: InvestmentView> Part<I> {
    /// This part followed by `next` (decisions keep their order).
    pub(super) fn then(mut self, mut next: Part<I>) -> Part<I> {
        self.now.plus(&next.now);
        self.previous.plus(&next.previous);
        for (u, f) in &next.units {
            self.units.entry(*u).or_default().plus(f);
        }
        self.decisions.append(&mut next.decisions);
        self.reviews_due.append(&mut next.reviews_due);
        self.spend.plus(next.spend);
        for (c, n) in next.left_out {
            let acc = self.left_out.entry(c).or_default();
            acc.amount += n.amount;
            acc.investments += n.investments;
            acc.services += n.services;
        }
        self.warnings.append(&mut next.warnings);
        self
    }
}

/// The totals of `invs`, their lines put in `lines` (one per investment, in order). `room`
/// is how many investments the result will end up covering (the first part is joined by
/// the others, so it makes room for all their reviews due).
pub(super) fn investment_part<I: InvestmentView>(
    invs: &[I],
    room: usize,
    lines: &mut Slots<'_, InvestmentLine>,
    s: &DigestSettings,
    req: &DigestRequest,
    unit_name: &(dyn Fn(UnitId) -> Text + Sync),
) -> Part<I> {
    let mut labels = Labels {
        approved: "approved".into(),
        estimate: "estimate".into(),
        ..Labels::default()
    };
    let mut factors = Factors {
        rate: s.rate,
        known: Vec::new(),
    };
    let mut warnings = BTreeSet::new();
    let prev_end = req.period.previous().end;
    let review_limit = req.as_of + Duration::days(s.review_window_days);
    let (mut now, mut previous) = (Figures::default(), Figures::default());
    let mut decisions = Vec::new();
    let mut reviews_due = Vec::with_capacity(room.max(invs.len()));
    let mut spend = Spend::default();
    let mut left_out = BTreeMap::new();
    let mut units: BTreeMap<UnitId, UnitFigures> = BTreeMap::new();
    for &i in invs {
        let (cost, start, name) = (i.cost(), i.start(), i.name());
        let factor = factors.get(i.years());
        let st = standing(s, i, req.as_of, Some(&mut warnings));
        let m = measures_on(i, st.basis, factor);
        let ratio = measures::ratio(st.realised, st.forecast);
        let active = st.status == InvestmentStatus::Active;
        let (rag, _) = rag::rag(
            s,
            &rag::RagInputs {
                status: st.status,
                as_of: req.as_of,
                start,
                ratio,
                decided_on: st.latest.map(|d| d.decided_on()),
                review: st.latest.and_then(|d| d.review()),
            },
        );
        let unit = units.entry(i.unit()).or_default();
        unit.count_rag(rag);
        lines.push(InvestmentLine {
            id: i.id_text(),
            name: name.clone(),
            unit: unit_name(i.unit()),
            category: label(&mut labels.categories, i.category()),
            status: label(&mut labels.statuses, st.status),
            currency: label(&mut labels.currencies, cost.currency),
            cost_minor: cost.minor,
            cost_basis: if st.approved_basis {
                labels.approved.clone()
            } else {
                labels.estimate.clone()
            },
            approved_minor: st.approved,
            npv_minor: m.npv,
            bcr: m.bcr,
            roi: m.roi,
            payback_years: m.payback_years,
            forecast_to_date_minor: st.forecast,
            realised_to_date_minor: st.realised,
            realisation_ratio: ratio,
            slipping: active
                && (req.as_of - start).num_days() >= s.slipping_days
                && ratio.is_some_and(|r| r < s.slipping_ratio),
            cost_variance: if st.approved_basis {
                measures::ratio(st.basis - i128::from(cost.minor), cost.minor)
            } else {
                None
            },
            rag: Text::from(rag),
        });
        if let Some(c) = contribution(s, i, &st, &m, Some(&mut left_out)) {
            now.plus(&c);
            unit.plus_figures(&c);
        }
        if active && !s.has_rate(cost.currency) {
            warnings.insert(format!("{} ({}) is in {}, which has no exchange rate in [fx]; it is listed but left out of totals.", name, i.id(), cost.currency));
        }
        let before = standing(s, i, prev_end, None);
        // Usually the same basis: the measures are then the same too.
        let was = if before.basis == st.basis {
            contribution(s, i, &before, &m, None)
        } else {
            contribution(s, i, &before, &measures_on(i, before.basis, factor), None)
        };
        if let Some(c) = was {
            previous.plus(&c);
        }

        for d in i
            .decisions_known(req.as_of)
            .filter(|d| req.period.contains(d.decided_on()))
        {
            decisions.push(decision_line(d, name.clone(), &mut labels));
            unit.decisions_taken += 1;
        }
        if let Some(latest) = st.latest {
            let review = latest.review();
            if review.is_some_and(|r| r <= review_limit) {
                reviews_due.push((review, latest, name.clone()));
                unit.reviews_due += 1;
            }
        }
        if active {
            let sp = Spend::of(s, i, &st, req.as_of.year());
            spend.plus(sp);
            sp.add_to_unit(unit);
        }
    }
    // Sorted here, on this part's thread; joined parts are then merged runs, not a sort.
    sort_decisions(&mut decisions);
    reviews_due.sort_by_key(|d| d.0);
    Part {
        now,
        previous,
        decisions,
        reviews_due,
        spend,
        left_out,
        units,
        warnings,
    }
}
