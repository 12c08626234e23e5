//! Amounts of money as people write them in a sentence: `£250k`, `250K GBP`, `$1.2m`,
//! `1.2 million pounds`, `a quarter of a million`, `50 grand`, with `a year` / `p.a.` /
//! `per month` (annualised ×12), and the continental forms (`1,2 Mio. €`, `€180.000`).
//! Compact forms go through [`Money::parse`]; worded forms here.

use super::tokens::{TokKind, Token, WordTable};
use crate::money::{Currency, Money};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
}

/// One amount found in the message, with the token span it covers.
#[derive(Debug, Clone, Copy)]
pub struct MoneyMention {
    /// Already annualised when `period` is `Month`.
    pub money: Money,
    pub period: Option<Period>,
    pub start: usize,
    pub end: usize,
    /// Was the currency written ("€250k"), or taken from the context ("250k")?
    pub written: bool,
}

/// The dollar a bare "$" or "dollars" means: the tenant's own when it counts in dollars
/// (an Australian tenant's "$50k" is A$), US dollars otherwise.
fn dollar(default: Currency) -> Currency {
    const DOLLARS: &[&str] = &["USD", "CAD", "AUD", "NZD", "SGD", "HKD"];
    if DOLLARS.contains(&default.code()) {
        default
    } else {
        Currency::USD
    }
}

fn symbol_currency(t: &Token, default: Currency) -> Option<Currency> {
    match t.lower.as_str() {
        "£" => Some(Currency::GBP),
        "$" => Some(dollar(default)),
        "€" => Some(Currency::EUR),
        "¥" => Currency::from_code("JPY"),
        "₹" => Currency::from_code("INR"),
        "₦" => Currency::from_code("NGN"),
        "₺" => Currency::from_code("TRY"),
        "₱" => Currency::from_code("PHP"),
        _ => None,
    }
}

/// A currency written as letters against a `$` (`S$80k`, `CA$120k`, `US$1m`, the real's
/// `R$ 800 mil`), the rand's `R` before a number (`R340k`, `R 2.4m`), or the naira's `N`
/// written onto one (`N45m`, which the tokenizer sets apart only in an amount's shape):
/// the currency and the tokens it takes.
fn prefixed_currency(toks: &[Token], at: usize) -> Option<(Currency, usize)> {
    let first = toks.get(at)?;
    if first.kind != TokKind::Word {
        return None;
    }
    let next = toks.get(at + 1)?;
    if next.is_sym("$") && next.attached {
        let code = match first.lower.as_str() {
            "us" => "USD",
            "c" | "ca" | "can" | "cdn" => "CAD",
            "a" | "au" => "AUD",
            "nz" => "NZD",
            "s" | "sg" => "SGD",
            "hk" => "HKD",
            "r" => "BRL",
            // "CAD$", "AUD$": the code with the symbol.
            w if w.len() == 3 => w,
            _ => return None,
        };
        return Some((Currency::from_code(code)?, 2));
    }
    if first.lower == "n" && next.kind == TokKind::Num && next.attached {
        return Some((Currency::from_code("NGN")?, 1));
    }
    // The peso's `P`, set apart by the tokenizer only in an amount's shape (`P4.8M`).
    if first.lower == "p" && first.capital && next.kind == TokKind::Num && next.attached {
        return Some((Currency::from_code("PHP")?, 1));
    }
    (first.lower == "r" && next.kind == TokKind::Num)
        .then(|| Some((Currency::from_code("ZAR")?, 1)))?
}

/// The Kenyan shilling's own abbreviation before a number (`Ksh 48M`, `KShs 850,000`), and
/// a bare `Sh` where the tenant counts in shillings (elsewhere it is a word); the dirham's
/// `Dhs` (`Dhs 400,000`), and a bare `Dh` where the tenant counts in dirhams; the rupiah's
/// `Rp` (`Rp 450 juta`), and the lira's `TL` where the tenant counts in lira (elsewhere a
/// team lead).
fn abbreviated_currency_before(toks: &[Token], at: usize, default: Currency) -> Option<Currency> {
    let word = toks.get(at).filter(|t| t.kind == TokKind::Word)?;
    toks.get(at + 1).filter(|t| t.kind == TokKind::Num)?;
    let kes = Currency::from_code("KES")?;
    let aed = Currency::from_code("AED")?;
    match word.lower.as_str() {
        "ksh" | "kshs" => Some(kes),
        "sh" | "shs" if default == kes => Some(kes),
        "dhs" => Some(aed),
        "dh" if default == aed => Some(aed),
        "rp" => Currency::from_code("IDR"),
        "tl" if default.code() == "TRY" => Some(default),
        _ => None,
    }
}

