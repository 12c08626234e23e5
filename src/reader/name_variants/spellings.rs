//! Other ways a name's words are said: synonyms, one word for two, words for the work,
//! gerunds, other spellings, American words and phrases.

/// Words that are said for one another before the word that follows them (any word when
/// none are listed): "call centre" for "contact centre", "e-filing" for "online filing",
/// "e-lending" for "electronic lending". A small list of settled synonyms, not a thesaurus.
pub(super) const SYNONYMS: &[(&str, &str, &[&str])] = &[
    ("contact", "call", &["centre", "center"]),
    ("online", "e", &[]),
    ("electronic", "e", &[]),
    // "e-signatures" for Digital Signatures.
    ("digital", "e", &[]),
];

/// A name's words with a synonym said for one of them ("call centre" for Contact Centre),
/// when the name has one.
pub(in crate::reader) fn said_also(words: &[String]) -> Option<Vec<String>> {
    let at = words.windows(2).position(|p| {
        SYNONYMS.iter().any(|(w, _, before)| {
            p[0] == *w && (before.is_empty() || before.contains(&p[1].as_str()))
        })
    })?;
    let (_, other, _) = SYNONYMS.iter().find(|(w, _, _)| words[at] == *w)?;
    let mut out = words.to_vec();
    out[at] = other.to_string();
    Some(out)
}

/// Two words of a name that people say as one ("the rota tool" for Shift Planning Tool): a
/// small list of settled pairs, not a thesaurus.
pub(super) const ONE_WORD_FOR: &[([&str; 2], &str)] = &[
    (["shift", "planning"], "rota"),
    (["shift", "scheduling"], "rota"),
];

/// A name's words with two of them said as one word ("rota tool" for "shift planning
/// tool"), when the name has such a pair.
pub(in crate::reader) fn said_as_one(words: &[String]) -> Option<Vec<String>> {
    let (at, one) = words.windows(2).enumerate().find_map(|(k, p)| {
        ONE_WORD_FOR
            .iter()
            .find(|(two, _)| p[0] == two[0] && p[1] == two[1])
            .map(|(_, one)| (k, one))
    })?;
    let mut out = words[..at].to_vec();
    out.push(one.to_string());
    out.extend(words[at + 2..].iter().cloned());
    Some(out)
}

/// Ordinals a name may open on, and the numbers people say for them.
const ORDINALS: &[(&str, &str)] = &[
    ("first", "1"),
    ("second", "2"),
    ("third", "3"),
    ("fourth", "4"),
    ("fifth", "5"),
    ("sixth", "6"),
    ("seventh", "7"),
    ("eighth", "8"),
];

/// A name opening on an ordinal said as its noun and number ("kiln 4" for Fourth Kiln,
/// "line 2 upgrade" for Second Line Upgrade).
pub(in crate::reader) fn said_by_number(words: &[String]) -> Option<Vec<String>> {
    let [first, noun, rest @ ..] = words else {
        return None;
    };
    let (_, n) = ORDINALS.iter().find(|(o, _)| o == first)?;
    let mut out = vec![noun.clone(), n.to_string()];
    out.extend(rest.iter().cloned());
    Some(out)
}

/// A name opening on an ordinal written as its digits and suffix ("3rd truck" for Third
/// Truck, "2nd cave" for Second Cave): the words as the tokens read them, the number and
/// its suffix apart ("3", "rd").
pub(in crate::reader) fn said_in_digits(words: &[String]) -> Option<Vec<String>> {
    let [first, _, ..] = words else {
        return None;
    };
    let (_, n) = ORDINALS.iter().find(|(o, _)| o == first)?;
    let suffix = match *n {
        "1" => "st",
        "2" => "nd",
        "3" => "rd",
        _ => "th",
    };
    let mut out = vec![n.to_string(), suffix.to_string()];
    out.extend(words[1..].iter().cloned());
    Some(out)
}

