//! How a [`Reader`] is made: prepared once for a tenant's directory (the name index, the
//! costly part, and the shipped models), then set for the tenant's settings, its week and
//! financial year, or another model for training.

use super::*;

impl Reader {
    pub fn new(dir: &dyn Directory, settings: ReaderSettings) -> Reader {
        Reader {
            index: std::sync::Arc::new(NameIndex::new(dir)),
            settings,
            model: model::shipped(),
            reasons: reasons::shipped(),
            dates: date_roles::shipped(),
            bare_currency: None,
            week_ends: chrono::Weekday::Fri,
            financial_year: None,
        }
    }

    /// The same reader for a tenant whose financial year starts in `month` ("next FY" and
    /// "the new financial year" are its first day); `None`: the calendar year for "next
    /// FY", and the one the tenant's currency's country keeps for "the new financial year".
    pub fn with_financial_year(&self, month: Option<chrono::Month>) -> Reader {
        Reader {
            financial_year: month,
            ..self.clone()
        }
    }

    /// The same reader for a tenant whose working week ends on `day` ("end of week" is
    /// Thursday in a Sunday–Thursday week).
    pub fn with_week_ending(&self, day: chrono::Weekday) -> Reader {
        Reader {
            week_ends: day,
            ..self.clone()
        }
    }

    /// The same reader choosing rationales with `reasons` (an empty model leaves them to
    /// the rules): for training and cross-validation.
    pub fn with_reason_model(&self, reasons: std::sync::Arc<ReasonModel>) -> Reader {
        Reader {
            reasons,
            ..self.clone()
        }
    }

    /// The same reader choosing date roles with `dates` (an empty model leaves them to the
    /// rules): for training and cross-validation.
    pub fn with_date_model(&self, dates: std::sync::Arc<ReasonModel>) -> Reader {
        Reader {
            dates,
            ..self.clone()
        }
    }

    /// The same reader taking amounts written without a currency in `currency`, whatever
    /// currency the message writes elsewhere: for a record about an investment kept in it.
    pub fn with_bare_currency(&self, currency: Currency) -> Reader {
        Reader {
            bare_currency: Some(currency),
            ..self.clone()
        }
    }

    /// The same reader deciding intents with `model` (an empty model leaves them to the
    /// rules): for training and cross-validation.
    pub fn with_model(&self, model: std::sync::Arc<IntentModel>) -> Reader {
        Reader {
            model,
            ..self.clone()
        }
    }

    /// The same names read with other settings (another default currency): the name
    /// index, the costly part, is shared.
    pub fn with_settings(&self, settings: ReaderSettings) -> Reader {
        Reader {
            settings,
            ..self.clone()
        }
    }
}
