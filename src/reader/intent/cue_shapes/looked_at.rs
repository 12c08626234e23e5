//! Someone asked to look at a new thing ("asked IT to look into an e-signature tool"):
//! where the thing is said, and the plurals looked at that are no new thing.

use super::*;

/// At `i`, "asked staff to look at a drone program", "asked IT to look into an e-signature
/// tool": someone asked to explore a thing said as new (after "a" or "an"), a proposal
/// with its money still to come. "asked IT to look at the logs" is no proposal.
#[inline(always)]
pub(in crate::reader::intent) fn asked_to_look_at_a_new(toks: &[Token], i: usize) -> bool {
    // Asked at every word of a message: `asked_to_look_at`'s own first test (the letters its
    // shapes open on) told here, before a call (round P58; now in `asked_to_look_at`,
    // round P62).
    asked_to_look_at(toks, i).is_some()
}

/// Where the new thing someone was asked to look at is said ("a drone program" after "asked
/// the distro team to look at", "a solar array" after "want us to look at", "an optical
/// sorter" after "we should look at"), from "asked", "want" or "should" at `i`: at its "a"
/// or "an".
/// (Asked at every word by the records' split: the first test below told here, before a
/// call, round P62.)
#[inline(always)]
pub(in crate::reader) fn asked_to_look_at(toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if !matches!(
        t.lower.as_bytes().first(),
        Some(b's' | b'a' | b'w' | b'n' | b'f' | b'r' | b'l')
    ) {
        return None;
    }
    // The words the shapes below open on, told before the call (round P63: a word of one of
    // those letters that opens none, "and", "at", "we", "will", made the call at every
    // word). A new shape's opening word is added here too.
    if !matches!(
        t.lower.as_str(),
        "looking"
            | "should"
            | "ask"
            | "asked"
            | "asks"
            | "asking"
            | "about"
            | "want"
            | "wants"
            | "wanted"
            | "need"
            | "needs"
            | "requested"
            | "requests"
            | "requesting"
            | "floated"
            | "floats"
            | "float"
            | "suggested"
            | "suggests"
    ) {
        return None;
    }
    asked_to_look_at_past_its_first_test(toks, i)
}

/// [`asked_to_look_at`] once its first test is passed.
fn asked_to_look_at_past_its_first_test(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // Asked at every word: each shape below opens on "should", "ask…", "want…", "need…",
    // "about", "float…" or "request…", so a word opening on another letter opens none.
    if !matches!(
        word(i).as_bytes().first(),
        Some(b's' | b'a' | b'w' | b'n' | b'f' | b'r' | b'l')
    ) {
        return None;
    }
    // "He's also looking at a parts washer, no price yet", "She also wants to redo the
    // hand-wash stations — no price yet" (round B53): a thing looked at, or things work is
    // wanted on, said with no price yet, is an ask of its own (convention 17).
    if let Some(at) = crate::reader::placed_things::looked_at_or_redone_unpriced(toks, i) {
        return Some(at);
    }
    // "Tom reckons we should look at an optical sorter": the same thing proposed.
    if word(i) == "should"
        && word(i + 1) == "look"
        && matches!(word(i + 2), "at" | "into")
        && matches!(word(i + 3), "a" | "an")
    {
        return Some(i + 3);
    }
    // "Dealers reckon we should build a demo van for every dealer, no idea what it'd cost
    // yet": a thing we should get, said as new with no price yet, is the same ask.
    if word(i) == "should"
        && matches!(
            word(i + 1),
            "get" | "build" | "buy" | "hire" | "add" | "trial" | "install" | "fund"
        )
        && matches!(word(i + 2), "a" | "an")
    {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
    }
    // "Kids dept is fixing to ask for a story time rug", "Finance are going to ask for a
    // new scanner": an ask about to be made for a thing said as new is a proposal already.
    if word(i) == "ask" && word(i + 1) == "for" && matches!(word(i + 2), "a" | "an") {
        let coming = i >= 1 && word(i - 1) == "gonna"
            || i >= 2
                && word(i - 1) == "to"
                && matches!(
                    word(i - 2),
                    "fixing" | "fixin" | "going" | "planning" | "about" | "meaning"
                );
        if coming {
            return Some(i + 2);
        }
    }
    // "Programming asked about a mixing board for the podcast room": someone's ask about a
    // thing said as new is a proposal (convention 17); "asked about the install dates" is
    // not.
    if word(i) == "asked" && word(i + 1) == "about" && matches!(word(i + 2), "a" | "an") {
        return Some(i + 2);
    }
    // "Guiding asked about night vision scopes for the night drives, no figures yet": so is
    // an ask about things with no price yet.
    if word(i) == "asked" && word(i + 1) == "about" {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
    }
    // "qa asking abt a drop test rig …, no quote yet", "the crews are asking about a
    // stump trailer, nobody's priced it": asking about a thing with no price yet, too.
    if matches!(word(i), "asked" | "asking" | "asks") && matches!(word(i + 1), "about" | "abt") {
        let no_quote = || {
            matches!(word(i + 2), "a" | "an")
                && (i + 3..toks.len()).any(|k| {
                    matches!(word(k), "quote" | "quotes") && matches!(word(k - 1), "no" | "not")
                })
        };
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
        if no_quote() {
            return Some(i + 2);
        }
    }
    // "Care team have asked for bed exit mats for the high-care rooms. No pricing yet.": an
    // ask for a thing, said with no price yet, is a proposal too.
    if word(i) == "asked" && word(i + 1) == "for" {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 2) {
            return Some(at);
        }
    }
    // "Bailiffs want a body cam setup, no $ yet": a thing wanted, said as new with no price
    // yet, is the same ask; so are things wanted ("purchasing wants PPE vending machines in
    // the fab shop, no $ yet"), and a thing needed ("Workshop need a tyre cage for the road
    // train tyres, no price yet"), and a thing requested ("Compliance requested an AML
    // screening tool …, no quotation yet", round S45), or being requested ("Kuya Jun is
    // requesting a PA system …. No quotation yet.", round S47).
    if matches!(
        word(i),
        "want" | "wants" | "need" | "needs" | "requested" | "requests" | "requesting"
    ) {
        if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, i + 1) {
            return Some(at);
        }
    }
    // "Compliance floated getting a vibrio test kit …. Nobody's priced it yet": a thing
    // floated (or floated getting / buying, or been on about getting), said as new with no
    // price yet, is the same ask.
    // "Junior's been on about getting a log merchandiser …": a thing talked of wanting.
    let on_about = word(i) == "about" && i > 0 && word(i - 1) == "on";
    // "Procurement has suggested an e-auction portal …, no cost estimate yet" (round S42).
    if matches!(
        word(i),
        "floated" | "floats" | "float" | "suggested" | "suggests"
    ) || on_about
    {
        let at = i + 1 + usize::from(matches!(word(i + 1), "getting" | "buying"));
        if matches!(word(at), "a" | "an") {
            if let Some(at) = crate::reader::placed_things::unpriced_thing_at(toks, at) {
                return Some(at);
            }
        }
    }
    if !matches!(
        word(i),
        "asked" | "asks" | "asking" | "want" | "wants" | "wanted"
    ) {
        return None;
    }
    // Who was asked: one to four words before "to" ("staff", "the visitor services team").
    let to = (i + 2..i + 6)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .find(|&k| word(k) == "to")?;
    let at = match (word(to + 1), word(to + 2)) {
        ("look", "at" | "into") => to + 3,
        ("explore" | "scope" | "price", _) => to + 2,
        _ => return None,
    };
    // "asked us to look at solar panels for the parking deck": things, in the plural, as
    // surely as "a solar array"; not the options, costs or ways of doing something.
    let plural = |k: usize| {
        word(k).len() > 4 && word(k).ends_with('s') && !LOOKED_AT_NOT_THINGS.contains(&word(k))
    };
    let things = !matches!(
        word(at),
        "the" | "it" | "this" | "that" | "our" | "their" | "whether" | "how" | "what" | "if"
    ) && (at..at + 3)
        .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
        .any(plural);
    (matches!(word(at), "a" | "an") || things).then_some(at)
}

