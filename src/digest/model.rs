//! The digest as a value: every renderer (console text, markdown, JSON, Block Kit) reads
//! this. Field names are the stable JSON names.

use super::{Period, Text};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// A figure worked out from amounts (a sum, a present value) in minor units: an `i128`, so
/// it never wraps. In JSON it is a number while it fits an `i64` (every realistic figure);
/// beyond that, a string of its exact digits, since a JSON number that large is not
/// read exactly by most consumers.
pub type Total = i128;

fn total<S: Serializer>(v: &Total, s: S) -> Result<S::Ok, S::Error> {
    match i64::try_from(*v) {
        Ok(n) => s.serialize_i64(n),
        Err(_) => s.serialize_str(&v.to_string()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Digest {
    pub period: Period,
    /// The period in words: `week to date`, `last month`, or its dates.
    pub period_name: String,
    pub as_of: NaiveDate,
    /// The unit's name, or `None` for the whole portfolio.
    pub unit: Option<String>,
    /// The base currency all totals are in.
    pub currency: String,
    pub headline: Headline,
    pub investments: Vec<InvestmentLine>,
    pub decisions: Vec<DecisionLine>,
    pub reviews_due: Vec<DecisionLine>,
    pub services: Vec<ServiceLine>,
    pub run_change: RunChange,
    pub coverage: Coverage,
    pub overdue_followups: Vec<FollowUpLine>,
    /// Money in currencies without an exchange rate, which no total includes.
    pub left_out: Vec<LeftOut>,
    /// One line per unit in scope (one for a unit digest), in the base currency.
    pub units: Vec<UnitLine>,
    pub warnings: Vec<String>,
}

fn opt_total<S: Serializer>(v: &Option<Total>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(t) => total(t, s),
        None => s.serialize_none(),
    }
}

/// What a unit spent, decided and realised, and how it was engaged with: its scorecard's
/// figures and its line in the portfolio digest.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct UnitFigures {
    /// Active investments counted in the totals (those in a currency with a rate).
    pub active: u64,
    #[serde(serialize_with = "total")]
    pub approved_minor: Total,
    #[serde(serialize_with = "total")]
    pub pv_benefits_minor: Total,
    #[serde(serialize_with = "total")]
    pub npv_minor: Total,
    #[serde(serialize_with = "total")]
    pub realised_to_date_minor: Total,
    #[serde(serialize_with = "total")]
    pub forecast_to_date_minor: Total,
    pub realisation_ratio: Option<f64>,
    /// Spend a year: services and `run` investments; `grow`; `transform`; change is grow
    /// plus transform.
    #[serde(serialize_with = "total")]
    pub run_minor: Total,
    #[serde(serialize_with = "total")]
    pub grow_minor: Total,
    #[serde(serialize_with = "total")]
    pub transform_minor: Total,
    #[serde(serialize_with = "total")]
    pub change_minor: Total,
    /// Decisions taken in the period, and decisions due for review.
    pub decisions_taken: u64,
    pub reviews_due: u64,
    pub red: u64,
    pub amber: u64,
    pub green: u64,
    pub grey: u64,
    /// The unit's own services (not those for all units).
    #[serde(serialize_with = "total")]
    pub services_cost_minor: Total,
    pub service_users: u64,
    #[serde(serialize_with = "opt_total")]
    pub cost_per_user_minor: Option<Total>,
    /// Engagement notes (meetings) logged in the period up to the as-of date, and the
    /// days from the last one to the as-of date (none logged: `None`).
    pub meetings: u64,
    pub days_since_last_meeting: Option<i64>,
    pub overdue_followups: u64,
    /// Follow-ups due in the period (up to the as-of date): closed on or before their due
    /// date; not closed by it, once that date has passed (closed since, or still open);
    /// and closed on a day that was not recorded, so neither can be said.
    pub follow_ups_on_time: u64,
    pub follow_ups_late: u64,
    pub follow_ups_closed_undated: u64,
}

impl UnitFigures {
    /// Adds another part's counts and sums (ratios are worked out once at the end).
    pub(super) fn plus(&mut self, o: &UnitFigures) {
        self.active += o.active;
        self.approved_minor += o.approved_minor;
        self.pv_benefits_minor += o.pv_benefits_minor;
        self.npv_minor += o.npv_minor;
        self.realised_to_date_minor += o.realised_to_date_minor;
        self.forecast_to_date_minor += o.forecast_to_date_minor;
        self.run_minor += o.run_minor;
        self.grow_minor += o.grow_minor;
        self.transform_minor += o.transform_minor;
        self.decisions_taken += o.decisions_taken;
        self.reviews_due += o.reviews_due;
        self.red += o.red;
        self.amber += o.amber;
        self.green += o.green;
        self.grey += o.grey;
        self.services_cost_minor += o.services_cost_minor;
        self.service_users += o.service_users;
    }

    /// Adds an active investment's contribution to the totals.
    pub(super) fn plus_figures(&mut self, f: &Figures) {
        self.active += f.active;
        self.approved_minor += f.approved_minor;
        self.pv_benefits_minor += f.pv_benefits_minor;
        self.npv_minor += f.npv_minor;
        self.realised_to_date_minor += f.realised_to_date_minor;
        self.forecast_to_date_minor += f.forecast_to_date_minor;
    }

    pub(super) fn count_rag(&mut self, rag: &str) {
        match rag {
            "red" => self.red += 1,
            "amber" => self.amber += 1,
            "green" => self.green += 1,
            _ => self.grey += 1,
        }
    }

    /// Works out the ratios and the change total once the sums are complete.
    pub(super) fn finish(&mut self) {
        self.change_minor = self.grow_minor + self.transform_minor;
        self.realisation_ratio =
            super::measures::ratio(self.realised_to_date_minor, self.forecast_to_date_minor);
        self.cost_per_user_minor = (self.service_users > 0).then(|| {
            let users = i128::from(self.service_users);
            (2 * self.services_cost_minor + users) / (2 * users)
        });
    }
}

impl Figures {
    pub(super) fn plus(&mut self, o: &Figures) {
        self.active += o.active;
        self.approved_minor += o.approved_minor;
        self.pv_benefits_minor += o.pv_benefits_minor;
        self.npv_minor += o.npv_minor;
        self.realised_to_date_minor += o.realised_to_date_minor;
        self.forecast_to_date_minor += o.forecast_to_date_minor;
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitLine {
    pub unit: String,
    #[serde(flatten)]
    pub figures: UnitFigures,
}

/// Amounts in one currency that the totals leave out for want of a rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOut {
    pub currency: String,
    /// Approved amounts (or estimates) of active investments plus services' annual costs.
    #[serde(serialize_with = "total")]
    pub amount_minor: Total,
    pub investments: u64,
    pub services: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Figures {
    pub active: u64,
    #[serde(serialize_with = "total")]
    pub approved_minor: Total,
    #[serde(serialize_with = "total")]
    pub pv_benefits_minor: Total,
    #[serde(serialize_with = "total")]
    pub npv_minor: Total,
    #[serde(serialize_with = "total")]
    pub realised_to_date_minor: Total,
    #[serde(serialize_with = "total")]
    pub forecast_to_date_minor: Total,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Headline {
    pub active: u64,
    #[serde(serialize_with = "total")]
    pub approved_minor: Total,
    #[serde(serialize_with = "total")]
    pub pv_benefits_minor: Total,
    #[serde(serialize_with = "total")]
    pub npv_minor: Total,
    #[serde(serialize_with = "total")]
    pub realised_to_date_minor: Total,
    #[serde(serialize_with = "total")]
    pub forecast_to_date_minor: Total,
    /// The same figures at the end of the previous period.
    pub previous: Figures,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InvestmentLine {
    pub id: Text,
    pub name: Text,
    pub unit: Text,
    /// `run`, `grow` or `transform`.
    pub category: Text,
    pub status: Text,
    pub currency: Text,
    /// The estimate.
    pub cost_minor: i64,
    /// What NPV, BCR, ROI and payback are worked out on: `approved` (the amount of the
    /// latest approve, continue or rescope decision that carries one) or `estimate`.
    pub cost_basis: Text,
    #[serde(serialize_with = "total")]
    pub approved_minor: Total,
    #[serde(serialize_with = "total")]
    pub npv_minor: Total,
    pub bcr: Option<f64>,
    pub roi: Option<f64>,
    pub payback_years: Option<f64>,
    #[serde(serialize_with = "total")]
    pub forecast_to_date_minor: Total,
    #[serde(serialize_with = "total")]
    pub realised_to_date_minor: Total,
    pub realisation_ratio: Option<f64>,
    pub slipping: bool,
    pub cost_variance: Option<f64>,
    /// `red`, `amber`, `green` or `grey` (the rule is in the README; `show INV-n` says why).
    pub rag: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionLine {
    pub id: Text,
    pub investment: Text,
    pub verdict: Text,
    pub amount_minor: Option<i64>,
    pub currency: Option<Text>,
    pub decided_by: Text,
    pub decided_on: NaiveDate,
    pub review: Option<NaiveDate>,
    pub rationale: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceLine {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub currency: String,
    pub annual_cost_minor: i64,
    pub users: u64,
    pub unit_cost_minor: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RunChange {
    #[serde(serialize_with = "total")]
    pub run_minor: Total,
    #[serde(serialize_with = "total")]
    pub change_minor: Total,
    pub run_share: Option<f64>,
    /// Change split into grow and transform (`change_minor` is their sum).
    #[serde(serialize_with = "total")]
    pub grow_minor: Total,
    #[serde(serialize_with = "total")]
    pub transform_minor: Total,
    pub grow_share: Option<f64>,
    pub transform_share: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub ratio: Option<f64>,
    pub units_without: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FollowUpLine {
    pub note: Text,
    pub unit: Text,
    pub action: Text,
    pub owner: Option<Text>,
    pub due: NaiveDate,
}
