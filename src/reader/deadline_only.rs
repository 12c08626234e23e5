//! A deadline told after a verdict (round R56): "…, $3,200, must fix before CNY", "…, has to
//! be in before pitchers & catchers", "…, has to be running before seeding". The clause says
//! by when the work must be done — the plan's urgency, not why: no reason (the training
//! labels take none of them; "die die must replace before CNY" is round R43's). So is a
//! sentence after it saying someone else pays for another part ("The drainage Town Council
//! will settle, not our cost.").

use super::tokens::Token;

/// Is the clause `toks[s..e]` only a deadline: "must / has to / have to / need(s) to / got to
/// / gotta", at most three words, then "before" or "by" and at most six words, with no
/// "and", "but" or "because" joining another clause?
pub fn only_deadline(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let k = match (w(s), w(s + 1)) {
        ("must" | "gotta", _) => s + 1,
        ("has" | "have" | "need" | "needs" | "got", "to") => s + 2,
        _ => return false,
    };
    let Some(by) = (k + 1..(k + 4).min(e)).find(|&j| matches!(w(j), "before" | "by")) else {
        return false;
    };
    let rest = (by + 1..e).filter(|&j| toks[j].is_word()).count();
    (1..=6).contains(&rest)
        && (s..e).all(|j| !matches!(w(j), "and" | "but" | "because" | "cos" | "since" | "as"))
}

/// Does the clause `toks[s..e]` close on "not our cost / bill / expense / problem" — another
/// part someone else pays for or sorts, an aside to the decision?
pub fn others_cost(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let words: Vec<usize> = (s..e).filter(|&j| toks[j].is_word()).collect();
    let [.., a, b, c] = words[..] else {
        return false;
    };
    toks[a].is("not")
        && toks[b].is("our")
        && matches!(
            toks[c].lower.as_str(),
            "cost" | "bill" | "expense" | "problem"
        )
}
