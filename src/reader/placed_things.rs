//! A new thing asked for, said with where it goes: "Maint wants vibration sensors on the
//! chiller augers, $65k", "Brokers are mad for a quote-and-bind API off the broker portal,
//! about €180k", "Risk are looking for an audit trail tool ahead of the Central Bank
//! inspection, no figures yet": a known investment's name said after the place word is
//! where (or what for) the new thing is, not a mention of that investment. The ask must be
//! a proposal (priced, or said to have no price yet) for a thing of its own, not more of
//! the known one ("more licences for the claims platform") nor something asked of it
//! ("wants the numbers off the analytics").

use super::money_words::find_money;
use super::tokens::Token;

mod unpriced_asks;
pub(in crate::reader) use unpriced_asks::looked_at_or_redone_unpriced;

/// Words that ask for a thing.
const ASKS: &[&str] = &[
    "want",
    "wants",
    "wanted",
    "asked",
    "asking",
    "looking",
    "mad",
    "like",
    "requested",
    "requesting",
    // "Workshop reckon we need a proper tyre cage for the road train tyres".
    "need",
    "needs",
    // "Maintenance have costed up a heat recovery system off the cupola": put up, priced.
    "costed",
    "priced",
];

/// Words between the ask and the thing: not the thing.
const LEADS: &[&str] = &[
    "for", "to", "a", "an", "some", "new", "trial", "pilot", "try", "get", "buy", "add", "put",
    "fit", "do", "install", "up",
];

/// Things that are more of a known investment or something asked of it, not a thing of
/// their own.
const NOT_A_THING: &[&str] = &[
    "more",
    "extra",
    "another",
    "additional",
    "licences",
    "licenses",
    "seats",
    "upgrade",
    "support",
    "phase",
    "module",
    "fix",
    "fixes",
    "numbers",
    "figures",
    "data",
    "report",
    "sign-off",
    "signoff",
    "approval",
    "update",
    "access",
    "training",
    "demo",
    "quote",
    "quotes",
    "help",
    "feedback",
    "budget",
    "money",
    "funding",
    "decision",
    "time",
];

/// Words that say a proposal has no price yet.
// "no cost estimate yet" (round S42): an estimate not made is no price; "no number on it
// yet", "no budget yet" (round S43) the same.
const UNPRICED: &[&str] = &[
    "figures",
    "pricing",
    "price",
    "priced",
    "numbers",
    "costed",
    "estimate",
    "number",
    "figure",
    "budget", // "no quotation yet" (round S45).
    "quotation",
    "quotations",
];

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Is the known name matched at `start` said where a new thing asked for goes?
pub(super) fn where_a_new_thing_goes(toks: &[Token], start: usize) -> bool {
    let p = start - usize::from(start > 0 && matches!(word(toks, start - 1), "the" | "our"));
    if p < 3 {
        return false;
    }
    // "chiller boxes on 2 of the cargo bikes": some of the known things, where they go.
    let some_of = word(toks, p - 1) == "of"
        && toks[p - 2].kind == super::tokens::TokKind::Num
        && matches!(word(toks, p - 3), "on" | "for" | "in" | "at");
    let place = if some_of {
        p - 3
    } else {
        part_or_list_before(toks, p).unwrap_or(p - 1)
    };
    if place < 2 {
        return false;
    }
    let ahead_of = word(toks, place) == "of" && word(toks, place - 1) == "ahead";
    if !ahead_of && !matches!(word(toks, place), "on" | "off" | "for" | "in" | "at") {
        return false;
    }
    let object_end = place - usize::from(ahead_of);
    // Twelve tokens back: a joined name's hyphens are tokens of their own.
    let ask = (object_end.saturating_sub(12)..object_end)
        .rev()
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("-") || money_token(&toks[k]))
        .find(|&k| ASKS.contains(&word(toks, k)));
    let Some(ask) = ask.or_else(|| proposal_label_before(toks, object_end)) else {
        return false;
    };
    // "wants to scan the parish records for the digital archive": a verb of its own is
    // work on the known one.
    if word(toks, ask + 1) == "to" && !LEADS.contains(&word(toks, ask + 2)) {
        return false;
    }
    let mut first = ask + 1;
    // "requesting $64,000 for a standby generator": the money asked, then the thing.
    if first < object_end && money_token(&toks[first]) {
        match find_money(&toks[first..object_end], crate::money::Currency::GBP).first() {
            Some(m) if m.start == 0 => first += m.end,
            _ => return false,
        }
    }
    while first < object_end && LEADS.contains(&word(toks, first)) {
        first += 1;
    }
    let object = first..object_end;
    if object.is_empty()
        || object.clone().filter(|&k| toks[k].is_word()).count() > 5
        || object
            .clone()
            .any(|k| matches!(word(toks, k), "the" | "our" | "their" | "its"))
        || object.clone().any(|k| {
            // "a quote-and-bind API": a word inside a joined one is no thing said alone.
            let joined = |j: usize| toks.get(j).is_some_and(|t| t.is_sym("-") && t.attached);
            NOT_A_THING.contains(&word(toks, k)) && !joined(k + 1) && !(k > 0 && joined(k - 1))
        })
    {
        return false;
    }
    let priced = !find_money(toks, crate::money::Currency::GBP).is_empty()
        || toks.iter().any(|t| UNPRICED.contains(&t.lower.as_str()));
    priced
}

