//! An investment's value story on one screen: what was estimated, each decision, each
//! realised benefit, and where it stands (realised against forecast, NPV and BCR on its
//! cost basis, payback, status and RAG); and the events of its decisions and benefits in
//! its history.

use super::error::Failure;
use super::{render, Caller, Service};
use crate::digest::{self, Period};
use crate::domain::{Investment, Record, RecordState};
use crate::ids::{DecisionId, Kind, RecordId};
use crate::money::{format_minor, Money};
use crate::store::LogEntry;
use valuebridge_chat::Reply;

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "—".into()
    } else {
        s.to_string()
    }
}

fn live_of<T>(
    s: &Service,
    caller: &Caller,
    parent: RecordId,
    kind: Kind,
    pick: impl Fn(Record) -> Option<T>,
) -> Result<Vec<T>, Failure> {
    Ok(s.store
        .live_children(&caller.tenant, parent, kind)?
        .into_iter()
        .filter_map(|st| pick(st.record))
        .collect())
}

/// `show INV-n` for a live investment.
pub fn investment(
    s: &Service,
    caller: &Caller,
    inv: &Investment,
    state: &RecordState,
) -> Result<Reply, Failure> {
    let today = s.clock.now().date_naive();
    let mut decisions = live_of(s, caller, inv.id.record(), Kind::Decision, |r| match r {
        Record::Decision(d) => Some(d),
        _ => None,
    })?;
    decisions.sort_by_key(|d| d.id);
    let mut benefits = live_of(s, caller, inv.id.record(), Kind::Benefit, |r| match r {
        Record::Benefit(b) => Some(b),
        _ => None,
    })?;
    benefits.sort_by_key(|b| (b.date, b.id));

    let mut reply = Reply::info()
        .heading(render::title(s, caller, &state.record)?)
        .paragraph(format!(
            "The value story of {}, as of {today}: what was estimated, what was decided, what was realised, and where it stands.",
            inv.id
        ))
        .fields(render::fields(s, caller, &state.record)?);

    reply = reply.heading("Decisions");
    reply = if decisions.is_empty() {
        reply.paragraph("No decision yet.")
    } else {
        reply.table(
            &["Id", "Verdict", "Amount", "By", "On", "Review", "Why"],
            decisions
                .iter()
                .map(|d| {
                    vec![
                        d.id.to_string(),
                        d.verdict.to_string(),
                        d.amount.map(|a| a.exact()).unwrap_or_else(|| "—".into()),
                        d.decided_by.clone(),
                        d.decided_on.to_string(),
                        d.review
                            .map(|r| r.to_string())
                            .unwrap_or_else(|| "—".into()),
                        or_dash(&d.rationale),
                    ]
                })
                .collect(),
        )
    };

    reply = reply.heading("Realised benefits");
    reply = if benefits.is_empty() {
        reply.paragraph("No benefit realised yet.")
    } else {
        reply.table(
            &["Id", "Date", "Amount", "Evidence"],
            benefits
                .iter()
                .map(|b| {
                    vec![
                        b.id.to_string(),
                        b.date.to_string(),
                        b.amount.exact(),
                        or_dash(&b.evidence),
                    ]
                })
                .collect(),
        )
    };

    // The same figures the digest shows, worked out the same way.
    let week = Period::parse("week", today).map_err(|e| Failure::Internal(anyhow::anyhow!(e)))?;
    let dg = s.digest_value(&caller.tenant, Some(inv.unit), week, today)?;
    let id = inv.id.to_string();
    if let Some(l) = dg.investments.iter().find(|l| l.id == id.as_str()) {
        let cur = inv.cost.currency;
        let m = |minor: i128| format_minor(minor, cur, true);
        let ratio = l
            .realisation_ratio
            .map(|r| format!(" ({:.0}%)", r * 100.0))
            .unwrap_or_default();
        reply = reply.heading("Where it stands").fields([
            (
                "Realised to date",
                format!(
                    "{} of {} forecast{ratio}",
                    m(l.realised_to_date_minor),
                    m(l.forecast_to_date_minor)
                ),
            ),
            (
                "NPV",
                format!("{} {}", m(l.npv_minor), digest::basis_words(l)),
            ),
            (
                "BCR",
                l.bcr
                    .map(|b| format!("{b:.2}"))
                    .unwrap_or_else(|| "—".into()),
            ),
            (
                "ROI",
                l.roi
                    .map(|r| format!("{:.0}%", r * 100.0))
                    .unwrap_or_else(|| "—".into()),
            ),
            (
                "Payback",
                l.payback_years
                    .map(|p| format!("{p:.1} years"))
                    .unwrap_or_else(|| "not within the horizon".into()),
            ),
            ("Status", l.status.to_string()),
            ("RAG", rag_words(s, inv, &decisions, l, today)?),
        ]);
        if l.cost_basis == "approved" {
            let variance = l
                .cost_variance
                .map(|v| format!(" ({:+.0}%)", v * 100.0))
                .unwrap_or_default();
            reply = reply.paragraph(format!(
                "Estimated at {}; approved at {}{variance}.",
                Money::new(inv.cost.minor, cur).whole(),
                m(l.approved_minor)
            ));
        }
    }
    if state.revision > 0 {
        reply = reply.paragraph(format!(
            "Amended {} time(s); `/value history {}` shows every change.",
            state.revision, inv.id
        ));
    }
    Ok(reply)
}

/// The rating and why, by the digest's rule.
fn rag_words(
    s: &Service,
    inv: &Investment,
    decisions: &[crate::domain::Decision],
    l: &digest::InvestmentLine,
    today: chrono::NaiveDate,
) -> Result<String, Failure> {
    let settings =
        digest::DigestSettings::from_config(s.config()).map_err(|e| Failure::Internal(e.into()))?;
    let latest = decisions
        .iter()
        .filter(|d| d.decided_on <= today)
        .max_by_key(|d| d.id);
    let status = latest
        .map(|d| d.verdict.status())
        .unwrap_or(crate::domain::InvestmentStatus::Proposed);
    let (rating, why) = digest::rag::rag(
        &settings,
        &digest::rag::RagInputs {
            status,
            as_of: today,
            start: inv.start,
            ratio: l.realisation_ratio,
            decided_on: latest.map(|d| d.decided_on),
            review: latest.and_then(|d| d.review),
        },
    );
    Ok(format!("{rating}: {why}"))
}

/// The history entries of an investment's decisions and benefits, retracted ones too.
pub fn child_events(s: &Service, caller: &Caller, id: RecordId) -> Result<Vec<LogEntry>, Failure> {
    let mut out = Vec::new();
    for kind in [Kind::Decision, Kind::Benefit] {
        for child in s.store.children(&caller.tenant, id, kind)? {
            out.extend(s.store.history(&caller.tenant, child.record.id())?);
        }
    }
    Ok(out)
}

/// The live decision that came after `id` on the same investment, if any.
pub fn superseded_by(
    s: &Service,
    caller: &Caller,
    d: &crate::domain::Decision,
) -> Result<Option<DecisionId>, Failure> {
    Ok(s.store
        .live_children(&caller.tenant, d.investment.record(), Kind::Decision)?
        .into_iter()
        .map(|st| DecisionId(st.record.id().n))
        .filter(|n| *n > d.id)
        .min())
}
