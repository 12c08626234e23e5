//! Where a reason said sits in the tokens, the options offered to the model with the rules'
//! choice among them, and the shipped model.

use super::*;

/// Where text `said` (a clause of the record, as the rules chose it) lies in its tokens.
pub(in crate::reader) fn span_of(text: &str, toks: &[Token], said: &str) -> Option<(usize, usize)> {
    let said = said.trim();
    let at = text.find(said)?;
    let a = toks.iter().position(|t| t.start >= at)?;
    let b = toks.iter().rposition(|t| t.end <= at + said.len())? + 1;
    (a < b).then_some((a, b))
}

/// The options of a record (candidates, then "none"), and the index of the rules' choice.
/// The rules' choice is always an option, so the model can keep it as it is.
pub fn options(ctx: &Context) -> (Vec<Candidate>, Vec<Vec<u64>>, usize) {
    let mut cands = candidates(ctx.text, ctx.toks);
    let rule_at = ctx.rule.and_then(|r| {
        let r = normalise(r);
        match cands.iter().position(|c| normalise(&c.text) == r) {
            Some(k) => Some((cands[k].start, cands[k].end)),
            None => {
                let (a, b) = span_of(ctx.text, ctx.toks, ctx.rule?)?;
                cands.push(Candidate {
                    start: a,
                    end: b,
                    text: ctx.rule?.to_string(),
                });
                Some((a, b))
            }
        }
    });
    // The spans one clause edge away, which the clauses alone never give.
    edges::add_edge_options(ctx, &mut cands, rule_at);
    let n = cands.len();
    // Whether each option reads as a reason at all, and the record's own signs.
    let record = reason_signs::record_signs(ctx);
    let object = verdict_object::verdict_object(ctx);
    let signs: Vec<reason_signs::Sign> = cands
        .iter()
        .map(|c| reason_signs::sign_of(ctx, c.start, c.end, &object))
        .collect();
    let mut opts: Vec<Vec<u64>> = cands
        .iter()
        .zip(&signs)
        .map(|(c, s)| {
            let mut f = features_against(ctx, Some(c), n, rule_at);
            reason_signs::sign_features(ctx, c, s, record, &mut f);
            f
        })
        .collect();
    let rule = match ctx.rule {
        None => n,
        Some(r) => {
            let r = normalise(r);
            cands
                .iter()
                .position(|c| normalise(&c.text) == r)
                .unwrap_or(n)
        }
    };
    let mut none = features_against(ctx, None, n, rule_at);
    reason_signs::none_features(ctx, &signs, rule, record, &mut none);
    opts.push(none);
    (cands, opts, rule)
}

/// The model shipped in the repository, read once.
pub fn shipped() -> Arc<ReasonModel> {
    static MODEL: OnceLock<Arc<ReasonModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let text = crate::reader::model::shipped_text(
                "rationale.model",
                include_str!("../../../assets/reader/rationale.model"),
            );
            Arc::new(ReasonModel::from_text(&text).expect("the shipped model parses"))
        })
        .clone()
}

/// "… we lost more tags than tools lol": a laugh ending the reason is the writer's mood,
/// not part of the reason.
pub(in crate::reader) fn without_trailing_laugh(text: String) -> String {
    let text = crate::reader::plain_verdicts::without_closing_aside(text);
    let kept = text.trim_end();
    match kept.rsplit_once(' ') {
        Some((rest, last)) if crate::reader::small_talk::laugh(&last.to_lowercase()) => {
            rest.trim_end_matches([' ', ',']).to_string()
        }
        _ => text,
    }
}
