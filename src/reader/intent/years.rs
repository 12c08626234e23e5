//! The benefit's horizon in years ("over 4 years", "a 3-year deal").

use super::*;

/// "over 3 years", "a 5-year horizon", "three years", "3 yrs": the benefit horizon.
pub fn find_years(toks: &[Token]) -> Option<u32> {
    (0..toks.len()).find_map(|i| years_at(toks, i))
}

/// The benefit horizon said at token `i` ("3 years"), if the number there is one; not how
/// old something is, how long it is kept, has gone on or takes to pay back.
/// (Asked at every word: its first test told here, before a call, round P63. A number, or a
/// word opening as a number's word below does: "two" … "thirty".)
#[inline(always)]
pub fn years_at(toks: &[Token], i: usize) -> Option<u32> {
    let t = &toks[i];
    let may_count = match t.kind {
        TokKind::Num => true,
        TokKind::Word => matches!(
            t.lower.as_bytes().first(),
            Some(b't' | b'f' | b's' | b'e' | b'n')
        ),
        TokKind::Sym => false,
    };
    if !may_count {
        return None;
    }
    years_at_past_its_first_test(toks, i)
}

/// [`years_at`] once its first test is passed.
fn years_at_past_its_first_test(toks: &[Token], i: usize) -> Option<u32> {
    let n = match toks[i].kind {
        TokKind::Num => toks[i].lower.parse::<u32>().ok(),
        TokKind::Word => match toks[i].lower.as_str() {
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            "six" => Some(6),
            "seven" => Some(7),
            "eight" => Some(8),
            "nine" => Some(9),
            "ten" => Some(10),
            // "should last twelve years", "they run twenty years": a horizon past ten.
            "eleven" => Some(11),
            "twelve" => Some(12),
            "fifteen" => Some(15),
            "twenty" => Some(20),
            "thirty" => Some(30),
            _ => None,
        },
        TokKind::Sym => None,
    };
    let n = n.filter(|n| (1..=30).contains(n))?;
    let mut j = i + 1;
    if toks.get(j).is_some_and(|t| t.is_sym("-")) {
        j += 1;
    }
    let unit = toks.get(j).map_or("", |t| t.lower.as_str());
    // "over 3y", "over 3 seasons": years said short, or as seasons.
    let short = unit == "y" && toks.get(j).is_some_and(|t| t.attached);
    let prev = if i > 0 {
        toks[i - 1].lower.as_str()
    } else {
        ""
    };
    // "see us five summers", "last us ten winters": years told as the summers (winters) a
    // thing will see us through (round V49).
    let seen_through = matches!(unit, "summers" | "winters") && matches!(prev, "us" | "for");
    if !(matches!(unit, "year" | "years" | "yr" | "yrs" | "seasons") || short || seen_through) {
        return None;
    }
    let next = toks.get(j + 1).map_or("", |t| t.lower.as_str());
    // "for another 3 years": how long it is kept, not how long a benefit lasts.
    let kept_for = matches!(prev, "another" | "further" | "more");
    if prev == "in" || next == "ago" || next == "old" || kept_for {
        return None;
    }
    // "the actual machines have 25 years": how old they are, as Portuguese and Spanish
    // writers put an age ("têm 25 anos"), not a horizon.
    // "the fittings have 15 years lifetime" (round S53): the life they have is a horizon.
    let lifetime = matches!(next, "lifetime" | "lifespan" | "life");
    if matches!(prev, "have" | "has" | "had") && !lifetime {
        return None;
    }
    // "have been asking for it for 3 years", "members have asked for it for 2 years":
    // how long something has gone on, unless an amount between says what the years
    // are for ("we have approved £20k a year for 3 years").
    let gone_on = prev == "for"
        && toks[..i - 1]
            .iter()
            .rev()
            .take_while(|t| !t.is_break() && t.kind != TokKind::Num)
            .any(|t| matches!(t.lower.as_str(), "been" | "have" | "has" | "had" | "'ve"));
    if gone_on {
        return None;
    }
    // "payback over 7 years", "pays back in 3 years": how long it takes to earn back,
    // not how long the benefit lasts.
    let payback = toks[i.saturating_sub(3)..i].iter().any(|t| {
        matches!(
            crate::reader::tokens::without_possessives(&t.lower),
            "payback" | "pays" | "breakeven" | "break-even" | "even"
        )
    });
    // "a shaft with 6 years of life left": how long something has, not a horizon.
    let left = toks[j + 1..]
        .iter()
        .take(4)
        .take_while(|t| !t.is_break())
        .any(|t| matches!(t.lower.as_str(), "left" | "remaining"));
    // "we have 14 years of turbine data": how much of something there is, unless the
    // years are what something runs for ("for 3 years of POS support") or what they hold
    // is the benefit ("3 years of savings").
    let held = next == "of"
        && !matches!(prev, "for" | "over" | "across")
        && !toks.get(j + 2).is_some_and(|t| {
            crate::reader::money_words::SAVING_WORDS.contains(&t.lower.as_str())
                || matches!(t.lower.as_str(), "returns" | "payback" | "operation")
        });
    // "so roughly 3 years payback", "a 2-year payback" (round S68): the payback said
    // after its years.
    let payback = payback || matches!(next, "payback" | "pay-back" | "breakeven" | "break-even");
    if payback || left || held {
        return None;
    }
    Some(n)
}

