//! A hold's time alone, told as a season or a festival (convention 51, round R56): "parking
//! it till after the wet", "after the summer we see", "the third one we see after the flush
//! season". The season is when the thing comes back, its review date; it says nothing of
//! why: no reason. An event ("till after the grant result") stays.
//!
//! Convention 82 (round R58) widens it to a festival or the work's own busy time of year —
//! "till after calving", "until after the holiday rush", "until after crawfish season",
//! "until CNY over", "till after spring crop" — and cuts such a time opening a reason told
//! after it ("till after Carnival, money tight right now" → "money tight right now").

/// Words naming a season or a festival: the time of year they stand for.
const SEASONS: &[&str] = &[
    "wet",
    "dry",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "rains",
    "monsoon",
    "holidays",
    "christmas",
    "xmas",
    "easter",
    "festival",
    "season",
    // Convention 82 (round R58): a festival or the work's busy time of year.
    "crop",
    "harvest",
    "calving",
    "lambing",
    "shearing",
    "vintage",
    "crush",
    "rush",
    "cny",
    "carnival",
    "enrollment",
    "enrolment",
];

/// Season nouns that may take any one word of their own before them: "crawfish season",
/// "whale season", "the holiday rush" (round R58).
const NAMED_SEASONS: &[&str] = &["season", "rush"];

/// Words that may stand before the season's noun: "the rainy season", "the flush season",
/// "the Spring Festival", "the off season".
const SEASON_WORDS: &[&str] = &[
    "the", "rainy", "dry", "wet", "flush", "off", "spring", "new", "long", "short", "busy", "high",
    "main", "open", "summer", "winter",
];

/// "we see", "we look again", "we talk again": the look again said with the time.
fn look_again(words: &[&str]) -> bool {
    match words {
        [] => true,
        ["we" | "i", verb, rest @ ..] => {
            matches!(
                *verb,
                "see" | "look" | "talk" | "check" | "decide" | "discuss"
            ) && matches!(rest, [] | ["again"] | ["at", "it"] | ["at", "it", "again"])
        }
        _ => false,
    }
}

/// How many of `words`, from the first, say "the <season words> <season>"; `None` when
/// they open on no season.
fn season_at(words: &[&str]) -> Option<usize> {
    let n = words
        .iter()
        .take_while(|w| SEASON_WORDS.contains(w))
        .count();
    let k = (0..=n)
        .rev()
        .find(|&k| words.get(k).is_some_and(|w| SEASONS.contains(w)));
    match k {
        // "shearing season", "the harvest rush": the season's noun after another.
        Some(k) if words.get(k + 1).is_some_and(|w| NAMED_SEASONS.contains(w)) => Some(k + 2),
        Some(k) => Some(k + 1),
        // "crawfish season", "the holiday rush": one word of its own before the noun.
        None => words
            .get(n + 1)
            .is_some_and(|w| NAMED_SEASONS.contains(w))
            .then_some(n + 2),
    }
}

/// Words saying the season is over: "until CNY over", "till the rush is over".
fn season_over(words: &[&str]) -> bool {
    matches!(words, ["over"] | ["is", "over"] | ["ends"] | ["is", "done"])
}

/// Is `said` only a season or a festival the thing waits for: "(till) after the wet",
/// "after the summer we see", "<the part> we see after the flush season"?
pub(super) fn only_a_season(said: &str) -> bool {
    let lower = said.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 9 {
        return false;
    }
    // "until CNY over", "till the holiday rush is over" (round R58)
    if let [first, rest @ ..] = words.as_slice() {
        if matches!(*first, "till" | "until" | "til") && rest.first().is_none_or(|w| *w != "after")
        {
            return season_at(rest).is_some_and(|end| season_over(&rest[end..]));
        }
    }
    let after = words.iter().position(|w| *w == "after");
    let Some(a) = after else {
        return false;
    };
    // "till after the wet", "after the summer we see"
    let opened = a == 0 || a == 1 && matches!(words[0], "till" | "until" | "til");
    // "the third one we see after the flush season"
    let told_after = (2..=6).contains(&a)
        && words[..a].windows(2).any(|p| {
            matches!(p[0], "we" | "i") && matches!(p[1], "see" | "look" | "talk" | "check")
        });
    if !opened && !told_after {
        return false;
    }
    let Some(end) = season_at(&words[a + 1..]) else {
        return false;
    };
    let rest = &words[a + 1 + end..];
    if told_after {
        rest.is_empty()
    } else {
        look_again(rest)
    }
}

/// A reason opened by a hold's season and its comma, "till after Carnival, money tight right
/// now", without the season: "money tight right now" (convention 82, round R58). Anything
/// else is given back whole.
pub(super) fn without_season_opening(said: String) -> String {
    let Some((head, tail)) = crate::reader::tokens::split_once_at(&said, ", ") else {
        return said;
    };
    let tail = tail.trim();
    if tail.split_whitespace().count() < 2 || !only_a_season(head) {
        return said;
    }
    tail.to_string()
}
