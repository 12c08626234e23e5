//! The text a token is read as: a word lower-cased with its apostrophes made straight and
//! its spoken or dialect forms read as the written English ("til", "em", "didnae",
//! "keepin'"); a number's decimal point or Swiss apostrophes made plain; a range's en dash
//! and an emoji's shortcode.

use super::*;

/// "didnae come through", "we cannae borrow": a Scots negative and the English it means.
#[inline(always)]
fn scots_negative(word: &str) -> Option<&'static str> {
    // Asked of every word, and each of them ends so: told here, before a call (round P57).
    if !(word.ends_with("na") || word.ends_with("nae")) {
        return None;
    }
    scots_negative_past_its_first_test(word)
}

/// [`scots_negative`] once its first test is passed.
fn scots_negative_past_its_first_test(word: &str) -> Option<&'static str> {
    // (Asked of every word: each of them ends so.)
    if !word.ends_with("nae") && !word.ends_with("na") {
        return None;
    }
    Some(match word {
        "didnae" | "didna" => "didn't",
        "cannae" | "canna" => "can't",
        "couldnae" | "couldna" => "couldn't",
        "wouldnae" | "wouldna" => "wouldn't",
        "shouldnae" => "shouldn't",
        "dinnae" | "dinna" => "don't",
        "doesnae" => "doesn't",
        "isnae" => "isn't",
        "wasnae" => "wasn't",
        "arenae" => "aren't",
        "havenae" => "haven't",
        "hasnae" => "hasn't",
        "willnae" | "winnae" => "won't",
        _ => return None,
    })
}

/// "afore", "thoo", "fae": a Scots (and Orcadian) word written in lower case and the English
/// it means — "before", "you", "from" (round S58). Capitalised, "Fae" may be a name.
#[inline(always)]
fn scots_word(raw: &str) -> Option<&'static str> {
    // Asked of every word: each of them starts with "a", "t" or "f" and has three to five
    // letters.
    if !(3..=5).contains(&raw.len()) {
        return None;
    }
    match raw {
        "afore" => Some("before"),
        "thoo" => Some("you"),
        "fae" => Some("from"),
        _ => None,
    }
}

/// Whether a Kriol "di" after the tokens `out` is the article: after a preposition, a
/// verb that takes an object or a word joining two ("and", "seh"), or opening a sentence.
fn kriol_the(out: &[Token]) -> bool {
    const BEFORE_THE: &[&str] = &[
        "by", "in", "on", "to", "for", "fi", "from", "of", "at", "with", "wid", "pon", "till",
        "until", "after", "before", "into", "out", "a", "tru", "through",
        // "Board turn down di Mandeville branch idea", "set up di new till": a verb's
        // particle before its object (round B61).
        "down", "up", "off",
    ];
    // "pulling di plug", "leave di backup generator", "keep di ERP going", "Kill di Saturday
    // delivery pilot", "want di solar cut to half di roof" (round S60's Jamaican writer): a
    // verb's object, or a word that joins, before the article; after a subject ("di old one
    // di leak steam", "she di file it") "di" marks a verb going on and stays. ("get" and
    // "need" are left out: "Solar … get di green light from the board" tells, in the
    // Patois past, a yes that "get the green light" would read as still to come.)
    const VERBS_BEFORE_THE: &[&str] = &[
        "and", "but", "or", "seh", "say", "half", "leave", "kill", "keep", "want", "put", "sign",
        "cut", "send", "fix", "buy", "see", "hold", "stop", "pull", "start", "finish", "approve",
        "cancel", "drop", "scrap", "take", "tek", "give", "mek", "make", "move", "push", "park",
        "chase", "reject", "lost", "lose", "remember", "replace",
    ];
    out.last().is_none_or(|p| {
        p.is_break()
            || p.kind == TokKind::Word
                && (BEFORE_THE.contains(&p.lower.as_str())
                    || VERBS_BEFORE_THE.contains(&p.lower.as_str())
                    || p.lower.len() > 4 && p.lower.ends_with("ing"))
    })
}

