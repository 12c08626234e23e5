//! Money as an integer count of minor units with its currency, and the parser for the ways
//! people write amounts (`£250k`, `€1,250.50`, `250000 GBP`, `1.5bn`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// An ISO 4217 currency the bot knows, with its symbol and minor-unit exponent.
#[derive(Debug, Clone, Copy, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(&'static CurrencyInfo);

/// Two currencies are the same when their codes are; nearly always they are the very same
/// table entry, which is checked first (a digest compares currencies hundreds of
/// thousands of times).
impl PartialEq for Currency {
    fn eq(&self, other: &Currency) -> bool {
        std::ptr::eq(self.0, other.0) || self.0.code == other.0.code
    }
}

impl std::hash::Hash for Currency {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CurrencyInfo {
    code: &'static str,
    symbol: &'static str,
    exponent: u32,
}

const CURRENCIES: &[CurrencyInfo] = &[
    CurrencyInfo {
        code: "GBP",
        symbol: "£",
        exponent: 2,
    },
    CurrencyInfo {
        code: "USD",
        symbol: "$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "EUR",
        symbol: "€",
        exponent: 2,
    },
    CurrencyInfo {
        code: "JPY",
        symbol: "¥",
        exponent: 0,
    },
    CurrencyInfo {
        code: "CHF",
        symbol: "CHF ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "CAD",
        symbol: "CA$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "AUD",
        symbol: "A$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "NZD",
        symbol: "NZ$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "SEK",
        symbol: "SEK ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "NOK",
        symbol: "NOK ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "DKK",
        symbol: "DKK ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "PLN",
        symbol: "PLN ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "INR",
        symbol: "₹",
        exponent: 2,
    },
    CurrencyInfo {
        code: "CNY",
        symbol: "CN¥",
        exponent: 2,
    },
    CurrencyInfo {
        code: "SGD",
        symbol: "S$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "HKD",
        symbol: "HK$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "ZAR",
        symbol: "R ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "KES",
        symbol: "KSh ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "NGN",
        symbol: "₦",
        exponent: 2,
    },
    CurrencyInfo {
        code: "BRL",
        symbol: "R$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "AED",
        symbol: "AED ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "IDR",
        symbol: "Rp ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "TRY",
        symbol: "₺",
        exponent: 2,
    },
    CurrencyInfo {
        code: "PHP",
        symbol: "₱",
        exponent: 2,
    },
    CurrencyInfo {
        code: "JMD",
        symbol: "J$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "TTD",
        symbol: "TT$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "GHS",
        symbol: "GH₵",
        exponent: 2,
    },
    CurrencyInfo {
        code: "MYR",
        symbol: "RM ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "PKR",
        symbol: "Rs ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "LKR",
        symbol: "Rs ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "UGX",
        symbol: "USh ",
        exponent: 0,
    },
    // The Tanzanian shilling and the Icelandic króna (round S54).
    CurrencyInfo {
        code: "TZS",
        symbol: "TSh ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "ISK",
        symbol: "kr ",
        exponent: 0,
    },
    // The Fiji dollar, the Guyana dollar and the Papua New Guinea kina (round S55).
    CurrencyInfo {
        code: "FJD",
        symbol: "FJ$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "GYD",
        symbol: "G$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "PGK",
        symbol: "K ",
        exponent: 2,
    },
    // The Namibian and the Bahamian dollars (round S56).
    CurrencyInfo {
        code: "NAD",
        symbol: "N$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "BSD",
        symbol: "B$",
        exponent: 2,
    },
    // The Mauritian rupee and the Samoan tala (round S57).
    CurrencyInfo {
        code: "MUR",
        symbol: "Rs ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "WST",
        symbol: "WS$",
        exponent: 2,
    },
    // The Botswana pula and the Belize dollar (round S58).
    CurrencyInfo {
        code: "BWP",
        symbol: "P ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "BZD",
        symbol: "BZ$",
        exponent: 2,
    },
    // The Malawi kwacha and the Seychelles rupee (round S59).
    CurrencyInfo {
        code: "MWK",
        symbol: "MK ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "SCR",
        symbol: "SR ",
        exponent: 2,
    },
    // The Zambian kwacha and the Lesotho loti (round S60).
    CurrencyInfo {
        code: "ZMW",
        symbol: "ZK ",
        exponent: 2,
    },
    CurrencyInfo {
        code: "LSL",
        symbol: "M ",
        exponent: 2,
    },
    // The Liberian dollar, the Vanuatu vatu and the Barbados dollar (round S61).
    CurrencyInfo {
        code: "LRD",
        symbol: "L$",
        exponent: 2,
    },
    CurrencyInfo {
        code: "VUV",
        symbol: "VT ",
        exponent: 0,
    },
    CurrencyInfo {
        code: "BBD",
        symbol: "Bds$",
        exponent: 2,
    },
    // The Rwandan franc (no minor unit in use) and the Bangladeshi taka (round S62).
    CurrencyInfo {
        code: "RWF",
        symbol: "FRw ",
        exponent: 0,
    },
    CurrencyInfo {
        code: "BDT",
        symbol: "৳",
        exponent: 2,
    },
    // The Sierra Leone leone, redenominated in 2022 (round S63).
    CurrencyInfo {
        code: "SLE",
        symbol: "Le ",
        exponent: 2,
    },
    // The Eastern Caribbean dollar (round S64).
    CurrencyInfo {
        code: "XCD",
        symbol: "EC$",
        exponent: 2,
    },
    // The Gambian dalasi, written "D" before the figure (round S65).
    CurrencyInfo {
        code: "GMD",
        symbol: "D",
        exponent: 2,
    },
    // The Central African CFA franc (no minor unit in use), written "FCFA" or "frs" (round S66).
    CurrencyInfo {
        code: "XAF",
        symbol: "FCFA ",
        exponent: 0,
    },
];

/// Three bytes as one number (every known code is three ASCII capitals).
const fn packed_code(code: &[u8]) -> u32 {
    (code[0] as u32) | (code[1] as u32) << 8 | (code[2] as u32) << 16
}

/// Each known currency's code as [`packed_code`] makes it, in the table's order.
const PACKED_CODES: [u32; CURRENCIES.len()] = {
    let mut out = [0; CURRENCIES.len()];
    let mut k = 0;
    while k < CURRENCIES.len() {
        let code = CURRENCIES[k].code.as_bytes();
        assert!(code.len() == 3 && code[0].is_ascii_uppercase());
        assert!(code[1].is_ascii_uppercase() && code[2].is_ascii_uppercase());
        out[k] = packed_code(code);
        k += 1;
    }
    out
};

impl Currency {
    pub const GBP: Currency = Currency(&CURRENCIES[0]);
    pub const USD: Currency = Currency(&CURRENCIES[1]);
    pub const EUR: Currency = Currency(&CURRENCIES[2]);

