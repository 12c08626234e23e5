//! A benefit told as the work paying off, then what it measurably did: "The new taproom POS
//! is paying off — tabs close in half the time and comps are down $4k a month". The praise
//! says the work did well; the result after it, up to the money, is the evidence.

use super::tokens::{TokKind, Token};

/// Does the clause `a..b` praise the work: "is paying off", "paid for itself", "is live",
/// "is working (very) well", "is working nicely", "has been a godsend", "has done the
/// trick", "has taken off", "is earning its keep", "is doing its job", "paid their way",
/// "is pulling its weight", "has covered its costs", "has justified itself"?
fn praises(toks: &[Token], a: usize, b: usize) -> bool {
    let w = |j: usize| {
        toks.get(j)
            .filter(|_| j < b)
            .map_or("", |t| t.lower.as_str())
    };
    // The idioms of earning its money count only right before a colon or a dash ("is
    // already earning its keep: …"): "Swiftwater kit's paid its way already this autumn."
    // tells the result in sentences of its own.
    let before_colon = |j: usize| {
        toks.get(b)
            .is_some_and(|t| matches!(t.lower.as_str(), ":" | "—" | "–" | "-"))
            && (j + 1..b).all(|k| matches!(w(k), "already" | "now"))
    };
    (a + 1..b).any(|j| match w(j) {
        "paying" | "paid" => matches!(w(j + 1), "off" | "for"),
        "live" => matches!(w(j - 1), "is" | "are" | "went" | "gone"),
        "working" => {
            matches!(w(j - 1), "is" | "are")
                && matches!(w(j + 1), "well" | "very" | "nicely" | "great")
        }
        // "Donor CRM's been a godsend", "has been a lifesaver": the work's worth said
        // with a noun of praise after "been a".
        "godsend" | "lifesaver" | "life-saver" => w(j - 1) == "a" && w(j - 2) == "been",
        // "Webcasting has really taken off –": it caught on (not "was taken off the
        // market", nor "taken off the list").
        "off" => {
            matches!(w(j - 1), "taken" | "took")
                && j + 1 == b
                && !matches!(
                    w(j - 2),
                    "been" | "was" | "were" | "be" | "being" | "is" | "are"
                )
        }
        // "have done the trick": it did what it was bought for.
        "trick" => w(j - 1) == "the" && matches!(w(j - 2), "done" | "did" | "doing"),
        // "is already earning its keep", "is doing its job", "have paid their way", "is
        // pulling its weight": idioms of the work earning its money.
        "keep" => {
            matches!(w(j - 1), "its" | "their")
                && matches!(w(j.wrapping_sub(2)), "earning" | "earned" | "earns")
                && before_colon(j)
        }
        "job" => {
            matches!(w(j - 1), "its" | "their")
                && matches!(w(j.wrapping_sub(2)), "doing" | "done" | "does")
                && before_colon(j)
        }
        "way" => {
            matches!(w(j - 1), "its" | "their")
                && matches!(w(j.wrapping_sub(2)), "paid" | "paying" | "pays")
                && before_colon(j)
        }
        // "has more than covered its costs: …", "is covering its lease: …".
        "costs" | "cost" | "lease" | "fees" => {
            matches!(w(j - 1), "its" | "their")
                && matches!(w(j.wrapping_sub(2)), "covering" | "covered" | "covers")
                && before_colon(j)
        }
        // "has already justified itself: …".
        "itself" | "themselves" => {
            matches!(w(j - 1), "justified" | "justifying" | "justifies") && before_colon(j)
        }
        // "are already showing: …" (round R41).
        "showing" => matches!(w(j - 1), "already" | "is" | "are" | "now") && before_colon(j),
        "weight" => {
            matches!(w(j - 1), "its" | "their")
                && matches!(w(j.wrapping_sub(2)), "pulling" | "pulled")
                && before_colon(j)
        }
        _ => false,
    })
}

/// A break that ends the praise: a sentence end, a comma, a colon or a dash.
pub(super) fn praise_break(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "." | "!" | "," | ":" | ";" | "—" | "–" | "\n"
    ) || t.is_sym("-") && !t.attached
}

/// Words that say a result was measured: a number, or a change.
pub(super) fn measures(t: &Token) -> bool {
    t.kind == TokKind::Num
        || matches!(
            t.lower.as_str(),
            "half"
                | "faster"
                | "fewer"
                | "less"
                | "down"
                | "up"
                | "fell"
                | "dropped"
                | "halved"
                | "quicker"
                // "cleared the October backlog three weeks early".
                | "early"
                | "earlier"
                | "sooner"
                // "fitting in an extra client a day each" (round R41).
                | "extra"
        )
}

/// The break that ends the praise opening the message (within its first 12 words): "The
/// new taproom POS is paying off —", "Café tills paid off big time,".
fn praise_end(toks: &[Token]) -> Option<usize> {
    let b = (0..toks.len().min(13)).find(|&j| praise_break(&toks[j]))?;
    (b >= 2 && praises(toks, 0, b)).then_some(b)
}

/// Does the message open praising the work as paying off (see [`praise_end`])?
pub(super) fn opens_praising(toks: &[Token]) -> bool {
    praise_end(toks).is_some()
}

