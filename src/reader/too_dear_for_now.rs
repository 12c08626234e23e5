//! A refusal whose reason is a price judged too high "for now" ("chipper rejected. too
//! pricey for now", "says no to the second cold room, too expensive for now"): the no holds
//! until the money is there, a deferral (convention 93); "too much right now", "too rich
//! this year" stay refusals (convention 60).

use super::tokens::Token;

/// Words that judge a price: "too expensive", "too pricey", "too dear", "too much".
const DEAR: &[&str] = &[
    "expensive",
    "pricey",
    "pricy",
    "dear",
    "costly",
    "much",
    "steep",
    "rich",
];

/// Whether a price is judged "too <dear> for now" after the refusal ending at `end`, in
/// its sentence or the next: "for now" straight after the judging word, or after "for us".
pub(super) fn too_dear_for_now(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut ends = 0;
    for k in end..toks.len() {
        if matches!(word(k), "." | "!" | "?" | ";" | "\n") {
            ends += 1;
            if ends == 2 {
                return false;
            }
            continue;
        }
        if word(k) != "too" || !DEAR.contains(&word(k + 1)) {
            continue;
        }
        let after = if (word(k + 2), word(k + 3)) == ("for", "us") {
            k + 4
        } else {
            k + 2
        };
        return (word(after), word(after + 1)) == ("for", "now");
    }
    false
}
