//! "Servicing stays on the core until the CDFI award is confirmed": in a rescope, what the
//! smaller scope keeps (convention 16's reason) told with the condition it waits on. The
//! condition alone says when, the kept scope says why the money is what it is.

use super::tokens::Token;

/// Where the reason opening on a condition at `a` ("until …") starts instead: the start of
/// its sentence, when the words there tell a kept scope ("X stays/remains …"), with no
/// money (`money`) in them.
pub fn scope_before_condition(
    toks: &[Token],
    a: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !matches!(
        toks.get(a)?.lower.as_str(),
        "until" | "till" | "til" | "pending"
    ) {
        return None;
    }
    let s = (0..a)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "\n" | ";" | ","))
        .map_or(0, |k| k + 1);
    let keeps = |w: &str| matches!(w, "stays" | "stay" | "remains" | "remain");
    (a >= s + 3 && (s + 1..a).any(|k| keeps(&toks[k].lower)) && !(s..a).any(money)).then_some(s)
}
