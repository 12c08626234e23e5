//! "He's grand with the CCTV upgrade for the four shops at €28k", "she's fine with MFA for
//! the dispatchers now, another $2k": a decider said to be fine, grand or ok with a priced
//! thing lets it go ahead, an approval passed on (round S38).

use super::money_words::find_money;
use super::tokens::Token;
use super::verdict_idioms::rest_of_sentence;
use crate::money::Currency;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// What "fine with" may be said of that is no decider ("it's fine with me").
const NO_DECIDER: &[&str] = &[
    "it's", "that's", "this's", "what's", "there's", "here's", "let's", "who's",
];

/// Said of someone at `i - 1`: "he's", "she's", "they're", "Fiona's", "Raj is".
pub(in crate::reader) fn said_of_someone(toks: &[Token], i: usize) -> bool {
    let before = word(toks, i.wrapping_sub(1));
    if i == 0 || NO_DECIDER.contains(&before) {
        return false;
    }
    if before.ends_with("'s") || before.ends_with("'re") {
        return true;
    }
    // "She ok with HK$96k": the copula left out, as second-language writers do (round S46);
    // "MD ok with the shade netting", a title in capitals (round S48).
    if matches!(before, "he" | "she" | "they") {
        return true;
    }
    // "Rob and Jen both happy with the drip irrigation" (round S66): two named, "both"
    // after the second name, the copula left out.
    if before == "both"
        && i >= 4
        && toks[i - 2].capital
        && toks[i - 2].is_word()
        && toks[i.saturating_sub(6)..i - 2].iter().any(|t| t.is("and"))
    {
        return true;
    }
    if toks[i - 1].caps && (2..=4).contains(&before.len()) && before != "it" {
        return true;
    }
    // "Boss ok with the kopi machines", "Jeremy fine with …": a name opening its sentence,
    // the copula left out as Singapore writers do (round S50).
    let opens_sentence = i == 1 || toks[i - 2].is_break();
    if opens_sentence
        && toks[i - 1].capital
        && toks[i - 1].kind == super::tokens::TokKind::Word
        && !matches!(
            before,
            "it" | "that"
                | "this"
                | "which"
                | "what"
                | "everything"
                | "everyone"
                | "all"
                | "we"
                | "i"
                | "you"
                | "all's"
                | "so"
                | "and"
                | "but"
                | "not"
        )
    {
        return true;
    }
    matches!(before, "is" | "are" | "was" | "were")
        && i >= 2
        && toks[i - 2].is_word()
        && !matches!(
            word(toks, i - 2),
            "it" | "that" | "this" | "which" | "what" | "everything" | "everyone" | "all"
        )
}

/// At `i` ("fine", "grand", "ok", "okay", "good"), "<someone> is fine with the <thing>" with
/// the thing's price in its own clause or opening the next ("…, another $2k,"), an approval;
/// where the shape ends. A pronoun after "with" ("fine with it") names nothing, and money
/// said later in the sentence ("…, they saved us £2k") is a result, not a price.
pub(in crate::reader) fn fine_with_at(toks: &[Token], i: usize) -> Option<usize> {
    if let Some(end) = fine_with_them_priced_at(toks, i) {
        return Some(end);
    }
    // "She's happy with $42k for the Herma one" (round S47); "she's all set with", "he's
    // dead on with", "happy enough w the new case coder" (round S48).
    let thing = assent_with_at(toks, i)?;
    // "She is ok with US$9,600": the dollar's "US", not the pronoun (round S48).
    let dollar = toks
        .get(thing + 1)
        .is_some_and(|t| t.is_sym("$") && t.attached);
    if matches!(
        word(toks, thing),
        "it" | "that" | "this" | "them" | "me" | "us" | "him" | "her" | "everything" | "anything"
    ) && !dollar
        || !said_of_someone(toks, i)
    {
        return None;
    }
    priced_in_clause(toks, thing).then_some(thing)
}

/// At `i`, words of assent said of someone and "with" ("fine with", "happy enough with",
/// "all set with", "dead on with", "good w/ …"): where the thing after "with" starts.
pub(in crate::reader) fn assent_with_at(toks: &[Token], i: usize) -> Option<usize> {
    let after = match word(toks, i) {
        // "She's rapt with $9,800 …", "shane's sweet with the new jackhammers" (round S49).
        "fine" | "grand" | "ok" | "okay" | "good" | "happy" | "rapt" | "sweet" => {
            i + 1 + usize::from(word(toks, i + 1) == "enough")
        }
        "all" if word(toks, i + 1) == "set" => i + 2,
        "dead" if word(toks, i + 1) == "on" => i + 2,
        _ => return None,
    };
    match word(toks, after) {
        "with" | "w/" => Some(after + 1),
        // "w/" written as a letter and a slash, or "w" alone, as terse writers shorten "with".
        "w" if word(toks, after + 1) == "/" => Some(after + 2),
        "w" => Some(after + 1),
        _ => None,
    }
}