    pub fn code(self) -> &'static str {
        self.0.code
    }
    pub fn symbol(self) -> &'static str {
        self.0.symbol
    }
    /// Digits after the decimal point (2 for pence, 0 for yen).
    pub fn exponent(self) -> u32 {
        self.0.exponent
    }
    /// The currency of a code, in any ASCII case. A digest looks one up for every amount
    /// it shows (hundreds of thousands), so the code is compared as one number with each
    /// known code's, made once.
    pub fn from_code(code: &str) -> Option<Currency> {
        let &[a, b, c] = code.as_bytes() else {
            return None;
        };
        let key = packed_code(&[a, b, c].map(|b| b.to_ascii_uppercase()));
        PACKED_CODES
            .iter()
            .position(|&k| k == key)
            .map(|k| Currency(&CURRENCIES[k]))
    }
    fn from_symbol(symbol: char) -> Option<Currency> {
        match symbol {
            '£' => Some(Currency::GBP),
            '$' => Some(Currency::USD),
            '€' => Some(Currency::EUR),
            '¥' => Currency::from_code("JPY"),
            '₹' => Currency::from_code("INR"),
            '₦' => Currency::from_code("NGN"),
            '₺' => Currency::from_code("TRY"),
            '₱' => Currency::from_code("PHP"),
            '₵' => Currency::from_code("GHS"),
            '৳' => Currency::from_code("BDT"),
            _ => None,
        }
    }
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        CURRENCIES.iter().map(|c| c.code)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s.trim()).ok_or_else(|| MoneyError::UnknownCurrency(s.trim().into()))
    }
}