/// Whether a Bajan or Guyanese "de" (or "De", `raw`) after the tokens `out` and ending before
/// `chars[j]` is the article "the" (round S61: "approve de new labeller", "fuh de north
/// route", "before de 19th", "De board approve …", "De MD say no"): a word follows, in lower
/// case or an acronym, and before it stands what Kriol's "di" takes (a preposition, a verb
/// that takes an object, a joining word, a sentence's opening) or one of the Caribbean words
/// a "de" follows. The "de" of a Romance phrase ("caderno de campo", "ni de broma", "projet
/// de PGI") follows a word of its own language, and a "De" between capitals is a name's
/// ("De Beers").
fn creole_the(raw: &str, out: &[Token], chars: &[(usize, char)], j: usize) -> bool {
    // Beyond what `kriol_the` takes (its prepositions, particles and verbs are asked first).
    const ALSO_BEFORE_THE: &[&str] = &[
        "fuh", "settle", "get", "book", "tell", "check", "set", "just", "so", "since", "is", "was",
        "does", "did", "about", "all", "over", "under", "when", "if", "me", "us", "we", "wunna",
        "dem", "turn", "order", "bring", "clean", "run",
    ];
    if chars.get(j).is_none_or(|c| c.1 != ' ') {
        return false;
    }
    let word: String = chars[j + 1..]
        .iter()
        .take_while(|c| c.1.is_alphanumeric())
        .map(|c| c.1)
        .collect();
    let mut letters = word.chars();
    let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
    let lower_case = letters
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    if !(lower_case || acronym) {
        return false;
    }
    let opening = out.last().is_none_or(|p| p.is_break());
    if raw == "De" {
        return opening;
    }
    kriol_the(out)
        || out
            .last()
            .is_some_and(|p| p.kind == TokKind::Word && ALSO_BEFORE_THE.contains(&p.lower.as_str()))
}

/// Whether "dis" ending before `chars[j]` is Kriol's "this": a word in lower case follows.
fn kriol_this(chars: &[(usize, char)], j: usize) -> bool {
    chars.get(j).is_some_and(|c| c.1 == ' ')
        && chars.get(j + 1).is_some_and(|c| c.1.is_ascii_lowercase())
}

/// Whether "da" (or "Da", `raw`) ending before `chars[j]` is Pidgin's "the": a word
/// follows; between two capitalised words it is the "da" of a name ("Vasco da Gama",
/// "Santa Maria da Feira"), and "Da" opens a sentence only before a word in lower case.
fn pidgin_the(raw: &str, out: &[Token], chars: &[(usize, char)], j: usize) -> bool {
    let Some(next) = chars
        .get(j..)
        .and_then(|rest| rest.iter().find(|c| !c.1.is_whitespace()))
    else {
        return false;
    };
    if j >= chars.len() || !chars[j].1.is_whitespace() || !next.1.is_alphanumeric() {
        return false;
    }
    let next_capital = next.1.is_uppercase();
    if raw == "Da" {
        return !next_capital;
    }
    !(next_capital
        && out
            .last()
            .is_some_and(|p| p.kind == TokKind::Word && p.capital))
}

/// Whether "wit" ending before `chars[j]` is Pidgin's "with": an article or a pronoun
/// follows it ("wit da", "wit um", "wit one"), where the wit of a joke has none.
fn pidgin_with(chars: &[(usize, char)], j: usize) -> bool {
    if !chars.get(j).is_some_and(|c| c.1.is_whitespace()) {
        return false;
    }
    let rest = &chars[j..];
    let start = rest
        .iter()
        .position(|c| !c.1.is_whitespace())
        .unwrap_or(rest.len());
    let word: String = rest[start..]
        .iter()
        .take_while(|c| c.1.is_alphabetic())
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    matches!(
        word.as_str(),
        "da" | "the" | "a" | "an" | "um" | "us" | "one" | "our" | "dat" | "dem" | "them" | "me"
    )
}

