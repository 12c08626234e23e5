//! Shapes of characters the tokeniser asks about while it scans: dots that end no sentence
//! (abbreviations, multipliers, currencies), Swiss thousands, a currency letter written onto
//! an amount, a word written in capitals.

mod ascii_capitals;

/// Words written short with a dot that does not end the sentence.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "approx", "est", "incl", "excl", "vs", "ca", "mr", "mrs", "ms", "dr",
    // Danish thousands of kroner ("185 t.kr.", "240 tkr."), round S53.
    "t.kr", "tkr",
    // Icelandic millions of krónur ("7,2 m.kr.") and the million short ("12,4 millj. kr."),
    // round S54.
    "m.kr", "millj",
];

/// Multipliers abbreviated with a dot before the currency they scale ("1,2 Mio. CHF", "3 Mrd.
/// €"): that dot ends no sentence, but only when a currency follows it.
pub(super) const MULTIPLIER_ABBREVIATIONS: &[&str] = &["mio", "mió", "mrd", "tsd"];

/// Whether `rest` (the text after a dot and its spaces) opens on a currency: a known code in
/// capitals ("CHF", not an acronym such as "LEP") or a currency sign.
pub(super) fn opens_on_currency(rest: &[(usize, char)]) -> bool {
    let code = rest.len() >= 3
        && rest[..3].iter().all(|c| c.1.is_ascii_uppercase())
        && rest.get(3).is_none_or(|c| !c.1.is_alphanumeric())
        && crate::money::Currency::from_code(&rest[..3].iter().map(|c| c.1).collect::<String>())
            .is_some();
    code || rest
        .first()
        .is_some_and(|c| matches!(c.1, '€' | '$' | '£' | '¥' | '₣'))
}

/// Currencies abbreviated with a dot before their number ("kr. 800.000", "Fr. 80'000"):
/// that dot ends no sentence either, but only when a number follows it.
pub(super) const CURRENCY_ABBREVIATIONS: &[&str] = &["kr", "fr", "sfr", "dhs", "dh", "rp"];

pub(super) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// An apostrophe inside a number before exactly three digits: Swiss thousands
/// ("1'200'000", "2’300").
pub(super) fn swiss_thousands(chars: &[(usize, char)], at: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|n| n.1.is_ascii_digit());
    is_apostrophe(chars[at].1) && digit(at + 1) && digit(at + 2) && digit(at + 3) && !digit(at + 4)
}

/// A space (or a no-break space) at `at` setting apart a group of three digits in a figure
/// of two such groups or more that opened at `start` on one to three digits ("28 000 000",
/// "1 450 000", "45 000 000 FCFA": thousands grouped as French writes them, round S66).
/// One group alone ("450 000 each", "2 500 kg") is left apart: a count or a measure may
/// be written so, and an amount of one group is joined where its currency is written
/// (`money_words`). Asked only at a space inside a figure.
pub(super) fn spaced_thousands(chars: &[(usize, char)], start: usize, at: usize) -> bool {
    let space = |k: usize| chars.get(k).is_some_and(|n| space_char(n.1));
    if !space(at) {
        return false;
    }
    spaced_thousands_past_its_first_test(chars, start, at, space)
}

/// [`spaced_thousands`] once a space is found at `at`.
fn spaced_thousands_past_its_first_test(
    chars: &[(usize, char)],
    start: usize,
    at: usize,
    space: impl Fn(usize) -> bool,
) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|n| n.1.is_ascii_digit());
    let group_at = |k: usize| digit(k) && digit(k + 1) && digit(k + 2) && !digit(k + 3);
    // The figure so far: its first group of one to three digits, then groups of three.
    let run = &chars[start..at];
    let lead = run.iter().take_while(|n| n.1.is_ascii_digit()).count();
    if !(1..=3).contains(&lead) || !run.iter().all(|n| n.1.is_ascii_digit() || space_char(n.1)) {
        return false;
    }
    let grouped_before = lead < run.len();
    group_at(at + 1) && (grouped_before || (space(at + 4) && group_at(at + 5)))
}

