//! Where a proposal's cues end: "Procurement want a …", "L&P are after a …", "Radiology
//! looking for a …", "we should look at …", the thing named after each.

use super::*;

/// [`PROPOSAL_CUES`], asked of every word of a proposal.
static PROPOSAL_CUE_WORDS: crate::reader::tokens::WordSet =
    crate::reader::tokens::WordSet::new(PROPOSAL_CUES);

/// After each cue of an investment's proposal (four at most, the first first): where the
/// thing it proposes is said.
#[inline]
pub(super) fn cue_ends(toks: &[Token], intent: Intent) -> Vec<usize> {
    if intent == Intent::Investment {
        // Every cue, the first first: "new one for the register: Risk would like a …"
        // names it after the later one.
        // "asked the distro team to look at an EV van pilot": the thing looked at, not who
        // was asked.
        toks.iter()
            .enumerate()
            .filter(|(p, t)| {
                // "L&P are after a new CRM": wanting it. "Radiology looking for a portable
                // ultrasound": after "looking for", what is looked for.
                // "Youth Services put in for the makerspace kit", "has put in a bid for a
                // fume cupboard set": what is put in for.
                let put_at = |k: usize| {
                    *p >= k + 2
                        && toks[p - k - 1].is("in")
                        && matches!(toks[p - k - 2].lower.as_str(), "put" | "puts" | "putting")
                };
                let put_in_for = t.is("for")
                    && (put_at(0)
                        || put_at(2)
                            && matches!(toks[p - 1].lower.as_str(), "bid" | "request" | "claim")
                            && matches!(toks[p - 2].lower.as_str(), "a" | "an"));
                // "Macca's after new headsets for the control room" (round B60): a name's
                // "'s" is "is", wanting what comes after.
                let name_is = |w: &Token| {
                    w.capital
                        && (w.lower.ends_with("'s") || w.lower.ends_with("’s"))
                        && matches!(word_at(toks, p + 1), "new" | "a" | "an" | "some" | "more")
                };
                let after = put_in_for
                    || t.is("after")
                        && *p > 0
                        && (matches!(toks[p - 1].lower.as_str(), "are" | "is" | "'re" | "were")
                            || name_is(&toks[p - 1]))
                    // "He's also looking at a parts washer, no price yet" (round B53).
                    || (t.is("for") || t.is("at"))
                        && *p > 0
                        && toks[p - 1].is("looking")
                        && matches!(word_at(toks, p + 1), "a" | "an");
                // "Sam mentioned in passing that Packaging wants a …": a cue that reports
                // what someone said names nothing itself; the ask it reports does.
                let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
                let reports =
                    word(p + 1) == "that" || word(p + 1) == "in" && word(p + 2) == "passing";
                // "we should look at an optical sorter" (these three asked in turn, only
                // while no cue before them is found).
                let should_look = || {
                    t.is("should") && crate::reader::intent::asked_to_look_at(toks, *p).is_some()
                };
                let could_use = || ask_shapes::could_use(toks, *p);
                // "Facilities reckon a smart water metering kit … would run about $54k".
                let reckon_a = || {
                    matches!(t.lower.as_str(), "reckon" | "reckons")
                        && matches!(word(p + 1), "a" | "an")
                };
                // "the insurer will knock $18k a year off our premium", "takes about £17,500
                // a year off the electric" (round B57): money off a bill, no thing kicked off.
                let money_off = t.is("off")
                    && *p > 0
                    && (matches!(
                        toks[p - 1].lower.as_str(),
                        "year" | "month" | "week" | "annum"
                    ) || toks[p - 1].kind == TokKind::Num);
                // "The hire boat association asked if we'd fit holding tank sensors …"
                // (round B59): what "we'd" get, after who asked.
                let asked_if_we = t.is("if")
                    && *p > 0
                    && matches!(toks[p - 1].lower.as_str(), "asked" | "asks" | "asking")
                    && asked_we_get(toks, *p + 1).is_some();
                (PROPOSAL_CUE_WORDS.holds(t) && !money_off
                    || asked_if_we
                    || after
                    || should_look()
                    || could_use()
                    || reckon_a()
                    || ask_shapes::put_forward_or_thought_of(toks, *p))
                    && !reports
            })
            .map(|(p, _)| {
                // "have priced up a heat recovery unit": the cue's particle is no word of
                // the thing's name.
                let particle = matches!(word_at(toks, p + 1), "up" | "out")
                    && matches!(word_at(toks, p + 2), "a" | "an" | "the" | "some");
                let end = crate::reader::intent::asked_to_look_at(toks, p)
                    .unwrap_or(p + 1 + usize::from(particle));
                // "proposing we put solar on the workshop roof" (round B58): "we" and a verb
                // of getting after the cue, then the thing.
                let we_get = word_at(toks, end) == "we"
                    && matches!(
                        word_at(toks, end + 1),
                        "put" | "get" | "buy" | "install" | "add" | "build" | "fit"
                    );
                let asked_if_we = t_is_if(toks, p)
                    .then(|| asked_we_get(toks, p + 1))
                    .flatten();
                asked_if_we.unwrap_or(end + 2 * usize::from(we_get))
            })
            .take(4)
            .collect()
    } else {
        Vec::new()
    }
}

/// Whether the token at `p` is "if".
fn t_is_if(toks: &[Token], p: usize) -> bool {
    toks.get(p).is_some_and(|t| t.is("if"))
}

/// "we'd fit", "we would put in", "we could get" at `k` (after "asked if"): where the thing
/// got starts, past "we", the modal and the verb of getting (and its "in").
fn asked_we_get(toks: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let verb_at = match (word(k), word(k + 1)) {
        ("we'd" | "we’d", _) => k + 1,
        ("we", "would" | "could" | "should" | "'d" | "’d") => k + 2,
        _ => return None,
    };
    let getting = matches!(
        word(verb_at),
        "put" | "get" | "buy" | "install" | "add" | "build" | "fit"
    );
    getting.then(|| verb_at + 1 + usize::from(word(verb_at + 1) == "in"))
}
