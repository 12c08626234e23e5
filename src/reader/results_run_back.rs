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
use super::tokens::{TokKind, Token};

/// Does the token at `j` end a clause: a comma, a stop, a colon, a line break or a dash set
/// apart?
fn clause_break(toks: &[Token], j: usize) -> bool {
    matches!(
        toks[j].lower.as_str(),
        "," | ";" | "." | "!" | "?" | ":" | "\n" | "—" | "–" | "(" | ")"
    ) || toks[j].is_sym("-") && !toks[j].attached
}

/// The benefit's evidence `said` run back over the results before its commas: each a
/// clause of three words or more, with no money and no name, in the same sentence. Since
/// round R42 a date in a counted result is kept ("… on the Dec panel") and the work's name opening a
/// counted result is left out ("Jury text notifications cut no-shows from 18% to 6%"); and
/// the evidence runs on over a result after its comma when the money follows it at once
/// ("…, no flooding, no idle crews - call it $600k saved").
pub(super) fn run_back(
    text: &str,
    toks: &[Token],
    said: String,
    names: &[NameMatch],
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> String {
    let Some((mut a, b)) = reasons::span_of(text, toks, &said) else {
        return said;
    };
    let a0 = a;
    let counted =
        |p: usize, c: usize| (p..c).any(|j| toks[j].kind == TokKind::Num && !money(j) && !skip(j));
    for _ in 0..3 {
        if a < 4 || !toks[a - 1].is(",") {
            break;
        }
        let c = a - 1;
        let mut p = (0..c)
            .rev()
            .find(|&j| clause_break(toks, j))
            .map_or(0, |j| j + 1);
        // "Jury text notifications cut no-shows from 18% …": the name is the subject.
        if let Some(m) = names.iter().find(|m| m.start == p && m.end + 3 <= c) {
            if counted(m.end, c) && toks[m.end].is_word() {
                p = m.end;
            }
        }
        let result = c >= p + 3
            && toks[p].is_word()
            && !(p..c).any(money)
            // "the Logan event on 14/11 was the first real test": a dated clause with
            // nothing counted is news of the work, no result.
            && (!(p..c).any(skip) || counted(p, c))
            && !names.iter().any(|m| m.start < c && m.end > p);
        if !result {
            break;
        }
        a = p;
    }
    let e = run_on(toks, b, money);
    if a < a0 || e > b {
        text[toks[a].start..toks[e - 1].end].trim().to_string()
    } else {
        said
    }
}

/// Where the evidence ending at `b` runs on to: over a short clause after its comma with
/// no money and no number, when a dash or a comma after it opens the money at once.
fn run_on(toks: &[Token], b: usize, money: &dyn Fn(usize) -> bool) -> usize {
    if !toks.get(b).is_some_and(|t| t.is(",")) {
        return b;
    }
    let s = b + 1;
    let Some(n) = (s..toks.len().min(s + 8)).find(|&j| clause_break(toks, j)) else {
        return b;
    };
    let worded = n >= s + 2 && (s..n).all(|j| toks[j].is_word() && !money(j));
    let dash = toks[n].is_sym("-") || matches!(toks[n].lower.as_str(), "—" | "–");
    let money_next = (n + 1..toks.len().min(n + 4)).any(money);
    if worded && dash && money_next {
        n
    } else {
        b
    }
}
