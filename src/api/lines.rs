//! JSON bodies of the write routes, and the grammar line each becomes: the API runs the same
//! parser and checks as every chat platform.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteBody {
    pub unit: String,
    pub text: String,
    #[serde(default)]
    pub follow_ups: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub on: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitBody {
    pub investment: String,
    pub amount: String,
    pub on: Option<String>,
    pub evidence: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    pub investment: String,
    pub verdict: String,
    pub amount: Option<String>,
    pub because: Option<String>,
    pub review: Option<String>,
    pub by: Option<String>,
    pub on: Option<String>,
}

/// A value as one word of the grammar: quoted when it has spaces.
fn q(v: &str) -> String {
    let v = v.trim();
    if !v.is_empty() && !v.contains(char::is_whitespace) && !v.starts_with(['"', '\'', '“', '‘'])
    {
        v.to_string()
    } else if v.contains('"') {
        format!("“{v}”")
    } else {
        format!("\"{v}\"")
    }
}

fn set(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl NoteBody {
    pub fn line(&self) -> String {
        let mut words = vec![format!("note {}: {}", self.unit.trim(), self.text.trim())];
        if let Some(on) = set(&self.on) {
            words.push(format!("on:{on}"));
        }
        for f in &self.follow_ups {
            words.push(format!("follow-up: {}", f.trim()));
        }
        for t in &self.tags {
            words.push(format!("#{}", t.trim().trim_start_matches('#')));
        }
        words.join(" ")
    }
}

impl BenefitBody {
    pub fn line(&self) -> String {
        let mut words = vec!["benefit".to_string(), q(&self.investment), q(&self.amount)];
        if let Some(on) = set(&self.on) {
            words.push(format!("on {on}"));
        }
        if let Some(e) = set(&self.evidence) {
            words.push(format!("evidence: {e}"));
        }
        words.join(" ")
    }
}

impl DecisionBody {
    pub fn line(&self) -> String {
        let mut words = vec!["decide".to_string(), q(&self.investment), q(&self.verdict)];
        if let Some(a) = set(&self.amount) {
            words.push(q(a));
        }
        for (key, v) in [("review", &self.review), ("by", &self.by), ("on", &self.on)] {
            if let Some(v) = set(v) {
                words.push(format!("{key}:{}", q(v)));
            }
        }
        if let Some(b) = set(&self.because) {
            words.push(format!("because {b}"));
        }
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_become_the_grammar_line() {
        let d = DecisionBody {
            investment: "CRM replacement".into(),
            verdict: "approve".into(),
            amount: Some("£250k".into()),
            because: Some("churn costs more".into()),
            review: Some("2027-06-30".into()),
            by: None,
            on: None,
        };
        assert_eq!(
            d.line(),
            "decide \"CRM replacement\" approve £250k review:2027-06-30 because churn costs more"
        );
        let b = BenefitBody {
            investment: "INV-1".into(),
            amount: "£40k".into(),
            on: Some("2026-11-01".into()),
            evidence: Some("finance ledger".into()),
        };
        assert_eq!(
            b.line(),
            "benefit INV-1 £40k on 2026-11-01 evidence: finance ledger"
        );
        let n = NoteBody {
            unit: "Sales".into(),
            text: "Met the CFO".into(),
            follow_ups: vec!["send the deck @sam by Friday".into()],
            tags: vec!["crm".into()],
            on: None,
        };
        assert_eq!(
            n.line(),
            "note Sales: Met the CFO follow-up: send the deck @sam by Friday #crm"
        );
    }
}
