//! Reading one amount at a token: its currency, number, multiplier and range.

use super::*;

/// A number in figures, or a word that starts one in words: every amount has one, at most
/// two tokens after where it starts (see [`amount_at`]).
fn a_number(t: &Token) -> bool {
    t.kind == TokKind::Num || starts_a_worded_number(t)
}

/// The first place at or after `from` whose token is [`a_number`], or `toks.len()`. The
/// scans for amounts skip to two tokens before it: [`amount_at`] finds nothing earlier.
pub(super) fn next_number(toks: &[Token], from: usize) -> usize {
    toks.get(from..)
        .and_then(|rest| rest.iter().position(a_number))
        .map_or(toks.len(), |k| from + k)
}

pub(super) fn amount_at(
    toks: &[Token],
    at: usize,
    default: Currency,
    bare: Currency,
) -> Option<MoneyMention> {
    // An amount's number (in figures or words) comes at most two tokens in, after its
    // currency: most places of a message have none that close, and are turned away before
    // the currencies are tried. `worded` turns away the same first words.
    let near = toks.get(at..).unwrap_or_default();
    let number_near = near[..near.len().min(3)].iter().any(a_number);
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
    } else if let Some((c, used)) = prefixed_currency(toks, i, default) {
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
        currency = rupee(default);
        i += if toks[i + 1].is_sym(".") { 2 } else { 1 };
    } else if first.kind == TokKind::Word
        && first.lower.len() == 3
        && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Num)
    {
        // "try 2 vendors" is the verb; the lira's code is written in capitals.
        let code = Currency::from_code(&first.lower)
            .filter(|_| first.lower != "try" || first.caps)
            .or_else(|| match first.lower.as_str() {
                "rmb" => Currency::from_code("CNY"),
                // The cedi's old code, still written for it.
                "ghc" => Currency::from_code("GHS"),
                _ => None,
            });
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
    let rupees = matches!(currency.unwrap_or(bare).code(), "INR" | "PKR" | "LKR");
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
        } else if let Some((p, c)) = toks
            .get(i)
            .and_then(|t| thousand_kroner(t, default))
            .filter(|(_, c)| currency.is_none_or(|have| have == *c))
        {
            // "185 t.kr.": thousands of kroner; "7,2 m.kr.": millions of krónur.
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
            // "38 mm overnight", "the 63 mm pipe": "mm" set apart in lower case with no
            // currency written is millimetres ("1.4mm", "$2 mm", "2 MM" stay millions).
            let millimetres =
                t.lower == "mm" && !t.attached && !t.caps && currency.is_none() && !symbol_on;
            // "15 mil euros", "80 mil reais": the thousand Portuguese and Spanish writers say.
            let thousand_said = t.lower == "mil"
                && toks.get(i + 1).is_some_and(|n| {
                    matches!(n.lower.as_str(), "euros" | "euro" | "reais" | "real")
                });
            (t.kind == TokKind::Word
                && !millimetres
                && (t.attached || t.lower.len() > 1 || currency.is_some() || t.caps || symbol_on))
                .then(|| {
                    if thousand_said {
                        Some(3)
                    } else {
                        multiplier_in(&t.lower, currency.unwrap_or(bare))
                    }
                })
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
    // "1.1 million pounds through the line" where the tenant counts in dollars: a weight.
    if currency.is_none() && toks.get(i).is_some_and(|t| weight_in_pounds(t, default)) {
        return None;
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
    // "48,500,000/=": a whole figure of the tenant's shillings.
    if currency.is_none() && numeric.is_some() && shillings_closed(toks, i, default) {
        currency = Some(default);
        i += 2;
    }
    if currency.is_none() {
        // A bare number is money only with a multiplier, or grouped in thousands straight
        // after an approval ("approved 200,000 for …"), and not a count of things.
        if power == 0
            && worded_value.is_none()
            && !approved_plain(toks, at, i)
            && !per_period_plain(toks, at, i)
            && !listed_before_an_amount(toks, at, i, default, bare)
            && !priced_plain(toks, at, i)
        {
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
        // "the H-2B crew", "an F-550", "H-1B visas": letters, a hyphen and a figure written
        // together are a code (a visa class, a model), not money.
        if at >= 2
            && toks[at].attached
            && toks[at - 1].is_sym("-")
            && toks[at - 1].attached
            && toks[at - 2].kind == TokKind::Word
        {
            return None;
        }
        // "2,500m of corridor": thousands of metres; nobody writes billions that way
        // without a currency. "11.5M" is eleven and a half million: its decimals are no
        // thousands (round S43).
        let metres = power == 6
            && toks.get(i - 1).is_some_and(|t| t.is("m") && t.attached)
            && numeric
                .as_deref()
                .is_some_and(|n| n.contains(',') || whole_digits(n) >= 4);
        if metres || (power == 6 && lengths::metres_of_a_size(toks, at, i)) {
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
        // The number and its suffix in the number's own buffer, not a `format!`.
        let mut figure = num;
        figure.push_str(suffix);
        Money::parse(&figure, currency).ok()?
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

/// The digits of a figure before its decimals ("11.5" has two, "2500" four); a dot with
/// three digits after it groups thousands ("2.500", as the continent writes it).
fn whole_digits(n: &str) -> usize {
    match n.split_once('.') {
        Some((whole, decimals)) if decimals.len() < 3 => whole.len(),
        _ => n.len(),
    }
}
