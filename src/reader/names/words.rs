//! A name's words as the matcher compares them: lower-cased, generic last words dropped,
//! written joined or short ("wifi", "k8s", "m365"), and the words too common to name alone.

use super::GENERIC;
use crate::reader::tokens::{TokKind, Token};

/// A name's words as the tokeniser would give them, without its allocations: names are
/// re-indexed on every one-shot read.
pub(super) fn words_of(name: &str) -> Vec<String> {
    let mut w = all_words_of(name);
    while w.len() > 1 && w.last().is_some_and(|l| GENERIC.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// Every word of a name, in compatibility form (NFKC, as names are compared everywhere),
/// lower-cased.
pub(super) fn all_words_of(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.nfkc().collect();
    name.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|p| p.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|p| !p.is_empty())
        .map(|p| p.to_lowercase().replace('’', "'"))
        .collect()
}

/// A long word as engineers write it short, first letter, how many letters between, last
/// letter: "k8s" for kubernetes, "o11y" for observability.
fn numeronym(word: &str) -> Option<String> {
    let n = word.len();
    (n >= 5 && word.bytes().all(|b| b.is_ascii_lowercase()))
        .then(|| format!("{}{}{}", &word[..1], n - 2, &word[n - 1..]))
}

/// Other ways a name's first words are written as one word: a numeronym of its first word
/// ("k8s"), or its first word's initial written onto the number after it ("m365" for
/// Microsoft 365), with how many of the name's words each stands for.
pub(super) fn written_short(words: &[String]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let Some(first) = words.first() else {
        return out;
    };
    if let Some(n) = numeronym(first) {
        out.push((n, 1));
    }
    if let Some(number) = words
        .get(1)
        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        if first.len() >= 3 && first.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push((format!("{}{number}", &first[..1]), 2));
            // "win11" for Windows 11: the first word clipped to three letters.
            if first.len() > 4 {
                out.push((format!("{}{number}", &first[..3]), 2));
            }
        }
    }
    out
}

/// A name's words as written without their inner hyphens and slashes ("wifi" for "Wi-Fi",
/// "s4hana" for "S/4HANA"), for names people write joined; generic last words dropped as in
/// [`words_of`].
pub(super) fn compact_words_of(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.nfkc().collect();
    let mut w: Vec<String> = name
        .split_whitespace()
        .map(|chunk| {
            chunk
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|p| !p.is_empty())
        .collect();
    while w.len() > 1 && w.last().is_some_and(|l| GENERIC.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// The word a run of tokens written without spaces makes when its hyphens and slashes are
/// left out ("share-point" → "sharepoint", "S/4HANA" → "s4hana"), and how many tokens it
/// takes; `None` for a single token.
#[inline(always)]
pub(super) fn compact_at(toks: &[Token], j: usize) -> Option<(String, usize)> {
    // Asked at every word, and most words have no token written onto them: told where it
    // is asked (always inlined), the run's scan and its word built out of line.
    if !toks.get(j + 1).is_some_and(|t| t.attached) {
        return None;
    }
    compact_run_at(toks, j)
}

/// [`compact_at`] once a token is written onto the word at `j`.
#[inline(never)]
fn compact_run_at(toks: &[Token], j: usize) -> Option<(String, usize)> {
    let first = toks.get(j).filter(|t| t.kind != TokKind::Sym)?;
    // The run's end first, the word built only for a run of two tokens or more: most
    // attached tokens are a word's own punctuation ("approved." "CRM,"), which makes no run,
    // and this is asked at every word.
    let mut k = j + 1;
    while let Some(t) = toks.get(k).filter(|t| t.attached) {
        let joins = t.kind != TokKind::Sym
            || (t.is_sym("-") || t.is_sym("/"))
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.attached && n.kind != TokKind::Sym);
        if !joins {
            break;
        }
        k += 1;
    }
    if k - j <= 1 {
        return None;
    }
    // The run's words without its hyphens and slashes (the symbols the scan above stepped
    // over are the only symbols in it), in room made once for all of them.
    let words = || toks[j + 1..k].iter().filter(|t| t.kind != TokKind::Sym);
    let mut word =
        String::with_capacity(first.lower.len() + words().map(|t| t.lower.len()).sum::<usize>());
    word.push_str(&first.lower);
    for t in &toks[j + 1..k] {
        if t.kind != TokKind::Sym {
            word.push_str(&t.lower);
        }
    }
    // "Wi-Fi's already helping": the run's "'s" (a contraction of "is", or a possessive)
    // is no part of the name, as it is none of a word said alone.
    if word.ends_with("'s") {
        word.truncate(word.len() - 2);
    }
    Some((word, k - j))
}

/// Words too common to stand for one investment on their own.
pub(super) const COMMON: &[&str] = &[
    "new",
    "old",
    "the",
    "and",
    "for",
    "of",
    "data",
    "customer",
    "service",
    "services",
    "management",
    "portal",
    "upgrade",
    "replacement",
    "refresh",
    "app",
    "apps",
    "pilot",
    "phase",
    "online",
    "digital",
    "cloud",
    "tool",
    "tools",
    "system",
    "systems",
    "platform",
    "project",
    "programme",
    "program",
    "team",
    "staff",
    "support",
    "centre",
    "center",
    "office",
    "site",
    "sites",
    "store",
    "stores",
    "network",
    "analytics",
    "automation",
    "model",
    "mobile",
    "web",
    "website",
    "software",
    "hardware",
    "licence",
    "license",
    "licences",
    "contract",
    "contracts",
    "payments",
    "payment",
    "self",
    "smart",
    "next",
    "gen",
];

/// Whether `word` (lower case) is too common to stand for one investment on its own ("new",
/// "platform", "project").
pub fn is_common_word(word: &str) -> bool {
    COMMON.contains(&word) || super::GENERIC.contains(&word)
}

/// "starting in March", "kicking off next week", "ending Friday", "Start early Feb": a word
/// ending "-ing" (or "start", "begin") at `i` before a time is a verb saying when, not a
/// name's word ("Starting Stalls").
#[inline(always)]
pub(super) fn gerund_of_time(toks: &[Token], i: usize) -> bool {
    // Asked at most words of every message, and only a word of six letters or more ending
    // "-ing", or one opening on "start" or "begin", is the verb: told here, before a call
    // (round P58; the body's own test below says which).
    let w = toks.get(i).map_or("", |t| t.lower.as_str());
    if !(w.len() > 5 && w.ends_with("ing") || w.starts_with("start") || w.starts_with("begin")) {
        return false;
    }
    gerund_of_time_past_its_first_test(toks, i)
}

/// [`gerund_of_time`] once its first test is passed.
fn gerund_of_time_past_its_first_test(toks: &[Token], i: usize) -> bool {
    use crate::reader::dates::{month, weekday};
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let timed = |w: &str| {
        month(w).is_some()
            || weekday(w).is_some()
            || matches!(
                w,
                "next"
                    | "this"
                    | "tomorrow"
                    | "today"
                    | "mid"
                    | "early"
                    | "late"
                    | "q1"
                    | "q2"
                    | "q3"
                    | "q4"
            )
    };
    // "Start early Feb", "starts in March": the verb itself, said before the time.
    let gerund = word(i).len() > 5 && word(i).ends_with("ing")
        || matches!(word(i), "start" | "starts" | "started" | "begin" | "begins");
    let at = i + 1 + usize::from(word(i + 1) == "off");
    gerund
        && (timed(word(at))
            || matches!(word(at), "in" | "on" | "from" | "after")
                && (timed(word(at + 1))
                    || toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Num)))
}
