//! "Not till after inventory, the yard scanners work fine from the office end": a hold's
//! "till after <a happening of two or three words>" opening a reason told after its comma is
//! when the thing comes back, not why — as a season is (convention 82) and an audit or a
//! close told beside another reason is (convention 85): the reason is the clause after it
//! (round R60). An event of a clause ("until after the lambing survey results are in") is
//! longer and stays; so does the happening when what follows only says when to look again
//! ("till after the MCA audit, back on the agenda in March").

/// Words opening what follows the comma that only say when, or run on the time.
const NOT_A_REASON: &[&str] = &[
    "so", "then", "back", "revisit", "look", "around", "probably", "maybe", "and", "we'll", "will",
    "review", "circle", "come", "early", "late", "end", "mid", "i.e.", "ie",
];

/// `said` without an opening "[not] till / until / til after <one to three words>, ".
pub(super) fn without_after_opening(said: String) -> String {
    let Some((head, tail)) = crate::reader::tokens::split_once_at(&said, ", ") else {
        return said;
    };
    let mut words = head.split_whitespace();
    let mut first = words.next().unwrap_or("");
    if first.eq_ignore_ascii_case("not") {
        first = words.next().unwrap_or("");
    }
    let wait = ["till", "until", "til", "'til"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w));
    if !wait
        || !words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("after"))
    {
        return said;
    }
    let happening = words.count();
    let tail = tail.trim();
    let opener = tail
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !(1..=3).contains(&happening)
        || tail.split_whitespace().count() < 3
        || NOT_A_REASON.contains(&opener.as_str())
    {
        return said;
    }
    tail.to_string()
}

#[cfg(test)]
mod tests {
    use super::without_after_opening;

    #[test]
    fn a_short_happening_opening_another_reason_is_cut() {
        let r = |s: &str| without_after_opening(s.to_string());
        assert_eq!(
            r("till after the stocktake, the old van does the Truro run fine"),
            "the old van does the Truro run fine"
        );
        assert_eq!(
            r("Not till after inventory, the yard scanners work fine from the office end"),
            "the yard scanners work fine from the office end"
        );
        // Near: a look-again after the comma, an event of a clause, or no "after".
        assert_eq!(
            r("till after the MCA audit, back on the agenda in March"),
            "till after the MCA audit, back on the agenda in March"
        );
        assert_eq!(
            r("until after the new supplier has quoted us, the old tills cope"),
            "until after the new supplier has quoted us, the old tills cope"
        );
        assert_eq!(
            r("until the grant letter comes, the old van does the run"),
            "until the grant letter comes, the old van does the run"
        );
    }
}
