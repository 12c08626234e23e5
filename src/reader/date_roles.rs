//! Which field a date mention fills: when it happened (`date`), when to look again
//! (`review_date`), a deadline (`due`), or none ("go-live in May" on a decision).
//!
//! The hand rules decide from the cue word before the date and the record's kind; an
//! averaged perceptron (the same ranker as the rationale model, one option per role) scores
//! each role from the cue, the words around the mention, the record's kind and verdict and
//! whether the date lies ahead, and replaces the rules' role only when it wins by its
//! `threshold`. The date's value is still the exact parser's.

use super::dates::{Cue, DateMention};
use super::model::fnv;
use super::reasons::ReasonModel;
use super::tokens::{TokKind, Token};
use super::Intent;
use crate::domain::Verdict;
use chrono::NaiveDate;
use std::sync::{Arc, OnceLock};

/// The roles, in the order of a mention's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Date,
    Review,
    Due,
    None,
}

pub const ROLES: [Role; 4] = [Role::Date, Role::Review, Role::Due, Role::None];

impl Role {
    pub fn index(self) -> usize {
        ROLES.iter().position(|r| *r == self).expect("every role")
    }

    fn name(self) -> &'static str {
        match self {
            Role::Date => "date",
            Role::Review => "review",
            Role::Due => "due",
            Role::None => "none",
        }
    }

    /// The date this role records for mention `d`: a look-again date or a deadline is
    /// the coming one; when something happened is the past one, except an investment's
    /// start, which lies ahead. `None` when the role keeps nothing.
    pub fn value(
        self,
        d: &DateMention,
        intent: Intent,
        verdict: Option<Verdict>,
        today: NaiveDate,
    ) -> Option<NaiveDate> {
        match self {
            Role::Review | Role::Due => Some(d.future),
            Role::Date if intent == Intent::Investment => Some(d.future),
            // "we're stopping it at the end of the month": a stop takes effect on its date,
            // which may lie ahead.
            Role::Date if verdict == Some(Verdict::Stop) => Some(d.past),
            // When something happened is never ahead of today ("next year" is a plan).
            Role::Date if d.past > today => None,
            Role::Date => Some(d.past),
            Role::None => None,
        }
    }
}

/// "we're stopping it", "will close it down", "going to switch it off": the verdict at
/// `start` is said as what is about to happen, so its dates lie ahead.
pub fn said_ahead(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let prev = |k: usize| start.checked_sub(k).map_or("", |j| word(j));
    let be = |w: &str| {
        matches!(w, "'re" | "are" | "am" | "'m" | "is" | "'s")
            || w.ends_with("'re")
            || w.ends_with("'m")
    };
    // "Stopping the van pilot end of Jan": opening the message, a plan; so opening an
    // item after its label or mark ("payroll outsourcing: stopping it at the end of
    // March", "- stopping the van pilot …", round D45).
    let opens = start == 0 || matches!(prev(1), ":" | "\n" | "-" | "•" | "*");
    word(start).ends_with("ing") && (be(prev(1)) || opens)
        // "We're finishing with the van telematics at Christmas": the verdict's words open
        // on their subject.
        || word(start).ends_with("'re") && word(start + 1).ends_with("ing")
        || prev(1) == "will"
        || prev(1).ends_with("'ll")
        || prev(1) == "to" && prev(2) == "going"
}

/// "Unplugging it Monday.", "Pulling the plug Friday, …": the sentence holding the token at
/// `at` opens on an act said in "-ing" (a plan, so its time lies ahead).
pub fn sentence_opens_on_an_act(toks: &[Token], at: usize) -> bool {
    let s = toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(0, |p| p + 1);
    let w = toks.get(s).map_or("", |t| t.lower.as_str());
    s < at
        && w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w,
            "morning" | "evening" | "meeting" | "nothing" | "something"
        )
}

/// What a mention's features are read against.
pub struct Mention<'a> {
    pub toks: &'a [Token],
    pub d: &'a DateMention,
    pub intent: Intent,
    pub verdict: Option<Verdict>,
    /// Where the verdict's words start, when there is one.
    pub verdict_at: Option<usize>,
    pub today: NaiveDate,
    /// The rules' role.
    pub rule: Role,
    /// Asked for by someone else ("they want it by the 20th").
    pub asked: bool,
    /// Which date mention of the record this is (0 for the first).
    pub nth: usize,
}

fn word(t: &Token) -> &str {
    match t.kind {
        TokKind::Num => "#num",
        TokKind::Word if t.lower.chars().any(|c| c.is_ascii_digit()) => "#alnum",
        _ => t.lower.as_str(),
    }
}

fn cue_name(c: Cue) -> &'static str {
    match c {
        Cue::At => "at",
        Cue::By => "by",
        Cue::Until => "until",
        Cue::Milestone => "milestone",
        Cue::Since => "since",
    }
}

fn intent_name(i: Intent) -> &'static str {
    match i {
        Intent::Decision => "decision",
        Intent::Note => "note",
        Intent::Investment => "investment",
        Intent::Benefit => "benefit",
        Intent::None => "none",
    }
}

/// Words near a date that say what it is for.
const CLAUSE_CUES: &[&str] = &[
    "by", "until", "till", "review", "revisit", "again", "look", "check", "due", "deadline",
    "live", "go-live", "launch", "start", "starts", "from", "since", "last", "next", "want",
    "wants", "need", "needs", "asked", "agenda", "back", "pushed", "deferred", "parked", "hold",
    "decided", "approved", "stopped", "in", "on", "at", "before", "after", "end", "send", "report",
    "meeting", "met", "call", "board",
];

