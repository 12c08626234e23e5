//! "there will be no guest house, this year or next", "No mill shop café, this year or next
//! — Alasdair and Fiona are agreed" (round S52): the thing said not to be at all is refused.
//! "there will be no" says so of whatever follows; a bare "No <thing>" opening a sentence
//! says so only with a no for this year and the next after it ("No parking Friday" is a
//! notice, not a verdict).

use super::tokens::Token;

/// At `i` ("there"), "there will be no" / "there is going to be no";
/// at `i` ("no") opening a sentence, a thing of a few words and then "this year or next":
/// where the shape ends (after "no").
pub(in crate::reader) fn no_thing_at_all_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    match word(i) {
        "there" => {
            let no = match (word(i + 1), word(i + 2)) {
                ("will", "be") => i + 3,
                ("is", "going") if word(i + 3) == "to" && word(i + 4) == "be" => i + 5,
                _ => return None,
            };
            (word(no) == "no" && toks.get(no + 1).is_some_and(Token::is_word)).then_some(no + 1)
        }
        "no" => {
            let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("\n");
            if !opens {
                return None;
            }
            let comma = (i + 2..(i + 7).min(toks.len())).find(|&k| toks[k].is_break())?;
            let k = comma + usize::from(matches!(word(comma + 1), "—" | "–" | "-"));
            let not_now = word(k + 1) == "this"
                && word(k + 2) == "year"
                && word(k + 3) == "or"
                && word(k + 4) == "next";
            (toks[comma].is_sym(",") && not_now).then_some(i + 1)
        }
        _ => None,
    }
}
