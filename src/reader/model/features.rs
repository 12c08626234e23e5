//! What the intent model sees of a record: the exact passes' signals, the words and word
//! pairs of its clause (names from the directory as what they name), hashed with FNV-1a.

use super::super::names::{NameMatch, Target};
use super::super::tokens::{TokKind, Token};
use super::super::Intent;

/// What the exact passes found in a record's tokens, as the model sees them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Signals {
    pub question: bool,
    pub verdict: Option<crate::domain::Verdict>,
    pub benefit_cue: bool,
    pub forecast_cue: bool,
    pub investment_cue: bool,
    pub meeting_cue: bool,
    pub report_cue: bool,
    pub money: bool,
    pub money_per_period: bool,
    pub action: bool,
    pub unit: bool,
    pub investment: bool,
    /// A result measured, a run of time since a known thing, dates past or ahead.
    pub measures: super::super::measured::Measures,
}

pub(crate) fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h = fnv_bytes(h, p.as_bytes());
    }
    h
}

/// FNV-1a's step over `bytes` from `h`, four bytes a turn of the loop (the same steps in
/// the same order: the loop's own counting done a quarter as often, round P57).
#[inline(always)]
fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut fours = bytes.chunks_exact(4);
    for c in &mut fours {
        h = (h ^ u64::from(c[0])).wrapping_mul(PRIME);
        h = (h ^ u64::from(c[1])).wrapping_mul(PRIME);
        h = (h ^ u64::from(c[2])).wrapping_mul(PRIME);
        h = (h ^ u64::from(c[3])).wrapping_mul(PRIME);
    }
    for &b in fours.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    h
}

/// A feature's first part, with FNV-1a's state once it is hashed: the record's features
/// open on a few fixed words ("w", "bi", "first", "sig", …), whose hashing is done once,
/// when the program is built, not at every feature (round P65).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head {
    pub(crate) name: &'static str,
    state: u64,
}

impl Head {
    /// `name` and the state [`fnv`] reaches after hashing it as a feature's first part.
    pub(crate) const fn new(name: &'static str) -> Head {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let bytes = name.as_bytes();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut k = 0;
        while k < bytes.len() {
            h = (h ^ bytes[k] as u64).wrapping_mul(PRIME);
            k += 1;
        }
        Head { name, state: h }
    }

    /// [`fnv`] of the parts `[self.name, rest…]`: the same steps, the head's already taken.
    #[inline(always)]
    pub(crate) fn fnv(self, rest: &[&str]) -> u64 {
        let mut h = self.state;
        for p in rest {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
            h = fnv_bytes(h, p.as_bytes());
        }
        h
    }
}