/// Plurals looked at that are no new thing: choices, figures, ways of doing.
pub(in crate::reader) const LOOKED_AT_NOT_THINGS: &[&str] = &[
    "options",
    "ways",
    "costs",
    "numbers",
    "prices",
    "quotes",
    "figures",
    "alternatives",
    "things",
    "suppliers",
    "vendors",
    "proposals",
    "plans",
    "results",
    "issues",
    "savings",
    "details",
    "requirements",
    "whether",
    "specs",
    "bids",
    "tenders",
    "contracts",
    "terms",
    "risks",
    "benefits",
];

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: the first test in front of a thing asked to be looked at (the letters
    /// its shapes open on) keeps the look's answer at every word of the corpus's training
    /// messages and of `src/`'s strings, and the thing is still found. Invented: "Quillon
    /// Ropeworks".
    #[test]
    fn the_first_test_keeps_things_asked_to_be_looked_at() {
        let text = "Tamsin reckons we should look at a second splicing rig.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.is("should")).unwrap_or(0);
        assert_eq!(asked_to_look_at(&toks, at), Some(at + 3));
        assert_eq!(asked_to_look_at(&toks, at - 1), None);
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            assert_eq!(
                asked_to_look_at(toks, i),
                asked_to_look_at_past_its_first_test(toks, i),
                "{text:?} at {i}"
            );
        });
        assert!(asked > 100_000, "{asked}");
    }
}

#[cfg(test)]
mod p63_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P63: the opening words told before the call (beyond their letters) keep the
    /// look's answer: a thing floated with no price yet is still found, a word of the same
    /// letter that opens no shape ("and", "we") is not asked. The p62 test compares the two
    /// at every word of the corpus's training messages and of `src/`'s strings. Invented:
    /// a ropewalk.
    #[test]
    fn the_opening_words_keep_things_asked_to_be_looked_at() {
        let text = "Ropewalk crew floated getting a hemp twister, and we have no price yet.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.is("floated")).unwrap_or(0);
        assert_eq!(
            asked_to_look_at(&toks, at),
            asked_to_look_at_past_its_first_test(&toks, at)
        );
        assert!(asked_to_look_at(&toks, at).is_some());
        for i in 0..toks.len() {
            assert_eq!(
                asked_to_look_at(&toks, i),
                asked_to_look_at_past_its_first_test(&toks, i),
                "at {i}"
            );
        }
    }
}
