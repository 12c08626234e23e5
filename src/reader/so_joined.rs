//! "… failed its MOT again and the garage reckon it's not worth welding, so the trustees
//! have agreed to replace it. £68,000 for …, most of which the appeal has already raised.":
//! a clause joined to the verdict by "so" is the writer's reason; a remark after the price
//! in a later sentence (or a relative clause, "most of which …") does not beat it, nor does
//! a sentence before the verdict's ("TSP contract is up in Feb. Ops are happy – they've
//! had two outages … – so I'm signing the renewal").

use super::tokens::Token;

/// Is the verdict starting at `v` joined by "so" to a clause before it: ", so" (or "– so")
/// within the four words before it?
pub fn so_before(toks: &[Token], v: usize) -> bool {
    so_at(toks, v).is_some()
}

fn so_at(toks: &[Token], v: usize) -> Option<usize> {
    (v.saturating_sub(4)..v).find(|&k| {
        toks[k].is("so")
            && k > 0
            && (toks[k - 1].is(",") || matches!(toks[k - 1].lower.as_str(), "—" | "–" | "-"))
    })
}

/// Is the reason at `a` told apart from the verdict's sentence (which runs from `v_start`
/// to `v_end`): in an earlier sentence, or after it only as a remark, in a later sentence
/// or opening on a relative ("which", "most of which")?
pub fn told_apart(toks: &[Token], v_start: usize, v_end: usize, a: usize) -> bool {
    let ends = |k: usize| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n");
    if a < v_start {
        return (a..v_start).any(ends);
    }
    let later =
        a > v_end && (v_end..a).any(|k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"));
    let relative = (a..(a + 3).min(toks.len())).any(|k| toks[k].is("which"));
    a >= v_end && (later || relative)
}

/// The clause that ends at the ", so" or "– so" within the four words before the verdict at
/// `v`, from the break before it (a comma, a dash, a sentence's end): "– they've had two
/// outages this year against twelve with the old one – so I'm signing …".
pub fn clause_before_so(text: &str, toks: &[Token], v: usize) -> Option<String> {
    let so = so_at(toks, v)?;
    let end = so - 1;
    let start = (0..end)
        .rev()
        .find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "," | "—" | "–" | "." | "!" | "?" | "\n" | ";" | ":"
            ) || toks[k].is_sym("-") && !toks[k].attached
        })
        .map_or(0, |k| k + 1);
    (end >= start + 3).then(|| {
        text[toks[start].start..toks[end - 1].end]
            .trim()
            .to_string()
    })
}