/// FNV-1a as first written, a byte a turn: [`fnv`] is checked against it.
#[cfg(test)]
pub(crate) fn fnv_byte_by_byte(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// A token as a feature word: numbers and amounts collapse to a shape.
fn shape(t: &Token) -> &str {
    match t.kind {
        TokKind::Num => "#num",
        // Bytes, not chars: an ASCII digit is one byte, never inside another letter's.
        TokKind::Word if t.lower.bytes().any(|b| b.is_ascii_digit()) => "#alnum",
        _ => t.lower.as_str(),
    }
}

/// The hashed features of one record: its words and word pairs, its first words, and the
/// signals and the rules' intent.
/// Words of the directory's names are features by kind ("#investment", "#unit"), not by
/// spelling: another organisation has other names.
/// Each feature counts once, however often it occurs: a long message says "the" many times,
/// and four "the"s are no more evidence of chat than one.
pub fn features(toks: &[Token], names: &[NameMatch], s: &Signals, rule: Intent) -> Vec<u64> {
    let mut f = Vec::with_capacity(toks.len() * 2 + 16);
    feature_parts(toks, names, s, rule, |head, rest| f.push(head.fnv(rest)));
    f.sort_unstable();
    f.dedup();
    f
}

/// [`features`] by name ("w palletiser"), each with its hash and once, in the order first
/// met: to explain a reading.
pub fn feature_names(
    toks: &[Token],
    names: &[NameMatch],
    s: &Signals,
    rule: Intent,
) -> Vec<(String, u64)> {
    let mut f: Vec<(String, u64)> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    feature_parts(toks, names, s, rule, |head, rest| {
        let h = head.fnv(rest);
        if seen.insert(h) {
            let parts: Vec<&str> = std::iter::once(head.name)
                .chain(rest.iter().copied())
                .collect();
            f.push((parts.join(" "), h));
        }
    });
    f
}

/// The heads of the record's features.
const BIAS: Head = Head::new("bias");
const RULE: Head = Head::new("rule");
const SIG: Head = Head::new("sig");
const SIG_RULE: Head = Head::new("sig+rule");
const SIGS: Head = Head::new("sigs");
const SIGS_RULE: Head = Head::new("sigs+rule");
const VERDICT: Head = Head::new("verdict");
const W: Head = Head::new("w");
const FIRST: Head = Head::new("first");
const BI: Head = Head::new("bi");
const SHORT: Head = Head::new("short");
const M: Head = Head::new("m");
const M_RULE: Head = Head::new("m+rule");
const M_MONEY: Head = Head::new("m+money");
const M_INVESTMENT: Head = Head::new("m+investment");

/// Hands each feature of a record, as its head and the parts after it, to `emit`.
fn feature_parts(
    toks: &[Token],
    names: &[NameMatch],
    s: &Signals,
    rule: Intent,
    mut emit: impl FnMut(Head, &[&str]),
) {
    emit(BIAS, &[]);
    let rule_name = match rule {
        Intent::Decision => "Decision",
        Intent::Note => "Note",
        Intent::Investment => "Investment",
        Intent::Benefit => "Benefit",
        Intent::None => "None",
    };
    emit(RULE, &[rule_name]);
    let flags = [
        (s.question, "question"),
        (s.verdict.is_some(), "verdict"),
        (s.benefit_cue, "benefit_cue"),
        (s.forecast_cue, "forecast_cue"),
        (s.investment_cue, "investment_cue"),
        (s.meeting_cue, "meeting_cue"),
        (s.report_cue, "report_cue"),
        (s.money, "money"),
        (s.money_per_period, "money_per_period"),
        (s.action, "action"),
        (s.unit, "unit"),
        (s.investment, "investment"),
    ];
    // Which signals are on together, as one feature: "a follow-up and nothing else" says
    // note however unfamiliar the words around it are. Their names joined by "+", built
    // as they are met (room for all twelve).
    let mut signature = String::with_capacity(128);
    for (on, name) in flags {
        if on {
            emit(SIG, &[name]);
            emit(SIG_RULE, &[name, rule_name]);
            if !signature.is_empty() {
                signature.push('+');
            }
            signature.push_str(name);
        }
    }
    emit(SIGS, &[&signature]);
    emit(SIGS_RULE, &[&signature, rule_name]);
    if let Some(v) = s.verdict {
        emit(VERDICT, &[v.as_str()]);
    }
    measure_parts(s, rule_name, &mut emit);
    let mut kinds: Vec<Option<&str>> = vec![None; toks.len()];
    for m in names {
        let kind = match m.targets.first() {
            Some(Target::Unit(_)) => "#unit",
            _ => "#investment",
        };
        for k in kinds.iter_mut().take(m.end.min(toks.len())).skip(m.start) {
            *k = Some(kind);
        }
    }
    let mut words: Vec<&str> = Vec::with_capacity(toks.len());
    for (j, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Sym && !matches!(t.lower.as_str(), "?" | "!" | "@") {
            continue;
        }
        match kinds[j] {
            // One feature word for the whole name.
            Some(k) if j > 0 && kinds[j - 1] == Some(k) => {}
            Some(k) => words.push(k),
            None => words.push(shape(t)),
        }
        if words.len() >= 80 {
            break;
        }
    }
    // "Item 9 …", "MIN 15/2026 – …", "Agenda item 4 …": a minutes' item label says nothing
    // of the record, which opens on what follows it, as after a bullet or "4.2".
    let label = match words.as_slice() {
        ["agenda", "item", "#num", ..] => 2,
        ["item" | "items" | "min" | "minute" | "minutes" | "para" | "section", "#num", ..] => 1,
        _ => 0,
    };
    // "MIN 15/2026": every number of the label.
    let label = match label {
        0 => 0,
        l => l + words[l..].iter().take_while(|w| **w == "#num").count(),
    };
    if label > 0 && label < words.len() {
        words.drain(..label);
    }
    for (k, w) in words.iter().enumerate() {
        emit(W, &[w]);
        if k < 2 {
            emit(FIRST, &[w]);
        }
        if let Some(next) = words.get(k + 1) {
            emit(BI, &[w, next]);
        }
    }
    if words.len() <= 4 {
        emit(SHORT, &[]);
    }
}

/// The measures' features, alone and with the rules' intent: a result counted since a
/// known thing, with an amount beside it, is reported, not proposed, whatever the words
/// around it. Kept out of the "sigs" signature, so a model trained before them reads as it
/// did.
fn measure_parts(s: &Signals, rule_name: &str, emit: &mut impl FnMut(Head, &[&str])) {
    let m = &s.measures;
    let measures = [
        (m.change_counted, "change_counted"),
        (m.change_in_money, "change_in_money"),
        (m.since_known, "since_known"),
        (m.dated_past, "dated_past"),
        (m.dated_ahead, "dated_ahead"),
    ];
    for (on, name) in measures {
        if on {
            emit(M, &[name]);
            emit(M_RULE, &[name, rule_name]);
            if s.money {
                emit(M_MONEY, &[name]);
            }
            if s.investment {
                emit(M_INVESTMENT, &[name]);
            }
        }
    }
    let changed = m.change_counted || m.change_in_money;
    if changed && s.money && !s.investment_cue {
        emit(M, &["result_with_amount"]);
        emit(M_RULE, &["result_with_amount", rule_name]);
    }
}

#[cfg(test)]
mod p65_tests {
    use super::*;
    use crate::reader::measured::Measures;
    use crate::reader::tokens::tokenize;

    /// Round P65: a feature hashed from its head's kept state is the feature hashed part by
    /// part, byte by byte, for every feature of every training and source text, with every
    /// signal and measure on and off (so each head is met) and each rule's intent; and
    /// [`features`] is the sorted set of those hashes.
    #[test]
    fn the_heads_kept_state_keeps_the_hashes() {
        let all = |on: bool| Signals {
            question: on,
            verdict: on.then_some(crate::domain::Verdict::Approve),
            benefit_cue: on,
            forecast_cue: on,
            investment_cue: false,
            meeting_cue: on,
            report_cue: on,
            money: on,
            money_per_period: on,
            action: on,
            unit: on,
            investment: on,
            measures: Measures {
                change_counted: on,
                change_in_money: on,
                since_known: on,
                dated_past: on,
                dated_ahead: on,
            },
        };
        let mut heads = std::collections::BTreeSet::new();
        let mut hashed = 0;
        let texts = crate::reader::tests::p55_training_texts::training_and_source_texts();
        for (n, text) in texts.iter().enumerate() {
            let toks = tokenize(text);
            let on = n % 2 == 0;
            let rule = crate::reader::model::INTENTS[n % 5];
            let mut wanted = vec![];
            feature_parts(&toks, &[], &all(on), rule, |head, rest| {
                let parts: Vec<&str> = std::iter::once(head.name)
                    .chain(rest.iter().copied())
                    .collect();
                let h = fnv_byte_by_byte(&parts);
                assert_eq!(head.fnv(rest), h, "{parts:?}");
                assert_eq!(fnv(&parts), h, "{parts:?}");
                heads.insert(head.name);
                wanted.push(h);
                hashed += 1;
            });
            wanted.sort_unstable();
            wanted.dedup();
            assert_eq!(features(&toks, &[], &all(on), rule), wanted, "{text:?}");
        }
        assert_eq!(heads.len(), 15, "{heads:?}");
        assert!(hashed > 500_000, "{hashed}");
    }
}
