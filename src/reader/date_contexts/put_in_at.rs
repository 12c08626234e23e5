//! "The boiler economiser installed in June cut firewood use by 14%", "the covers we fitted
//! in March": in a benefit, the time the thing was put in is an event, as a go-live is
//! (convention 37: "since the EPOS went in" gives no date), not when the result was counted
//! (round D46).

use super::*;

/// Is date `d` said straight after a verb of putting the thing in ("installed in June",
/// "fitted last March", "went in in August", "put in last year"), with no "since" or
/// "saved" before it in its clause (those count a period from the date, the benefit's)?
pub fn put_in_at(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    if toks[s..d.start]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "since" | "saved" | "from"))
    {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let ours_done = |k: usize| ours_done_at(toks, k);
    let put_in = |k: usize| {
        matches!(
            word(k),
            "installed" | "fitted" | "commissioned" | "bought" | "delivered" | "deployed"
        ) || word(k) == "in" && matches!(word(k.wrapping_sub(1)), "went" | "put" | "gone")
            || ours_done(k)
    };
    // The verb, then "in", "on" or "last" before the date ("installed in June", "put in
    // last year"), or the verb straight before it ("installed 3/6").
    let lead = usize::from(matches!(
        word(d.start.wrapping_sub(1)),
        "in" | "on" | "last"
    ));
    let at = d.start.checked_sub(1 + lead);
    // "The creaming tank we put in last month" (round V48): "put in" / "went in" straight
    // before the date, its "in" the verb's own.
    let straight = d.start.checked_sub(1);
    at.is_some_and(|k| k >= s && put_in(k)) || straight.is_some_and(|k| k > s && put_in(k))
}

/// "The expeller upgrade we did in June", "The plasticity tester we buy in June" (round
/// V62): the work done or bought by us at `k`, said of the thing as it is named.
fn ours_done_at(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    matches!(word(k), "did" | "buy" | "bought" | "built")
        && matches!(word(k.wrapping_sub(1)), "we" | "i")
        && k >= 2
        && toks[k - 2].is_word()
}

/// Is date `d` said straight after "we did" / "we bought" (and "in" or "last") the thing
/// named before it? In a note of news about what the thing has done since ("… has really
/// paid off: …"), that is no date of the news; an install told as the news ("got installed
/// Tuesday and passed its load test") is, and is left to [`put_in_at`]'s benefits.
pub fn done_by_us_at(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let lead = usize::from(matches!(word(d.start.wrapping_sub(1)), "in" | "last"));
    d.start
        .checked_sub(1 + lead)
        .is_some_and(|k| ours_done_at(toks, k))
}
