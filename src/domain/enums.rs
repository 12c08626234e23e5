//! Small closed vocabularies: investment categories, verdicts, statuses.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Gartner-style spend category: keep the lights on, grow the business, or transform it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Run,
    Grow,
    Transform,
}

impl Category {
    pub const WORDS: &'static str = "run, grow or transform";
    /// Every category's word, for choices (forms, Discord options).
    pub const NAMES: &'static [&'static str] = &["run", "grow", "transform"];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Run => "run",
            Category::Grow => "grow",
            Category::Transform => "transform",
        }
    }
}

impl FromStr for Category {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s.trim().to_lowercase().as_str() {
            "run" => Ok(Category::Run),
            "grow" => Ok(Category::Grow),
            "transform" => Ok(Category::Transform),
            _ => Err(()),
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a decision says about an investment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Approve,
    Reject,
    Defer,
    Stop,
    Continue,
    Rescope,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Approve,
        Verdict::Reject,
        Verdict::Defer,
        Verdict::Stop,
        Verdict::Continue,
        Verdict::Rescope,
    ];
    pub const WORDS: &'static str = "approve, reject, defer, stop, continue or rescope";
    /// Every verdict's word, in [`Verdict::ALL`]'s order, for choices (forms, Discord options).
    pub const NAMES: &'static [&'static str] =
        &["approve", "reject", "defer", "stop", "continue", "rescope"];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::Reject => "reject",
            Verdict::Defer => "defer",
            Verdict::Stop => "stop",
            Verdict::Continue => "continue",
            Verdict::Rescope => "rescope",
        }
    }

    /// The status an investment takes when this is its latest decision.
    pub fn status(self) -> InvestmentStatus {
        match self {
            Verdict::Approve | Verdict::Continue | Verdict::Rescope => InvestmentStatus::Active,
            Verdict::Defer => InvestmentStatus::Deferred,
            Verdict::Reject | Verdict::Stop => InvestmentStatus::Closed,
        }
    }

    /// Verdicts whose amount becomes the approved amount.
    pub fn sets_approved_amount(self) -> bool {
        matches!(
            self,
            Verdict::Approve | Verdict::Continue | Verdict::Rescope
        )
    }
}

impl FromStr for Verdict {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let w = s.trim().to_lowercase();
        let w = match w.as_str() {
            "approved" => "approve",
            "rejected" => "reject",
            "deferred" => "defer",
            "stopped" => "stop",
            "continued" => "continue",
            "rescoped" => "rescope",
            other => other,
        };
        Verdict::ALL.into_iter().find(|v| v.as_str() == w).ok_or(())
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an investment stands, from its latest decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InvestmentStatus {
    Proposed,
    Active,
    Deferred,
    Closed,
}

impl InvestmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InvestmentStatus::Proposed => "proposed",
            InvestmentStatus::Active => "active",
            InvestmentStatus::Deferred => "deferred",
            InvestmentStatus::Closed => "closed",
        }
    }
}

impl fmt::Display for InvestmentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
