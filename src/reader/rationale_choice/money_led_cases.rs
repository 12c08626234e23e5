//! A stop's or refusal's case opened by its money (round R43): "scrapping the sponsor crm,
//! 21k spent and sales still lives in the spreadsheet", "pulling the plug on the mascot cam,
//! 9k in and the feed drops every inning", "we have wound up the gulf e-commerce store, 7L
//! gone on listings and zero repeat orders", "lorna nixed the drone light show, 60k for
//! twelve minutes of sky", "He has said no to the Dubai trade show stall — ₹18 lakh for three
//! days, and last year we got one enquiry from it". The clause after the verdict's comma or
//! dash was refused for its money, yet the money sunk and what came of it, or the price and
//! the little it would buy, is the case against the work (conventions 26 and 30): the
//! reason is that clause whole, with a clause joined to it by ", and".

use super::*;

/// Words after the money saying it is spent and gone: "21k spent", "9k in", "7L gone"; or
/// since when, or where it went ("$3,800 since october and …", "2.5 grand down the drain
/// and …", round S47).
const SUNK: &[&str] = &[
    "spent", "sunk", "gone", "wasted", "burnt", "burned", "in", "since", "down", "on", "into",
];

/// Tagalog's "spent" and "paid", after its "na" (already): "₱60k na nagastos wala namang
/// nagbabasa" (round S47), the case following with no "and".
const SPENT_TAGALOG: &[&str] = &["nagastos", "naibayad", "nabayad"];

/// Words after "for" that make the price's object a small or counted thing: "for twelve
/// minutes of sky", "for a dinner and a photo", "for a 12-year-old machine with no spares".
const SMALL: &[&str] = &[
    "and", "with", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "twenty", "we", "we'd", "they", "nobody", "only", "once", "twice",
];

/// Words opening a clause that judges what the price is "for": "12k for shirts that will be
/// worn to church", "£38k for a van which would sit in the yard" (round R49).
const JUDGED: &[&str] = &["that", "which", "who", "nobody", "nobody's", "no-one"];

fn sentence_stop(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// The clause `s..e` after the verdict ending at `v_end` that opens on the money and says
/// the case against the work, in the verdict's own sentence before `limit`.
pub(super) fn money_led_case(
    toks: &[Token],
    v_end: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let limit = limit.min(toks.len());
    let sep = (v_end..limit).find(|&j| {
        sentence_stop(&toks[j])
            || matches!(toks[j].lower.as_str(), "," | "—" | "–")
            // "e-commerce" is one word: only a spaced hyphen is a dash.
            || toks[j].is("-") && j > 0 && toks[j].start > toks[j - 1].end
    })?;
    // "We're scrapping the drum store. $7,500 on the consent so far and now …" (round
    // S47): a verdict's sentence that ends on the thing, the case opening the next.
    if sentence_stop(&toks[sep])
        && !(toks[sep].is(".") && (v_end..sep).filter(|&j| toks[j].is_word()).count() <= 8)
    {
        return None;
    }
    let s = sep + 1;
    if s >= limit || !money(s) {
        return None;
    }
    let after = (s..limit).find(|&j| !money(j))?;
    // To the sentence's end, over a clause joined by ", and"; a case that is a sentence of
    // its own runs to its end.
    let own_sentence = sentence_stop(&toks[sep]);
    let end = (after..limit)
        .find(|&j| {
            sentence_stop(&toks[j])
                || !own_sentence
                    && (toks[j].is(";")
                        || toks[j].is(",") && !toks.get(j + 1).is_some_and(|t| t.is("and")))
        })
        .unwrap_or(limit);
    if (after..end).any(money) {
        return None;
    }
    let words = |a: usize| (a..end).filter(|&j| toks[j].is_word()).count();
    let w = toks[after].lower.as_str();
    // "na nagastos", "na ang naibayad" (already the paid).
    let spent_at = after + 1 + usize::from(toks.get(after + 1).is_some_and(|t| t.is("ang")));
    let tagalog_spent = w == "na"
        && toks
            .get(spent_at)
            .is_some_and(|t| spent_at < end && SPENT_TAGALOG.contains(&t.lower.as_str()));
    let case = if tagalog_spent {
        words(spent_at + 1) >= 2
    } else if SUNK.contains(&w) {
        // "21k spent and sales still lives in the spreadsheet": what came of it after "and"
        // (or "but": "$65k spent already but most customers still WhatsApp …", round R49).
        // "9k sunk n we sold 14 barrels all year" (round S49): "n" and "&", as terse
        // writers join it.
        (after + 1..end.min(after + 6))
            .find(|&j| toks[j].is("and") || toks[j].is("but") || toks[j].is("n") || toks[j].is("&"))
            .is_some_and(|a| words(a + 1) >= 2)
    } else if own_sentence {
        // A sentence of its own is the case when it says the money spent and gone, or the
        // price for a few or counted things ("$35k a year rent for a plane twice a week",
        // "26k for maybe a dozen painted heads a month", round R50).
        // A sentence that goes on past a comma ("… is daft, we'll tell the supplier …") is
        // left to the stages that read its clauses.
        price_for_few(toks, after, end) && !(after..end).any(|j| toks[j].is(",") || toks[j].is(";"))
    } else if w == "for" {
        words(after + 1) >= 4
            && (after + 1..end).any(|j| {
                toks[j].kind == tokens::TokKind::Num
                    || SMALL.contains(&toks[j].lower.as_str())
                    || j > after + 1 && JUDGED.contains(&toks[j].lower.as_str())
            })
    } else if w == "and" {
        // "US$24,000 and di CIB nah approve drone spraying": a clause of its own after it.
        words(after + 1) >= 4 && (after + 1..end).all(|j| toks[j].is_word())
    } else {
        false
    };
    case.then_some((s, end))
}

/// Words telling how few or how often, which make a price's object a counted thing.
const FEW: &[&str] = &[
    "once", "twice", "dozen", "few", "handful", "couple", "maybe", "only", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// "for maybe a dozen painted heads a month", "a year rent for a plane twice a week": from
/// `after` (the word after the money), a price's "for", after a rate ("a year", "a month")
/// and a word or two for what is paid, whose object is a few or counted things.
fn price_for_few(toks: &[Token], after: usize, end: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < end)
            .map_or("", |t| t.lower.as_str())
    };
    let rate = matches!(word(after), "a" | "an" | "per")
        && matches!(word(after + 1), "year" | "month" | "week" | "yr" | "day");
    let from = if rate { after + 2 } else { after };
    let Some(f) = (from..end.min(from + 3)).find(|&j| toks[j].is("for")) else {
        return false;
    };
    let words = (f + 1..end).filter(|&j| toks[j].is_word()).count();
    words >= 4
        && (f + 1..end)
            .any(|j| toks[j].kind == tokens::TokKind::Num || FEW.contains(&toks[j].lower.as_str()))
}

impl Choice<'_> {
    /// After a stop or a refusal, the clause after its comma or dash that opens on the money
    /// and says the case against the work.
    pub(super) fn case_opened_by_money(&self) -> Option<String> {
        let v = (self.verdict).filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
        let (s, e) = money_led_case(self.toks, v.end, self.limit(), self.in_money)?;
        Some(self.words(s, e))
    }
}