/// A number or a currency's sign: part of an amount said between an ask and its thing.
fn money_token(t: &Token) -> bool {
    t.kind == super::tokens::TokKind::Num || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥")
}

/// Words that label what follows as a thing put up: "New proposal from Facilities: …".
const PROPOSALS: &[&str] = &["proposal", "request", "ask", "bid"];

/// "New proposal from Facilities: LED lighting for …": the colon of a label that puts a
/// thing up, ending a line's first words, just before the object that ends at `end` (the
/// colon stands for the ask).
fn proposal_label_before(toks: &[Token], end: usize) -> Option<usize> {
    let colon = (end.saturating_sub(8)..end)
        .rev()
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("-") || toks[k].is_sym(":"))
        .find(|&k| toks[k].is_sym(":"))?;
    (colon.saturating_sub(5)..colon)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .any(|k| PROPOSALS.contains(&word(toks, k)))
        .then_some(colon)
}

/// Parts of a thing a new one goes at: "at the back of the deck crane".
const PARTS: &[&str] = &[
    "top", "back", "front", "end", "side", "bottom", "foot", "edge", "head", "far", "rear",
];

/// Before the known name starting at `p` (after its "the"), the place word reached through
/// a part of it ("at the top of the T-bar") or past another place listed before it ("for
/// the corridors and the car park"): where that word is.
fn part_or_list_before(toks: &[Token], p: usize) -> Option<usize> {
    let pointer = |k: usize| matches!(word(toks, k), "the" | "our");
    if p >= 4 && word(toks, p - 1) == "of" && PARTS.contains(&word(toks, p - 2)) && pointer(p - 3) {
        return Some(p - 4);
    }
    if !matches!(word(toks, p - 1), "and" | "&") {
        return None;
    }
    // "the corridors and": one to three words pointed at before the "and".
    (p.saturating_sub(5)..p - 2)
        .rev()
        .take_while(|&k| toks[k + 1].is_word())
        .find(|&k| pointer(k))
        .filter(|&k| k >= 1)
        .map(|k| k - 1)
}

/// Words after an ask that lead to what is looked at: "asked us to look at …", "want
/// them to look into …".
const LOOK_LEADS: &[&str] = &[
    "us", "me", "them", "look", "looking", "at", "into", "explore",
];

