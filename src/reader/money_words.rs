//! Amounts of money as people write them in a sentence: `£250k`, `250K GBP`, `$1.2m`,
//! `1.2 million pounds`, `a quarter of a million`, `50 grand`, with `a year` / `p.a.` /
//! `per month` (annualised ×12), and the continental forms (`1,2 Mio. €`, `€180.000`).
//! Compact forms go through [`Money::parse`]; worded forms here.

use super::tokens::{TokKind, Token, WordTable};
use crate::money::{Currency, Money};
use std::sync::OnceLock;

mod amount_at;
mod finding;
mod lengths;
mod mentions_and_currencies;
mod number_words;
mod spoken_numbers;

use self::amount_at::*;
pub use self::finding::*;
pub use self::mentions_and_currencies::*;
pub(super) use self::number_words::*;
pub(super) use self::spoken_numbers::and_in_spoken_number;
use self::spoken_numbers::*;

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
    fn a_plain_figure_grouped_in_thousands_listed_before_an_amount_is_money() {
        // "6,200" ends a listed item whose sibling is an amount: it is one too.
        let all = |text: &str| -> Vec<i64> {
            let toks = tokenize(text);
            find_money(&toks, Currency::USD)
                .iter()
                .map(|m| m.money.minor)
                .collect()
        };
        assert_eq!(
            all("dana ok'd 2 things: mfa hardware tokens for the techs 6,200 and the file server cloud migration 70k"),
            vec![620_000, 7_000_000]
        );
        assert_eq!(
            all("approved the scanners 1,500, the kiosk refit 40k"),
            vec![150_000, 4_000_000]
        );
        // Counted things stay counts, and a figure with no sibling amount is no money.
        assert_eq!(
            all("we have 6,200 users and a renewal at 70k"),
            vec![7_000_000]
        );
        assert_eq!(all("the van did 6,200 miles and cost 70k"), vec![7_000_000]);
        assert_eq!(
            all("the techs logged 6,200 and closed the quarter"),
            Vec::<i64>::new()
        );
        // The item cut from its list ends on its figure, in a sentence that approved it.
        assert_eq!(
            all("dana ok'd 2 things: mfa tokens for the techs 6,200"),
            vec![620_000]
        );
        assert_eq!(
            all("dana ok'd 2 things: mfa tokens for the techs 6,200 and"),
            vec![620_000]
        );
        assert_eq!(all("the techs logged 6,200"), Vec::<i64>::new());
        assert_eq!(all("approved. the techs logged 6,200"), Vec::<i64>::new());
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