/// The mention's features, not yet tied to a role.
fn base(m: &Mention) -> Vec<String> {
    let toks = m.toks;
    let d = m.d;
    let mut f: Vec<String> = Vec::with_capacity(24);
    let cue = cue_name(d.cue);
    let intent = intent_name(m.intent);
    let verdict = m.verdict.map_or("-".to_string(), |v| v.to_string());
    f.push("bias".into());
    f.push(format!("cue={cue}"));
    f.push(format!("intent={intent}"));
    f.push(format!("verdict={verdict}"));
    f.push(format!("cue&intent={cue}&{intent}"));
    f.push(format!("cue&verdict={cue}&{verdict}"));
    let when = if d.past == d.future {
        if d.future > m.today {
            "fixed_ahead"
        } else {
            "fixed_behind"
        }
    } else {
        "either"
    };
    f.push(format!("when={when}"));
    f.push(format!("when&intent={when}&{intent}"));
    if m.asked {
        f.push("asked".into());
    }
    f.push(format!("nth={}", m.nth.min(2)));
    if let Some(v) = m.verdict_at {
        f.push(format!(
            "place={}",
            if d.start < v { "before" } else { "after" }
        ));
    }
    // The words before the mention, up to a clause break, nearest first.
    let mut k = 0;
    for t in toks[..d.start].iter().rev() {
        if t.kind == TokKind::Sym && !t.is_break() {
            continue;
        }
        if t.is_break() {
            f.push(format!("p{k}=|"));
            break;
        }
        f.push(format!("p{k}={}", word(t)));
        f.push(format!("before={}", word(t)));
        k += 1;
        if k == 4 {
            break;
        }
    }
    if d.start == 0 {
        f.push("p0=^".into());
    }
    for (k, t) in toks[d.end.min(toks.len())..].iter().take(2).enumerate() {
        f.push(format!("n{k}={}", word(t)));
    }
    for t in &toks[d.start..d.end.min(toks.len())] {
        f.push(format!("m={}", word(t)));
    }
    // The words of the mention's clause (up to six each side), and who is near it: a
    // follow-up's owner ("@tama to … by Tues") makes a deadline; a look-again word a
    // review.
    let from = toks[..d.start]
        .iter()
        .rposition(|t| t.is_break())
        .map_or(0, |j| j + 1)
        .max(d.start.saturating_sub(6));
    let to = toks[d.end.min(toks.len())..]
        .iter()
        .position(|t| t.is_break())
        .map_or(toks.len(), |j| j + d.end)
        .min(d.end + 6);
    let clause = toks[from..d.start].iter().chain(&toks[d.end.min(to)..to]);
    let mut owner = false;
    for t in clause {
        if t.is("@") || matches!(t.lower.as_str(), "i'll" | "we'll" | "will" | "owner") {
            owner = true;
        }
        // Only the words that say what a date is for: another organisation's nouns would
        // teach nothing that carries.
        if t.kind == TokKind::Word && CLAUSE_CUES.contains(&t.lower.as_str()) {
            f.push(format!("cl={}", t.lower));
            f.push(format!("cl&intent={}&{intent}", t.lower));
        }
    }
    if owner {
        f.push("owner_near".into());
        f.push(format!("owner_near&intent={intent}"));
    }
    // Which sentence the mention is in, and whether the verdict is in the same one.
    let sentence_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let sentence = toks[..d.start].iter().filter(|t| sentence_end(t)).count();
    f.push(format!("sentence={}", sentence.min(3)));
    if let Some(v) = m.verdict_at {
        let (a, b) = (v.min(d.start), v.max(d.start));
        let same = !toks[a..b].iter().any(sentence_end);
        f.push(format!("verdict_sentence={same}"));
        f.push(format!("verdict_sentence&cue={same}&{cue}"));
    }
    f.push(format!("rule_is={}", m.rule.name()));
    f.push(format!("rule_is&cue={}&{cue}", m.rule.name()));
    f
}

/// One option per role (in [`ROLES`] order): the mention's features tied to the role, and
/// whether the rules chose it.
pub fn options(m: &Mention) -> Vec<Vec<u64>> {
    let base = base(m);
    ROLES
        .iter()
        .map(|r| {
            let role = r.name();
            let mut o: Vec<u64> = base.iter().map(|b| fnv(&[role, b])).collect();
            if *r == m.rule {
                o.push(fnv(&[role, "rule"]));
                o.push(fnv(&["is_rule"]));
            }
            o
        })
        .collect()
}

/// The role a label gives mention `d`: the role whose field holds the date this mention
/// would record (the rules' role first when several do), `None` when no field does.
pub fn gold(
    d: &DateMention,
    intent: Intent,
    verdict: Option<Verdict>,
    today: NaiveDate,
    rule: Role,
    labels: [Option<NaiveDate>; 3],
) -> Role {
    let fits = |r: Role| {
        let i = r.index();
        i < 3 && labels[i].is_some() && r.value(d, intent, verdict, today) == labels[i]
    };
    if rule != Role::None && fits(rule) {
        return rule;
    }
    [Role::Due, Role::Review, Role::Date]
        .into_iter()
        .find(|r| fits(*r))
        .unwrap_or(Role::None)
}

/// The model shipped in the repository, read once (empty: the rules decide).
pub fn shipped() -> Arc<ReasonModel> {
    static MODEL: OnceLock<Arc<ReasonModel>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            let text = super::model::shipped_text(
                "dates.model",
                include_str!("../../assets/reader/dates.model"),
            );
            Arc::new(ReasonModel::from_text(&text).expect("the shipped model parses"))
        })
        .clone()
}