/// What the token `raw` of `kind`, ending before `chars[j]`, is read as; `attached` and
/// `out` (the tokens so far) say whether an en dash joins two numbers.
#[inline]
pub(super) fn lowered(
    raw: &str,
    kind: TokKind,
    attached: bool,
    out: &[Token],
    chars: &[(usize, char)],
    j: usize,
) -> String {
    if kind == TokKind::Word {
        // Most words are plain ASCII: lower-cased without the Unicode tables, and with
        // no curly apostrophe to look for.
        let ascii = raw.is_ascii();
        let lower = if ascii {
            raw.to_ascii_lowercase()
        } else {
            raw.to_lowercase()
        };
        let lower = if !ascii && lower.contains('’') {
            lower.replace('’', "'")
        } else {
            lower
        };
        if lower == "til" && !written_in_capitals(raw) {
            // "on ice til March": one spelling of "till" (not "TIL", today I learned),
            // read as the other everywhere.
            "till".to_string()
        } else if lower == "b4" {
            // "darlene get um set up b4 xmas": text-speak's "before" (round V59).
            "before".to_string()
        } else if lower == "we'm" {
            // "We'm shuttin' it" (round V48): the Black Country's "we are", read as "we're".
            "we're".to_string()
        } else if let Some(english) = scots_word(raw) {
            // "afore the 22nd", "can thoo price it", "back fae the boat": Scots words read
            // as the English ones (round S58).
            english.to_string()
        } else if raw == "di" && kriol_the(out) {
            // "by di 18th", "put in di new grinder": the Belize (and Jamaican) Kriol article
            // after a preposition or opening a sentence, read as "the" (round S58); after a
            // subject it marks a verb going on ("di old one di leak steam").
            "the".to_string()
        } else if (raw == "de" || raw == "De") && creole_the(raw, out, chars, j) {
            // "approve de new labeller", "fuh de north route", "De board approve …": the
            // Bajan and Guyanese article, read as "the" (round S61).
            "the".to_string()
        } else if raw == "fuh" {
            // "fuh de warehouse", "yes fuh de staff bus": Bajan and Guyanese "for" (round S61).
            "for".to_string()
        } else if raw == "plis" || raw == "Plis" {
            // "Willie, plis call the farmers": Bislama's (and Tok Pisin's) "please" (round
            // S61).
            "please".to_string()
        } else if raw == "dis" && kriol_this(chars, j) {
            // "dis week", "dis morning": Kriol's "this" before a word (round S58).
            "this".to_string()
        } else if raw == "em" {
            // "40% of em failed bump tests": "them" as it is said, read as "them"
            // ("EM" and "Em", a department or a name, are left alone).
            "them".to_string()
        } else if (raw == "da" || raw == "Da") && pidgin_the(raw, out, chars, j) {
            // "no on da jet ski rentals", "Da repower on Mana pau!": Hawaii Pidgin's
            // article, read as "the" (round S51).
            "the".to_string()
        } else if raw == "wit" && pidgin_with(chars, j) {
            // "go ahead wit da waiver kiosk", "she ok wit um": Pidgin's "with" (round S51).
            "with".to_string()
        } else if let Some(verb) = lower
            .starts_with("re-")
            .then(|| super::re_verbs::read_as(&lower))
            .flatten()
        {
            // "Re-raise in February": a "re-" verb of asking again read as the one known.
            verb.to_string()
        } else if let Some(english) = scots_negative(&lower) {
            // "didnae", "cannae": Scots negatives read as the English ones.
            english.to_string()
        } else if let Some(verb) = lower
            .ends_with(['n', '\''])
            .then(|| super::super::dropped_g::with_g(&lower))
            .flatten()
        {
            // "keepin", "droppin'": a verb's "-ing" with its g dropped (asked only of a word
            // ending so, as most words do not).
            verb.into_owned()
        } else {
            lower
        }
    } else if kind == TokKind::Num && raw.starts_with('.') {
        format!("0{raw}")
    } else if kind == TokKind::Num {
        // "1'200'000": the Swiss apostrophes group thousands as commas do; so do the
        // spaces of "28 000 000" (round S66).
        raw.replace(|c: char| is_apostrophe(c) || c.is_whitespace(), ",")
    } else if raw == "–"
        && attached
        && out.last().is_some_and(|p: &Token| p.kind == TokKind::Num)
        && chars.get(j).is_some_and(|n| n.1.is_ascii_digit())
    {
        // "Block 2–5": an en dash inside a range of numbers joins them as a hyphen
        // does; it breaks no clause.
        "-".to_string()
    } else if raw == "--" {
        // Two hyphens typed for a dash (round R66).
        "—".to_string()
    } else if let Some(emoji) = super::super::slack_markup::emoji(raw) {
        emoji.to_string()
    } else {
        raw.to_string()
    }
}