/// The evidence after the praise that opens the message (within its first 12 words): the
/// next clause, from its first word to a break or an "and" that opens the money's clause
/// ("and we paid $8k less"), when it measures something and holds no money (`money`); a
/// time ending it (`skip` marks amounts and dates) dates the benefit and is left out.
pub fn result_after_praise(
    text: &str,
    toks: &[Token],
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let b = praise_end(toks)?;
    let mut s = b + 1;
    while toks.get(s).is_some_and(praise_break) {
        s += 1;
    }
    let clause_end = |j: usize| {
        (j..toks.len())
            .find(|&k| praise_break(&toks[k]) || toks[k].is("("))
            .unwrap_or(toks.len())
    };
    let e = clause_end(s);
    // "and per-cap spend is up $2.10": a rate per head is a result, not the benefit's
    // money (conventions 15 and 29).
    // "we sold the lawn at $14 instead of $9": prices set against each other are the
    // result's evidence too (round R45).
    let money = |j: usize| {
        money(j)
            && !rate_per_head(toks, j)
            && !super::prices_compared::compared_price(toks, j, money)
    };
    // "… and we paid $8k less", "… and comps are down $4k": the money's clause.
    // Not "to Tim Hortons and Kal Tire for $45K", names joined (round R41).
    let e = (s + 1..e)
        .find(|&j| {
            toks[j].is("and")
                && (j..clause_end(j)).any(money)
                && !super::benefit_consequences::names_joined(toks, j)
        })
        .unwrap_or(e);
    // "… to Tim Hortons and Kal Tire for $45K a year": the price they paid ends the result.
    let e = (s + 3..e)
        .find(|&j| toks[j].is("for") && money(j + 1))
        .filter(|&j| {
            (s + 1..j)
                .any(|k| toks[k].is("and") && super::benefit_consequences::names_joined(toks, k))
        })
        .unwrap_or(e);
    // "… on the dementia wing since August": a time ending the result dates the benefit,
    // not its evidence (when no other time dates it, for "since").
    let d = super::clauses::counted_until(toks, s, e, skip);
    let e = if d > s + 2
        && d < e
        && (matches!(
            toks[d].lower.as_str(),
            "in" | "during" | "over" | "last" | "this"
        ) || super::clauses::since_time_dates(toks, d, e, skip, &money))
    {
        d
    } else {
        e
    };
    // The result opens on a word or its count ("14 fewer falls on the dementia wing").
    let opens = toks[s].is_word() || toks[s].kind == TokKind::Num && !money(s);
    (e >= s + 3 && opens && !(s..e).any(money) && (s..e).any(|j| measures(&toks[j])))
        .then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// The money at `j` is a rate per head or per thing: "per-cap spend is up $2.10", "avg
/// spend per table up $6", "£1.40 a head"; not money per period ("£3k per month").
pub(super) fn rate_per_head(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let period = |k: usize| {
        matches!(
            w(k).trim_end_matches('s'),
            "day" | "week" | "month" | "quarter" | "year" | "annum" | "season" | "term" | "yr"
        )
    };
    let per = |k: usize| (w(k) == "per" && !period(k + 1)) || w(k).starts_with("per-");
    (j.saturating_sub(7)..j).any(per)
        || per(j + 1)
        || w(j + 1) == "a" && matches!(w(j + 2), "head" | "cover" | "table" | "visit")
}

/// "the scoreboard's paying off already", "the scales are paying for themselves", "the
/// refitted boats are paying their way": the work told as paying its way now (a result; a
/// benefit with its money, news without). Not a debt paid off ("paying off the loan") nor a forecast ("should be paying for itself").
pub fn paying_its_way_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "Hurricane prep pay off when the storm pass through": the bare "pay off" of a
    // subject, said of what happened (Caribbean English's past), not "to pay off", "would
    // pay off", "didn't pay off" (the hedges below and these).
    let bare_pay = word(i) == "pay"
        && word(i + 1) == "off"
        && i > 0
        && toks[i - 1].is_word()
        && !matches!(
            word(i - 1),
            "to" | "it'd" | "didn't" | "not" | "never" | "did" | "does" | "do" | "can" | "must"
        )
        && !(i.saturating_sub(4)..i).any(|k| matches!(word(k), "hope" | "reckon" | "gonna"));
    if !matches!(word(i), "paying" | "pays") && !bare_pay {
        return false;
    }
    let said = match word(i + 1) {
        "off" => !matches!(
            word(i + 2),
            "the"
                | "a"
                | "an"
                | "our"
                | "their"
                | "its"
                | "it"
                | "this"
                | "that"
                | "some"
                | "debt"
                | "loan"
                | "loans"
                | "lease"
                | "balance"
                | "card"
                | "invoices"
        ),
        "for" => matches!(word(i + 2), "itself" | "themselves"),
        // "The refitted boats are paying their way. …": the idiom said of the work now
        // (round V50), as "have paid their way" is.
        "its" | "their" => word(i + 2) == "way" && word(i) == "paying",
        _ => false,
    };
    let hedged = (i.saturating_sub(3)..i).any(|k| {
        matches!(
            word(k),
            "will" | "would" | "could" | "should" | "might" | "may" | "if" | "start" | "'ll"
        )
    });
    said && !hedged
}
