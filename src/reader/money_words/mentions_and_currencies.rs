//! Money mentions and their currencies: symbols, prefixes, codes, scaled codes, and the
//! multipliers written after a number (k, m, lakh, crore, man).

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
    /// Said by the week: annualised as 52 weeks.
    Week,
}

/// One amount found in the message, with the token span it covers.
#[derive(Debug, Clone, Copy)]
pub struct MoneyMention {
    /// Already annualised when `period` is `Month` or `Week`.
    pub money: Money,
    pub period: Option<Period>,
    pub start: usize,
    pub end: usize,
    /// Was the currency written ("€250k"), or taken from the context ("250k")?
    pub written: bool,
}

/// The dollar a bare "$" or "dollars" means: the tenant's own when it counts in dollars
/// (an Australian tenant's "$50k" is A$), US dollars otherwise.
pub(super) fn dollar(default: Currency) -> Currency {
    const DOLLARS: &[&str] = &[
        "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "JMD", "TTD", "FJD", "GYD",
        // The Namibian and Bahamian dollars (round S56), the Samoan tala, written "$"
        // (round S57), and the Belize dollar (round S58).
        "NAD", "BSD", "WST", "BZD", // The Barbados dollar (round S61).
        "BBD", // The Eastern Caribbean dollar (round S64).
        "XCD",
    ];
    if DOLLARS.contains(&default.code()) {
        default
    } else {
        Currency::USD
    }
}

#[inline(always)]
pub(super) fn symbol_currency(t: &Token, default: Currency) -> Option<Currency> {
    // Asked at every word, and every sign below is "$" or not in ASCII: told here, before a call
    // (round P57).
    if !(t
        .lower
        .as_bytes()
        .first()
        .is_some_and(|&b| b == b'$' || !b.is_ascii()))
    {
        return None;
    }
    symbol_currency_past_its_first_test(t, default)
}

/// [`symbol_currency`] once its first test is passed.
fn symbol_currency_past_its_first_test(t: &Token, default: Currency) -> Option<Currency> {
    match t.lower.as_str() {
        "£" => Some(Currency::GBP),
        "$" => Some(dollar(default)),
        "€" => Some(Currency::EUR),
        "¥" => Currency::from_code("JPY"),
        "₹" => Currency::from_code("INR"),
        "₦" => Currency::from_code("NGN"),
        "₺" => Currency::from_code("TRY"),
        "₱" => Currency::from_code("PHP"),
        "₵" => Currency::from_code("GHS"),
        // The taka's sign (round S62).
        "৳" => Currency::from_code("BDT"),
        // The cent sign stands in for the cedi's where the tenant counts in cedis.
        "¢" if default.code() == "GHS" => Some(default),
        _ => None,
    }
}

/// The rupee a bare "Rs" or "rupees" means: the tenant's own where it counts in Pakistani,
/// Sri Lankan or Mauritian rupees, India's otherwise.
pub(super) fn rupee(default: Currency) -> Option<Currency> {
    if matches!(default.code(), "PKR" | "LKR" | "MUR" | "SCR") {
        Some(default)
    } else {
        Currency::from_code("INR")
    }
}

/// A currency written as letters against a `$` (`S$80k`, `CA$120k`, `US$1m`, `J$480,000`, the real's
/// `R$ 800 mil`), the rand's `R` before a number (`R340k`, `R 2.4m`), or the naira's `N`
/// written onto one (`N45m`, which the tokenizer sets apart only in an amount's shape):
/// the currency and the tokens it takes.
pub(super) fn prefixed_currency(
    toks: &[Token],
    at: usize,
    default: Currency,
) -> Option<(Currency, usize)> {
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
            "j" | "jm" => "JMD",
            "tt" => "TTD",
            // The Fiji and Guyana dollars (round S55): "FJ$ 1.2m", "G$48M".
            "fj" => "FJD",
            "g" => "GYD",
            // The Namibian and Bahamian dollars (round S56): "N$ 1.45m", "B$ 340,000".
            "n" => "NAD",
            "b" => "BSD",
            // The Samoan tala (round S57): "WS$12,500".
            "ws" => "WST",
            // The Belize dollar (round S58): "BZ$62,000".
            "bz" => "BZD",
            // The Barbados and Liberian dollars (round S61): "Bds$385,000", "L$ 850,000".
            "bds" | "bd" => "BBD",
            "l" | "ld" => "LRD",
            // The Eastern Caribbean dollar (round S64): "EC$186,000".
            "ec" => "XCD",
            "r" => "BRL",
            // "CAD$", "AUD$": the code with the symbol.
            w if w.len() == 3 => w,
            _ => return None,
        };
        return Some((Currency::from_code(code)?, 2));
    }
    // The cedi's sign after "GH" ("GH₵ 480,000", "GH¢30,000": Ghanaian writers put the cent
    // sign for it).
    if first.lower == "gh" && next.attached && (next.is_sym("₵") || next.is_sym("¢")) {
        return Some((Currency::from_code("GHS")?, 2));
    }
    if first.lower == "n" && next.kind == TokKind::Num && next.attached {
        return Some((Currency::from_code("NGN")?, 1));
    }
    // The peso's `P`, set apart by the tokenizer only in an amount's shape (`P4.8M`); the
    // pula's where the tenant counts in pula (round S58: "P85k", and apart, "P 610k").
    if first.lower == "p" && first.capital && next.kind == TokKind::Num {
        if default.code() == "BWP" {
            return Some((default, 1));
        }
        if next.attached {
            return Some((Currency::from_code("PHP")?, 1));
        }
    }
    (first.lower == "r" && next.kind == TokKind::Num)
        .then(|| Some((Currency::from_code("ZAR")?, 1)))?
}

