//! The ranking models (which clause is the rationale, which role a date has): each
//! cross-validated with the fold's intent model against the rules, trained on the whole
//! corpus when it clearly wins, and checked against the tests pinning the reader.

use super::*;

/// The training corpus and the intent model chosen on it, for training the ranking models.
pub(crate) struct Corpus<'a> {
    pub items: &'a [(usize, Case)],
    /// Each message's intent examples, one per record paired with a label.
    pub examples: &'a [Vec<Example>],
    pub tenants: &'a [Tenant],
    pub schemes: &'a [(&'a str, usize, FoldOf<'a>)],
    /// The intent model's chosen threshold, for each fold's intent model.
    pub threshold: f32,
    /// The intent model trained on the whole corpus.
    pub model: &'a Arc<IntentModel>,
    /// `--show`: print, held out by organisation at threshold 0, each message whose
    /// reading a ranking model changes, with its label.
    pub show: bool,
    /// `--try-rankers`: the threshold a refused ranking model is kept at anyway.
    pub try_rankers: Option<f32>,
}

/// A ranking model (which clause is the rationale, which role a date has) and how to
/// train, install and report it.
pub(crate) struct Ranker<'a> {
    pub name: &'a str,
    /// What the rules alone are called in the report.
    pub rules: &'a str,
    /// What the model is called beside a threshold in the report.
    pub tried: &'a str,
    /// What one training example is.
    pub trained_on: &'a str,
    pub thresholds: &'a [f32],
    pub examples: &'a dyn Fn(&Reader, usize, &Case) -> Vec<reasons::Example>,
    pub install: &'a dyn Fn(&Reader, Arc<ReasonModel>) -> Reader,
    /// The fields the model decides, as a report line's tail.
    pub figures: &'a dyn Fn(&Score) -> String,
    /// Its place in [`gate::FILES`], and its text as written there.
    pub slot: usize,
    pub text: &'a dyn Fn(&ReasonModel) -> String,
}

