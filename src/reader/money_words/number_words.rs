//! Numbers written in words ("two thousand", "half a million"), and counts of things that
//! make a figure no money.

use super::*;

/// "two" to "ten" in words: a small count of things.
pub(in crate::reader) fn two_to_ten(w: &str) -> bool {
    small_number(w).is_some_and(|n| (2..=10).contains(&n))
}

/// "zero", "two", "forty": a count said in words (zero to twenty, and the tens).
pub(in crate::reader) fn a_count_in_words(w: &str) -> bool {
    small_number(w).is_some()
}

/// The numbers zero to twenty in words, each at its value's place.
pub(super) const SMALL_NUMBERS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The tens in words from thirty, and the article that counts one.
pub(super) const TENS_AND_ONE: [(&str, u128); 9] = [
    ("a", 1),
    ("an", 1),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

pub(super) fn small_number(w: &str) -> Option<u128> {
    if let Some(n) = SMALL_NUMBERS.iter().position(|x| *x == w) {
        return Some(n as u128);
    }
    TENS_AND_ONE
        .iter()
        .find_map(|&(word, n)| (word == w).then_some(n))
}

/// Count nouns that make `2m` a number of things rather than money.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "users",
    "customers",
    "people",
    "ppl",
    "employees",
    "agents",
    "staff",
    "hours",
    "transactions",
    "calls",
    "tickets",
    "records",
    "rows",
    "devices",
    "laptops",
    "visits",
    "requests",
    "pages",
    "downloads",
    "emails",
    "orders",
    "members",
    "homes",
    "households",
    "premises",
    "subscribers",
    "accounts",
    "connections",
    "meters",
    "patients",
    "students",
    "passengers",
    "sites",
    "miles",
    "km",
    "days",
    "weeks",
    "months",
    "years",
    "minutes",
    // "142k bu in a day", "21k lbs an hour", "1.4m gal": short measures of stuff (round S45).
    "bu",
    "lb",
    "lbs",
    "gal",
    "gals",
    "bbl",
    "bbls",
    "kg",
    "kgs",
    "kwh",
    "mwh",
];

/// Plural words after a bare figure that still speak of money ("40k savings").
pub(super) const MONEY_PLURALS: &[&str] = &[
    "savings",
    "costs",
    "funds",
    "fees",
    "sales",
    "profits",
    "earnings",
    "benefits",
    "rebates",
    "refunds",
    "payments",
    "credits",
    "dollars",
    "pounds",
    "euros",
    "bucks",
    "grants",
    "losses",
    "charges",
    "invoices",
    "taxes",
    "wages",
    "salaries",
    "bonuses",
    "returns",
    "revenues",
    "overruns",
    "proceeds",
    "donations",
    "bills",
    "quotes",
];

/// A plural noun after a bare figure ("9k logins", "3k washes"): things counted, not money,
/// unless it is a word for money. Function words ending in "s" ("this", "plus", "across")
/// are not nouns.
pub(super) fn things_counted(t: &Token) -> bool {
    let w = t.lower.as_str();
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("'s")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !MONEY_PLURALS.contains(&w)
        && !matches!(
            w,
            "this"
                | "plus"
                | "thus"
                | "does"
                | "unless"
                | "towards"
                | "always"
                | "perhaps"
                | "besides"
                | "whereas"
                | "yrs"
                | "hrs"
                | "mins"
                | "mths"
                | "mos"
                | "pcs"
        )
}