/// The Kenyan shilling's own abbreviation before a number (`Ksh 48M`, `KShs 850,000`), and
/// a bare `Sh` where the tenant counts in shillings (elsewhere it is a word); the dirham's
/// `Dhs` (`Dhs 400,000`), and a bare `Dh` where the tenant counts in dirhams; the rupiah's
/// `Rp` (`Rp 450 juta`), and the lira's `TL` where the tenant counts in lira (elsewhere a
/// team lead).
pub(super) fn abbreviated_currency_before(
    toks: &[Token],
    at: usize,
    default: Currency,
) -> Option<Currency> {
    let word = toks.get(at).filter(|t| t.kind == TokKind::Word)?;
    toks.get(at + 1).filter(|t| t.kind == TokKind::Num)?;
    let kes = Currency::from_code("KES")?;
    let aed = Currency::from_code("AED")?;
    match word.lower.as_str() {
        "ksh" | "kshs" => Some(kes),
        "sh" | "shs" if default == kes => Some(kes),
        // The Uganda shilling's own ("UShs 3.5m", "Ush 800k"), and a bare "Shs" where the
        // tenant counts in them (round S53).
        "ush" | "ushs" | "ugshs" => Currency::from_code("UGX"),
        "sh" | "shs" if uganda(default) => Some(default),
        // The Tanzanian shilling's own ("TSh 38,500,000", "Tsh 7.4m", "TShs 900,000"), and a
        // bare "Shs" where the tenant counts in them (round S54).
        "tsh" | "tshs" => Currency::from_code("TZS"),
        "sh" | "shs" if tanzania(default) => Some(default),
        "dhs" => Some(aed),
        "dh" if default == aed => Some(aed),
        "rp" => Currency::from_code("IDR"),
        // The ringgit's "RM" (`RM 450,000`, `RM1.2m`), in capitals where the tenant counts
        // in ringgit (elsewhere a room, or risk management).
        "rm" if word.caps && default.code() == "MYR" => Some(default),
        "tl" if default.code() == "TRY" => Some(default),
        // The kina's "K" (`K65k`, `K 98,000`), a capital, where the tenant counts in kina
        // (round S55); elsewhere a letter ("K12").
        "k" if word.capital && default.code() == "PGK" => Some(default),
        // The Malawi kwacha's "MK" (`MK 186,000,000`, `MK12.5m`) and capital "K" (`K8.4m`),
        // and the Seychelles rupee's "SR" (`SR 380k`), where the tenant counts in them
        // (round S59); elsewhere a model's mark, a letter or a senior.
        "mk" | "k" if (word.capital || word.lower == "mk") && default.code() == "MWK" => {
            Some(default)
        }
        "sr" if default.code() == "SCR" => Some(default),
        // The Zambian kwacha's capital "K" (`K186,000`) and the Lesotho loti's capital "M"
        // (`M385,000`, `M 96,000`), where the tenant counts in them (round S60); elsewhere a
        // letter, a road or a size.
        "k" if word.capital && default.code() == "ZMW" => Some(default),
        "m" if word.capital && default.code() == "LSL" => Some(default),
        // The Gambian dalasi's capital "D" (`D1,850,000`, `D3.1m`, `D 96,000`), where the
        // tenant counts in dalasis (round S65); elsewhere a letter or a grade.
        "d" if word.capital && default.code() == "GMD" => Some(default),
        // The Liberian dollar's "LD" (`LD 3,500`, `LD 4.2 million`), in capitals where the
        // tenant counts in US or Liberian dollars, and the vatu's "VT" (`VT 14,800,000`,
        // `VT 1.1m`) where the tenant counts in vatu (round S61); elsewhere a state or a size.
        "ld" if word.caps && matches!(default.code(), "USD" | "LRD") => Currency::from_code("LRD"),
        "vt" if default.code() == "VUV" => Some(default),
        // The taka's "Tk" (`Tk 9,60,000`, `Tk 1.85 crore`), in small letters only where the
        // tenant counts in taka (round S62).
        "tk" if word.capital || default.code() == "BDT" => Currency::from_code("BDT"),
        // The new leone's "NLe" (`NLe 1,850,000`) anywhere, and its "Le" (`Le 480,000`) where
        // the tenant counts in leones (round S63); elsewhere a French article.
        "nle" => Currency::from_code("SLE"),
        "le" if default.code() == "SLE" => Some(default),
        // The CFA franc's "FCFA" (`FCFA 31 000 000`) anywhere, and "frs" where the tenant
        // counts in CFA francs (round S66).
        "fcfa" => Currency::from_code("XAF"),
        "frs" if default.code() == "XAF" => Some(default),
        _ => None,
    }
}

