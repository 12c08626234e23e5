//! "order them this week pls", "Kindly place the PO asap.", "Buy am this week.": an
//! instruction to buy the thing now, told after its approval, is what the decider asks for
//! next (convention 47's follow-up), no reason (round R64).

/// Words of politeness an instruction may open on.
const POLITE: &[&str] = &["kindly", "please", "pls", "plz", "pl"];

/// Verbs of buying the instruction opens on (after its politeness).
const BUY: &[&str] = &["order", "buy", "place", "purchase", "raise", "book"];

/// What is bought or ordered, straight after the verb.
const OBJECT: &[&str] = &[
    "them", "it", "am", "um", "em", "dem", "the", "po", "lpo", "pos", "one", "these", "those",
];

/// Does `said` hold nothing but an instruction to buy now: a verb of buying, its object, and
/// a time that says now ("today", "this week", "asap"), in a few words of one clause?
pub(super) fn only_buy_now(said: &str) -> bool {
    let said = said.trim_start();
    // A cheap first test: every opening above starts with one of these letters.
    if !said
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'k' | b'p' | b'o' | b'b' | b'r'))
    {
        return false;
    }
    only_buy_now_past_its_first_test(said)
}

fn only_buy_now_past_its_first_test(said: &str) -> bool {
    if said.contains([',', ';', ':']) {
        return false;
    }
    let words: Vec<String> = said
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 8 {
        return false;
    }
    let v = words
        .iter()
        .position(|w| !POLITE.contains(&w.as_str()))
        .unwrap_or(words.len());
    let said_now = |k: usize| match words[k].as_str() {
        // Not "today": the day it is told then dates the record, not the task (a reason
        // holding it kept it from the date; the task's day is read apart).
        "tomorrow" | "tmr" | "tmrw" | "now" | "asap" | "immediately" => true,
        "this" => words.get(k + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "week" | "morning" | "afternoon" | "month" | "wk"
            )
        }),
        _ => false,
    };
    v + 2 < words.len()
        && BUY.contains(&words[v].as_str())
        && OBJECT.contains(&words[v + 1].as_str())
        && (v + 2..words.len()).any(said_now)
}

#[cfg(test)]
mod tests {
    use super::only_buy_now;

    #[test]
    fn instructions_to_buy_now_are_known() {
        assert!(only_buy_now("order them this week pls"));
        assert!(only_buy_now("Kindly place the PO asap"));
        // "today" dates the record when no reason holds it: left to the reason.
        assert!(!only_buy_now("Kindly place the PO today itself"));
        assert!(only_buy_now("Buy am this week"));
        assert!(!only_buy_now("Orders from Bishkek have doubled this week"));
        assert!(!only_buy_now(
            "order them this week, the price goes up in January"
        ));
        assert!(!only_buy_now("book it when the old one fails"));
    }
}
