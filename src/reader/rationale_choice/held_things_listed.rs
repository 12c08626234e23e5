//! "The following are put on hold until the budget session of 20th January 2027: delivery
//! trucks, Douala depot, liquid detergent line.": the things a hold names after its event's
//! colon are what is held, no part of why (convention 51's event is the reason, round R67).

/// `said` without a list of things after the colon that closes a hold's "until", "till" or
/// "pending" event: a few short items split by commas (or a closing "and"), no clause.
pub(super) fn without_things_listed(said: String) -> String {
    // A cheap first test: the reason opens on the hold's word and holds a colon.
    let lower_start = said.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(lower_start, Some(b'u' | b't' | b'p')) || !said.contains(':') {
        return said;
    }
    without_things_listed_past_its_first_test(said)
}

fn without_things_listed_past_its_first_test(said: String) -> String {
    let opens_hold = said.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "until" | "till" | "til" | "pending"
        )
    });
    let Some(colon) = said.find(':') else {
        return said;
    };
    let (event, listed) = (&said[..colon], &said[colon + 1..]);
    let items: Vec<&str> = listed
        .split(',')
        .flat_map(|item| item.split(" and "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    // "…: delivery trucks, Douala depot, liquid detergent line": two or more things, each a
    // few words with no verb of a clause.
    let things = items.len() >= 2
        && items.iter().all(|item| {
            let words: Vec<String> = item
                .split_whitespace()
                .map(|w| w.to_ascii_lowercase())
                .collect();
            (1..=4).contains(&words.len())
                && !words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "we"
                            | "they"
                            | "has"
                            | "have"
                            | "can"
                            | "need"
                            | "needs"
                    )
                })
        });
    if opens_hold && things && event.split_whitespace().count() >= 3 {
        event.trim_end().to_string()
    } else {
        said
    }
}

#[cfg(test)]
mod tests {
    use super::without_things_listed;

    #[test]
    fn things_listed_after_a_holds_event_are_left_out() {
        assert_eq!(
            without_things_listed(
                "until the spring board meeting: the fuel dock, the ferry ramp, kiosks".into()
            ),
            "until the spring board meeting"
        );
        // Near: a clause after the colon stays.
        let said =
            "until the survey is back: the engineer says the piles are rotten, we can't risk it";
        assert_eq!(without_things_listed(said.into()), said);
    }
}
