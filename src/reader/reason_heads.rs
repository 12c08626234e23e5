//! What opens a reason's clause but is no part of the reason: a concession ("It's not that
//! we don't want it, there just isn't the capacity …", "HR say it's fine but …"). Money already sunk is kept ("we've
//! sunk $310k into it and it still can't …": three labels keep it, one drops it).

use super::tokens::Token;

/// Where the reason in tokens `a..b` starts once such an opening is dropped; `a` when it
/// has none.
pub(super) fn past_head(toks: &[Token], a: usize, b: usize) -> usize {
    let b = b.min(toks.len());
    concession(toks, a, b)
        .or_else(|| fine_but(toks, a, b))
        .filter(|&k| k + 3 <= b)
        .unwrap_or(a)
}

/// "HR say it's fine but they want a 3-month trial first", "ok but only if …": what is
/// conceded fine before "but" (within the reason's first words); after the "but".
fn fine_but(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let but = (a + 1..(a + 12).min(b)).find(|&j| at(j) == "but")?;
    let conceded = (but.saturating_sub(2).max(a)..but)
        .any(|j| matches!(at(j), "fine" | "ok" | "okay" | "good" | "great"));
    (conceded && !(a..but).any(|j| matches!(at(j), "." | "!" | "?"))).then_some(but + 1)
}

/// "it's not that we don't want it, …": after its comma.
fn concession(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    let k = match at(a) {
        "it's" => a + 1,
        "it" if at(a + 1) == "is" => a + 2,
        _ => return None,
    };
    if !(at(k) == "not" && at(k + 1) == "that") {
        return None;
    }
    (k + 3..(k + 16).min(b))
        .find(|&j| toks[j].is(","))
        .map(|c| c + 1)
}

/// "till after vintage, nobody's got time to retrain the staff": a condition on when the
/// work comes back (`a..b` opens with "till after" / "until before" …), then, after its
/// comma or dash, a clause of its own that says why. Where that clause starts.
pub(super) fn after_timed_condition(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let b = b.min(toks.len());
    let at = |k: usize| if k < b { toks[k].lower.as_str() } else { "" };
    if !(matches!(at(a), "until" | "till" | "til") && matches!(at(a + 1), "after" | "before")) {
        return None;
    }
    (a + 3..b)
        .find(|&j| matches!(at(j), "," | "—" | "–") || toks[j].is_sym("-") && !toks[j].attached)
        .map(|c| c + 1)
        .filter(|&s| {
            s + 3 <= b
                && (super::intent::own_clause(toks, s, b)
                    // "nobody's got time …", "there's no budget …".
                    || matches!(
                        at(s),
                        "nobody" | "nobody's" | "no-one" | "everyone" | "everyone's" | "there's"
                            | "there" | "we'll" | "we'd"
                    ))
        })
}