/// A space or a no-break space between the groups of a figure.
fn space_char(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// The naira's `N`, the peso's `P`, the kina's or kwacha's `K`, the loti's `M` or the
/// dalasi's `D` (round S65) written onto an amount (`N45m`, `N2.5bn`, `N120,000`, `P4.8M`,
/// `K65k`, `M385,000`, `M1.1 million`, `D1,850,000`, `D3.1m`): a capital N, P, K, M or D, a
/// number, and after it a multiplier or a thousands comma, then no more letters. `N95` (a
/// mask), `N1` (a road), `P1` (a priority), `P2P`, `K12`, `M4` and `D365` stay words.
pub(super) fn currency_letter(chars: &[(usize, char)], at: usize) -> bool {
    matches!(chars[at].1, 'N' | 'P' | 'K' | 'M' | 'D') && amount_shaped(chars, at + 1)
}

/// The ringgit's `RM` written onto an amount (`RM1.2m`, `RM450,000`), in the same shape:
/// `RM2` (a room) stays a word.
pub(super) fn ringgit_letters(chars: &[(usize, char)], at: usize) -> bool {
    chars[at].1 == 'R'
        && chars.get(at + 1).is_some_and(|c| c.1 == 'M')
        && amount_shaped(chars, at + 2)
}

/// The Malawi kwacha's `MK` and the Seychelles rupee's `SR` written onto an amount
/// (`MK12.5m`, `SR380k`, round S59), in the same shape: `MK2` (a model) and `SR1` stay words.
pub(super) fn kwacha_or_rupee_letters(chars: &[(usize, char)], at: usize) -> bool {
    let second = chars.get(at + 1).map(|c| c.1);
    matches!((chars[at].1, second), ('M', Some('K')) | ('S', Some('R')))
        && amount_shaped(chars, at + 2)
}

/// A number from `at` with a multiplier or a thousands comma after it, then no more letters.
fn amount_shaped(chars: &[(usize, char)], at: usize) -> bool {
    if !chars.get(at).is_some_and(|n| n.1.is_ascii_digit()) {
        return false;
    }
    let mut k = at;
    let mut grouped = false;
    while let Some(&(_, d)) = chars.get(k) {
        let inner =
            matches!(d, ',' | '.') && chars.get(k + 1).is_some_and(|n| n.1.is_ascii_digit());
        grouped |= d == ',';
        if d.is_ascii_digit() || inner {
            k += 1;
        } else {
            break;
        }
    }
    let letters = chars[k..]
        .iter()
        .take_while(|c| c.1.is_alphanumeric())
        .count();
    let suffix = &chars[k..k + letters];
    let is = |w: &str| {
        suffix.len() == w.len()
            && suffix
                .iter()
                .zip(w.chars())
                .all(|(a, b)| a.1.to_ascii_lowercase() == b)
    };
    if letters == 0 {
        grouped || million_said_after(chars, k)
    } else {
        ["k", "m", "bn", "b"].into_iter().any(is)
    }
}

/// "million" or "billion" said after a space at `at` (`M1.1 million`, round S60): the
/// number before it is an amount.
fn million_said_after(chars: &[(usize, char)], at: usize) -> bool {
    if chars.get(at).is_none_or(|c| c.1 != ' ') {
        return false;
    }
    let word: String = chars[at + 1..]
        .iter()
        .take_while(|c| c.1.is_alphabetic())
        .take(8)
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    matches!(word.as_str(), "million" | "billion")
}

/// Capitals and digits with at least one capital, and at most a plural `s` after two or
/// more of them (`IT`, `S4`, `ITMs`; not `Is`), or a short acronym with small letters
/// inside, starting and ending on a capital (`PdM`, `SaaS`, `IoT`).
#[inline(always)]
pub(super) fn written_in_capitals(raw: &str) -> bool {
    // Most words have no capital letter at all: neither shape below can hold.
    // (One pass over the bytes: a capital, or a byte not in ASCII, is looked at further.)
    // Told where it is asked, before a call (round P58).
    if !raw.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        return false;
    }
    written_in_capitals_past_its_first_test(raw)
}

/// Whether `raw` opens on a capital letter, as `raw.starts_with(char::is_uppercase)`
/// answers: an ASCII first byte (most words) is a capital exactly when it is "A" to "Z",
/// told from the byte without decoding a character (round P59).
#[inline(always)]
pub(super) fn opens_on_a_capital(raw: &str) -> bool {
    match raw.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => raw.starts_with(char::is_uppercase),
    }
}

/// [`written_in_capitals`] once a capital or a byte not in ASCII is found.
fn written_in_capitals_past_its_first_test(raw: &str) -> bool {
    // Most words are ASCII: read from their bytes (round P56).
    if raw.is_ascii() {
        return ascii_capitals::ascii_written_in_capitals(raw.as_bytes());
    }
    written_in_capitals_by_chars(raw)
}

/// [`written_in_capitals`] read character by character, as for any word.
fn written_in_capitals_by_chars(raw: &str) -> bool {
    // "IT's rota app": a word in capitals owning what follows is still in capitals.
    let raw = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .filter(|b| b.chars().count() >= 2)
        .unwrap_or(raw);
    let body = raw
        .strip_suffix('s')
        .filter(|b| b.chars().count() >= 2)
        .unwrap_or(raw);
    let capitals = body.chars().any(|c| c.is_uppercase())
        && body.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    let inner = (3..=6).contains(&raw.len())
        && raw.chars().all(|c| c.is_ascii_alphabetic())
        && raw.starts_with(|c: char| c.is_ascii_uppercase())
        && raw.ends_with(|c: char| c.is_ascii_uppercase())
        && raw.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    capitals || inner
}

#[cfg(test)]
mod opens_on_a_capital_tests {
    use super::opens_on_a_capital;

    #[test]
    fn opens_on_a_capital_answers_as_the_character_test_does() {
        for raw in [
            "", "Kava", "kava", "Évora", "évora", "Ωmega", "ω", "1st", "'Tis", "ǅemal",
        ] {
            assert_eq!(
                opens_on_a_capital(raw),
                raw.starts_with(char::is_uppercase),
                "{raw}"
            );
        }
    }

    /// At every token of the training corpus and of every string in `src/`, as written.
    #[test]
    fn opens_on_a_capital_answers_as_the_character_test_does_at_every_training_and_source_token() {
        let mut asked = 0;
        for text in crate::reader::tests::p55_training_texts::training_and_source_texts() {
            for t in super::super::tokenize(&text) {
                let raw = &text[t.start..t.end.min(text.len())];
                assert_eq!(
                    opens_on_a_capital(raw),
                    raw.starts_with(char::is_uppercase),
                    "{raw}"
                );
                asked += 1;
            }
        }
        assert!(asked > 100_000, "{asked}");
    }
}
