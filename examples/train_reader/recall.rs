//! `--recall`: how often a record's rationale label is among the options the rationale model
//! chooses from at all, overall and where the rules miss it: the ceiling of any ranker, read
//! with the shipped intent model, in a minute, with no training. With `--show`, each label
//! that is no option, with the rules' choice (training folders only).

use super::*;

/// Prints the rationale options' recall over the training corpus.
pub(crate) fn report(training: &Training, show: bool) {
    let model = valuebridge::reader::model::shipped();
    let (mut records, mut among, mut missed, mut missed_among) = (0, 0, 0, 0);
    for (t, case) in &training.items {
        let tenant = &training.tenants[*t];
        let labels: Vec<Option<&str>> = std::iter::once(&case.expected)
            .chain(&case.also)
            .map(|l| l.get("rationale").and_then(|v| v.as_str()))
            .collect();
        let read = tenant
            .reader
            .with_model(model.clone())
            .with_settings(settings(tenant, case))
            .rationale_recall(
                &case.message,
                case.speaker.as_deref().unwrap_or(&tenant.speaker),
                case.today.unwrap_or(tenant.today),
                &labels,
            );
        for r in read {
            records += 1;
            among += usize::from(r.among);
            if !r.rules_right {
                missed += 1;
                missed_among += usize::from(r.among);
                if show && !r.among {
                    println!(
                        "  no option  want {:?}  rules {:?}  <- {}",
                        r.label,
                        r.rule.unwrap_or_default(),
                        case.message
                    );
                }
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "rationale recall: the label among the options in {among} of {records} records read as a decision or benefit with a rationale label ({:.1}%); where the rules miss it, {missed_among} of {missed} ({:.1}%)",
        pct(among, records),
        pct(missed_among, missed)
    );
}