impl TryFrom<String> for Currency {
    type Error = MoneyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_string()
    }
}

/// An amount of money: integer minor units (pence, cents) and a currency. Never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// The largest amount one record may hold, in minor units (£10 trillion in pence). Totals
/// are summed in `i128`, so no number of records at this cap can overflow one.
pub const MAX_MINOR: i64 = 1_000_000_000_000_000;

/// The forms an amount may take, shown in every money error.
pub const MONEY_FORMS: &str =
    "£250k, £1.2m, $900, €1,250.50, 250000 GBP or 1.5bn (a positive amount, at most the currency's minor unit)";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("'{0}' is not an amount of money. Write it like {MONEY_FORMS}.")]
    NotAnAmount(String),
    #[error("'{0}' is negative; amounts are positive. Write it like {MONEY_FORMS}.")]
    Negative(String),
    #[error("'{0}' is zero; give a positive amount.")]
    Zero(String),
    #[error("'{input}' has more decimal places than {currency} allows ({places}). Write it like {MONEY_FORMS}.")]
    TooPrecise {
        input: String,
        currency: Currency,
        places: u32,
    },
    #[error("'{0}' is not a currency the bot knows. Use a symbol (£ $ € ¥ ₹) or one of: {codes}.", codes = Currency::known_codes().collect::<Vec<_>>().join(", "))]
    UnknownCurrency(String),
    #[error("'{0}' is too large an amount; the most one record can hold is 1,000,000,000,000,000 minor units (10 trillion pounds, dollars or euros).")]
    TooLarge(String),
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Money { minor: 0, currency }
    }

    /// Parses an amount; currency symbol or code optional (`default` applies when absent).
    /// Zero is allowed here; callers that need a positive amount use [`Money::parse_positive`].
    pub fn parse(input: &str, default: Currency) -> Result<Money, MoneyError> {
        parse_money(input, default)
    }

    pub fn parse_positive(input: &str, default: Currency) -> Result<Money, MoneyError> {
        let m = parse_money(input, default)?;
        if m.minor == 0 {
            return Err(MoneyError::Zero(input.trim().to_string()));
        }
        Ok(m)
    }

    /// Parses an annual amount: `£20k/yr`, `£20k pa`, `£2k/month` (×12), or a bare amount
    /// taken as per year.
    pub fn parse_annual(input: &str, default: Currency) -> Result<Money, MoneyError> {
        let lower = input.trim().to_lowercase();
        const YEARLY: &[&str] = &[
            "/yr", "/year", "/y", "/annum", "per year", "a year", "p.a.", "pa", "/a", "annually",
        ];
        const MONTHLY: &[&str] = &["/mo", "/month", "per month", "a month", "pcm", "/m"];
        for suffix in MONTHLY {
            if let Some(body) = lower.strip_suffix(suffix) {
                let m = parse_money(&input.trim()[..body.len()], default)?;
                // A monthly amount at the cap would pass it once made yearly.
                let minor = m
                    .minor
                    .checked_mul(12)
                    .filter(|v| *v <= MAX_MINOR)
                    .ok_or_else(|| MoneyError::TooLarge(input.trim().to_string()))?;
                return Ok(Money::new(minor, m.currency));
            }
        }
        for suffix in YEARLY {
            if let Some(body) = lower.strip_suffix(suffix) {
                return parse_money(&input.trim()[..body.len()], default);
            }
        }
        parse_money(input, default)
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.minor.checked_add(other.minor)?,
            self.currency,
        ))
    }

    /// Exact display: `£1,250.50`, `£250,000`.
    pub fn exact(&self) -> String {
        format_minor(self.minor, self.currency, false)
    }

    /// Whole units for reading at a glance: `£250,001`.
    pub fn whole(&self) -> String {
        format_minor(self.minor, self.currency, true)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.exact())
    }
}

mod format;
mod parse;

pub use format::{format_minor, push_minor};
use parse::parse_money;

#[cfg(test)]
mod tests;
