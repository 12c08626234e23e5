//! "Woodyard log scanner - we're out $230K on it all in. Accounting's writing it off in
//! Q4.": the accounts booking money already spent as lost is bookkeeping after the fact, a
//! note, not the work stopped (convention 57 (a), round V49); "so that's that, we're
//! writing the app off", said by those who run the work, still gives it up.

use super::tokens::Token;

/// Those who keep the books.
const BOOKKEEPERS: &[&str] = &[
    "accounting",
    "accounts",
    "accountant",
    "accountants",
    "finance",
    "treasurer",
    "bookkeeper",
    "auditors",
    "controller",
];

/// Whether the write-off whose verb is at `i` ("writing", "write", "wrote") is said of the
/// books' keepers: "Accounting's writing it off", "the treasurer is writing it off", "the
/// finance team will write it off".
pub(super) fn booked_by_the_accounts(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    while k > 0
        && matches!(
            word(k - 1),
            "is" | "are" | "will" | "'s" | "'ll" | "be" | "to"
        )
    {
        k -= 1;
    }
    let Some(s) = k.checked_sub(1) else {
        return false;
    };
    let subject = word(s)
        .trim_end_matches("'s")
        .trim_end_matches("'ll")
        .trim_end_matches("'re");
    let subject = if matches!(subject, "team" | "department" | "dept") {
        s.checked_sub(1).map_or("", word)
    } else {
        subject
    };
    BOOKKEEPERS.contains(&subject)
}

/// "we're out $230K on it all in": money starting at `s` that we are out of pocket on the
/// work, what it has cost so far (read as money spent, no benefit).
pub(in crate::reader) fn out_of_pocket(toks: &[Token], s: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    s >= 2
        && word(s - 1) == "out"
        && (matches!(word(s - 2), "we're" | "i'm")
            || word(s - 2) == "are" && s >= 3 && word(s - 3) == "we")
}
