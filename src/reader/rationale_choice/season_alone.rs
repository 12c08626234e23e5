//! A hold's time alone, told as a season or a festival (convention 51, round R56): "parking
//! it till after the wet", "after the summer we see", "the third one we see after the flush
//! season". The season is when the thing comes back, its review date; it says nothing of
//! why: no reason. An event ("till after the grant result") stays.

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
];

/// Words that may stand before the season's noun: "the rainy season", "the flush season",
/// "the Spring Festival", "the off season".
const SEASON_WORDS: &[&str] = &[
    "the", "rainy", "dry", "wet", "flush", "off", "spring", "new",
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
        .find(|&k| words.get(k).is_some_and(|w| SEASONS.contains(w)))?;
    Some(k + 1)
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
