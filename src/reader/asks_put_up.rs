//! Asks put up in words the cue lists do not hold: "Facilities want to put the $8k quote
//! back to the committee" (a priced thing taken to those who decide) and "Finance reckon we
//! need a cash flow forecasting tool" (a unit's judgement that a new thing is needed).

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// Those an ask is put to.
fn deciders(w: &str) -> bool {
    matches!(
        w,
        "committee" | "board" | "trustees" | "governors" | "council" | "exec" | "execs"
    )
}

/// At `i`, "put the $8k quote back to the committee", "take the case to the board": a
/// price or a case for the work taken to those who decide, with its money in the clause.
pub fn put_to_deciders(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "put" | "take" | "bring") {
        return false;
    }
    let end = (i + 1..toks.len().min(i + 12))
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len().min(i + 12));
    let words = &toks[i + 1..end];
    let priced = words
        .iter()
        .any(|t| matches!(t.lower.as_str(), "quote" | "quotes" | "case" | "proposal"));
    let to_deciders = words
        .windows(3)
        .any(|w| w[0].is("to") && w[1].is("the") && deciders(&w[2].lower));
    priced && to_deciders && !find_money(words, Currency::GBP).is_empty()
}

/// At `i`, "reckon we need a …", "think we need a new …": a unit's judgement that it
/// needs a thing (not a decision, a quote, a meeting or a word).
pub fn reckons_it_needs(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(i), "reckon" | "reckons" | "think" | "thinks")
        && word(i + 1) == "we"
        && word(i + 2) == "need"
        && matches!(word(i + 3), "a" | "an")
        && toks.get(i + 4).is_some_and(Token::is_word)
        && !matches!(
            word(i + 4),
            "decision"
                | "quote"
                | "meeting"
                | "call"
                | "chat"
                | "word"
                | "plan"
                | "steer"
                | "break"
                | "bigger"
                | "better"
                | "rethink"
        )
}

/// At `i`, "Amos reckons a second container forklift would save us K12k a month …",
/// "Mere thinks a new expeller would cut …" (round S55): someone's judgement that a thing
/// would bring a saving puts it forward, the saving foreseen.
pub fn reckons_a_thing_would_save(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(i), "reckon" | "reckons" | "think" | "thinks")
        && matches!(word(i + 1), "a" | "an")
        && (i + 2..i + 8)
            .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
            .any(|k| word(k) == "would" && matches!(word(k + 1), "save" | "cut"))
}

/// At `i`, "Dewayne priced a log scanner for the stave mill", "Riaan costed a feed mixer
/// wagon", "Ricky priced out a sand screener" (round S49): someone who priced or costed a
/// new thing (not a quote or a figure) has put it forward; with money in the message it
/// is a proposal, whatever saving it is said to bring.
pub fn priced_a_thing(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "Freya's got a price for the radio link to Wideford Hill, £8,900" (round S58): a
    // price got for a thing, the thing after "for".
    if matches!(word(i), "price" | "quote") {
        // "Please find attached the quote for converting the coal boiler …": a quote sent.
        let attached = i >= 2
            && matches!(word(i - 1), "the" | "a" | "our")
            && matches!(word(i - 2), "attached" | "enclosed");
        return i >= 2
            && (word(i - 1) == "a" && matches!(word(i - 2), "got" | "had" | "gotten") || attached)
            && word(i + 1) == "for"
            && toks.get(i + 2).is_some_and(Token::is_word)
            && !matches!(word(i + 2), "it" | "that" | "this" | "them");
    }
    if i == 0 || !matches!(word(i), "priced" | "costed") || toks[i - 1].is_break() {
        return false;
    }
    let a = if matches!(word(i + 1), "up" | "out") {
        i + 2
    } else {
        i + 1
    };
    matches!(word(a), "a" | "an")
        && toks.get(a + 1).is_some_and(Token::is_word)
        && !matches!(
            word(a + 1),
            "quote" | "figure" | "price" | "deal" | "job" | "bit" | "lot" | "few"
        )
}

/// At `i`, "filter media at the plant needs replaced, quoted $385K", "the guillotine needs
/// to be changed, quote is 92 500$", "We need a new one, quote is Rs 32,00,000" (round
/// S68): a price quoted, its money straight after, for a thing said in the same or the
/// sentence before to need replacing, changing or a new one, puts the thing forward.
pub fn needed_and_quoted(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "quoted" | "quote") {
        return false;
    }
    needed_and_quoted_past_its_word(toks, i)
}

fn needed_and_quoted_past_its_word(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // Where the money must open: "quoted $385K", "quote is …", "quote was …",
    // "quote came in at …".
    let at = match (word(i), word(i + 1)) {
        ("quoted", _) => i + 1,
        ("quote", "is" | "was" | ":") => i + 2,
        ("quote", "came") if word(i + 2) == "in" && word(i + 3) == "at" => i + 4,
        _ => return false,
    };
    let end = toks.len().min(at + 6);
    if at >= end
        || !find_money(&toks[at..end], Currency::GBP)
            .iter()
            .any(|m| m.start == 0)
    {
        return false;
    }
    // The need, back over this sentence and the one before it.
    let mut stops = 0;
    for k in (0..i).rev() {
        if toks[k].is_break() && matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n") {
            stops += 1;
            if stops == 2 {
                return false;
            }
        }
        if matches!(word(k), "need" | "needs")
            && matches!(
                word(k + 1),
                "replaced" | "replacing" | "changed" | "changing" | "a" | "an" | "new"
            )
            || matches!(word(k), "need" | "needs")
                && word(k + 1) == "to"
                && word(k + 2) == "be"
                && matches!(word(k + 3), "replaced" | "changed")
        {
            return true;
        }
    }
    false
}

/// At `i`, "Chlorine savings on the UV would run about $40,000 a year according to
/// Carollo, system is $910,000 installed" (round S68): a saving that "would run" or
/// "would be" money by the year is foreseen, the thing put forward, not a saving made.
pub fn saving_would_run(toks: &[Token], i: usize) -> bool {
    if !toks[i].is("would") {
        return false;
    }
    saving_would_run_past_its_word(toks, i)
}

fn saving_would_run_past_its_word(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i + 1), "run" | "be") {
        return false;
    }
    let saving_before = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| matches!(word(k), "savings" | "saving"));
    if !saving_before {
        return false;
    }
    let end = toks.len().min(i + 10);
    let words = &toks[i + 2..end.max(i + 2)];
    let by_year = words
        .windows(2)
        .any(|w| matches!(w[0].lower.as_str(), "a" | "per") && w[1].is("year"));
    by_year && !find_money(words, Currency::GBP).is_empty()
}