impl Corpus<'_> {
    /// Cross-validates `ranker` with each fold's intent model against the rules, at each of
    /// its thresholds, and trains it on the whole corpus if it clearly beats the rules held out
    /// by organisation and does no worse on 5-fold; otherwise the empty model (the rules decide).
    /// `base` holds the models the ranker is read with (the ones chosen before it).
    pub(crate) fn ranker(
        &self,
        ranker: &Ranker,
        base: &Models,
    ) -> (ReasonModel, Cv, Option<ReasonModel>) {
        let (items, tenants, threshold) = (self.items, self.tenants, self.threshold);
        let mut org: Vec<(f32, usize, f64)> = Vec::new();
        let mut kfold: Vec<(Option<f32>, usize)> = Vec::new();
        let mut rules_org = 0;
        let show = self.show;
        for &(scheme, folds, fold_of) in self.schemes {
            println!(
                "\n{scheme} cross-validation of the {} (with the fold's intent model, threshold {threshold}):",
                ranker.name
            );
            let tries = std::iter::once(None).chain(ranker.thresholds.iter().copied().map(Some));
            for tried in tries {
                let mut score = Score::new();
                for fold in 0..folds {
                    let train: Vec<usize> = (0..items.len())
                        .filter(|&i| fold_of(i, items[i].0) != fold)
                        .collect();
                    let fold_examples = flat(self.examples, |i| fold_of(i, items[i].0) != fold);
                    let im = Arc::new(IntentModel::train(&fold_examples, EPOCHS, threshold));
                    let model = match tried {
                        None => Arc::new(ReasonModel::default()),
                        Some(rt) => {
                            let ex: Vec<_> = train
                                .iter()
                                .flat_map(|&i| {
                                    let (t, case) = &items[i];
                                    (ranker.examples)(
                                        &tenants[*t].reader.with_model(im.clone()),
                                        *t,
                                        case,
                                    )
                                })
                                .collect();
                            Arc::new(ReasonModel::train(&ex, EPOCHS, rt))
                        }
                    };
                    for (i, (t, case)) in items.iter().enumerate() {
                        if fold_of(i, *t) == fold {
                            let tenant = &tenants[*t];
                            let reader = (ranker.install)(
                                &tenant.reader.with_model(im.clone()),
                                model.clone(),
                            );
                            if show && tried == Some(0.0) && scheme != "k-fold" {
                                let rules = (ranker.install)(
                                    &tenant.reader.with_model(im.clone()),
                                    Arc::new(ReasonModel::default()),
                                );
                                show_change(case, tenant, &rules, &reader);
                            }
                            score_case(case, tenant, &reader, &mut score);
                        }
                    }
                }
                let name = match tried {
                    None => ranker.rules.to_string(),
                    Some(rt) => format!("+ {}, thr. {rt}", ranker.tried),
                };
                println!("{}{}", line(&name, &score), (ranker.figures)(&score));
                // The threshold is chosen on the stricter, organisation-wise estimate; the
                // 5-fold one must not get worse with it (a one-message win on one
                // estimate and a loss on the other is noise, not a better reader).
                if scheme == FIRST_SEEN {
                    continue;
                }
                if scheme == "k-fold" {
                    kfold.push((tried, score.wholly_right));
                    continue;
                }
                let Some(rt) = tried else {
                    rules_org = score.wholly_right;
                    continue;
                };
                org.push((rt, score.wholly_right, score.fields_pct()));
            }
        }
        let kfold_of = |t: Option<f32>| kfold.iter().find(|(k, _)| *k == t).map(|(_, w)| *w);
        // A win by a message or two held out by organisation is within what another split of
        // the same corpus would undo, and the development set has shown such models reading
        // worse: a ranker ships only when it wins by at least one message in 300, and is no
        // worse on 5-fold.
        let clear_win = items.len().div_ceil(300).max(2);
        let mut ranked: Vec<(f32, usize, f64)> = org
            .iter()
            .copied()
            .filter(|&(rt, w, _)| {
                w >= rules_org + clear_win && kfold_of(Some(rt)) >= kfold_of(None)
            })
            .collect();
        // Best first: wholly right held out by organisation, then fields, then the lower
        // threshold; the first that keeps the behaviour the unit tests pin down is chosen.
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.total_cmp(&a.2))
                .then(a.0.total_cmp(&b.0))
        });
        let ex: Vec<_> = if ranked.is_empty() {
            Vec::new()
        } else {
            items
                .iter()
                .flat_map(|(t, case)| {
                    (ranker.examples)(&tenants[*t].reader.with_model(self.model.clone()), *t, case)
                })
                .collect()
        };
        let mut chosen: Option<((f32, usize, f64), ReasonModel)> = None;
        for &r in &ranked {
            let m = ReasonModel::train(&ex, EPOCHS, r.0);
            let mut with = base.clone();
            with.0[ranker.slot] = (ranker.text)(&m);
            if gate::keeps_pinned(&with, &format!("{}, threshold {}", ranker.name, r.0)) {
                chosen = Some((r, m));
                break;
            }
        }
        if chosen.is_none() {
            // None keeps the pinned behaviour: the best by cross-validation, for the gate
            // to refuse.
            chosen = ranked
                .first()
                .map(|&r| (r, ReasonModel::train(&ex, EPOCHS, r.0)));
        }
        let best_org = org.iter().map(|o| o.1).max().unwrap_or(rules_org);
        let cv = Cv {
            rules: rules_org,
            model: chosen.as_ref().map_or(best_org, |c| c.0 .1),
            won: chosen.is_some(),
        };
        let model = match chosen {
            Some((r, m)) => {
                println!(
                    "\n{}: {} {}, threshold {}",
                    ranker.name,
                    ex.len(),
                    ranker.trained_on,
                    r.0
                );
                m
            }
            None => {
                println!(
                    "\nthe {} does not clearly beat the rules on cross-validation; shipping an empty one (rules decide)",
                    ranker.name
                );
                ReasonModel::default()
            }
        };
        println!("final {}: {} weighted features", ranker.name, model.len());
        // `--try-rankers`: the refused model, trained on everything anyway, for the keep
        // directory only.
        let tried = self.try_rankers.filter(|_| model.is_empty()).map(|t| {
            let ex: Vec<_> = self
                .items
                .iter()
                .flat_map(|(i, case)| {
                    (ranker.examples)(
                        &self.tenants[*i].reader.with_model(self.model.clone()),
                        *i,
                        case,
                    )
                })
                .collect();
            let m = ReasonModel::train(&ex, EPOCHS, t);
            println!(
                "tried {} at threshold {t}: {} weighted features, kept only",
                ranker.name,
                m.len()
            );
            m
        });
        (model, cv, tried)
    }
}

/// Prints how `model` reads `case` differently from `rules`, field by field, with the label.
fn show_change(case: &Case, tenant: &Tenant, rules: &Reader, model: &Reader) {
    let read = |r: &Reader| {
        let s = ReaderSettings {
            day_first: case.day_first.unwrap_or(tenant.settings.day_first),
            ..tenant.settings.clone()
        };
        let got = r
            .with_settings(s)
            .read(
                &case.message,
                case.speaker.as_deref().unwrap_or(&tenant.speaker),
                case.today.unwrap_or(tenant.today),
            )
            .expect("reads");
        serde_json::to_value(got).expect("serialises")
    };
    let (a, b) = (read(rules), read(model));
    for f in ["rationale", "date", "review_date", "due"] {
        if a[f] != b[f] {
            let want = case.expected.get(f).cloned().unwrap_or_default();
            let mark = if b[f].as_str().map(reasons::normalise)
                == want.as_str().map(reasons::normalise)
            {
                "GAIN"
            } else if a[f].as_str().map(reasons::normalise) == want.as_str().map(reasons::normalise)
            {
                "LOSS"
            } else {
                "both wrong"
            };
            println!(
                "  {mark:<10} {f}: rules {} model {} want {}  <- {}",
                a[f], b[f], want, case.message
            );
        }
    }
}
