//! Builds a digest, for a unit or the whole portfolio, as of a date, from the store's
//! aggregates: no record is read, so the time depends on what the digest shows (the
//! investments in scope, the follow-ups overdue), not on how long the history is.
//! [`super::build_from_records`] is the reference it must match exactly.

use super::in_place::{lines_of, Slots};
use super::kept::FollowUpWindow;
use super::measures;
use super::model::*;
use super::prefetch;
use super::rag;
use super::view::{DecisionView, FollowUpView, InvestmentView, RestView};
use super::{DigestRequest, DigestSettings, Text};
use crate::domain::{Category, InvestmentStatus, Verdict};
use crate::ids::{TenantId, UnitId};
use crate::money::Currency;
use crate::store::aggregates::{Aggregates, InvestmentAgg};
use crate::store::{Store, StoreError};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

pub fn build(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    req: &DigestRequest,
) -> Result<Digest, StoreError> {
    store.with_aggregates(tenant, |agg| from_aggregates(agg, s, req))
}

/// Annuity factors by horizon, worked out once per digest instead of once per investment.
struct Factors {
    rate: measures::Rate,
    known: Vec<Option<i128>>,
}

impl Factors {
    fn get(&mut self, years: u32) -> i128 {
        let y = years as usize;
        if y >= 256 {
            return measures::annuity_factor(self.rate, years);
        }
        if self.known.len() <= y {
            self.known.resize(y + 1, None);
        }
        *self.known[y].get_or_insert_with(|| measures::annuity_factor(self.rate, years))
    }
}

/// The labels every line repeats (statuses, verdicts, currency codes), made once per digest
/// and shared by the lines.
#[derive(Default)]
struct Labels {
    statuses: Vec<(InvestmentStatus, Text)>,
    verdicts: Vec<(Verdict, Text)>,
    currencies: Vec<(Currency, Text)>,
    categories: Vec<(Category, Text)>,
    approved: Text,
    estimate: Text,
}

fn label<K: Copy + PartialEq + std::fmt::Display>(made: &mut Vec<(K, Text)>, k: K) -> Text {
    if let Some((_, t)) = made.iter().find(|(x, _)| *x == k) {
        return t.clone();
    }
    let t = Text::from(k.to_string());
    made.push((k, t.clone()));
    t
}

/// Where an investment stands as of a date.
struct Standing<D> {
    latest: Option<D>,
    status: InvestmentStatus,
    /// What the measures are worked out on, in the investment's currency.
    basis: Total,
    /// Whether `basis` is an approved amount (else the estimate).
    approved_basis: bool,
    /// The committed amount: the basis when the latest decision commits money, else 0.
    approved: Total,
    forecast: Total,
    realised: Total,
}

/// The status, cost basis, measures and benefits of an investment as of `as_of`: nothing
/// dated after it counts.
/// Warnings are collected only when `warnings` is given (the previous period's figures
/// drop theirs).
fn standing<I: InvestmentView>(
    s: &DigestSettings,
    i: I,
    as_of: NaiveDate,
    mut warnings: Option<&mut BTreeSet<String>>,
) -> Standing<I::Decision> {
    let cost = i.cost();
    let cur = cost.currency;
    // Decisions are in id order: the latest known is the last one dated up to `as_of`.
    let mut known = i.decisions_known(as_of).rev();
    let latest = known.clone().next();
    let status = latest
        .map(|d| d.verdict().status())
        .unwrap_or(InvestmentStatus::Proposed);
    let approved_amount = known
        .find_map(|d| d.amount().filter(|_| d.verdict().sets_approved_amount()).map(|a| (d, a)))
        .and_then(|(d, amount)| {
            let converted = s.convert(amount, cur);
            if converted.is_none() {
                if let Some(w) = warnings.as_deref_mut() {
                    w.insert(format!("{} approves {} in {}, which has no exchange rate in [fx]; its estimated cost is used instead.", d.id(), i.name(), amount.currency));
                }
            }
            converted
        });
    let basis = approved_amount.unwrap_or(i128::from(cost.minor));
    let forecast =
        measures::forecast_to_date(i.annual_benefit().minor, i.start(), i.years(), as_of);
    let (mut realised, foreign) = i.realised_to(as_of);
    for amount in foreign {
        match s.convert(amount, cur) {
            Some(v) => realised += v,
            None => {
                if let Some(w) = warnings.as_deref_mut() {
                    w.insert(format!("A benefit of {} for {} is in {}, which has no exchange rate in [fx]; it is left out of realised totals.", amount, i.name(), amount.currency));
                }
            }
        }
    }
    Standing {
        latest,
        status,
        basis,
        approved_basis: approved_amount.is_some(),
        approved: if status == InvestmentStatus::Active {
            basis
        } else {
            0
        },
        forecast,
        realised,
    }
}

