//! "fleet insurance dropped 2,200/yr since the gps trackers went in 🙌", "… already saved R$
//! 480 mil in overtime of the classification team since the start of the harvest": after a
//! benefit told only as money, a "since" clause that says only that the work went in (or
//! live, or started) or that a season started says from when the money is counted. It is
//! no evidence; the labels leave such a benefit with none. ("£23,400 saved in Oct since
//! portal letters went digital" tells a change, and stays: convention 1.)

use super::tokens::Token;

/// Is the reason `toks[a..b]`, just after "since", only the work going in or a season's
/// start: "the gps trackers went in", "it went live", "we started", "the start of the
/// harvest"?
pub fn only_since_it_went_in(toks: &[Token], a: usize, b: usize) -> bool {
    if a == 0 || !toks[a - 1].is("since") || b <= a || b > a + 8 {
        return false;
    }
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < b)
            .map_or("", |t| t.lower.as_str())
    };
    let start_of = w(a) == "the" && w(a + 1) == "start" && w(a + 2) == "of";
    let went = (a + 1..b).find(|&k| {
        matches!(w(k), "went" | "came") && matches!(w(k + 1), "in" | "live")
            || matches!(w(k), "started" | "launched" | "installed")
    });
    // Nothing after the verb but a place or a month ("went in at Bala", "in August").
    let bare = went.is_some_and(|k| {
        let after = if matches!(w(k), "went" | "came") {
            k + 2
        } else {
            k + 1
        };
        (after..b)
            .all(|j| !toks[j].is_word() || toks[j].capital || matches!(w(j), "at" | "in" | "on"))
    });
    start_of || bare
}
