//! The rules a digest is computed by, and what it is asked for.

use super::measures::{self, Rate};
use super::Period;
use crate::config::Config;
use crate::ids::UnitId;
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The rules a digest is computed by, from the configuration.
#[derive(Debug, Clone)]
pub struct DigestSettings {
    pub rate: Rate,
    pub slipping_days: i64,
    pub slipping_ratio: f64,
    pub coverage_days: i64,
    pub review_window_days: i64,
    /// How near a red threshold counts as amber, as a share of it.
    pub rag_amber_margin: f64,
    pub base: Currency,
    /// Millionths of the base currency per unit of each other currency.
    pub fx: BTreeMap<Currency, i64>,
}

impl DigestSettings {
    pub fn from_config(c: &Config) -> Result<DigestSettings, crate::config::ConfigError> {
        Ok(DigestSettings {
            rate: Rate::from_f64(c.digest.discount_rate),
            slipping_days: i64::from(c.digest.slipping_days),
            slipping_ratio: c.digest.slipping_ratio,
            coverage_days: i64::from(c.digest.coverage_days),
            review_window_days: i64::from(c.digest.review_window_days),
            rag_amber_margin: c.digest.rag_amber_margin,
            base: c.currency()?,
            fx: c.fx_rates()?.into_iter().collect(),
        })
    }

    /// Converts into another currency through the base rates; `None` when a rate is missing.
    #[inline]
    pub fn convert(&self, m: Money, to: Currency) -> Option<i128> {
        self.convert_minor(i128::from(m.minor), m.currency, to)
    }

    /// [`DigestSettings::convert`] for a figure of any size (a total, a present value).
    #[inline]
    pub fn convert_minor(&self, minor: i128, from: Currency, to: Currency) -> Option<i128> {
        // Inlined, so the usual case (a figure already in the base currency) costs a
        // comparison: a digest converts several figures per investment.
        if from == to {
            return Some(minor);
        }
        self.convert_between(minor, from, to)
    }

    fn convert_between(&self, minor: i128, from: Currency, to: Currency) -> Option<i128> {
        let base = if from == self.base {
            minor
        } else {
            let r = self.fx.get(&from)?;
            measures::convert(minor, *r, from.exponent(), self.base.exponent())
        };
        if to == self.base {
            return Some(base);
        }
        let r = *self.fx.get(&to)?;
        Some(measures::convert_from_base(
            base,
            r,
            self.base.exponent(),
            to.exponent(),
        ))
    }

    /// Whether amounts in `c` can be put into the base currency.
    pub fn has_rate(&self, c: Currency) -> bool {
        c == self.base || self.fx.contains_key(&c)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct DigestRequest {
    pub unit: Option<UnitId>,
    pub period: Period,
    pub as_of: NaiveDate,
}