/// "Sales want more seats on the online store, $2k", "Estates asked us to look at options
/// for the car park roof": an ask for no thing of its own, more of a known investment named
/// right after (`known` holds where known investments are named) or only choices or ways
/// looked at; not "options for a solar array", which names one.
pub(super) fn asks_for_no_new_thing(toks: &[Token], known: &[usize]) -> bool {
    (0..toks.len())
        .filter(|&k| ASKS.contains(&word(toks, k)))
        .any(|k| {
            let mut at = k + 1;
            while LEADS.contains(&word(toks, at)) || LOOK_LEADS.contains(&word(toks, at)) {
                at += 1;
            }
            if super::intent::LOOKED_AT_NOT_THINGS.contains(&word(toks, at)) {
                return !matches!(word(toks, at + 2), "a" | "an");
            }
            matches!(word(toks, at), "more" | "extra" | "additional")
                && (at + 1..at + 5)
                    .take_while(|&p| toks.get(p).is_some_and(Token::is_word))
                    .find(|&p| matches!(word(toks, p), "on" | "off" | "for" | "in" | "at" | "to"))
                    .is_some_and(|p| {
                        known.contains(&(p + 1))
                            || matches!(word(toks, p + 1), "the" | "our")
                                && known.contains(&(p + 2))
                    })
        })
}

/// "bed exit mats for the high-care rooms. No pricing yet.", "a pallet inverter, no
/// numbers yet", "Nobody's put a price on it yet", "don't nobody know what one costs yet":
/// at `at`, a thing said as new (after "a" or "an", or a plural of its own),
/// in a message that says it has no price yet; where it is said.
pub(in crate::reader) fn unpriced_thing_at(toks: &[Token], at: usize) -> Option<usize> {
    // "we need our own HPLC in the lab" (round S47): one of our own is a new one.
    let new = matches!(word(toks, at), "a" | "an")
        || word(toks, at) == "our" && word(toks, at + 1) == "own"
        || (at..at + 4)
            .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word()))
            .any(|k| {
                let w = word(toks, k);
                w.len() > 3
                    && w.ends_with('s')
                    && !super::intent::LOOKED_AT_NOT_THINGS.contains(&w)
                    && !matches!(w, "its" | "this" | "those" | "these" | "us" | "updates")
            })
            && !matches!(
                word(toks, at),
                "the" | "it" | "our" | "their" | "more" | "help"
            );
    let unpriced = (0..toks.len()).any(|k| {
        // "nobody price it yet", "no-one's costed it": nobody has, as "not yet" says.
        // "Haven't got a price yet" (round S47).
        matches!(
            word(toks, k),
            "no" | "not"
                | "nobody"
                | "nobody's"
                | "no-one"
                | "no-one's"
                | "noone"
                | "haven't"
                | "havent"
                | "hasn't"
        ) && ((k + 1..k + 4).any(|j| UNPRICED.contains(&word(toks, j)))
                // "don't nobody know what one costs yet", "no idea what it'd cost yet".
                || (k + 2..k + 6).any(|j| {
                    matches!(word(toks, j), "cost" | "costs")
                        && (k + 1..j).any(|m| word(toks, m) == "what")
                })
                // "Bailiffs want a body cam setup, no $ yet": the money sign for a price.
                || matches!(word(toks, k + 1), "$" | "£" | "€" | "$$")
                    && word(toks, k + 2) == "yet")
    });
    (new && unpriced).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::where_a_new_thing_goes;

    fn at(text: &str, name: &str) -> bool {
        let toks = tokenize(text);
        let k = toks.iter().position(|t| t.lower == name).unwrap();
        where_a_new_thing_goes(&toks, k)
    }

    #[test]
    fn only_a_new_thing_asked_for() {
        assert!(at(
            "Boil Crew wants a steam hood on the evaporator, $9k",
            "evaporator"
        ));
        // Work of its own verb on a named thing, for the known one.
        assert!(!at(
            "The Woods want to tap the north slope maples for the vacuum tubing, $40k",
            "vacuum"
        ));
        // More of the known one, and no proposal (no price).
        assert!(!at(
            "Sales want more seats on the online store, $2k",
            "online"
        ));
        assert!(!at("Sales want a new banner on the online store", "online"));
    }
}