/// "14k herbarium sheets", "3k parcel scans": after a bare figure, one word saying what
/// kind, then things counted in the plural (at `i` the word after the figure); no word of
/// how money goes ("40k for laptops", "12k from reserves"). "new" is such a word ("12k new
/// members", round V47), short as it is.
pub(super) fn things_said_with_a_kind(toks: &[Token], i: usize) -> bool {
    let Some(kind) = toks.get(i).filter(|t| {
        t.is_word()
            && !t.attached
            && (t.lower.len() >= 4 || t.lower == "new")
            && t.lower.bytes().all(|b| b.is_ascii_lowercase())
    }) else {
        return false;
    };
    !matches!(
        kind.lower.as_str(),
        "for"
            | "from"
            | "over"
            | "into"
            | "onto"
            | "with"
            | "towards"
            | "toward"
            | "each"
            | "more"
            | "less"
            | "than"
            | "this"
            | "that"
            | "these"
            | "those"
            | "across"
            | "upon"
            | "about"
            | "after"
            | "before"
            | "under"
            | "until"
            | "till"
            | "plus"
            | "their"
            | "extra"
            | "worth"
            | "spent"
            | "saved"
            | "back"
            | "down"
            | "were"
            | "will"
            | "would"
            | "should"
            | "could"
            | "also"
            | "only"
            | "just"
            | "total"
            | "annual"
            | "yearly"
            | "monthly"
            | "budget"
            | "capex"
            | "opex"
            | "cash"
            | "funding"
            | "approved"
            | "agreed"
    ) && !MONEY_PLURALS.contains(&kind.lower.as_str())
        && toks.get(i + 1).is_some_and(things_counted)
}

/// A number at `i` counting things ("9k logins", "3 mills", "12k subscribers"), not time
/// ("40 min", "3 days").
pub(in crate::reader) fn counts_things(toks: &[Token], i: usize) -> bool {
    // "9k logins": the multiplier is written onto the number.
    let next = match toks.get(i + 1) {
        Some(t) if t.attached && multiplier(&t.lower).is_some() => i + 2,
        _ => i + 1,
    };
    toks[i].kind == crate::reader::tokens::TokKind::Num
        && toks.get(next).is_some_and(|t| {
            (COUNT_NOUNS.contains(&t.lower.as_str()) || things_counted(t))
                && !matches!(
                    t.lower.as_str(),
                    "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "minutes"
                        | "mins"
                        | "hrs"
                        | "secs"
                        | "seconds"
                        | "yrs"
                        | "mths"
                )
        })
}

pub(super) fn words_at(toks: &[Token], at: usize, words: &[&str]) -> bool {
    words.len() <= toks.len().saturating_sub(at)
        && words.iter().zip(&toks[at..]).all(|(w, t)| t.lower == *w)
}

/// A worded number at `at` (`a quarter of a million`, `two hundred thousand`, `half a
/// million`): (numerator, denominator, tokens used). Needs a multiplier word to count.
/// Fractions said in words before a multiplier ("a quarter of a million"), as a numerator
/// and a denominator.
pub(super) const FRACTIONS: [(&[&str], u128, u128); 6] = [
    (&["a", "quarter", "of", "a"], 1, 4),
    (&["quarter", "of", "a"], 1, 4),
    (&["three", "quarters", "of", "a"], 3, 4),
    (&["half", "a"], 1, 2),
    (&["half", "of", "a"], 1, 2),
    (&["a", "half"], 1, 2),
];

/// Whether a number written in words ("a quarter of a million", "two thousand", "half a
/// million") may start with this word: most words start none.
/// Looked up once per token (see `Token::in_table`): the amount reader asks it of every
/// word near every place of a message.
#[inline]
pub(super) fn starts_a_worded_number(first: &Token) -> bool {
    static STARTS: OnceLock<WordTable> = OnceLock::new();
    first.in_table(STARTS.get_or_init(|| {
        WordTable::new(
            ["quarter", "half"]
                .into_iter()
                .chain(SMALL_NUMBERS)
                .chain(TENS_AND_ONE.map(|(w, _)| w))
                .map(str::to_string),
        )
    }))
}