pub(super) fn code_currency(t: &Token, default: Currency) -> Option<Currency> {
    if t.kind != TokKind::Word {
        return None;
    }
    match t.lower.as_str() {
        "pounds" | "pound" | "quid" | "sterling" => Some(Currency::GBP),
        "dollars" | "dollar" | "bucks" => Some(dollar(default)),
        "euros" | "euro" => Some(Currency::EUR),
        "rand" | "rands" => Currency::from_code("ZAR"),
        "rupees" | "rupee" => rupee(default),
        "ringgit" => Currency::from_code("MYR"),
        // The dalasi, said after a figure anywhere (round S65: "450,000 dalasis").
        "dalasi" | "dalasis" => Currency::from_code("GMD"),
        // The tala where the tenant counts in it (round S57; elsewhere the word is a name).
        "tala" if default.code() == "WST" => Some(default),
        // The pula where the tenant counts in it (round S58; elsewhere rain, or a cheer).
        "pula" if default.code() == "BWP" => Some(default),
        // The kwacha where the tenant counts in it (round S59).
        "kwacha" if matches!(default.code(), "MWK" | "ZMW") => Some(default),
        // The loti by its names where the tenant counts in it (round S60).
        "maloti" | "loti" if default.code() == "LSL" => Some(default),
        // The vatu by its name where the tenant counts in it (round S61).
        "vatu" if default.code() == "VUV" => Some(default),
        // The Rwandan franc's own mark after a figure ("86,000,000 Frw", "320M Frw"), and the
        // taka by its name (round S62).
        "frw" => Currency::from_code("RWF"),
        "taka" => Currency::from_code("BDT"),
        // The CFA franc's "FCFA" after a figure anywhere ("45 000 000 FCFA"), and "CFA",
        // "frs" and "francs" where the tenant counts in CFA francs (round S66: "1 800 000
        // frs"); elsewhere "CFA" is a charterholder and francs are Swiss or Rwandan.
        "fcfa" => Currency::from_code("XAF"),
        "cfa" | "frs" | "francs" | "franc" if default.code() == "XAF" => Some(default),
        "yen" | "円" => Currency::from_code("JPY"),
        // Shillings are Kenya's, but a Ugandan tenant's own (round S53).
        "shillings" | "shilling" if uganda(default) || tanzania(default) => Some(default),
        "shillings" | "shilling" => Currency::from_code("KES"),
        "naira" => Currency::from_code("NGN"),
        "reais" => Currency::from_code("BRL"),
        "dirhams" | "dirham" => Currency::from_code("AED"),
        "rupiah" => Currency::from_code("IDR"),
        // The Ghana cedi by name, and its old code ("GHC"), still written for it.
        "cedis" | "cedi" | "ghc" => Currency::from_code("GHS"),
        // The renminbi's name written as a code ("RMB 650,000", "180,000 RMB"), and the
        // yuan said after the figure.
        "rmb" | "renminbi" | "yuan" => Currency::from_code("CNY"),
        "lira" | "liras" | "tl" => Currency::from_code("TRY"),
        // Pesos are the Philippine tenant's own; which peso is not written.
        "pesos" | "peso" if default.code() == "PHP" => Some(default),
        // "try" is the verb unless written as the lira's code.
        "try" if !t.caps => None,
        "zł" | "zl" | "złoty" | "zloty" | "złotych" | "zlotych" => Currency::from_code("PLN"),
        // "kr" is the krone of a tenant that counts in kroner; which one is not written.
        "kr" | "kroner" | "kronor" if krone(default) => Some(default),
        // The Icelandic króna by its own name, in any of its cases (round S54).
        "króna" | "krónur" | "krónum" | "krónu" | "kronur" => Currency::from_code("ISK"),
        // Kenyan slang for shillings ("2.1M bob"), only where the tenant counts in them.
        "bob" if default.code() == "KES" => Some(default),
        w if w.len() == 3 => Currency::from_code(w),
        _ => None,
    }
}

