//! The reader's own readings as training examples: for the intent model, the rationale
//! chooser and the date roles (`examples/train_reader`), and the features behind an intent.

use super::*;

/// One labelled record's rationale against its options ([`Reader::rationale_recall`]).
#[derive(Debug, Clone)]
pub struct RationaleRecall {
    /// The label is one of the options.
    pub among: bool,
    /// The rules chose it.
    pub rules_right: bool,
    /// The rules' choice, as the options hold it.
    pub rule: Option<String>,
    /// The label, normalised as the corpus compares it.
    pub label: String,
}

impl Reader {
    /// The rationale options for training, one per record that pairs with a label: every
    /// record when the reader reads as many as `labels` holds (the first record's, then the
    /// later ones'), otherwise only the first, as for the intent model. A record gives none
    /// when it is not a decision or a benefit, or when its label is none of its candidate
    /// clauses.
    pub fn rationale_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
        labels: &[Option<&str>],
    ) -> Vec<reasons::Example> {
        self.each_labelled_record(message, labels, |this, upto, part, label| {
            this.rationale_example(upto, part, speaker, today, label)
        })
    }

    /// `f` over each record paired with a label, each read with the text `read` gives it
    /// and by the reader `read` uses (one in the message's written currency): every record
    /// when the reader reads as many as `labels` holds, otherwise only the first.
    fn each_labelled_record<T>(
        &self,
        message: &str,
        labels: &[Option<&str>],
        mut f: impl FnMut(&Reader, &str, &[Token], Option<&str>) -> Option<T>,
    ) -> Vec<T> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let read = spans.len().min(1 + MAX_MORE_RECORDS);
        let take = if read == labels.len() { read } else { 1 };
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        labels
            .iter()
            .take(take.min(spans.len()))
            .enumerate()
            .filter_map(|(k, label)| {
                let (upto, part) = this.record_text(message, &toks, &spans, k);
                f(this, &upto, &part, *label)
            })
            .collect()
    }

    /// One record's rationale options: `None` when it is not a decision or a benefit, or
    /// when `label` is none of its candidate clauses.
    pub(super) fn rationale_example(
        &self,
        message: &str,
        part: &[Token],
        speaker: &str,
        today: NaiveDate,
        label: Option<&str>,
    ) -> Option<reasons::Example> {
        let (cands, options, rule) = self.rationale_options(message, part, speaker, today)?;
        let gold = match label {
            None => cands.len(),
            Some(l) => {
                let l = reasons::normalise(l);
                cands
                    .iter()
                    .position(|c| reasons::normalise(&c.text) == l)?
            }
        };
        Some(reasons::Example {
            options,
            rule,
            gold,
        })
    }

    /// A record's rationale options as the model would see them (its candidates, their
    /// features with "none"'s last, the rules' option): `None` when it is not a decision or
    /// a benefit.
    fn rationale_options(
        &self,
        message: &str,
        part: &[Token],
        speaker: &str,
        today: NaiveDate,
    ) -> Option<(Vec<reasons::Candidate>, Vec<Vec<u64>>, usize)> {
        let rules = self.with_reason_model(std::sync::Arc::new(ReasonModel::default()));
        let r = rules.assemble(message, part, speaker, today);
        if !matches!(r.intent, Intent::Decision | Intent::Benefit) {
            return None;
        }
        let p = self.passes(message, part, speaker, today);
        let mask = amounts_and_dates(part.len(), &p.money, &p.dates);
        let skip = |j: usize| mask.get(j).copied().unwrap_or(false);
        let verdict = p
            .verdict
            .filter(|_| r.intent == Intent::Decision)
            .map(|v| (v.start, v.end));
        let ctx = reasons::Context {
            text: message,
            toks: part,
            skip: &skip,
            verdict,
            kind: if r.intent == Intent::Decision {
                "decision"
            } else {
                "benefit"
            },
            rule: r.rationale.as_deref(),
        };
        Some(reasons::options(&ctx))
    }

    /// The ceiling of any rationale model: for each record paired with a label (as
    /// [`Reader::rationale_examples`] pairs them) that names a rationale and is read as a
    /// decision or a benefit, whether the label is among its options, whether the rules
    /// chose it, and the rules' choice ("Crane 4: lifts up 12%" against the label "lifts up
    /// 12%": not chosen, and among the options only when a heading can be dropped).
    pub fn rationale_recall(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
        labels: &[Option<&str>],
    ) -> Vec<RationaleRecall> {
        self.each_labelled_record(message, labels, |this, upto, part, label| {
            let label = reasons::normalise(label?);
            let (cands, _, rule) = this.rationale_options(upto, part, speaker, today)?;
            let said = |c: &reasons::Candidate| reasons::normalise(&c.text) == label;
            let chosen = cands.get(rule);
            Some(RationaleRecall {
                among: cands.iter().any(said),
                rules_right: chosen.is_some_and(said),
                rule: chosen.map(|c| c.text.clone()),
                label,
            })
        })
    }

    /// The first record's date mentions (outside its follow-up) as training examples for
    /// the date-role model: each mention's options and the role the labels
    /// (`date`, `review_date`, `due`) give it.
    pub fn date_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
        labels: [Option<NaiveDate>; 3],
    ) -> Vec<reasons::Example> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let rules = self.with_date_model(std::sync::Arc::new(ReasonModel::default()));
        let r = rules.assemble(message, part, speaker, today);
        if r.intent == Intent::None {
            return Vec::new();
        }
        let p = self.passes(message, part, speaker, today);
        let verdict_at = p
            .verdict
            .filter(|_| r.intent == Intent::Decision)
            .map(|v| v.start);
        date_mentions(&r, part, &p.dates, p.actions.first(), verdict_at, today)
            .iter()
            .map(|m| reasons::Example {
                options: date_roles::options(m),
                rule: m.rule.index(),
                gold: date_roles::gold(m.d, m.intent, m.verdict, today, m.rule, labels).index(),
            })
            .collect()
    }

    /// The first record's model features and the rules' intent for it: what the intent
    /// model is trained on.
    pub fn intent_example(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> (Vec<u64>, Intent) {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let p = self.passes(message, part, speaker, today);
        (model::features(part, &p.names, &p.signals, p.rule), p.rule)
    }

    /// Every record's model features and the rules' intent for it, as [`Reader::read`]
    /// reads them: the first, then up to [`MAX_MORE_RECORDS`] more, those it drops as no
    /// record included (so a caller can pair them with labels by their number). What the
    /// intent model is trained on when a message's later records are labelled.
    pub fn intent_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> Vec<(Vec<u64>, Intent)> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        (0..spans.len().min(1 + MAX_MORE_RECORDS))
            .map(|k| {
                // Each record read with the text `read` gives it to `assemble`.
                let (upto, part) = this.record_text(message, &toks, &spans, k);
                let p = this.passes(&upto, &part, speaker, today);
                (model::features(&part, &p.names, &p.signals, p.rule), p.rule)
            })
            .collect()
    }

    /// [`Reader::intent_example`] with each feature's name: to explain a reading.
    pub fn intent_feature_names(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> (Vec<(String, u64)>, Intent) {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let p = self.passes(message, part, speaker, today);
        (
            model::feature_names(part, &p.names, &p.signals, p.rule),
            p.rule,
        )
    }
}
