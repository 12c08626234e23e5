//! Writing a digest's sections into a sink: headline figures, investments, decisions,
//! reviews, follow-ups and what was left out.

use super::*;

pub(super) fn write(d: &Digest, r: &mut dyn Sink) {
    let (priced, slipping) = ordered(&d.investments);
    let cur = d.currency.as_str();
    let scope = d
        .unit
        .clone()
        .unwrap_or_else(|| "the whole portfolio".into());
    let h = &d.headline;
    let p = &h.previous;
    let dates = match d.period.kind {
        crate::digest::period::PeriodKind::Range => String::new(),
        _ => format!(" ({} to {})", d.period.start, d.period.shown_end(d.as_of)),
    };
    r.heading(&format!(
        "Value for money: {scope}, {}{dates}",
        d.period_name
    ));
    r.paragraph(&format!(
        "As of {}. Amounts in {cur}; changes are against the end of the previous period.",
        d.as_of
    ));
    for l in &d.left_out {
        r.paragraph(&left_out_sentence(l));
    }
    r.heading("1. Headline");
    let change = |now: i128, before: i128| {
        format!("{} ({})", money(now, cur), signed_change(now, before, cur))
    };
    r.fields(vec![
        (
            "Active investments".into(),
            format!(
                "{} ({})",
                h.active,
                match h.active as i64 - p.active as i64 {
                    0 => "no change".to_string(),
                    n if n > 0 => format!("up {n}"),
                    n => format!("down {}", -n),
                }
            ),
        ),
        (
            "Total approved".into(),
            change(h.approved_minor, p.approved_minor),
        ),
        (
            "PV of benefits".into(),
            change(h.pv_benefits_minor, p.pv_benefits_minor),
        ),
        ("NPV".into(), change(h.npv_minor, p.npv_minor)),
        (
            "Realised to date".into(),
            change(h.realised_to_date_minor, p.realised_to_date_minor),
        ),
        (
            "Forecast to date".into(),
            change(h.forecast_to_date_minor, p.forecast_to_date_minor),
        ),
    ]);
    r.heading("2. Decisions");
    const DECISION_HEADERS: [&str; 8] = [
        "Id",
        "Investment",
        "Verdict",
        "Amount",
        "By",
        "On",
        "Review",
        "Rationale",
    ];
    if d.decisions.is_empty() {
        r.paragraph("No decisions were taken in this period.");
    } else {
        r.table_at(
            &DECISION_HEADERS,
            d.decisions.len(),
            &|k, c| decision_cells(c, &d.decisions[k]),
            &|k, w| left_out_widths::decision_row(&d.decisions[k], w),
        );
    }
    if d.reviews_due.is_empty() {
        r.paragraph("No decisions are due for review.");
    } else {
        r.paragraph("Due for review:");
        r.table_at(
            &DECISION_HEADERS,
            d.reviews_due.len(),
            &|k, c| decision_cells(c, &d.reviews_due[k]),
            &|k, w| left_out_widths::decision_row(&d.reviews_due[k], w),
        );
    }
    r.heading("3. Value for money");
    if priced.is_empty() {
        r.paragraph("Economy and effectiveness: no active investments.");
    } else {
        r.table_at(
            &[
                "RAG",
                "Id",
                "Investment",
                "Estimated",
                "Approved",
                "Variance",
                "NPV",
                "BCR",
                "ROI",
                "Payback",
                "Basis",
                "Realised",
                "Forecast",
                "Realisation",
            ],
            priced.len(),
            &|k, c| {
                let i = priced[k];
                let (cur, code) = (Currency::from_code(&i.currency), &*i.currency);
                c.cell(&i.rag);
                c.cell(&i.id);
                c.cell(&i.name);
                cell::money_in(c, i.cost_minor, cur, code);
                cell::money_in(c, i.approved_minor, cur, code);
                cell::percent(c, i.cost_variance);
                cell::money_in(c, i.npv_minor, cur, code);
                cell::ratio(c, i.bcr);
                cell::percent(c, i.roi);
                cell::years(c, i.payback_years);
                if i.cost_basis == "approved" {
                    c.text().push_str("on the approved ");
                    cell::money_in(c, i.approved_minor, cur, code);
                } else {
                    c.cell("on the estimate");
                }
                cell::money_in(c, i.realised_to_date_minor, cur, code);
                cell::money_in(c, i.forecast_to_date_minor, cur, code);
                cell::percent(c, i.realisation_ratio);
            },
            &|k, w| left_out_widths::value_for_money_row(priced[k], w),
        );
    }
    if d.services.is_empty() {
        r.paragraph("Efficiency: no services registered.");
    } else {
        r.table(
            &["Id", "Service", "Unit", "Annual cost", "Users", "Per user"],
            &|row| {
                for v in &d.services {
                    row(&[
                        v.id.clone(),
                        v.name.clone(),
                        v.unit.clone(),
                        money(v.annual_cost_minor, &v.currency),
                        v.users.to_string(),
                        money(v.unit_cost_minor, &v.currency),
                    ])
                }
            },
        );
    }
    r.heading("4. Slipping investments");
    if slipping.is_empty() {
        r.paragraph("No investment is slipping.");
    } else {
        r.table_at(
            &[
                "Id",
                "Investment",
                "Unit",
                "Realised",
                "Forecast",
                "Realisation",
            ],
            slipping.len(),
            &|k, c| {
                let i = slipping[k];
                let (cur, code) = (Currency::from_code(&i.currency), &*i.currency);
                c.cell(&i.id);
                c.cell(&i.name);
                c.cell(&i.unit);
                cell::money_in(c, i.realised_to_date_minor, cur, code);
                cell::money_in(c, i.forecast_to_date_minor, cur, code);
                cell::percent(c, i.realisation_ratio);
            },
            &|k, w| left_out_widths::slipping_row(slipping[k], w),
        );
    }
    let rc = &d.run_change;
    let share = |m: i128, s: Option<f64>| format!("{} ({})", money(m, cur), percent(s));
    r.heading("5. Run versus change");
    r.fields(vec![
        ("Run".into(), share(rc.run_minor, rc.run_share)),
        ("Grow".into(), share(rc.grow_minor, rc.grow_share)),
        (
            "Transform".into(),
            share(rc.transform_minor, rc.transform_share),
        ),
        (
            "Change (grow + transform)".into(),
            share(
                rc.change_minor,
                rc.grow_share.zip(rc.transform_share).map(|(g, t)| g + t),
            ),
        ),
    ]);
    r.paragraph("Run is services' annual costs and run investments; grow and transform investments are change. Each active investment counts its running cost a year, plus its cost in the year it starts.");
    r.heading("6. Engagement coverage");
    if d.coverage.units_without.is_empty() {
        r.paragraph(match d.coverage.ratio {
            Some(_) => "Every unit had an engagement note in the last 30 days.",
            None => "There are no business units yet.",
        });
    } else {
        r.paragraph(&format!(
            "{} covered. Nobody has logged a meeting lately with: {}.",
            percent(d.coverage.ratio),
            d.coverage.units_without.join(", ")
        ));
    }
    r.heading("7. Overdue follow-ups");
    if d.overdue_followups.is_empty() {
        r.paragraph("No follow-up is overdue.");
    } else {
        r.table_at(
            &["Note", "Unit", "Action", "Owner", "Due"],
            d.overdue_followups.len(),
            &|k, c| {
                let f = &d.overdue_followups[k];
                c.cell(&f.note);
                c.cell(&f.unit);
                c.cell(&f.action);
                match &f.owner {
                    Some(o) => {
                        c.text().push('@');
                        c.cell(o);
                    }
                    None => c.cell("—"),
                }
                cell::date(c, Some(f.due));
            },
            &|k, w| left_out_widths::overdue_row(&d.overdue_followups[k], w),
        );
    }
    if d.unit.is_none() && !d.units.is_empty() {
        units_table(r, d);
    }
    for w in &d.warnings {
        r.paragraph(&format!("Warning: {w}"));
    }
}
