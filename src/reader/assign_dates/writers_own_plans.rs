//! "… the payroll switch waits until after the W-2s go out. I'll set up the kickoff with the
//! substation contractor next week.": a date in the writer's own plan, said in a sentence of
//! its own after the verdict, is when the writer does something else, not when the record
//! is looked at again (round D45).

use super::*;

/// Is date `d` in a sentence after the verdict (at `verdict_at`) that opens on the writer's
/// own plan ("I'll", "I will", "I shall", "I'm going to") and says nothing of looking at
/// the record again ("bring it back", "revisit", "look again")?
pub(in crate::reader) fn in_writers_own_plan(
    toks: &[Token],
    d: &dates::DateMention,
    verdict_at: Option<usize>,
) -> bool {
    let start = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym(".") || t.is_sym(";") || t.is_sym("\n") || t.is_sym("!"))
        .map_or(0, |k| k + 1);
    if verdict_at.is_none_or(|v| v >= start) {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = match word(start) {
        "i'll" | "i’ll" => true,
        "i" => {
            matches!(word(start + 1), "will" | "shall" | "'ll")
                || word(start + 1) == "'m" && word(start + 2) == "going"
        }
        "i'm" => word(start + 1) == "going",
        _ => false,
    };
    opens
        && !(start..d.start).any(|k| {
            matches!(
                word(k),
                "again"
                    | "back"
                    | "revisit"
                    | "review"
                    | "reconsider"
                    | "decide"
                    | "decision"
                    | "discuss"
                    | "raise"
                    | "re-raise"
            )
        })
}