/// "New crusher can serve 10 years", "it should last ten years", "good for 8 years",
/// "Lifetime 20 years" (round V54): years said as the life of the thing proposed, read
/// even with no yearly benefit.
pub fn life_said(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        years_at(toks, i).is_some()
            && (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "serve" | "last" | "lasts" | "lifetime" | "lifespan"
                ) || toks[k].is("good") && toks.get(k + 1).is_some_and(|t| t.is("for"))
            })
    })
}

#[cfg(test)]
mod p63_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P63: the first test in front of a benefit's horizon (a number, or a word
    /// opening on a number word's letter) keeps the look's answer at every word of the
    /// corpus's training messages and of `src/`'s strings, and the horizon is still read.
    /// Invented: a ropewalk's twister.
    #[test]
    fn the_first_test_keeps_the_years() {
        let toks = tokenize("The hemp twister saves £9k a year over twelve years, or 5 years.");
        let twelve = toks.iter().position(|t| t.is("twelve")).unwrap_or(0);
        assert_eq!(years_at(&toks, twelve), Some(12));
        assert_eq!(find_years(&toks), Some(12));
        assert_eq!(years_at(&toks, twelve + 1), None);
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            assert_eq!(
                years_at(toks, i),
                years_at_past_its_first_test(toks, i),
                "{text:?} at {i}"
            );
        });
        assert!(asked > 100_000, "{asked}");
    }
}

#[cfg(test)]
mod p64_tests {
    use crate::reader::tokens::{tokenize, without_possessives};

    /// Round P64: a word without the "'s" it ends on is the word `trim_end_matches` gives,
    /// at every word of the corpus's training messages and of `src/`'s strings, and a
    /// payback still tells no horizon. Invented: a ropewalk's twister.
    #[test]
    fn without_possessives_is_trim_end_matches() {
        assert_eq!(without_possessives("twister's's"), "twister");
        assert_eq!(without_possessives("'s"), "");
        assert_eq!(without_possessives("twisters"), "twisters");
        let toks = tokenize("The hemp twister's payback's over 4 years.");
        assert_eq!(super::find_years(&toks), None);
        let toks = tokenize("The hemp twister saves £9k a year over 4 years.");
        assert_eq!(super::find_years(&toks), Some(4));
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            for t in tokenize(text) {
                for w in [
                    t.lower.clone(),
                    format!("{}'s", t.lower),
                    format!("{}'s's", t.lower),
                ] {
                    assert_eq!(without_possessives(&w), w.trim_end_matches("'s"), "{w:?}");
                    asked += 1;
                }
            }
        }
        assert!(asked > 100_000, "{asked}");
    }
}
