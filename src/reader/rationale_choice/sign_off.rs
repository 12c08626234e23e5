//! Who signed a decision off, told where a reason could stand (round R58): "…, Mr Prasad ok
//! with it", "…, Mr Li signed.", "Cap ok wid dat." say who decided (`decided_by`), not why;
//! and "Board decided yesterday, the price … is too high" opens its reason with who decided.
//! Someone merely pleased ("Tuilagi happy") is left alone: the labels take that as a
//! continue's reason. Round R61 adds more wordings of who agreed: "Directors fine wi that",
//! "Mr C already agree", "Ba Chanda already said yes", "'Me Palesa's decision", "Decision
//! of 'Me Palesa and the GM", and the price agreed to, "K78,000 is fine".

/// The words of `said`, lower-cased, without their edge punctuation.
fn words_of(said: &str) -> Vec<String> {
    said.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// After a subject of one to three words: "ok with it", "fine wid dat", "is okay with that",
/// "signed", "signed off", "signed it", "decided yesterday" (not "is signed": "until the
/// refurb is signed" waits for an event).
fn signs_off(rest: &[String]) -> bool {
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    let okay = |r: &[&str]| {
        matches!(
            r,
            [
                "ok" | "okay" | "fine",
                "with" | "wid" | "wi" | "wiv" | "wit",
                "it" | "that" | "dat" | "this"
            ]
        )
    };
    if let ["is" | "was" | "'s", tail @ ..] = rest.as_slice() {
        return okay(tail);
    }
    okay(&rest)
        || matches!(
            rest.as_slice(),
            ["signed"]
                | ["signed", "off" | "it"]
                | ["signed", "it", "off"]
                | ["decided"]
                | ["decided", "yesterday" | "today"]
                | ["already" | "has" | "also", "agreed" | "agree" | "agrees"]
                | ["agreed" | "agree" | "agrees"]
                | ["already", "said", "yes" | "ok" | "okay"]
                | ["said", "yes"]
        )
}

/// "'Me Palesa's decision", "the GM's call", "Decision of 'Me Palesa and the GM", "K78,000
/// is fine": whose decision it was, or the price agreed to, said alone.
fn whose_decision(words: &[String]) -> bool {
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    match words {
        [head @ .., last] if (2..=4).contains(&words.len()) => {
            matches!(last.as_str(), "decision" | "call")
                && head.last().is_some_and(|w| possessive(w))
                || matches!(
                    words,
                    [money, is, fine] if money.chars().any(|c| c.is_ascii_digit())
                        && is == "is"
                        && matches!(fine.as_str(), "fine" | "ok" | "okay")
                )
        }
        [first, of, rest @ ..] => {
            first == "decision" && of == "of" && (1..=6).contains(&rest.len())
        }
        _ => false,
    }
}

/// Is `said` only a sign-off: a subject of one to three words and its sign-off words, the
/// subject opening on no word of waiting or of a condition ("once the lease is signed", "if
/// legal agrees")?
pub(super) fn only_sign_off(said: &str) -> bool {
    let words = words_of(said);
    let waits = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "until"
                | "till"
                | "til"
                | "once"
                | "when"
                | "after"
                | "before"
                | "pending"
                | "unless"
                | "if"
                | "provided"
        )
    });
    !waits && ((1..=3).any(|n| words.len() > n && signs_off(&words[n..])) || whose_decision(&words))
}

/// "Board decided yesterday, the price … is too high" → "the price … is too high": a
/// sign-off opening the reason before its comma is cut; anything else is given back whole.
pub(super) fn without_sign_off_opening(said: String) -> String {
    let Some((head, tail)) = crate::reader::tokens::split_once_at(&said, ", ") else {
        return said;
    };
    let tail = tail.trim();
    if tail.split_whitespace().count() < 3 || !only_sign_off(head) {
        return said;
    }
    tail.to_string()
}