/// Words people say for a name's later word, the kind of work it is ("the cloud move" for
/// Cloud Migration, "server swap" for Server Replacement). A small list of settled
/// synonyms, matched only after the name's earlier words.
pub(super) const WORK_SYNONYMS: &[(&str, &[&str])] = &[
    ("migration", &["move", "transition", "migrate", "shift"]),
    ("replacement", &["swap", "replace", "swapout", "changeover"]),
    ("rollout", &["deployment", "roll"]),
    ("deployment", &["rollout"]),
    ("refresh", &["upgrade", "renewal"]),
    // "Website revamp is a no for now", "website refresh approved" for Website Rebuild.
    (
        "rebuild",
        &["revamp", "redesign", "overhaul", "redo", "refresh"],
    ),
    ("upgrade", &["refresh", "uplift"]),
    ("modernization", &["upgrade", "modernize", "modernise"]),
    ("modernisation", &["upgrade", "modernize", "modernise"]),
    ("implementation", &["rollout", "deployment"]),
    ("consolidation", &["merge", "merger"]),
    ("pilot", &["trial"]),
    ("trial", &["pilot"]),
    ("renewal", &["renew"]),
    ("cctv", &["cameras", "camera"]),
    ("rostering", &["rota", "rotas", "roster"]),
    // "the eligibility bot" for Insurance Eligibility Automation.
    ("automation", &["bot", "bots"]),
];

/// Whether a message word is a settled synonym of a name's later word.
pub(in crate::reader) fn said_for(word: &str, name_word: &str) -> bool {
    WORK_SYNONYMS
        .iter()
        .any(|(w, others)| *w == name_word && others.contains(&word))
}

/// "Exporting" for the unit Export: a one-word name said as its gerund.
pub(in crate::reader) fn gerund_of(word: &str, name_word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    name_word.len() >= 4 && (stem == name_word || name_word.strip_suffix('e') == Some(stem))
}

/// "center" for "centre", "theater" for "theatre": the same word in the other spelling;
/// "elevator" for "lift": the American word for the British one.
pub(in crate::reader) fn other_spelling(word: &str, name_word: &str) -> bool {
    let us = |w: &str| w.strip_suffix("tre").map(|s| format!("{s}ter"));
    let spelt = word.len() >= 5
        && (us(word).as_deref() == Some(name_word) || us(name_word).as_deref() == Some(word));
    spelt || british_for(word) == Some(name_word)
}

/// American words and the British words names use for the same thing: a small list of
/// settled pairs, not a thesaurus.
pub(super) const AMERICAN_WORDS: &[(&str, &str)] = &[
    ("elevator", "lift"),
    ("elevators", "lifts"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("catalog", "catalogue"),
    ("tire", "tyre"),
    ("tires", "tyres"),
    ("aluminum", "aluminium"),
    ("truck", "lorry"),
    ("trucks", "lorries"),
    ("sidewalk", "pavement"),
    ("sidewalks", "pavements"),
];

/// The bytes [`AMERICAN_WORDS`]' American words open on, worked out when compiling.
const AMERICAN_FIRST_BYTES: [bool; 256] = {
    let mut opens = [false; 256];
    let mut k = 0;
    while k < AMERICAN_WORDS.len() {
        opens[AMERICAN_WORDS[k].0.as_bytes()[0] as usize] = true;
        k += 1;
    }
    opens
};

/// The British word for an American one ("lift" for "elevator"), when the pair is settled.
#[inline(always)]
pub(in crate::reader) fn british_for(word: &str) -> Option<&'static str> {
    // Asked of most words, and only those opening on an American word's first byte are one: told
    // here, before a call (round P57).
    if !(word
        .as_bytes()
        .first()
        .is_some_and(|&b| AMERICAN_FIRST_BYTES[usize::from(b)]))
    {
        return None;
    }
    british_for_past_its_first_test(word)
}

/// [`british_for`] once its first test is passed.
fn british_for_past_its_first_test(word: &str) -> Option<&'static str> {
    // Asked of most words of a message (by the name find's look-ups): a word opening on a
    // byte none of the American words opens on is none of them (round P56).
    if !word
        .as_bytes()
        .first()
        .is_some_and(|&b| AMERICAN_FIRST_BYTES[usize::from(b)])
    {
        return None;
    }
    AMERICAN_WORDS
        .iter()
        .find(|(us, _)| *us == word)
        .map(|(_, uk)| *uk)
}