/// "pounds" after a number where the tenant counts in US or Canadian dollars: a weight
/// ("1.1 million pounds through the line", "240 pounds heavy"), as North American writers
/// weigh fish, lumber and loads; sterling there is written "£" or "quid".
pub(super) fn weight_in_pounds(t: &Token, default: Currency) -> bool {
    matches!(t.lower.as_str(), "pounds" | "pound" | "lbs" | "lb")
        && matches!(default.code(), "USD" | "CAD")
}

/// Whether the tenant counts in Uganda shillings.
pub(super) fn uganda(c: Currency) -> bool {
    c.code() == "UGX"
}

/// Whether the tenant counts in Tanzanian shillings.
pub(super) fn tanzania(c: Currency) -> bool {
    c.code() == "TZS"
}

/// "48,500,000/=": the "/=" East African writers close a whole figure of shillings with,
/// where the tenant counts in Kenyan or Uganda shillings (round S53).
pub(super) fn shillings_closed(toks: &[Token], at: usize, default: Currency) -> bool {
    matches!(default.code(), "UGX" | "KES" | "TZS")
        && toks.get(at).is_some_and(|t| t.is_sym("/") && t.attached)
        && toks
            .get(at + 1)
            .is_some_and(|t| t.is_sym("=") && t.attached)
}

/// "185 t.kr.", "240 tkr.": the thousand kroner of Danish (and Faroese) accounts, in the
/// tenant's kroner where it counts in kroner, elsewhere the Danish krone (round S53); and
/// "7,2 m.kr.", the million krónur of Icelandic accounts (round S54), in the tenant's
/// kroner, elsewhere the króna. With the power of ten each stands for.
pub(super) fn thousand_kroner(t: &Token, default: Currency) -> Option<(u32, Currency)> {
    if t.kind != TokKind::Word {
        return None;
    }
    let (power, elsewhere) = match t.lower.as_str() {
        "t.kr" | "tkr" => (3, "DKK"),
        "m.kr" => (6, "ISK"),
        _ => return None,
    };
    if krone(default) {
        Some((power, default))
    } else {
        Some((power, Currency::from_code(elsewhere)?))
    }
}

/// Whether the tenant counts in one of the Nordic kroner (the Icelandic króna since round
/// S54).
pub(super) fn krone(c: Currency) -> bool {
    matches!(c.code(), "NOK" | "SEK" | "DKK" | "ISK")
}

/// A currency code with a multiplier written onto its front, as Nordic and German finance
/// writes them ("MNOK 12", "1,8 MSEK" for millions, "850 TSEK", "kEUR" for thousands).
pub(super) fn scaled_code(t: &Token) -> Option<(u32, Currency)> {
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
pub(super) fn multiplier(w: &str) -> Option<u32> {
    match w {
        "k" | "thousand" | "grand" | "thou" => Some(3),
        // "Mio." and "Mrd." as German and Dutch writers abbreviate them.
        // "mill." as Nordic writers abbreviate it, "mln" as Polish ones do.
        "m" | "mm" | "mn" | "mil" | "mill" | "mln" | "million" | "millions" | "mio" => Some(6),
        // "DKK 3,6 mió.": the Faroese million written short (round S53).
        "mió" => Some(6),
        // "12,4 millj. kr.", "3,1 milljón", "4 milljónir": the Icelandic million (round S54).
        "millj" | "milljón" | "milljónir" | "milljónum" | "miljón" => Some(6),
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
pub(super) fn multiplier_in(w: &str, currency: Currency) -> Option<u32> {
    if w == "mil" && currency.code() == "BRL" {
        return Some(3);
    }
    // In yuan "w" is the wan, ten thousand, as Chinese writers abbreviate 万 ("35w");
    // elsewhere "35w" is a wattage.
    if matches!(w, "w" | "wan" | "万") && currency.code() == "CNY" {
        return Some(4);
    }
    // In Zambian kwacha "pin" is the thousand ("35 pin each", round S60); elsewhere a word.
    if w == "pin" && currency.code() == "ZMW" {
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
pub(super) fn indian_multiplier(w: &str, rupees: bool) -> Option<u32> {
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
pub(super) fn japanese_multiplier(w: &str) -> Option<(u32, bool)> {
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
pub(super) fn indian_grouped(num: &str) -> bool {
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
pub(super) fn shift_decimal(num: &str, places: usize) -> String {
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
