//! The tokeniser every reader pass shares: one linear scan into words, numbers and symbols,
//! plus a phrase table keyed by first word so multi-word idioms match in constant time.
//!
//! This file keeps the scan itself (`tokenize`) and a few helpers on its output; the
//! `Token` type is in `token.rs`, and the text a token is read as in `lowered.rs`.

use std::cell::Cell;

mod char_room;
mod char_shapes;
mod domain_names;
mod lowered;
mod re_verbs;
mod token;
mod word_sets;
mod word_tables;
use self::char_shapes::*;
use self::lowered::lowered;
pub use self::token::Token;
pub use self::word_sets::WordSet;
pub use self::word_tables::{PhraseTable, WordTable};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Num,
    Sym,
}

/// The words of `toks` read back from its end to the clause's start (the last break):
/// "… approved to extend" looked back from "to".
pub fn back_in_clause(toks: &[Token]) -> impl Iterator<Item = &Token> {
    toks.iter().rev().take_while(|t| !t.is_break())
}

/// What a clock time's colon ("4:50") is read as: the raised colon, which no pass takes
/// for punctuation.
pub const CLOCK_COLON: &str = "\u{2f8}";

/// `text` without the emoji, arrows and other pictographs (and the spaces and joiners
/// between them) it ends on; letters, digits, punctuation and currency signs stay.
pub fn without_trailing_symbols(text: String) -> String {
    let pictograph = |c: char| {
        c.is_whitespace()
            || matches!(c, '\u{200d}' | '\u{fe0f}')
            || (u32::from(c) >= 0x2190 && !c.is_alphanumeric())
    };
    let kept = text.trim_end_matches(pictograph);
    if kept.len() == text.len() || kept.is_empty() {
        text
    } else {
        kept.to_string()
    }
}

/// `w` without the "'s" it ends on, however often (`w.trim_end_matches("'s")`), each
/// taken off in turn: asked of a few words a record in passes that read a possessive as its
/// word ("next year's", "payback's"), where `trim_end_matches`' searcher, set up for long
/// texts, cost more than the look (round P64).
#[inline]
pub fn without_possessives(mut w: &str) -> &str {
    while let Some(shorter) = w.strip_suffix("'s") {
        w = shorter;
    }
    w
}

/// Where `needle` (not empty) is first written in `hay`, as `hay.find(needle)` says: each
/// place its first byte is found at, tried whole in turn. Asked of a name or a
/// separator in a short text, where `find`'s searcher, set up for long texts, cost more
/// than the search (round P64).
pub fn first_place(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    let mut at = 0;
    while hay.len() - at >= needle.len() {
        let found = at + hay[at..].iter().position(|&b| b == first)?;
        if hay[found..].starts_with(needle) {
            return Some(found);
        }
        at = found + 1;
    }
    None
}

/// The lower-case word at `k`, or "" at or past `to` (a look's end) or past the tokens.
#[inline]
pub fn word_before(toks: &[Token], k: usize, to: usize) -> &str {
    toks.get(k)
        .filter(|_| k < to)
        .map_or("", |t| t.lower.as_str())
}

/// `hay` split at the first place `pat` (not empty) is written, as `hay.split_once(pat)`
/// splits it, without `split_once`'s searcher (round P64).
#[inline]
pub fn split_once_at<'h>(hay: &'h str, pat: &str) -> Option<(&'h str, &'h str)> {
    let at = first_place(hay, pat)?;
    Some((&hay[..at], &hay[at + pat.len()..]))
}

/// Are the characters at `i` two hyphens typed for a dash: "--" with no hyphen, `<` or `!`
/// before it and no hyphen or `>` after it?
fn double_hyphen(chars: &[(usize, char)], i: usize) -> bool {
    chars.get(i + 1).is_some_and(|n| n.1 == '-')
        && chars.get(i + 2).is_none_or(|n| !matches!(n.1, '-' | '>'))
        && (i == 0 || !matches!(chars[i - 1].1, '-' | '<' | '!'))
}

