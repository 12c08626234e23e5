//! The training corpus as the trainer reads it: every training folder's directory (read
//! with the rules alone) and labelled messages, and each message's intent examples.

use super::*;

/// The training folders, their messages and the intent examples drawn from them.
pub(crate) struct Training {
    pub tenants: Vec<Tenant>,
    /// Each message with its tenant's place in `tenants`.
    pub items: Vec<(usize, Case)>,
    /// Each tenant's place, when it is one of the folders scored as first seen.
    pub first_seen: Vec<usize>,
    /// Each message's intent examples, one per record paired with a label.
    pub examples: Vec<Vec<Example>>,
}

/// Loads every training folder and prints what the intent model will learn from; exits
/// with a message when `--first-seen` names a folder that is not there.
pub(crate) fn load(opts: &options::Options) -> Training {
    let mut tenants: Vec<Tenant> = Vec::new();
    let mut items: Vec<(usize, Case)> = Vec::new();
    // Each tenant's place, when it is one of the folders scored as first seen.
    let mut first_seen: Vec<usize> = Vec::new();
    for (name, directory, file) in training_sets() {
        if opts.first_seen.contains(&name) {
            first_seen.push(tenants.len());
        }
        let mut tenant = load_tenant(&directory);
        // The rules alone, not the models built into this program: what it measures and
        // trains must not depend on which models it was built with.
        tenant.reader = tenant
            .reader
            .with_model(Arc::new(IntentModel::default()))
            .with_reason_model(Arc::new(ReasonModel::default()))
            .with_date_model(Arc::new(ReasonModel::default()));
        for (at, case) in load_cases(&file) {
            check_label(&case, &tenant, &at);
            items.push((tenants.len(), case));
        }
        tenants.push(tenant);
    }
    if first_seen.len() != opts.first_seen.len() {
        eprintln!(
            "--first-seen: not every name is a folder under tests/corpus/training: {}",
            opts.first_seen.join(", ")
        );
        std::process::exit(2);
    }
    // Features come from the exact passes, which the model does not change.
    let examples: Vec<Vec<Example>> = items
        .iter()
        .map(|(t, c)| {
            let mut e = examples(&tenants[*t], c);
            if opts.first_records {
                e.truncate(1);
            }
            e
        })
        .collect();
    let records: usize = examples.iter().map(Vec::len).sum();
    let labelled: usize = items.iter().map(|(_, c)| c.also.len()).sum();
    let later = if opts.first_records {
        format!("none of the {labelled} labelled later records: --first-records")
    } else {
        format!(
            "{} of the {labelled} labelled later records; the others' messages were read as another number of records",
            records - items.len()
        )
    };
    println!(
        "training corpus: {} messages, {} organisations' directories; the intent model learns from {records} records ({later})",
        items.len(),
        tenants.len(),
    );
    Training {
        tenants,
        items,
        first_seen,
        examples,
    }
}

/// The intent model's examples from one labelled message: each record the reader reads,
/// with its label. The records pair with the labels (`expected`, then `also`) in order when
/// the reader reads as many as are labelled; otherwise only the first pairs surely, and only
/// it is taken (as it always was before later records were labelled).
fn examples(tenant: &Tenant, case: &Case) -> Vec<Example> {
    let read = tenant
        .reader
        .with_settings(settings(tenant, case))
        .intent_examples(
            &case.message,
            case.speaker.as_deref().unwrap_or(&tenant.speaker),
            case.today.unwrap_or(tenant.today),
        );
    let take = if read.len() == 1 + case.also.len() {
        read.len()
    } else {
        1
    };
    let labels = std::iter::once(&case.expected).chain(&case.also);
    read.into_iter()
        .zip(labels)
        .take(take)
        .map(|((features, rule), label)| Example {
            features,
            rule,
            label: serde_json::from_value(label["intent"].clone())
                .unwrap_or_else(|e| panic!("{}: intent label: {e}", case.message)),
        })
        .collect()
}