fn code_currency(t: &Token, default: Currency) -> Option<Currency> {
    if t.kind != TokKind::Word {
        return None;
    }
    match t.lower.as_str() {
        "pounds" | "pound" | "quid" | "sterling" => Some(Currency::GBP),
        "dollars" | "dollar" | "bucks" => Some(dollar(default)),
        "euros" | "euro" => Some(Currency::EUR),
        "rand" | "rands" => Currency::from_code("ZAR"),
        "rupees" | "rupee" => Currency::from_code("INR"),
        "yen" | "円" => Currency::from_code("JPY"),
        "shillings" | "shilling" => Currency::from_code("KES"),
        "naira" => Currency::from_code("NGN"),
        "reais" => Currency::from_code("BRL"),
        "dirhams" | "dirham" => Currency::from_code("AED"),
        "rupiah" => Currency::from_code("IDR"),
        "lira" | "liras" | "tl" => Currency::from_code("TRY"),
        // Pesos are the Philippine tenant's own; which peso is not written.
        "pesos" | "peso" if default.code() == "PHP" => Some(default),
        // "try" is the verb unless written as the lira's code.
        "try" if !t.caps => None,
        "zł" | "zl" | "złoty" | "zloty" | "złotych" | "zlotych" => Currency::from_code("PLN"),
        // "kr" is the krone of a tenant that counts in kroner; which one is not written.
        "kr" | "kroner" | "kronor" if krone(default) => Some(default),
        // Kenyan slang for shillings ("2.1M bob"), only where the tenant counts in them.
        "bob" if default.code() == "KES" => Some(default),
        w if w.len() == 3 => Currency::from_code(w),
        _ => None,
    }
}

/// Whether the tenant counts in one of the Nordic kroner.
fn krone(c: Currency) -> bool {
    matches!(c.code(), "NOK" | "SEK" | "DKK")
}

/// A currency code with a multiplier written onto its front, as Nordic and German finance
/// writes them ("MNOK 12", "1,8 MSEK" for millions, "850 TSEK", "kEUR" for thousands).
fn scaled_code(t: &Token) -> Option<(u32, Currency)> {
    if t.kind != TokKind::Word || t.lower.len() != 4 || !t.lower.is_ascii() {
        return None;
    }
    let (head, code) = t.lower.split_at(1);
    let power = match head {
        "m" => 6,
        "t" | "k" => 3,
        _ => return None,
    };
    Some((power, Currency::from_code(code)?))
}

/// A word that goes on an amount: its multiplier or its currency ("4 million", "300
/// euros", "2 crore").
pub fn continues_amount(t: &Token) -> bool {
    multiplier(&t.lower).is_some()
        || indian_multiplier(&t.lower, true).is_some()
        || code_currency(t, Currency::GBP).is_some()
}

/// Power of ten a multiplier word stands for.
fn multiplier(w: &str) -> Option<u32> {
    match w {
        "k" | "thousand" | "grand" | "thou" => Some(3),
        // "Mio." and "Mrd." as German and Dutch writers abbreviate them.
        // "mill." as Nordic writers abbreviate it, "mln" as Polish ones do.
        "m" | "mm" | "mn" | "mil" | "mill" | "mln" | "million" | "millions" | "mio" => Some(6),
        "b" | "bn" | "billion" | "mrd" => Some(9),
        // "tsd." in German, "tys." in Polish.
        "tsd" | "tys" => Some(3),
        // Indonesian: "Rp 450 juta", "450jt", "Rp 2,5 miliar"; Turkish: "₺4,5 milyon",
        // "2 milyar TL".
        "juta" | "jt" | "milyon" => Some(6),
        "miliar" | "milyar" => Some(9),
        "ribu" => Some(3),
        // Portuguese: "R$ 1,2 milhão", "R$ 2,5 milhões", "R$ 1 bilhão".
        "milhão" | "milhao" | "milhões" | "milhoes" => Some(6),
        "bilhão" | "bilhao" | "bilhões" | "bilhoes" => Some(9),
        _ => None,
    }
}

/// The power of ten a multiplier word stands for in an amount of `currency`: in reais
/// "mil" is the Portuguese thousand ("R$ 800 mil"), elsewhere a million ("1.5 mil").
fn multiplier_in(w: &str, currency: Currency) -> Option<u32> {
    if w == "mil" && currency.code() == "BRL" {
        return Some(3);
    }
    // In lira "bin" is the Turkish thousand ("₺850 bin"); elsewhere a word ("40 bin lifts").
    if w == "bin" && currency.code() == "TRY" {
        return Some(3);
    }
    multiplier(w)
}

/// The Indian multipliers: a lakh is 10^5, a crore 10^7. The short forms ("38L", "2.5 cr")
/// only where the amount is in rupees, since elsewhere "3L" is a volume and "2 CRs" change
/// requests.
fn indian_multiplier(w: &str, rupees: bool) -> Option<u32> {
    match w {
        "lakh" | "lakhs" => Some(5),
        "crore" | "crores" => Some(7),
        "l" | "lac" | "lacs" if rupees => Some(5),
        "cr" | "crs" if rupees => Some(7),
        _ => None,
    }
}

/// The Japanese multipliers written onto the number: 万 is 10^4 and 億 10^8 ("4,500万円",
/// "2.5億円"), with whether 円 (yen) follows them.
fn japanese_multiplier(w: &str) -> Option<(u32, bool)> {
    let (power, rest) = if let Some(rest) = w.strip_prefix('万') {
        (4, rest)
    } else {
        (8, w.strip_prefix('億')?)
    };
    match rest {
        "" => Some((power, false)),
        "円" => Some((power, true)),
        _ => None,
    }
}

