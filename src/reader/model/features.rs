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
    feature_parts(toks, names, s, rule, |parts| f.push(fnv(parts)));
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
    feature_parts(toks, names, s, rule, |parts| {
        let h = fnv(parts);
        if seen.insert(h) {
            f.push((parts.join(" "), h));
        }
    });
    f
}

/// Hands each feature of a record, as its parts, to `emit`.
fn feature_parts(
    toks: &[Token],
    names: &[NameMatch],
    s: &Signals,
    rule: Intent,
    mut emit: impl FnMut(&[&str]),
) {
    emit(&["bias"]);
    let rule_name = match rule {
        Intent::Decision => "Decision",
        Intent::Note => "Note",
        Intent::Investment => "Investment",
        Intent::Benefit => "Benefit",
        Intent::None => "None",
    };
    emit(&["rule", rule_name]);
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
            emit(&["sig", name]);
            emit(&["sig+rule", name, rule_name]);
            if !signature.is_empty() {
                signature.push('+');
            }
            signature.push_str(name);
        }
    }
    emit(&["sigs", &signature]);
    emit(&["sigs+rule", &signature, rule_name]);
    if let Some(v) = s.verdict {
        emit(&["verdict", v.as_str()]);
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
        emit(&["w", w]);
        if k < 2 {
            emit(&["first", w]);
        }
        if let Some(next) = words.get(k + 1) {
            emit(&["bi", w, next]);
        }
    }
    if words.len() <= 4 {
        emit(&["short"]);
    }
}

/// The measures' features, alone and with the rules' intent: a result counted since a
/// known thing, with an amount beside it, is reported, not proposed, whatever the words
/// around it. Kept out of the "sigs" signature, so a model trained before them reads as it
/// did.
fn measure_parts(s: &Signals, rule_name: &str, emit: &mut impl FnMut(&[&str])) {
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
            emit(&["m", name]);
            emit(&["m+rule", name, rule_name]);
            if s.money {
                emit(&["m+money", name]);
            }
            if s.investment {
                emit(&["m+investment", name]);
            }
        }
    }
    let changed = m.change_counted || m.change_in_money;
    if changed && s.money && !s.investment_cue {
        emit(&["m", "result_with_amount"]);
        emit(&["m+rule", "result_with_amount", rule_name]);
    }
}