/// Splits `text` into tokens in one pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    // Room for every character at once (the text's length in bytes bounds their number):
    // not grown from a quarter of it as `collect` would. The room is the last message's,
    // kept for the next (see `char_room`).
    let mut chars = char_room::take(text.len());
    // Each ASCII byte a character (most messages are all ASCII): filled at a known length,
    // not pushed one character at a time as a UTF-8 decoding iterator is.
    char_room::fill(&mut chars, text);
    // Where the last colon is, in bytes (see the chat logs' prefixes below).
    let last_colon = text.rfind(':');
    let mut i = 0;
    let mut attached = false;
    // A chat log's prefix whose day word is read ("Gina Pratt — Yesterday 4:48 PM:"): where
    // the prefix ends, to go on from once that word is taken.
    let mut resume_at: Option<usize> = None;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            if c == '\n' {
                out.push(Token {
                    kind: TokKind::Sym,
                    lower: "\n".into(),
                    sieve_key: word_tables::sieve_key("\n"),
                    breaks: true,
                    start,
                    end: start + 1,
                    attached: false,
                    caps: false,
                    capital: false,
                    looked_up: Cell::new(0),
                    found_at: Default::default(),
                    inner_colon: false,
                });
            }
            attached = false;
            i += 1;
            continue;
        }
        // A chat log's prefix ends on a colon: a line with none at or after its start has
        // none.
        let colon_ahead = last_colon.is_some_and(|at| at >= start);
        if colon_ahead && (i == 0 || chars[i - 1].1 == '\n') {
            // "[09:41] Dana Ruiz: ok go with …": a chat log's speaker and time, read as nothing.
            if let Some(end) = super::chat_logs::speaker_prefix_end(&chars, i) {
                // Its day ("Yesterday") says when the line was said: that word is read.
                match super::chat_logs::day_in_prefix(&chars, i, end) {
                    Some(day) => {
                        resume_at = Some(end);
                        i = day;
                    }
                    None => i = end,
                }
                continue;
            }
        }
        // (Each mark is one character, looked at only where it is written.)
        if matches!(c, '*' | '`')
            && (super::slack_markup::emphasis_mark(&chars, i)
                || super::slack_markup::code_mark(&chars, i))
        {
            // "*Declined:*", "`globus` subscription": markdown's emphasis and code marks,
            // read as nothing.
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let rand_symbol = (matches!(c, 'r' | 'R')
            && chars.get(j).is_some_and(|n| n.1.is_ascii_digit()))
            || matches!(c, 'N' | 'P' | 'K' | 'M' | 'D') && currency_letter(&chars, i);
        let kind = if rand_symbol {
            // The rand's symbol written against its number (`R340k`) stands alone, as `$`
            // does, so the amount after it is read; so do the naira's `N` (`N45m`), the
            // peso's `P` (`P4.8M`), the kina's `K` (`K65k`), the loti's `M` (`M385,000`) and
            // the dalasi's `D` (`D1,850,000`, round S65).
            TokKind::Word
        } else if c.is_alphabetic() {
            // Letters and digits (`q3`, `fy27`), with inner apostrophes (`didn't`).
            while j < chars.len() {
                let d = chars[j].1;
                // (An ASCII letter or digit, most characters of a word, told first.)
                let inner_apostrophe =
                    || is_apostrophe(d) && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic());
                if d.is_ascii_alphanumeric() || d.is_alphanumeric() || inner_apostrophe() {
                    j += 1;
                } else {
                    break;
                }
            }
            // "185 t.kr.": the Danish thousand kroner written short is one word, its inner
            // dot no stop (round S53); so is the Icelandic million krónur, "7,2 m.kr."
            // (round S54).
            if j == i + 1
                && matches!(c, 't' | 'T' | 'm' | 'M')
                && chars.get(j).is_some_and(|n| n.1 == '.')
                && chars
                    .get(j + 1)
                    .is_some_and(|n| n.1.eq_ignore_ascii_case(&'k'))
                && chars
                    .get(j + 2)
                    .is_some_and(|n| n.1.eq_ignore_ascii_case(&'r'))
                && chars.get(j + 3).is_none_or(|n| !n.1.is_alphanumeric())
            {
                j += 3;
            }
            // "Re-raise in February": a verb of asking again with its "re-" is one word.
            if let Some(end) = re_verbs::joined_end(&chars, i, j) {
                j = end;
            }
            // A currency code written onto its amount (`USD400k`, `SGD1.2m`) stands alone,
            // so the amount after it is read.
            if j > i + 3 && chars[i + 3].1.is_ascii_digit() {
                let code: String = chars[i..i + 3].iter().map(|c| c.1).collect();
                if code.chars().all(|c| c.is_ascii_alphabetic())
                    && crate::money::Currency::from_code(&code).is_some()
                {
                    j = i + 3;
                }
            }
            // "knockin'", "shuttin'": the apostrophe after a dropped g is the word's own.
            if chars.get(j).is_some_and(|n| is_apostrophe(n.1))
                && j >= i + 2
                && chars[j - 2].1.eq_ignore_ascii_case(&'i')
                && chars[j - 1].1.eq_ignore_ascii_case(&'n')
            {
                let word: String = chars[i..j]
                    .iter()
                    .map(|c| c.1.to_ascii_lowercase())
                    .collect();
                if super::dropped_g::with_g(&format!("{word}'")).is_some() {
                    j += 1;
                }
            }
            // The rupiah's `Rp` written onto its amount (`Rp1.5M`), likewise.
            if j > i + 2
                && chars[i + 2].1.is_ascii_digit()
                && matches!(chars[i].1, 'R' | 'r')
                && matches!(chars[i + 1].1, 'p' | 'P')
            {
                j = i + 2;
            }
            // The ringgit's `RM` written onto its amount (`RM1.2m`), likewise.
            if j > i + 2 && ringgit_letters(&chars, i) {
                j = i + 2;
            }
            // The kwacha's `MK` and the Seychelles rupee's `SR` (`MK12.5m`), likewise.
            if j > i + 2 && kwacha_or_rupee_letters(&chars, i) {
                j = i + 2;
            }
            // "booking.com", "Amazon.co.uk": a domain name is one word, its dots no stops.
            if chars.get(j).is_some_and(|n| n.1 == '.') {
                if let Some(end) = domain_names::domain_end(&chars, j) {
                    j = end;
                }
            }
            TokKind::Word
        } else if c == '.'
            && chars.get(j).is_some_and(|n| n.1.is_ascii_digit())
            && i > 0
            && matches!(chars[i - 1].1, '$' | '£' | '€' | '¥' | '₹')
        {
            // `$.5M`: an amount written from its decimal point, read as `0.5`.
            while chars.get(j).is_some_and(|n| n.1.is_ascii_digit()) {
                j += 1;
            }
            TokKind::Num
        } else if c.is_ascii_digit() {
            while j < chars.len() {
                let d = chars[j].1;
                let inner = (d == ',' || d == '.')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit());
                if d.is_ascii_digit()
                    || inner
                    || swiss_thousands(&chars, j)
                    || spaced_thousands(&chars, i, j)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            TokKind::Num
        } else if let Some(end) = super::slack_markup::shortcode_end(&chars, i) {
            // ":white_check_mark:": one emoji, not a colon and a word.
            j = end;
            TokKind::Sym
        } else {
            // "$64,900 from Marel-- ours was running …": two hyphens typed for a dash are
            // one token, read as the dash (round R66); not three or more, nor an arrow.
            if c == '-' && double_hyphen(&chars, i) {
                j = i + 2;
            }
            TokKind::Sym
        };
        let end = chars.get(j).map_or(text.len(), |n| n.0);
        let raw = &text[start..end];
        let lower = lowered(raw, kind, attached, &out, &chars, j);
        // "approx. £9k", "Ms. Kato": an abbreviation's dot before a space ends no sentence,
        // so it is kept with its word rather than made a token of its own.
        let word_dot = kind == TokKind::Word
            && chars.get(j).is_some_and(|n| n.1 == '.')
            && chars.get(j + 1).is_none_or(|n| n.1.is_whitespace());
        // "St. Luke's": Saint written short before a name.
        let saint = word_dot
            && raw == "St"
            && chars.get(j + 1..).is_some_and(|rest| {
                rest.iter()
                    .find(|n| !n.1.is_whitespace())
                    .is_some_and(|n| n.1.is_uppercase())
            });
        let abbreviation_dot = word_dot
            && (ABBREVIATIONS.contains(&lower.as_str())
                || saint
                || (MULTIPLIER_ABBREVIATIONS.contains(&lower.as_str())
                    && opens_on_currency(
                        &chars[j + 1..]
                            .iter()
                            .copied()
                            .skip_while(|n| n.1.is_whitespace())
                            .take(4)
                            .collect::<Vec<_>>(),
                    ))
                || (CURRENCY_ABBREVIATIONS.contains(&lower.as_str())
                    && chars[j + 1..]
                        .iter()
                        .find(|n| !n.1.is_whitespace())
                        .is_some_and(|n| n.1.is_ascii_digit())));
        // "Fr. 80'000.–": the francs' dot and dash say there are no centimes; they belong
        // to the amount and end no sentence.
        let francs_dash = kind == TokKind::Num
            && chars.get(j).is_some_and(|n| n.1 == '.')
            && chars
                .get(j + 1)
                .is_some_and(|n| matches!(n.1, '-' | '–' | '—'))
            && chars.get(j + 2).is_none_or(|n| !n.1.is_alphanumeric());
        let caps = kind == TokKind::Word && written_in_capitals(raw);
        let capital = kind == TokKind::Word && opens_on_a_capital(raw);
        let taken = if francs_dash {
            2
        } else {
            usize::from(abbreviation_dot)
        };
        let inner_colon = c == ':'
            && i > 0
            && chars[i - 1].1.is_ascii_digit()
            && chars.get(j).is_some_and(|n| n.1.is_ascii_digit());
        // "Pace of play was 4:50": a clock time's colon (or a score's) is read as no
        // colon at all, so no pass takes it for a clause's or a heading's.
        let lower = if inner_colon {
            CLOCK_COLON.to_string()
        } else {
            lower
        };
        out.push(Token {
            kind,
            sieve_key: word_tables::sieve_key(&lower),
            breaks: token::breaks_a_clause(kind, &lower),
            lower,
            start,
            end: chars.get(j + taken).map_or(text.len(), |n| n.0),
            attached,
            caps,
            capital,
            looked_up: Cell::new(0),
            found_at: Default::default(),
            inner_colon,
        });
        attached = true;
        i = j + taken;
        if let Some(end) = resume_at.take() {
            i = end;
        }
    }
    char_room::give_back(chars);
    // "We'll park it so.": the Irish English "then" closing a sentence, no "so" that joins.
    for k in 0..out.len() {
        if super::so_opened::closing_so(&out, k) {
            out[k].set_lower("then".to_string());
        }
        // "were stopping the …": speech-to-text's "we're".
        if super::slips_and_short_forms::were_for_we_re(&out, k) {
            out[k].set_lower("we're".to_string());
        }
        // "bc the lease isnt signed": chat's "because".
        if let Some(word) = super::slips_and_short_forms::short_form(&out[k]) {
            out[k].set_lower(word.to_string());
        }
    }
    // "… forty thousand new line the old sizer …": punctuation dictated as words.
    // "To Do → Approved": a tracker's old status is history (see `status_transitions`).
    super::status_transitions::without_old_statuses(
        super::terms_of_address::without_terms_of_address(super::dictated_punctuation::as_written(
            out,
        )),
    )
}

#[cfg(test)]
mod tests;