/// "12,50,000" and "1,20,00,000": digits grouped the Indian way (pairs before the last
/// three), which no other writer uses.
fn indian_grouped(num: &str) -> bool {
    let groups: Vec<&str> = num.split(',').collect();
    let [head, pairs @ .., last] = groups.as_slice() else {
        return false;
    };
    !pairs.is_empty()
        && (1..=2).contains(&head.len())
        && pairs.iter().all(|g| g.len() == 2)
        && last.len() == 3
        && num.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// `num` times 10^places, written out ("1.25", 2 → "125").
fn shift_decimal(num: &str, places: usize) -> String {
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    let mut frac = frac.to_string();
    while frac.len() < places {
        frac.push('0');
    }
    let (moved, rest) = frac.split_at(places);
    if rest.is_empty() {
        format!("{int}{moved}")
    } else {
        format!("{int}{moved}.{rest}")
    }
}

/// "two" to "ten" in words: a small count of things.
pub(super) fn two_to_ten(w: &str) -> bool {
    small_number(w).is_some_and(|n| (2..=10).contains(&n))
}

/// The numbers zero to twenty in words, each at its value's place.
const SMALL_NUMBERS: [&str; 21] = [
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
const TENS_AND_ONE: [(&str, u128); 9] = [
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

fn small_number(w: &str) -> Option<u128> {
    if let Some(n) = SMALL_NUMBERS.iter().position(|x| *x == w) {
        return Some(n as u128);
    }
    TENS_AND_ONE
        .iter()
        .find_map(|&(word, n)| (word == w).then_some(n))
}

/// Count nouns that make `2m` a number of things rather than money.
const COUNT_NOUNS: &[&str] = &[
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
];

/// Plural words after a bare figure that still speak of money ("40k savings").
const MONEY_PLURALS: &[&str] = &[
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
fn things_counted(t: &Token) -> bool {
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
/// how money goes ("40k for laptops", "12k from reserves").
fn things_said_with_a_kind(toks: &[Token], i: usize) -> bool {
    let Some(kind) = toks.get(i).filter(|t| {
        t.is_word()
            && !t.attached
            && t.lower.len() >= 4
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
pub(super) fn counts_things(toks: &[Token], i: usize) -> bool {
    // "9k logins": the multiplier is written onto the number.
    let next = match toks.get(i + 1) {
        Some(t) if t.attached && multiplier(&t.lower).is_some() => i + 2,
        _ => i + 1,
    };
    toks[i].kind == super::tokens::TokKind::Num
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

fn words_at(toks: &[Token], at: usize, words: &[&str]) -> bool {
    words.len() <= toks.len().saturating_sub(at)
        && words.iter().zip(&toks[at..]).all(|(w, t)| t.lower == *w)
}

/// A worded number at `at` (`a quarter of a million`, `two hundred thousand`, `half a
/// million`): (numerator, denominator, tokens used). Needs a multiplier word to count.
/// Fractions said in words before a multiplier ("a quarter of a million"), as a numerator
/// and a denominator.
const FRACTIONS: [(&[&str], u128, u128); 6] = [
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
fn starts_a_worded_number(first: &Token) -> bool {
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

fn worded(toks: &[Token], at: usize) -> Option<(u128, u128, usize)> {
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
            // "twenty five"
            let (n, i) = match toks.get(at + 1).and_then(|t| small_number(&t.lower)) {
                Some(u) if n >= 20 && n % 10 == 0 && u < 10 && u > 0 => (n + u, at + 2),
                _ => (n, at + 1),
            };
            Some((n, 1, i))
        })?;
    let mut power = 0u32;
    if toks.get(i).is_some_and(|t| t.lower == "hundred") {
        num *= 100;
        i += 1;
    }
    if let Some(p) = toks.get(i).and_then(|t| multiplier(&t.lower)) {
        if toks[i].lower.len() > 1 {
            power = p;
            i += 1;
        }
    }
    if power == 0 && num % 100 != 0 {
        return None;
    }
    Some((num * 10u128.pow(power), den, i - at))
}

/// The period word(s) at `at`, if any, and how many tokens they take.
fn period_at(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let t = toks.get(at)?;
    const YEARLY: [&[&str]; 12] = [
        &["a", "year"],
        &["per", "year"],
        &["per", "annum"],
        &["a", "yr"],
        &["per", "yr"],
        &["each", "year"],
        &["every", "year"],
        &["p", ".", "a", "."],
        &["p", ".", "a"],
        &["/", "yr"],
        &["/", "year"],
        &["/", "y"],
    ];
    const MONTHLY: [&[&str]; 6] = [
        &["a", "month"],
        &["per", "month"],
        &["each", "month"],
        &["every", "month"],
        &["/", "month"],
        &["/", "mo"],
    ];
    for w in YEARLY {
        if words_at(toks, at, w) {
            return Some((Period::Year, w.len()));
        }
    }
    for w in MONTHLY {
        if words_at(toks, at, w) {
            return Some((Period::Month, w.len()));
        }
    }
    match t.lower.as_str() {
        "pa" | "annually" | "yearly" | "annual" | "annualised" | "annualized" => {
            Some((Period::Year, 1))
        }
        "pcm" | "monthly" => Some((Period::Month, 1)),
        _ => recurring_revenue(toks, at),
    }
}

/// "Rp 1,2 miliar more margin per year", "CHF 70'000 less travel costs per year": a period
/// said after the comparative and the few words it qualifies is the money's.
fn period_after_comparative(toks: &[Token], at: usize) -> Option<Period> {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "more" | "less" | "extra" | "additional"))
    {
        return None;
    }
    (at + 2..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k - 1].is_word() && !toks[k - 1].is("than"))
        .find_map(|k| period_at(toks, k))
        .map(|(p, _)| p)
}

/// Recurring revenue named after its amount ("$38k MRR", "$210k ARR", "$60k in new ARR",
/// "£5k of net new MRR"): money per month or per year.
fn recurring_revenue(toks: &[Token], at: usize) -> Option<(Period, usize)> {
    let lead = toks[at..]
        .iter()
        .take(3)
        .take_while(|t| matches!(t.lower.as_str(), "in" | "of" | "new" | "net"))
        .count();
    match toks.get(at + lead)?.lower.as_str() {
        "arr" => Some((Period::Year, lead + 1)),
        "mrr" => Some((Period::Month, lead + 1)),
        _ => None,
    }
}

/// Words that say an amount is what a thing costs to keep ("running cost", "licence",
/// "support"): the record's own money, not a figure that explains it, and no benefit.
pub const RUNNING_COST_WORDS: &[&str] = &[
    "running",
    "run",
    "licence",
    "license",
    "licences",
    "licenses",
    "subscription",
    "maintenance",
    "support",
    "opex",
];

/// Words that say an amount is a saving or a benefit, got or expected.
pub const SAVING_WORDS: &[&str] = &[
    "saving",
    "savings",
    "save",
    "saves",
    "benefit",
    "benefits",
    "expected",
    "expecting",
    "forecast",
];

/// Every amount in the message, in order.
pub fn find_money(toks: &[Token], default: Currency) -> Vec<MoneyMention> {
    find_money_in(toks, default, default)
}

/// Every amount, in order, an amount written without a currency ("30k") taken in `bare`:
/// the currency the message itself is written in, which may not be the tenant's.
/// `default` still decides which dollar a bare "$" is.
pub fn find_money_in(toks: &[Token], default: Currency, bare: Currency) -> Vec<MoneyMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match amount_at(toks, i, default, bare) {
            Some(mut m) => {
                // Period straight after, or an `annual` / `monthly` just before.
                if let Some((p, n)) = period_at(toks, m.end) {
                    m.period = Some(p);
                    m.end += n;
                } else if let Some(p) = period_after_comparative(toks, m.end) {
                    m.period = Some(p);
                } else {
                    let from = m.start.saturating_sub(4);
                    if let Some(p) = (from..m.start).rev().find_map(|j| {
                        let w = toks[j].lower.as_str();
                        match w {
                            "annual" | "annually" | "yearly" => Some(Period::Year),
                            "monthly" => Some(Period::Month),
                            _ => None,
                        }
                    }) {
                        m.period = Some(p);
                    }
                }
                if m.period == Some(Period::Month) {
                    // Made yearly, a monthly amount must still fit one record's cap.
                    match m
                        .money
                        .minor
                        .checked_mul(12)
                        .filter(|v| *v <= crate::money::MAX_MINOR)
                    {
                        Some(v) => m.money.minor = v,
                        None => {
                            i = m.end;
                            continue;
                        }
                    }
                }
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    // A bare figure priced "at" a written amount ("a reader by 3M at €12k") names the
    // thing priced (its maker); the price is the money.
    let priced: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(k, m)| {
            !m.written
                && toks.get(m.end).is_some_and(|t| t.lower == "at")
                && out
                    .get(k + 1)
                    .is_some_and(|next| next.written && next.start == m.end + 1)
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !priced[k - 1]
    });
    out
}

/// The currency of the first amount written with one ("€250k", "250k EUR"), if any, or
/// the one said once for the bare figures ("webshop 40k, diagnostics 12k, both GBP").
pub fn written_currency(toks: &[Token], default: Currency) -> Option<Currency> {
    let mut i = 0;
    let mut bare = false;
    while i < toks.len() {
        match amount_at(toks, i, default, default) {
            Some(m) if m.written => return Some(m.money.currency),
            Some(m) => {
                bare = true;
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    if bare {
        currency_said_for_all(toks, default)
    } else {
        None
    }
}

/// "…, both GBP", "all in sterling", "(figures in GBP)": a currency named with no figure
/// of its own, after "both", "all" or "in", is the one the message's bare figures are in.
/// A code must be written in capitals ("in all" is no Albanian lek).
fn currency_said_for_all(toks: &[Token], default: Currency) -> Option<Currency> {
    toks.windows(2).find_map(|w| {
        let covers = matches!(w[0].lower.as_str(), "both" | "all" | "in");
        let named = w[1].lower.len() != 3 || w[1].caps;
        (covers && named)
            .then(|| code_currency(&w[1], default))
            .flatten()
    })
}

/// A number as [`Money::parse`] reads it (`1250.5`, `1,250`), from the way it was written:
/// a comma before one or two last digits is a decimal comma (`1,2 Mio.`, `1.250,50`), and
/// dots before groups of three digits separate thousands (`€180.000`), since no amount in
/// a currency of cents has three decimals. With a multiplier, one dot is a decimal point
/// (`$1.250m`).
fn english_number(num: &str, has_multiplier: bool, exponent: u32) -> String {
    let last_comma = num.rfind(',');
    let last_dot = num.rfind('.');
    match (last_comma, last_dot) {
        (Some(c), Some(d)) if c > d => num.replace('.', "").replace(',', "."),
        (Some(c), None) if num.matches(',').count() == 1 && (2..=3).contains(&(num.len() - c)) => {
            num.replace(',', ".")
        }
        (None, Some(_)) => {
            let groups: Vec<&str> = num.split('.').collect();
            let grouped = groups[1..].iter().all(|g| g.len() == 3);
            let dots = groups.len() - 1;
            if grouped && (dots > 1 || (!has_multiplier && exponent < 3)) {
                num.replace('.', "")
            } else {
                num.to_string()
            }
        }
        _ => num.to_string(),
    }
}

/// The multiplier a range's high end carries, when the range goes on at `i` ("-80k").
fn range_multiplier(toks: &[Token], i: usize) -> Option<u32> {
    let dash = toks.get(i)?;
    if !(dash.is_sym("-") || dash.is_sym("–") || dash.is("to")) {
        return None;
    }
    toks.get(i + 1).filter(|t| t.kind == TokKind::Num)?;
    let m = toks
        .get(i + 2)
        .filter(|t| t.kind == TokKind::Word && t.attached)?;
    multiplier(&m.lower)
}

/// A plain number grouped in thousands (`200,000`, `1,250,000`) just after an approval
/// ("approved", "signed off", "approved … at") and before no count word: an amount in the
/// message's currency, since a sum approved is money.
fn approved_plain(toks: &[Token], at: usize, end: usize) -> bool {
    let Some(num) = toks
        .get(at)
        .filter(|t| t.kind == TokKind::Num && end == at + 1)
    else {
        return false;
    };
    let whole = num.lower.split('.').next().unwrap_or_default();
    let groups: Vec<&str> = whole.split(',').collect();
    let grouped = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    if !grouped {
        return false;
    }
    let prev = |k: usize| at.checked_sub(k).map_or("", |j| toks[j].lower.as_str());
    let approval = |w: &str| {
        matches!(
            w,
            "approved" | "approve" | "approves" | "aprvd" | "approving" | "greenlit" | "okayed"
        )
    };
    let after_approval = approval(prev(1))
        || (prev(1) == "," && approval(prev(2)))
        || (prev(1) == "off" && matches!(prev(2), "signed" | "signs"))
        || (prev(1) == "at" && (approval(prev(2)) || (prev(2) == "off" && prev(3) == "signed")));
    // What follows ends the amount: a break, the end, or a word that starts a new phrase.
    let ends = toks.get(end).is_none_or(|t| {
        (t.kind == TokKind::Sym && t.lower != "%")
            || matches!(
                t.lower.as_str(),
                "for"
                    | "on"
                    | "to"
                    | "in"
                    | "from"
                    | "towards"
                    | "with"
                    | "and"
                    | "but"
                    | "pending"
            )
    });
    after_approval && ends
}

/// A number at `at`, just after "Rs", or after its dot ("Rs. 1.2 crore").
fn rupee_number(toks: &[Token], at: usize) -> bool {
    let num = |t: &Token| t.kind == TokKind::Num;
    match toks.get(at) {
        Some(t) if num(t) => true,
        Some(t) if t.is_sym(".") => toks.get(at + 1).is_some_and(num),
        _ => false,
    }
}

fn amount_at(toks: &[Token], at: usize, default: Currency, bare: Currency) -> Option<MoneyMention> {
    // An amount's number (in figures or words) comes at most two tokens in, after its
    // currency: most places of a message have none that close, and are turned away before
    // the currencies are tried. `worded` turns away the same first words.
    let number_near = toks
        .iter()
        .skip(at)
        .take(3)
        .any(|t| t.kind == TokKind::Num || starts_a_worded_number(t));
    if !number_near {
        return None;
    }
    let mut i = at;
    let mut currency = None;
    let first = toks.get(i)?;
    let mut rand_letter = false;
    // The multiplier a scaled code before the number carries ("MNOK 12").
    let mut code_power = 0u32;
    if let Some(c) = symbol_currency(first, default) {
        currency = Some(c);
        i += 1;
    } else if let Some((c, used)) = prefixed_currency(toks, i) {
        // The rand's `R` alone, not the real's `R$` ("R$ 0,04 a litre" is money).
        rand_letter = first.lower == "r" && used == 1;
        currency = Some(c);
        i += used;
    } else if let Some(c) = abbreviated_currency_before(toks, i, default) {
        currency = Some(c);
        i += 1;
    } else if let Some((p, c)) = toks
        .get(i + 1)
        .filter(|t| t.kind == TokKind::Num)
        .and_then(|_| scaled_code(first))
    {
        currency = Some(c);
        code_power = p;
        i += 1;
    } else if first.is("kr")
        && krone(default)
        && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
    {
        // "kr 800k": the krone before the number.
        currency = Some(default);
        i += 1;
    } else if (first.is("fr") || first.is("sfr"))
        && default.code() == "CHF"
        && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
    {
        // "Fr. 80'000": the franc before the number, where the tenant counts in francs.
        currency = Some(default);
        i += 1;
    } else if first.is("rs") && rupee_number(toks, i + 1) {
        // "Rs 22 lakh", "Rs. 1.2 crore".
        currency = Currency::from_code("INR");
        i += if toks[i + 1].is_sym(".") { 2 } else { 1 };
    } else if first.kind == TokKind::Word
        && first.lower.len() == 3
        && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
    {
        // "try 2 vendors" is the verb; the lira's code is written in capitals.
        let code = Currency::from_code(&first.lower).filter(|_| first.lower != "try" || first.caps);
        if let Some(c) = code {
            // "CAD2", "USD400k": written onto the number, as the rand's `R` is.
            rand_letter = toks[i + 1].attached;
            currency = Some(c);
            i += 1;
        }
    }
    let tok = toks.get(i)?;
    // (units as numerator / denominator) or a numeric string for Money::parse.
    let mut numeric: Option<String> = None;
    let mut power = 0u32;
    let mut worded_value: Option<(u128, u128)> = None;
    if tok.kind == TokKind::Num {
        let mut num = tok.lower.clone();
        i += 1;
        // Thousands set apart by spaces after a written currency (`R 750 000`), or before
        // one written after them, as in French (`350 000 $`, `1 250 000 EUR`).
        let group = |t: &Token| {
            t.kind == TokKind::Num
                && !t.attached
                && t.lower.len() == 3
                && t.lower.bytes().all(|b| b.is_ascii_digit())
        };
        let groups = toks[i.min(toks.len())..]
            .iter()
            .take_while(|t| group(t))
            .count();
        let currency_after = toks.get(i + groups).is_some_and(|t| {
            symbol_currency(t, default).is_some() || code_currency(t, default).is_some()
        });
        if (currency.is_some() || groups > 0 && currency_after)
            && num.len() <= 3
            && num.bytes().all(|b| b.is_ascii_digit())
        {
            for t in &toks[i..i + groups] {
                num.push_str(&t.lower);
            }
            i += groups;
        }
        numeric = Some(num);
    } else if let Some((n, d, used)) = worded(toks, i) {
        worded_value = Some((n, d));
        i += used;
        if n / d >= 1000 {
            power = 3;
        }
    } else {
        return None;
    }
    let rupees = currency.unwrap_or(bare).code() == "INR";
    if numeric.is_some() {
        let scaled_after = toks
            .get(i)
            .and_then(scaled_code)
            .filter(|(_, c)| currency.is_none_or(|have| have == *c));
        // A lone "k" or "m" set apart ("$80 K") is a multiplier after a written currency;
        // without one, only a "K" or "M" in capitals ("350 K"), as "4,000 m" is a length.
        if let Some((p, c)) = scaled_after {
            // "1,8 MNOK": the multiplier and the currency in one word.
            power = p;
            currency = Some(c);
            i += 1;
        } else if let Some(p) = toks
            .get(i)
            .filter(|t| t.kind == TokKind::Word)
            .and_then(|t| indian_multiplier(&t.lower, rupees))
        {
            power = p;
            i += 1;
        } else if let Some((p, yen)) = toks
            .get(i)
            .filter(|t| t.kind == TokKind::Word && t.attached)
            .and_then(|t| japanese_multiplier(&t.lower))
        {
            power = p;
            i += 1;
            let jpy = Currency::from_code("JPY");
            if yen && (currency.is_none() || currency == jpy) {
                currency = jpy;
            }
        } else if let Some(p) = toks.get(i).and_then(|t| {
            // "240 k€", "1,8 M€": the currency written onto the multiplier makes it one.
            let symbol_on = toks
                .get(i + 1)
                .is_some_and(|n| n.attached && symbol_currency(n, default).is_some());
            (t.kind == TokKind::Word
                && (t.attached || t.lower.len() > 1 || currency.is_some() || t.caps || symbol_on))
                .then(|| multiplier_in(&t.lower, currency.unwrap_or(bare)))
                .flatten()
        }) {
            power = p;
            i += 1;
        } else if let Some(p) = range_multiplier(toks, i) {
            // "$50-80k", "R2–3m", "€1.5 to 2m": the multiplier is said once for both ends;
            // the amount is the low end.
            power = p;
            i += 3;
        }
    }
    if power == 0 && numeric.is_some() {
        power = code_power;
    }
    // "1,2 Mio. EUR": the abbreviation's dot before a currency.
    if power > 0
        && toks.get(i).is_some_and(|t| t.is_sym(".") && t.attached)
        && toks.get(i + 1).is_some_and(|t| {
            code_currency(t, default).is_some() || symbol_currency(t, default).is_some()
        })
    {
        i += 1;
    }
    // A symbol after the number, as written on the continent: `2,4 Mio. €`, `500 €`; not
    // when it begins the next amount (`… 500 €600k`).
    if let Some(c) = toks.get(i).and_then(|t| symbol_currency(t, default)) {
        let starts_next = toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num);
        if !starts_next && (currency.is_none() || currency == Some(c)) {
            currency = Some(c);
            i += 1;
        }
    }
    // Trailing currency: `250K GBP`, `1.2 million pounds`, `pounds sterling`.
    if let Some(c) = toks.get(i).and_then(|t| code_currency(t, default)) {
        if currency.is_none() || currency == Some(c) {
            currency = Some(c);
            i += 1;
            if toks.get(i).is_some_and(|t| t.lower == "sterling") {
                i += 1;
            }
        }
    }
    if currency.is_none() {
        // A bare number is money only with a multiplier, or grouped in thousands straight
        // after an approval ("approved 200,000 for …"), and not a count of things.
        if power == 0 && worded_value.is_none() && !approved_plain(toks, at, i) {
            return None;
        }
        if toks.get(i).is_some_and(|t| {
            COUNT_NOUNS.contains(&t.lower.as_str()) || t.lower == "%" || things_counted(t)
        }) || things_said_with_a_kind(toks, i)
        {
            return None;
        }
        // "app downloads 41k in Nov": the count said after its noun.
        if at > 0 && COUNT_NOUNS.contains(&toks[at - 1].lower.as_str()) {
            return None;
        }
        // "2,500m of corridor": thousands of metres; nobody writes billions that way
        // without a currency.
        let metres = power == 6
            && toks.get(i - 1).is_some_and(|t| t.is("m") && t.attached)
            && numeric
                .as_deref()
                .is_some_and(|n| n.contains(',') || n.len() >= 4);
        if metres {
            return None;
        }
    }
    let written = currency.is_some();
    let currency = currency.unwrap_or(bare);
    let money = if let Some(num) = numeric {
        // `power` here only picks the suffix; worded values are already scaled.
        let suffix = match power {
            3 => "k",
            6 => "m",
            9 => "bn",
            _ => "",
        };
        // A lakh or a crore: the number moved on by the powers of ten past a thousand or
        // a million.
        let (num, suffix) = match power {
            5 => (shift_decimal(&num, 2), "k"),
            7 => (shift_decimal(&num, 1), "m"),
            // 万 and 億 after digits grouped in thousands ("4,500万円").
            4 => (shift_decimal(&num.replace(',', ""), 1), "k"),
            8 => (shift_decimal(&num.replace(',', ""), 2), "m"),
            _ => (num, suffix),
        };
        let num = if indian_grouped(&num) {
            num.replace(',', "")
        } else {
            english_number(&num, power > 0, currency.exponent())
        };
        Money::parse(&format!("{num}{suffix}"), currency).ok()?
    } else {
        let (n, d) = worded_value?;
        let scaled = n.checked_mul(10u128.pow(currency.exponent()))?;
        if scaled % d != 0 || scaled / d > crate::money::MAX_MINOR as u128 {
            return None;
        }
        Money::new((scaled / d) as i64, currency)
    };
    if money.minor == 0 {
        return None;
    }
    // An `R` or a code written onto a small plain number is a name (`the R2 release`,
    // `the CAD2 interface`), not money.
    if rand_letter && power == 0 && money.minor < 100 * 10i64.pow(money.currency.exponent()) {
        return None;
    }
    Some(MoneyMention {
        money,
        period: None,
        start: at,
        end: i,
        written,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    type Found = Option<(i64, &'static str, Option<Period>)>;

    fn first(text: &str) -> Found {
        let toks = tokenize(text);
        find_money(&toks, Currency::GBP)
            .first()
            .map(|m| (m.money.minor, m.money.currency.code(), m.period))
    }

    #[test]
    fn reads_amounts_in_every_form() {
        let y = Some(Period::Year);
        let cases: &[(&str, Found)] = &[
            ("£250k", Some((25_000_000, "GBP", None))),
            ("250K GBP", Some((25_000_000, "GBP", None))),
            ("$1.2m", Some((120_000_000, "USD", None))),
            ("€900,000", Some((90_000_000, "EUR", None))),
            ("1.2 million pounds", Some((120_000_000, "GBP", None))),
            ("a quarter of a million", Some((25_000_000, "GBP", None))),
            ("half a million euros", Some((50_000_000, "EUR", None))),
            ("50 grand", Some((5_000_000, "GBP", None))),
            ("£400k a year", Some((40_000_000, "GBP", y))),
            ("£400k p.a.", Some((40_000_000, "GBP", y))),
            (
                "£10k per month",
                Some((12_000_000, "GBP", y.map(|_| Period::Month))),
            ),
            ("USD 2,500", Some((250_000, "USD", None))),
            ("2m users", None),
            ("1,2 Mio. EUR", Some((120_000_000, "EUR", None))),
            ("2,4 Mio. €", Some((240_000_000, "EUR", None))),
            ("€180.000", Some((18_000_000, "EUR", None))),
            ("€1.250.000", Some((125_000_000, "EUR", None))),
            ("€1.250,50", Some((125_050, "EUR", None))),
            ("500 €", Some((50_000, "EUR", None))),
            ("$1.250m", Some((125_000_000, "USD", None))),
            ("£1,250", Some((125_000, "GBP", None))),
            ("£2.5k", Some((250_000, "GBP", None))),
            ("1.900 hours", None),
            ("40% over", None),
            ("3 years", None),
            (
                "two hundred thousand dollars",
                Some((20_000_000, "USD", None)),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(first(text), *want, "{text}");
        }
    }

    #[test]
    fn a_bare_figure_priced_at_an_amount_is_the_thing_priced_not_money() {
        // "3M" is the maker: what the thing costs is the amount after "at".
        for (text, want) in [
            (
                "Lab approved a swab reader by 3M at €12k",
                (1_200_000, "EUR"),
            ),
            (
                "ordering badge printers from 3M at $3k each",
                (300_000, "USD"),
            ),
        ] {
            let toks = tokenize(text);
            let found: Vec<(i64, &str)> = find_money(&toks, Currency::GBP)
                .iter()
                .map(|m| (m.money.minor, m.money.currency.code()))
                .collect();
            assert_eq!(found, vec![want], "{text}");
        }
        // A bare amount before "at" and no price stays money.
        assert_eq!(
            first("approved 3M at the board"),
            Some((300_000_000, "GBP", None))
        );
    }

    #[test]
    fn a_dollar_is_the_tenants_own_when_it_counts_in_dollars() {
        let read = |text: &str, default: &str| {
            let toks = tokenize(text);
            let currency = Currency::from_code(default).unwrap();
            find_money(&toks, currency)
                .first()
                .map(|m| (m.money.minor, m.money.currency.code()))
        };
        assert_eq!(read("$50k", "AUD"), Some((5_000_000, "AUD")));
        assert_eq!(
            read("40 grand, in dollars", "CAD"),
            Some((4_000_000, "CAD"))
        );
        assert_eq!(read("$50k", "GBP"), Some((5_000_000, "USD")));
        assert_eq!(
            read("US$ is not read, USD 50k is", "AUD").map(|m| m.1),
            Some("USD")
        );
    }

    fn read_as(text: &str, default: &str) -> Option<(i64, &'static str)> {
        let toks = tokenize(text);
        let currency = Currency::from_code(default).unwrap();
        find_money(&toks, currency)
            .first()
            .map(|m| (m.money.minor, m.money.currency.code()))
    }

    #[test]
    fn a_dollar_with_a_country_before_it_is_that_countrys() {
        assert_eq!(read_as("about S$80k", "USD"), Some((8_000_000, "SGD")));
        assert_eq!(read_as("CA$120k", "GBP"), Some((12_000_000, "CAD")));
        assert_eq!(read_as("A$ 2.5m", "NZD"), Some((250_000_000, "AUD")));
        assert_eq!(read_as("NZ$40,000", "AUD"), Some((4_000_000, "NZD")));
        assert_eq!(read_as("US$1.1m", "CAD"), Some((110_000_000, "USD")));
        assert_eq!(read_as("HK$ 300k", "SGD"), Some((30_000_000, "HKD")));
        assert_eq!(read_as("CDN$ 1.2M", "SGD"), Some((120_000_000, "CAD")));
        assert_eq!(read_as("CAD$ 200k", "ZAR"), Some((20_000_000, "CAD")));
        assert_eq!(read_as("AUD$50k", "USD"), Some((5_000_000, "AUD")));
    }

    #[test]
    fn a_range_takes_its_multiplier_for_both_ends_and_reads_as_its_low_end() {
        assert_eq!(read_as("$50-80k", "USD"), Some((5_000_000, "USD")));
        assert_eq!(read_as("R2–3m", "ZAR"), Some((200_000_000, "ZAR")));
        assert_eq!(read_as("€1.5 to 2m", "EUR"), Some((150_000_000, "EUR")));
        // Not a range: a count after an amount.
        assert_eq!(read_as("$50 - 80 users", "USD"), Some((5_000, "USD")));
    }

    #[test]
    fn a_multiplier_set_apart_after_a_written_currency_still_counts() {
        assert_eq!(read_as("approved $80 K", "USD"), Some((8_000_000, "USD")));
        assert_eq!(read_as("€1.2 M for it", "EUR"), Some((120_000_000, "EUR")));
        // Without a currency before it, a lone letter is not a multiplier.
        assert_eq!(read_as("80 k", "USD"), None);
    }

    #[test]
    fn rand_are_read_with_or_without_a_space_after_the_r() {
        for (text, minor) in [
            ("R340k saved", 34_000_000),
            ("at R1.8m, 60 stores", 180_000_000),
            ("R 2.4m", 240_000_000),
            ("R12,500 a month", 15_000_000),
            ("R 750 000", 75_000_000),
            ("1.2 million rand", 120_000_000),
        ] {
            assert_eq!(read_as(text, "ZAR"), Some((minor, "ZAR")), "{text}");
        }
        // Another tenant's "R450k" is still rand, never pounds.
        assert_eq!(read_as("R450k", "GBP"), Some((45_000_000, "ZAR")));
        // A release or a road called R2 is not money.
        assert_eq!(read_as("the R2 release went out", "ZAR"), None);
        assert_eq!(read_as("closing the R2 depot", "GBP"), None);
    }

    #[test]
    fn lakh_and_crore_are_read_at_their_size() {
        // A lakh is a hundred thousand and a crore ten million, however they are written.
        for (text, rupees) in [
            ("sanctioned ₹12 lakh", 1_200_000),
            ("₹7.5 lakhs", 750_000),
            ("Rs. 3 crore", 30_000_000),
            ("Rs 1.25 cr for phase 1", 12_500_000),
            ("INR 64L", 6_400_000),
            ("₹2 lacs", 200_000),
            ("Rs 12,50,000", 1_250_000),
            ("₹1,20,00,000", 12_000_000),
            ("4 crore rupees", 40_000_000),
        ] {
            assert_eq!(read_as(text, "GBP"), Some((rupees * 100, "INR")), "{text}");
        }
        // A tenant that counts in rupees reads them without a symbol.
        assert_eq!(read_as("about 16 lakh", "INR"), Some((160_000_000, "INR")));
        assert_eq!(read_as("a 3L budget", "INR"), Some((30_000_000, "INR")));
        // Elsewhere a lone "L" or "cr" after a number is not a multiplier.
        assert_eq!(read_as("the 3L bottles", "GBP"), None);
        assert_eq!(read_as("2 CRs raised", "GBP"), None);
    }
}
