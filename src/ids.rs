//! Typed record ids people can type (`INV-12`, `DEC-7`, `NOTE-103`) and the tenant id.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The kinds of record the bot keeps; each has its own id prefix and counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Unit,
    Note,
    Investment,
    Decision,
    Benefit,
    Service,
    Subscription,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Unit,
        Kind::Note,
        Kind::Investment,
        Kind::Decision,
        Kind::Benefit,
        Kind::Service,
        Kind::Subscription,
    ];

    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Unit => "UNIT",
            Kind::Note => "NOTE",
            Kind::Investment => "INV",
            Kind::Decision => "DEC",
            Kind::Benefit => "BEN",
            Kind::Service => "SVC",
            Kind::Subscription => "SUB",
        }
    }

    /// Plural noun for lists and messages.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Unit => "units",
            Kind::Note => "notes",
            Kind::Investment => "investments",
            Kind::Decision => "decisions",
            Kind::Benefit => "benefits",
            Kind::Service => "services",
            Kind::Subscription => "subscriptions",
        }
    }

    pub fn singular(self) -> &'static str {
        match self {
            Kind::Unit => "business unit",
            Kind::Note => "note",
            Kind::Investment => "investment",
            Kind::Decision => "decision",
            Kind::Benefit => "benefit",
            Kind::Service => "service",
            Kind::Subscription => "subscription",
        }
    }

    /// The singular noun with its article: "an investment", "a decision".
    pub fn with_article(self) -> &'static str {
        match self {
            Kind::Unit => "a business unit",
            Kind::Note => "a note",
            Kind::Investment => "an investment",
            Kind::Decision => "a decision",
            Kind::Benefit => "a benefit",
            Kind::Service => "a service",
            Kind::Subscription => "a subscription",
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Kind> {
        Kind::ALL.get(code as usize).copied()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdError {
    #[error(
        "'{0}' is not a record id. Ids look like NOTE-3, INV-12, DEC-7, BEN-2, SVC-1 or SUB-4."
    )]
    Malformed(String),
    #[error("'{input}' is {found} id, but {wanted} id ({prefix}-n) is needed here.")]
    WrongKind {
        input: String,
        found: &'static str,
        wanted: &'static str,
        prefix: &'static str,
    },
}

/// The largest record number a tenant may reach (a billion records of one kind). Imports
/// refuse larger numbers, so a counter can never come near wrapping.
pub const MAX_NUMBER: u64 = 1_000_000_000;

/// Any record's id: its kind and its number within the tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RecordId {
    pub kind: Kind,
    pub n: u64,
}

impl RecordId {
    pub fn new(kind: Kind, n: u64) -> Self {
        RecordId { kind, n }
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.kind.prefix(), self.n)
    }
}

impl FromStr for RecordId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = || IdError::Malformed(s.to_string());
        let (prefix, number) = s.trim().split_once('-').ok_or_else(malformed)?;
        let kind = Kind::ALL
            .into_iter()
            .find(|k| k.prefix().eq_ignore_ascii_case(prefix))
            .ok_or_else(malformed)?;
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
            return Err(malformed());
        }
        let n: u64 = number.parse().map_err(|_| malformed())?;
        if n == 0 {
            return Err(malformed());
        }
        Ok(RecordId { kind, n })
    }
}

impl TryFrom<String> for RecordId {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<RecordId> for String {
    fn from(id: RecordId) -> String {
        id.to_string()
    }
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $kind:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(pub u64);

        impl $name {
            pub const KIND: Kind = $kind;
            pub fn record(self) -> RecordId {
                RecordId::new($kind, self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.record().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::try_from(s.parse::<RecordId>()?).map_err(|found| IdError::WrongKind {
                    input: s.trim().to_string(),
                    found: found.kind.with_article(),
                    wanted: $kind.with_article(),
                    prefix: $kind.prefix(),
                })
            }
        }

        impl TryFrom<RecordId> for $name {
            type Error = RecordId;
            fn try_from(id: RecordId) -> Result<Self, RecordId> {
                if id.kind == $kind { Ok($name(id.n)) } else { Err(id) }
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_string()
            }
        }

        impl From<$name> for RecordId {
            fn from(id: $name) -> RecordId {
                id.record()
            }
        }
    };
}

typed_id!(
    /// A business unit (`UNIT-n`); people usually name it instead.
    UnitId,
    Kind::Unit
);
typed_id!(
    /// An engagement note (`NOTE-n`).
    NoteId,
    Kind::Note
);
typed_id!(
    /// An investment (`INV-n`).
    InvestmentId,
    Kind::Investment
);
typed_id!(
    /// A decision (`DEC-n`).
    DecisionId,
    Kind::Decision
);
typed_id!(
    /// A realised benefit (`BEN-n`).
    BenefitId,
    Kind::Benefit
);
typed_id!(
    /// A service (`SVC-n`).
    ServiceId,
    Kind::Service
);
typed_id!(
    /// A digest subscription (`SUB-n`).
    SubscriptionId,
    Kind::Subscription
);

/// The workspace records belong to: `local`, `slack:T123`, `discord:G456`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TenantId(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("'{0}' is not a tenant id: use letters, digits and `:_-.` (like local or slack:T123), at most 128 characters")]
pub struct TenantIdError(String);

impl TenantId {
    pub fn local() -> Self {
        TenantId("local".into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for TenantId {
    type Err = TenantIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = !s.is_empty()
            && s.len() <= 128
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '_' | '-' | '.'));
        if ok {
            Ok(TenantId(s.to_string()))
        } else {
            Err(TenantIdError(s.to_string()))
        }
    }
}

impl TryFrom<String> for TenantId {
    type Error = TenantIdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<TenantId> for String {
    fn from(t: TenantId) -> String {
        t.0
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_case_insensitive() {
        assert_eq!("inv-12".parse::<InvestmentId>(), Ok(InvestmentId(12)));
        assert_eq!(InvestmentId(12).to_string(), "INV-12");
        assert_eq!(
            "NOTE-103".parse::<RecordId>(),
            Ok(RecordId::new(Kind::Note, 103))
        );
    }

    #[test]
    fn bad_ids_are_explained() {
        for bad in ["INV", "INV-", "INV-0", "INV-x", "FOO-1", "12", "INV--1"] {
            assert!(bad.parse::<RecordId>().is_err(), "{bad}");
        }
        let err = "DEC-3".parse::<InvestmentId>().unwrap_err().to_string();
        assert_eq!(
            err,
            "'DEC-3' is a decision id, but an investment id (INV-n) is needed here."
        );
    }

    #[test]
    fn tenant_ids() {
        assert!("slack:T123".parse::<TenantId>().is_ok());
        assert!("bad tenant".parse::<TenantId>().is_err());
        assert!("".parse::<TenantId>().is_err());
    }
}
