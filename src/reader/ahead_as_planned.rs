//! "Mzee says we go ahead with the weighbridge as planned, no changes" (round V54): a
//! go-ahead with the thing named, then "as planned" closing its clause, keeps work already
//! decided going, a continue, as "goes ahead as planned" does (convention 69); "go ahead
//! with the weighbridge, 48m" alone approves.

use super::tokens::Token;

/// Does the approval `start..end`, opening on "go" / "goes" / "going" / "went" (ahead),
/// have "as planned" ("as decided", "as agreed") later in its clause, within eight words?
pub(super) fn ahead_with_it_as_planned(toks: &[Token], start: usize, end: usize) -> bool {
    let opens = toks
        .get(start)
        .is_some_and(|t| matches!(t.lower.as_str(), "go" | "goes" | "going" | "went"))
        && toks.get(start + 1).is_some_and(|t| t.is("ahead"));
    if !opens {
        return false;
    }
    (end..(end + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            // "as decided", "as agreed" (round S68): work already decided, as planned.
            toks[k].is("as")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "planned" | "decided" | "agreed"))
        })
}
