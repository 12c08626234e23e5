//! "… And the monitoring platform is already earning its keep: service calls are down about a
//! quarter …", "the new tills have more than paid their way already: card takings …": work
//! praised in an idiom of earning its money, the result and its money told after a colon or a
//! dash. Like "already showing: …" (`later_items::already_showing`), the sentence is a
//! benefit record of its own.

use crate::reader::tokens::Token;

/// Does `part` praise work as earning its money ("earning its keep", "doing its job", "paid
/// their way", "paying off", "paid for itself", "pulling its weight", "worth every cent",
/// "covering its costs / lease", "justified itself"),
/// a colon or a spaced dash right after (an "already" or "now" between)?
pub(super) fn praised_before_colon(part: &[Token]) -> bool {
    let w = |j: usize| part.get(j).map_or("", |t| t.lower.as_str());
    (0..part.len()).any(|k| {
        let end = match (w(k), w(k + 1), w(k + 2)) {
            ("earning" | "earned" | "earns", "its" | "their", "keep")
            | ("doing" | "done" | "does", "its" | "their", "job")
            | ("paid" | "paying" | "pays", "its" | "their", "way")
            | ("paid" | "paying" | "pays", "for", "itself" | "themselves")
            | ("pulling" | "pulled", "its" | "their", "weight")
            | ("worth", "every", "cent" | "penny")
            | (
                "covering" | "covered" | "covers",
                "its" | "their",
                "costs" | "cost" | "lease" | "fees" | "keep",
            ) => k + 3,
            // "has already justified itself: …"
            ("justified" | "justifying" | "justifies", "itself" | "themselves", _) => k + 2,
            ("paying" | "paid", "off", _) => k + 2,
            _ => return false,
        };
        let end = if matches!(w(end), "already" | "now") {
            end + 1
        } else {
            end
        };
        matches!(w(end), ":" | "—" | "–")
    })
}