/// The measures of an investment on a cost basis.
fn measures_on(i: impl InvestmentView, basis: Total, factor: i128) -> measures::Measures {
    measures::measures_with_factor(
        basis,
        i.run_cost().minor,
        i.annual_benefit().minor,
        i.years(),
        factor,
    )
}

/// Money the totals leave out, by currency.
#[derive(Default)]
struct LeftOutAcc {
    amount: Total,
    investments: u64,
    services: u64,
}

/// An active investment's contribution to the totals, in the base currency; one in a
/// currency without a rate is added to `left_out` instead.
fn contribution<I: InvestmentView>(
    s: &DigestSettings,
    i: I,
    st: &Standing<I::Decision>,
    m: &measures::Measures,
    left_out: Option<&mut BTreeMap<Currency, LeftOutAcc>>,
) -> Option<Figures> {
    if st.status != InvestmentStatus::Active {
        return None;
    }
    let cur = i.cost().currency;
    let to_base = |minor: Total| s.convert_minor(minor, cur, s.base);
    let Some(approved) = to_base(st.approved) else {
        if let Some(l) = left_out {
            let acc = l.entry(cur).or_default();
            acc.amount += st.approved;
            acc.investments += 1;
        }
        return None;
    };
    Some(Figures {
        active: 1,
        approved_minor: approved,
        pv_benefits_minor: to_base(m.pv_benefits).unwrap_or(0),
        npv_minor: to_base(m.npv).unwrap_or(0),
        realised_to_date_minor: to_base(st.realised).unwrap_or(0),
        forecast_to_date_minor: to_base(st.forecast).unwrap_or(0),
    })
}

/// Spend by run / grow / transform, in the base currency.
#[derive(Default, Clone, Copy)]
struct Spend {
    run: Total,
    grow: Total,
    transform: Total,
}

impl Spend {
    /// An active investment's spend this year: its running cost, and its cost basis if it
    /// starts this year, under its category.
    fn of<I: InvestmentView>(
        s: &DigestSettings,
        i: I,
        st: &Standing<I::Decision>,
        year: i32,
    ) -> Spend {
        let cur = i.cost().currency;
        let mut spend = s.convert(i.run_cost(), s.base).unwrap_or(0);
        if i.start().year() == year {
            spend += s.convert_minor(st.basis, cur, s.base).unwrap_or(0);
        }
        let mut out = Spend::default();
        match i.category() {
            Category::Run => out.run = spend,
            Category::Grow => out.grow = spend,
            Category::Transform => out.transform = spend,
        }
        out
    }

    fn plus(&mut self, o: Spend) {
        self.run += o.run;
        self.grow += o.grow;
        self.transform += o.transform;
    }

    fn add_to_unit(self, u: &mut UnitFigures) {
        u.run_minor += self.run;
        u.grow_minor += self.grow;
        u.transform_minor += self.transform;
    }
}

fn decision_line(d: impl DecisionView, name: Text, labels: &mut Labels) -> DecisionLine {
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
pub(super) const PARALLEL_FROM: usize = 20_000;
const MAX_THREADS: usize = 8;

/// Decisions in the order a digest lists them: by date, then id number (DEC-2 before
/// DEC-10). A stable sort, so parts sorted on their own threads and joined in order give
/// what one sort of all would.
fn sort_decisions(decisions: &mut [DecisionLine]) {
    decisions.sort_by_key(|d| (d.decided_on, id_number(&d.id)));
}

/// The number of an id as shown (`DEC-10` → 10), so ids sort as numbers, not as text.
pub(super) fn id_number(id: &str) -> u64 {
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
type ReviewDue<I> = (Option<NaiveDate>, <I as InvestmentView>::Decision, Text);

/// What a run of investments contributes to a digest.
struct Part<I: InvestmentView> {
    now: Figures,
    previous: Figures,
    decisions: Vec<DecisionLine>,
    reviews_due: Vec<ReviewDue<I>>,
    spend: Spend,
    left_out: BTreeMap<Currency, LeftOutAcc>,
    units: BTreeMap<UnitId, UnitFigures>,
    warnings: BTreeSet<String>,
}

impl<I: InvestmentView> Part<I> {
    /// This part followed by `next` (decisions keep their order).
    fn then(mut self, mut next: Part<I>) -> Part<I> {
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
fn investment_part<I: InvestmentView>(
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
fn review_lines<D: DecisionView + Sync>(
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

fn digest_of<I: InvestmentView>(
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
fn follow_ups_kept(agg: impl RestView, u: UnitId, req: &DigestRequest, f: &mut UnitFigures) {
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

fn run_change(sp: Spend) -> RunChange {
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

fn left_out_lines(l: BTreeMap<Currency, LeftOutAcc>) -> Vec<LeftOut> {
    l.into_iter()
        .map(|(c, a)| LeftOut {
            currency: c.to_string(),
            amount_minor: a.amount,
            investments: a.investments,
            services: a.services,
        })
        .collect()
}
