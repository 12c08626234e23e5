//! A form's amount fields as a number beside a currency list, for platforms that draw
//! number inputs: the currencies to offer (the workspace's default first, then those with a
//! configured rate, then the rest the grammar knows), and an initial amount split into its
//! number and currency. An initial value a number cannot hold (words, a one-off cost with a
//! period) keeps the field a text input, so nothing typed is dropped; a monthly amount on a
//! yearly field shows as the yearly figure the record would hold. The number's placeholder
//! and the field's hint name the same amount, in the workspace's currency.

use super::Service;
use crate::money::{Currency, Money};
use valuebridge_chat::declaration::{CommandDecl, Piece, Style};
use valuebridge_chat::{AmountNumber, FieldKind, Form};

impl Service {
    /// Fills in how each amount field of `form` (of the command `decl`) is drawn as a number.
    pub(super) fn with_amount_numbers(&self, decl: &CommandDecl, form: &mut Form) {
        let currencies = self.form_currencies();
        for field in &mut form.fields {
            if !matches!(field.kind, FieldKind::Amount { .. }) {
                continue;
            }
            let per_year = is_per_year(decl, &field.name);
            // The declared hint ("e.g. £250k") is what the person reads; the number input's
            // placeholder says the same amount, and both say it in the workspace's currency,
            // which is what a bare number is read as.
            let hinted = field
                .hint
                .strip_prefix("e.g. ")
                .and_then(|text| Some((text.to_string(), self.read_amount(text, per_year)?)));
            if let Some((text, m)) = &hinted {
                if m.currency != self.currency {
                    if let Some(rest) = text.strip_prefix(m.currency.symbol()) {
                        field.hint = format!("e.g. {}{rest}", self.currency.symbol());
                    }
                }
            }
            let initial = match field.initial.as_deref() {
                None => None,
                Some(text) => match self.read_amount(text, per_year) {
                    Some(m) => Some(m),
                    None => continue,
                },
            };
            let hint = hinted
                .map(|(_, m)| m)
                .or_else(|| {
                    decl.field(&field.name)
                        .and_then(|f| self.read_amount(f.example, per_year))
                })
                .map(|m| format!("e.g. {}", number_of(m)))
                .unwrap_or_default();
            field.kind = FieldKind::Amount {
                number: Some(AmountNumber {
                    currencies: currencies.clone(),
                    currency: initial
                        .map_or(self.currency, |m| m.currency)
                        .code()
                        .to_string(),
                    initial: initial.map(number_of),
                    hint,
                }),
            };
        }
    }

    /// The currencies an amount may be chosen in: the default, those the digest can convert
    /// (a configured rate), then every other the grammar reads. Slack lists up to 100.
    fn form_currencies(&self) -> Vec<String> {
        let mut out = vec![self.currency.code().to_string()];
        let rated = self.config.fx_rates().unwrap_or_default();
        let codes = rated
            .iter()
            .map(|(c, _)| c.code())
            .chain(Currency::known_codes());
        for code in codes {
            if !out.iter().any(|c| c == code) {
                out.push(code.to_string());
            }
        }
        out
    }

    /// An amount as the grammar reads it in this field: a yearly field also takes `/yr`.
    fn read_amount(&self, text: &str, per_year: bool) -> Option<Money> {
        if per_year {
            Money::parse_annual(text, self.currency).ok()
        } else {
            Money::parse(text, self.currency).ok()
        }
    }
}

/// True when the declaration writes the field as a yearly amount.
fn is_per_year(decl: &CommandDecl, name: &str) -> bool {
    decl.line
        .iter()
        .any(|p| matches!(p, Piece::Field { field, style: Style::PerYear, .. } if *field == name))
}

/// An amount as a plain number in whole units: `250000`, `1250.50`, `1500000` (yen).
fn number_of(m: Money) -> String {
    let exponent = m.currency.exponent();
    let scale = 10i64.pow(exponent);
    let (units, fraction) = (m.minor / scale, m.minor % scale);
    if fraction == 0 {
        units.to_string()
    } else {
        format!("{units}.{fraction:0width$}", width = exponent as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_whole_units_without_grouping() {
        let gbp = |minor| number_of(Money::new(minor, Currency::GBP));
        assert_eq!(gbp(25_000_000), "250000");
        assert_eq!(gbp(125_050), "1250.50");
        assert_eq!(gbp(5), "0.05");
        let yen = Money::parse("¥1,500,000", Currency::GBP).unwrap();
        assert_eq!(number_of(yen), "1500000");
    }
}
