//! The gate's decision on one retrained model, from what was measured of it: a pure
//! function, so its verdicts are tested (`tests/training_gate.rs`) without training,
//! scoring or running the unit tests.

/// The per-field floor of a training file: 95% of its messages, or what the shipped models
/// read when that is already lower.
pub const FLOOR_PCT: usize = 95;

/// What cross-validation said of one model, held out by organisation.
pub struct Cv {
    /// Messages wholly right with the rules (or the models before this one) alone.
    pub rules: usize,
    /// With the model.
    pub model: usize,
    /// Whether the model passed its cross-validation rule (see the training program).
    pub won: bool,
}

/// A set read with the accepted models and with the candidate.
#[derive(Clone, Copy)]
pub struct Read {
    pub wholly_right: usize,
    /// Fields right, summed over the set's messages.
    pub fields_right: usize,
}

/// One field of one training file: messages read right before and after.
pub struct FieldRead<'a> {
    pub file: &'a str,
    pub field: &'a str,
    pub before: usize,
    pub after: usize,
    pub messages: usize,
}

/// Everything the gate measured of one candidate.
pub struct Evidence<'a> {
    pub cv: &'a Cv,
    /// The candidate is empty (it lost on cross-validation, so the rules decide).
    pub empty: bool,
    /// The tests pinning the reader that fail with it; `Err`: they could not be run.
    pub unit_failures: Result<Vec<String>, String>,
    /// The development set with the accepted models, then with the candidate.
    pub dev: [Read; 2],
    /// Every field of every training file.
    pub fields: Vec<FieldRead<'a>>,
    /// Amounts the candidate reads in the wrong currency or off by ten times or more, in the
    /// training files (each with its file and message).
    pub money_errors: Vec<String>,
}

/// `Ok` with what the candidate passed, or `Err` with every reason it is refused.
pub fn verdict(e: &Evidence) -> Result<String, Vec<String>> {
    let mut why: Vec<String> = Vec::new();
    let mut passed: Vec<String> = Vec::new();
    let cv_line = format!(
        "leave-one-organisation-out {} wholly right against {} without it",
        e.cv.model, e.cv.rules
    );
    if e.cv.won {
        passed.push(cv_line);
    } else if e.empty {
        passed.push(format!(
            "the rules decide: the model did not beat them ({cv_line})"
        ));
    } else {
        why.push(format!(
            "it does not clearly beat the rules on cross-validation ({cv_line})"
        ));
    }
    match &e.unit_failures {
        Ok(f) if f.is_empty() => passed.push("every test pinning the reader passes".into()),
        Ok(f) => why.push(format!(
            "{} tests pinning the reader fail: {}",
            f.len(),
            f.join(", ")
        )),
        Err(err) => why.push(format!(
            "the tests pinning the reader could not be run:\n{err}"
        )),
    }
    let [a, b] = e.dev;
    let dev_line = format!(
        "development set {} → {} wholly right, {} → {} fields",
        a.wholly_right, b.wholly_right, a.fields_right, b.fields_right
    );
    if b.wholly_right >= a.wholly_right && b.fields_right >= a.fields_right {
        passed.push(dev_line);
    } else {
        why.push(format!("it reads the {dev_line}"));
    }
    let below = below_floors(&e.fields);
    if below.is_empty() {
        passed.push("every training file keeps its per-field floor".into());
    } else {
        why.push(format!("fields below their floor: {}", below.join("; ")));
    }
    match e.money_errors.len() {
        0 => passed.push("no amount read with the wrong magnitude or currency".into()),
        n => why.push(format!(
            "{n} amount{} read with the wrong magnitude or currency: {}",
            if n == 1 { "" } else { "s" },
            e.money_errors.join("; ")
        )),
    }
    if why.is_empty() {
        Ok(passed.join("; "))
    } else {
        Err(why)
    }
}

/// The fields of `fields` read under their floor, each as "file field after of messages
/// (floor n)".
pub fn below_floors(fields: &[FieldRead]) -> Vec<String> {
    fields
        .iter()
        .filter_map(|f| {
            let floor = f.before.min((FLOOR_PCT * f.messages).div_ceil(100));
            (f.after < floor).then(|| {
                format!(
                    "{} {} {} of {} (floor {floor})",
                    f.file, f.field, f.after, f.messages
                )
            })
        })
        .collect()
}
