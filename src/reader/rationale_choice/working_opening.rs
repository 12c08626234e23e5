//! A benefit's result told after a clause saying the work is working (round R68): "The 40
//! circular looms we installed last year are running well, yarn wastage has come down from
//! 4.5% to 2.1%", "Reservations system is working nicely - direct bookings are up 22%": the
//! opening clause is praise, no part of the reason (convention 67), and the result after
//! its comma or dash is the reason. A clause opening on "since" or "now that" is a cause
//! and stays ("Since the solar water heater is working, we use the generator less").

/// Words after "working" / "running" / "going" / "doing" that still only praise.
const HOW_WELL: &[&str] = &["well", "fine", "great", "nicely", "smoothly", "out"];

/// Does the clause `head` end on the work said to be working: "… is working", "… are
/// running well", "… working out"?
fn praises_working(head: &str) -> bool {
    let words: Vec<String> = head
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let n = words.len();
    if !(2..=14).contains(&n)
        || matches!(
            words[0].as_str(),
            "since" | "now" | "because" | "as" | "if" | "when"
        )
    {
        return false;
    }
    let at = |k: usize| words.get(k).map_or("", String::as_str);
    let verb = if HOW_WELL.contains(&at(n - 1)) {
        n - 2
    } else {
        n - 1
    };
    // "running well, …" alone: the work named before it already left out (convention 73).
    let bare = verb == 0 && n == 2;
    matches!(at(verb), "working" | "running" | "going" | "doing")
        && (bare
            || matches!(
                at(verb.wrapping_sub(1)),
                "is" | "are" | "been" | "now" | "all"
            )
            || at(verb.wrapping_sub(1)).ends_with("'s")
            || at(verb) == "working" && at(verb + 1) == "out")
}

/// `said` without an opening clause saying the work is working, when a result follows it.
pub(super) fn without_working_opening(said: String) -> String {
    // The cheap first test: a word of the kind in the reason at all.
    if !said.contains("ing") {
        return said;
    }
    let cut = [", ", " — ", " – ", " - "]
        .iter()
        .filter_map(|sep| said.find(sep).map(|i| (i, sep.len())))
        .min();
    let Some((i, len)) = cut else {
        return said;
    };
    let (head, tail) = (&said[..i], said[i + len..].trim());
    if tail.split_whitespace().count() < 3 || !praises_working(head) {
        return said;
    }
    tail.to_string()
}

#[cfg(test)]
mod tests {
    use super::without_working_opening;

    #[test]
    fn the_work_working_opening_a_result_is_cut() {
        let r = |s: &str| without_working_opening(s.to_string());
        assert_eq!(
            r("the 12 kilns we put in last spring are running well, breakage is down from 6% to 2%"),
            "breakage is down from 6% to 2%"
        );
        assert_eq!(
            r("running well, breakage is down from 6% to 2%"),
            "breakage is down from 6% to 2%"
        );
        assert_eq!(
            r("Booking app is working nicely - walk-ins are down a third"),
            "walk-ins are down a third"
        );
        // Near: a cause opening on "since" stays.
        assert_eq!(
            r("since the new kiln is working, we fire twice a week"),
            "since the new kiln is working, we fire twice a week"
        );
        // Near: a result whose own verb is "running" stays.
        assert_eq!(
            r("the presses are running 20 hours a day, up from 14"),
            "the presses are running 20 hours a day, up from 14"
        );
    }
}