/// British phrases of two words names use and the American phrases said for them.
pub(super) const AMERICAN_PHRASES: &[([&str; 2], [&str; 2])] = &[
    (["car", "park"], ["parking", "lot"]),
    (["car", "parks"], ["parking", "lots"]),
];

/// A name's words with an American phrase said for a British one ("parking lot plate
/// readers" for Car Park Number Plate Recognition), when the name has one.
pub(in crate::reader) fn said_in_american(words: &[String]) -> Option<Vec<String>> {
    let (at, us) = words.windows(2).enumerate().find_map(|(k, p)| {
        AMERICAN_PHRASES
            .iter()
            .find(|(uk, _)| p[0] == uk[0] && p[1] == uk[1])
            .map(|(_, us)| (k, us))
    })?;
    let mut out = words.to_vec();
    out[at] = us[0].to_string();
    out[at + 1] = us[1].to_string();
    Some(out)
}

/// Two words of a name that everyday speech clips ("air con" and "aircon" for Air
/// Conditioning): a small list of settled clippings, not a thesaurus.
const CLIPPED: &[([&str; 2], &[&[&str]])] =
    &[(["air", "conditioning"], &[&["air", "con"], &["aircon"]])];

/// One word of a name that everyday speech clips ("HQ roof" for Headquarters Roof
/// Replacement, "the new genset" for Standby Generator, "cams at henderson up" for Security
/// Cameras): a small list of settled
/// clippings, not a thesaurus.
const CLIPPED_WORDS: &[(&str, &[&str])] = &[
    ("headquarters", &["hq"]),
    ("generator", &["genset"]),
    ("generators", &["gensets"]),
    ("cameras", &["cams"]),
];

/// The everyday clipped forms of a name's word ("genset" of "generator").
pub(in crate::reader) fn clipped_forms(word: &str) -> &'static [&'static str] {
    CLIPPED_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(&[], |(_, forms)| forms)
}

/// A name's words with two of them said in their everyday clipped forms ("air con for
/// Durham" for Air Conditioning), or one ("HQ roof"), when the name has such words.
pub(in crate::reader) fn said_clipped(words: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        for form in clipped_forms(w) {
            let mut said = words.to_vec();
            said[k] = form.to_string();
            out.push(said);
        }
    }
    for (k, p) in words.windows(2).enumerate() {
        for (two, forms) in CLIPPED {
            if p[0] == two[0] && p[1] == two[1] {
                for form in forms.iter() {
                    let mut said = words[..k].to_vec();
                    said.extend(form.iter().map(|w| w.to_string()));
                    said.extend(words[k + 2..].iter().cloned());
                    out.push(said);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod first_byte_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// [`british_for`] as it was asked before its first-byte test: each pair in turn.
    fn british_in_turn(word: &str) -> Option<&'static str> {
        AMERICAN_WORDS
            .iter()
            .find(|(us, _)| *us == word)
            .map(|(_, uk)| *uk)
    }

    #[test]
    fn american_words_are_read_as_before_in_invented_words() {
        for w in [
            "elevators",
            "tire",
            "truck",
            "trucks",
            "sidewalk",
            "lift",
            "",
            "é",
            "tyre",
        ] {
            assert_eq!(british_for(w), british_in_turn(w), "{w:?}");
        }
        assert_eq!(british_for("program"), Some("programme"));
    }

    #[test]
    fn american_words_are_read_as_before_at_every_word_of_the_corpus_and_the_source() {
        let mut found = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            for t in tokenize(text) {
                for w in [t.lower.as_str(), t.lower.trim_end_matches("'s")] {
                    assert_eq!(british_for(w), british_in_turn(w), "{w:?} in {text:?}");
                    found += usize::from(british_for(w).is_some());
                }
            }
        }
        assert!(found > 0);
    }
}
