//! A benefit's results joined by commas (round R39): "card terminals at hexham sorted the
//! saturday drop outs, not one failed payment since they went in", "We're doing MOT prep
//! in-house now, no more trips to Harrogate, saved us about £1,100 a month", "Jury text
//! notifications cut no-shows from 18% to 6% on the Dec panel, we summoned 120 fewer
//! people, roughly $4,100". The result chosen was the one nearest the money; the result told
//! just before it, after a comma in the same sentence, is evidence of the same benefit, so
//! the evidence runs back over it. Not over a clause that names the investment ("online
//! booking already earning its keep, no-shows down …", "USSD menu redesign is live, …"):
//! that is praise or news of the work, no result.

use super::names::NameMatch;
use super::reasons;
use super::tokens::Token;

/// Does the token at `j` end a clause: a comma, a stop, a colon, a line break or a dash set
/// apart?
fn clause_break(toks: &[Token], j: usize) -> bool {
    matches!(
        toks[j].lower.as_str(),
        "," | ";" | "." | "!" | "?" | ":" | "\n" | "—" | "–" | "(" | ")"
    ) || toks[j].is_sym("-") && !toks[j].attached
}

/// The benefit's evidence `said` run back over the result before its comma: a clause of
/// three words or more, with no money or date (`skip`) and no name, in the same sentence.
pub(super) fn run_back(
    text: &str,
    toks: &[Token],
    said: String,
    names: &[NameMatch],
    skip: &dyn Fn(usize) -> bool,
) -> String {
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    if a < 4 || !toks[a - 1].is(",") {
        return said;
    }
    let c = a - 1;
    let p = (0..c)
        .rev()
        .find(|&j| clause_break(toks, j))
        .map_or(0, |j| j + 1);
    let result = c >= p + 3
        && toks[p].is_word()
        && !(p..c).any(skip)
        && !names.iter().any(|m| m.start < c && m.end > p);
    if result {
        text[toks[p].start..toks[b - 1].end].trim().to_string()
    } else {
        said
    }
}