pub(super) fn worded(toks: &[Token], at: usize) -> Option<(u128, u128, usize)> {
    // Most words start no number: one look at the first word spares the tables.
    if !starts_a_worded_number(toks.get(at)?) {
        return None;
    }
    let (mut num, den, mut i) = FRACTIONS
        .iter()
        .find(|(w, _, _)| words_at(toks, at, w))
        .map(|(w, n, d)| (*n, *d, at + w.len()))
        .or_else(|| {
            let t = toks.get(at)?;
            let n = small_number(&t.lower)?;
            // "twenty five", "Twenty-seven" (round S48: the hyphen written between).
            let hyphened = toks
                .get(at + 1)
                .is_some_and(|t| t.is_sym("-") && t.attached)
                && toks.get(at + 2).is_some_and(|t| t.attached);
            let units_at = at + 1 + usize::from(hyphened);
            let (n, i) = match toks.get(units_at).and_then(|t| small_number(&t.lower)) {
                Some(u) if n >= 20 && n % 10 == 0 && u < 10 && u > 0 => (n + u, units_at + 1),
                _ => (n, at + 1),
            };
            Some((n, 1, i))
        })?;
    let mut den = den;
    let said_aloud = !matches!(toks[at].lower.as_str(), "a" | "an") && den == 1;
    let mut power = 0u32;
    if said_aloud {
        // "one point two million", "three and a half thousand": a decimal or a half said
        // as words, counted only before a multiplier.
        let decimal = toks.get(i + 1).and_then(|t| small_number(&t.lower));
        if toks.get(i).is_some_and(|t| t.lower == "point")
            && decimal.is_some_and(|d| d < 10)
            && spoken_multiplier(toks, i + 2).is_some()
        {
            (num, den) = (num * 10 + decimal.unwrap_or(0), 10);
            i += 2;
        } else if words_at(toks, i, &["and", "a", "half"])
            && spoken_multiplier(toks, i + 3).is_some()
        {
            (num, den) = (num * 2 + 1, 2);
            i += 3;
        }
    }
    if toks.get(i).is_some_and(|t| t.lower == "hundred") {
        num *= 100;
        i += 1;
        // "six hundred and twenty thousand": the tens and units said after "and" belong to
        // the number when a multiplier follows them.
        if let Some((m, used)) = and_tens(toks, i) {
            if spoken_multiplier(toks, i + used).is_some() {
                num += m;
                i += used;
            }
        }
    }
    if let Some(p) = spoken_multiplier(toks, i) {
        if a_grand_thing(toks, at, i) {
            return None;
        }
        power = p;
        i += 1;
    }
    if power == 0 && num % 100 != 0 {
        return None;
    }
    let mut value = num * 10u128.pow(power);
    // "thirty one thousand five hundred": the hundreds said after the thousand.
    if said_aloud && power == 3 && den == 1 {
        if let Some((hundreds, used)) = hundreds_after(toks, i) {
            value += hundreds;
            i += used;
        }
    }
    Some((value, den, i - at))
}

/// "a grand job", "we're a mill no a tearoom" (round S52): "grand" and "mill" after "a" are
/// a word of their own (fine, a factory) when another word follows that goes on with no
/// amount ("a grand a month", "a grand each", "a mill for the lot" are money).
fn a_grand_thing(toks: &[Token], at: usize, multiplier: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(at), "a" | "an")
        && matches!(word(multiplier), "grand" | "mill")
        && toks.get(multiplier + 1).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "a" | "an"
                        | "each"
                        | "for"
                        | "on"
                        | "in"
                        | "per"
                        | "to"
                        | "of"
                        | "off"
                        | "more"
                        | "less"
                        | "extra"
                        | "or"
                        | "and"
                        | "up"
                        | "over"
                        | "under"
                        | "all"
                        | "total"
                        | "quid"
                        | "pounds"
                        | "dollars"
                        | "euros"
                        | "bucks"
                        | "cedis"
                        | "rand"
                        | "cash"
                        | "worth"
                        | "plus"
                        | "odd"
                        | "ish"
                        | "already"
                        | "so"
                        | "but"
                        | "at"
                        | "from"
                        | "by"
                        | "with"
                        | "last"
                        | "this"
                        | "next"
                        | "is"
                        | "was"
                        | "saved"
                        | "spent"
                )
        })
}