/// At `i` ("fine", "grand", "ok", "okay"), "<someone> is fine with them / it, <price>":
/// the thing named earlier in the sentence ("had a look at the shore power bollards and
/// he's fine with them, £18k, since …"), its price opening the clause straight after the
/// pronoun, an approval passed on (round S44); where the shape ends (at the mark).
fn fine_with_them_priced_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "fine" | "grand" | "ok" | "okay")
        || word(toks, i + 1) != "with"
        || !matches!(word(toks, i + 2), "it" | "them")
        || !matches!(word(toks, i + 3), "," | "—" | "–" | "at")
        || !said_of_someone(toks, i)
    {
        return None;
    }
    let clause_end = (i + 4..toks.len())
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len());
    find_money(&toks[i + 4..clause_end], Currency::GBP)
        .first()
        .is_some_and(|m| m.start <= 1)
        .then_some(i + 3)
}

/// At `i` ("happy", "fine", "ok", "okay"), "<someone> is happy for the <people> to get /
/// have / buy the <thing>" with the thing's price in its clause or opening the next, an
/// approval passed on ("she's happy for the permitting team to get MFA now, another $3k");
/// where the shape ends (at the thing).
pub(in crate::reader) fn happy_for_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(word(toks, i), "happy" | "fine" | "ok" | "okay")
        || word(toks, i + 1) != "for"
        || !said_of_someone(toks, i)
    {
        return None;
    }
    // Who gets it, up to five words, then "to" and a verb of getting.
    let to = (i + 3..(i + 8).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| word(toks, k) == "to")?;
    if !matches!(
        word(toks, to + 1),
        "get" | "have" | "buy" | "order" | "start" | "roll"
    ) || toks.get(to + 2).is_none_or(|t| !t.is_word())
        || matches!(word(toks, to + 2), "on" | "it" | "them" | "that" | "this")
    {
        return None;
    }
    priced_in_clause(toks, to + 2).then_some(to + 2)
}

/// Whether the clause from `from` holds money, or the next one opens with it (within two
/// words of the first break): "the permitting team to get MFA now, another $3k".
pub(in crate::reader) fn priced_in_clause(toks: &[Token], from: usize) -> bool {
    let sentence = rest_of_sentence(toks, from);
    let first_break = sentence
        .iter()
        .position(|t| t.is_break())
        .unwrap_or(sentence.len());
    // "…, so we'll budget $120k for it" (round V52): the money we set aside, in the clause
    // the consent leads to.
    let w = |k: usize| sentence.get(k).map_or("", |t| t.lower.as_str());
    let so_ours = w(first_break + 1) == "so"
        && (matches!(w(first_break + 2), "we'll" | "i'll" | "we're")
            || w(first_break + 2) == "we" && w(first_break + 3) == "will");
    let next_break = (first_break + 1..sentence.len())
        .find(|&k| sentence[k].is_break())
        .unwrap_or(sentence.len());
    find_money(sentence, Currency::GBP).iter().any(|m| {
        m.start < first_break
            || m.start <= first_break + 2
            || so_ours && m.start < next_break && m.period.is_none()
    })
}

/// At `i` ("happy", "fine", "ok", "okay", "good", "grand"), "<someone>'s happy enough at
/// <price>": the thing named before lets go ahead at that price, an approval passed on
/// ("Gráinne came back to me on the punnet filler. She's happy enough at €62k, …", round
/// S45); where the shape ends (at the price).
pub(in crate::reader) fn happy_at_a_price_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        word(toks, i),
        "happy" | "fine" | "ok" | "okay" | "good" | "grand"
    ) || !said_of_someone(toks, i)
    {
        return None;
    }
    let at = i + 1 + usize::from(word(toks, i + 1) == "enough");
    if word(toks, at) != "at" {
        return None;
    }
    let clause_end = (at + 1..toks.len())
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len());
    find_money(&toks[at + 1..clause_end], Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
        .then_some(at + 1)
}
