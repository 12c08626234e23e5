//! What the verdict's sentence names, for the rationale options: a sentence elsewhere that
//! repeats its words ("Glaze room approved. The glaze room floods every spring") speaks of
//! what was decided, where one that does not ("Fyi the stall opens Monday") may be news.

use super::reason_signs::verdict_sentence;
use super::*;

/// Up to six words of the verdict's sentence that may name what was decided (words of
/// four letters or more, not the verdict's own), and that sentence's token range.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Object {
    pub words: [usize; 6],
    pub n: usize,
    pub sentence: (usize, usize),
}

/// The verdict's sentence's naming words ("Glaze room approved": "glaze").
pub(super) fn verdict_object(ctx: &Context) -> Object {
    let toks = ctx.toks;
    let Some((a, b)) = ctx.verdict else {
        return Object::default();
    };
    let (s, e) = verdict_sentence(toks, a, b);
    let mut o = Object {
        sentence: (s, e),
        ..Object::default()
    };
    for j in (s..e).filter(|&j| j < a || j >= b) {
        if o.n == o.words.len() {
            break;
        }
        if toks[j].kind == TokKind::Word && toks[j].lower.len() >= 4 && !(ctx.skip)(j) {
            o.words[o.n] = j;
            o.n += 1;
        }
    }
    o
}
