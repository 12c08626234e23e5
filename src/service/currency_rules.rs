//! Money in a currency the digest cannot put into the base currency: said when it is
//! logged, converted at the configured rate against an investment in another currency, or
//! refused with how to set the rate.

use super::error::{user, Failure};
use super::Service;
use crate::digest::DigestSettings;
use crate::domain::Investment;
use crate::money::{format_minor, Currency, Money};

fn settings(s: &Service) -> Result<DigestSettings, Failure> {
    DigestSettings::from_config(s.config()).map_err(|e| Failure::Internal(e.into()))
}

/// `0.79` from 790,000 millionths.
fn rate_text(micro: i64) -> String {
    let s = format!("{}.{:06}", micro / 1_000_000, micro % 1_000_000);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn how_to_set(c: Currency, base: Currency) -> String {
    format!(
        "set `fx.{c}` in the configuration (`[fx]` `{c} = \"0.79\"`, or the variable `VALUEBRIDGE_FX__{c}`): what one {c} is worth in {base}"
    )
}

/// A note for a record whose amount is in a currency without a rate: the digest will
/// leave it out of its totals until one is set.
pub(super) fn no_rate_note(s: &Service, m: Money, what: &str) -> Result<Option<String>, Failure> {
    let st = settings(s)?;
    Ok((!st.has_rate(m.currency)).then(|| {
        format!(
            "Note: there is no exchange rate for {c}, so digests leave {what} out of their {base} totals until you {how}.",
            c = m.currency,
            base = st.base,
            how = how_to_set(m.currency, st.base)
        )
    }))
}

/// Checks an amount logged against an investment. The same currency needs nothing; another
/// currency is accepted when the configured rates convert it (the note says what it counts
/// as), and refused when they cannot, saying how to set the rate.
pub(super) fn against_investment(
    s: &Service,
    inv: &Investment,
    amount: Money,
) -> Result<Option<String>, Failure> {
    let to = inv.cost.currency;
    if amount.currency == to {
        return no_rate_note(s, amount, &format!("{} ({})", inv.name, inv.id));
    }
    let st = settings(s)?;
    match st.convert(amount, to) {
        Some(minor) => {
            let rates: Vec<String> = [amount.currency, to]
                .into_iter()
                .filter(|c| *c != st.base)
                .filter_map(|c| st.fx.get(&c).map(|r| format!("fx.{c} = {}", rate_text(*r))))
                .collect();
            Ok(Some(format!(
                "{amount} counts as {} for {} ({}), at the configured rate ({}).",
                format_minor(minor, to, false),
                inv.name,
                inv.id,
                rates.join(", ")
            )))
        }
        None => {
            let missing = [amount.currency, to]
                .into_iter()
                .find(|c| !st.has_rate(*c))
                .unwrap_or(amount.currency);
            Err(user(format!(
                "{} ({}) is in {to} and {amount} is in {}, and there is no exchange rate for {missing}, so it cannot be counted. Give the amount in {to}, or {}. Nothing was logged.",
                inv.name,
                inv.id,
                amount.currency,
                how_to_set(missing, st.base)
            )))
        }
    }
}

/// The currency of the live investment called `name`, if there is one.
pub(crate) fn investment_currency(
    s: &Service,
    caller: &super::Caller,
    name: &str,
) -> Result<Option<Currency>, Failure> {
    let Some(id) = s
        .store
        .find_name(&caller.tenant, crate::ids::Kind::Investment, name)?
    else {
        return Ok(None);
    };
    Ok(match s.store.get(&caller.tenant, id)? {
        Some(st) if st.is_live() => match st.record {
            crate::domain::Record::Investment(i) => Some(i.cost.currency),
            _ => None,
        },
        _ => None,
    })
}
