//! Whether a name's words are said as ordinary words or inside a title, whether they name
//! the work, kinds of thing, and another thing said after a name's first words.

use super::*;

/// "the budget is tight", "over budget again": a unit's one-word name or alias written in
/// lower case after an article or "over" / "under" / "within", the ordinary word rather than
/// the team, unless a word after it says it is a team ("the finance team") or the team's
/// kind of thing ("the haulage contract"). `start..end` is the match.
pub(in crate::reader) fn said_as_ordinary_word(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    if end != start + 1 || start == 0 {
        return false;
    }
    // "the iGaming team": a capital anywhere in the word writes it as a name.
    let lower = !text[toks[start].start..toks[start].end]
        .chars()
        .any(char::is_uppercase);
    let before = toks[start - 1].lower.as_str();
    let article = matches!(
        before,
        "the" | "a" | "an" | "our" | "their" | "its" | "this"
    ) || super::after_an_article_and_new(toks, start);
    let measure = matches!(before, "over" | "under" | "within" | "on");
    let team = toks
        .get(end)
        .is_some_and(|t| TEAM_WORDS.contains(&t.lower.as_str()));
    let body = toks
        .get(end)
        .is_some_and(|t| BODY_WORDS.contains(&t.lower.as_str()))
        && !(start >= 2 && toks[start - 2].is("to"));
    let team = team || body;
    // "renewed the haulage contract": the unit's word before a kind of thing says whose
    // thing it is.
    // "the club app": a kind of use, not whose (convention 56).
    // (Read only where a kind of thing or the unit's things follow, round P56.)
    let kind_of_use = || super::kind_of_use_before_a_new_thing(toks, start);
    let whose = article
        && toks
            .get(end)
            .is_some_and(|t| KIND_NOUNS.contains(&t.lower.as_str()))
        && !kind_of_use()
        || super::unit_word_before_its_things(toks, start, end) && !kind_of_use()
        || super::a_units_place_before_a_thing(toks, start, end);
    // "coming to the commissary tues": the place visited is the team's.
    let visited = crate::reader::intent::place_visited(toks, start);
    // "the planer's getting a new knife grinder": the team is who gets the new thing.
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let gets_at = |k: usize| {
        matches!(word(k), "getting" | "gets")
            && matches!(
                word(k + 1),
                "a" | "an" | "new" | "its" | "their" | "another"
            )
    };
    let gets = gets_at(end) || matches!(word(end), "is" | "are") && gets_at(end + 1);
    // "The workshop wants a new parts washer", "the office need a second printer": the
    // team opening the sentence is who asks for the thing.
    let opens =
        start == 1 || toks[start - 2].is_break() || super::opens_a_reported_clause(toks, start - 1);
    let asks = opens
        && matches!(
            word(end),
            "wants" | "want" | "wanted" | "needs" | "need" | "asked" | "requested"
        )
        && matches!(word(end + 1), "a" | "an" | "another" | "new" | "some")
        || opens && super::asking_after_be(toks, end);
    // "we need a proper parts washer in the workshop": the place a thing is wanted in is
    // the team's.
    let placed = article
        && start >= 3
        && matches!(word(start - 2), "in" | "into")
        && toks[start - 3].is_word()
        && !toks[start - 3].lower.ends_with("ed");
    // "in the workshop", "the café's Christmas opening hours", "Proposal from the groomers":
    // where it is, whose, or whose ask.
    let owner = placed
        || super::said_as_owner(toks, start, end)
        || super::proposal_from(toks, start, end)
        || super::place_a_thing_is_for(toks, start, end);
    lower && !team && !whose && !visited && !gets && !asks && !owner && (article || measure)
}

/// "for the Fancy Food Show": a single word inside a run of words written with capitals,
/// after one that does not open its clause and before another, is a word of that proper
/// name (an event, a place), not the name found there. `start..end` is the match.
pub(in crate::reader) fn inside_a_title(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    let capital = |t: &Token| t.is_word() && text[t.start..].starts_with(char::is_uppercase);
    end == start + 1
        && start >= 2
        && capital(&toks[start - 1])
        && !toks[start - 2].is_break()
        && toks.get(end).is_some_and(capital)
}

/// Whether a unit's name at `start`, inside a follow-up's task, names the work ("the
/// iGaming testing", "the Finance numbers") rather than whom to ask ("check with Finance",
/// "send HR the plan", "send it to the DSI"): it follows "the" or "our", not after a word
/// saying whom.
pub(in crate::reader) fn names_the_work(toks: &[Token], start: usize) -> bool {
    // "send the planning to the DSI", "check with the Finance team": whom, not the work.
    let whom = start >= 2
        && matches!(
            toks[start - 2].lower.as_str(),
            "to" | "with" | "from" | "cc" | "ask" | "tell"
        );
    start > 0 && matches!(toks[start - 1].lower.as_str(), "the" | "our") && !whom
}

/// Nouns that say what kind of thing a name is: the head of a name's phrase.
pub(super) const KIND_NOUNS: &[&str] = &[
    "app",
    "apps",
    "portal",
    "bot",
    "chatbot",
    "dashboard",
    "kiosk",
    "kiosks",
    "website",
    "site",
    "module",
    "engine",
    "database",
    "hub",
    "scanner",
    "scanners",
    "sensor",
    "sensors",
    "robot",
    "robots",
    "tablet",
    "tablets",
    "laptop",
    "laptops",
    "device",
    "devices",
    "camera",
    "cameras",
    "printer",
    "printers",
    "screen",
    "screens",
    "terminal",
    "terminals",
    "lane",
    "lanes",
    "service",
    "course",
    "survey",
    "campaign",
    "contract",
    "licence",
    "license",
    "hotline",
    "helpline",
    // "Dock doors need sensors", "box washer's broke again": parts of a building and
    // machines are other things than a system named by the same describing word.
    "door",
    "doors",
    "washer",
    "washers",
    // "the pallet wrap machine", "the armoured cash vehicle", "the ladle crane", "their own
    // GPU workstations", "the second DMS sandbox": machines, vehicles and the boxes people
    // work on are kinds of things of their own too.
    "machine",
    "machines",
    "vehicle",
    "vehicles",
    "van",
    "vans",
    "truck",
    "trucks",
    "trailer",
    "trailers",
    "crane",
    "cranes",
    "workstation",
    "workstations",
    "sandbox",
];

/// Whether a word says what kind of thing a name is: a noun of a kind of thing ("app",
/// "kiosk") or a word names add freely ("tool", "system").
pub(in crate::reader) fn kind_word(word: &str) -> bool {
    KIND_NOUNS.contains(&word) || crate::reader::names::GENERIC.contains(&word)
}

/// Words a name adds for the work done on the thing it is about ("Timekeeping Replacement",
/// "Bottling Upgrade").
pub(super) const WORK_ON: &[&str] = &[
    "replacement",
    "upgrade",
    "refresh",
    "rollout",
    "migration",
    "renewal",
    "implementation",
    "deployment",
    "modernisation",
    "modernization",
    "overhaul",
    "expansion",
    // "Website Rebuild", "Fermenter Refit": English's other words for the work done on a
    // thing that is there already. ("Tanker Refurbishment" is left out: "book tanker 2.1
    // in" is one of the tankers, not the refurbishment.)
    "rebuild",
    "redesign",
    "refit",
    "revamp",
];

/// Whether the word says the work done on a thing ("migration", "upgrade"), not a thing.
pub(in crate::reader) fn work_on(word: &str) -> bool {
    WORK_ON.contains(&word)
}

/// Whether `word` is all a name says besides the work done on it ("timekeeping" for
/// Timekeeping Replacement): the word is then the whole thing the name is about, and what
/// follows it ("timekeeping badge readers") is a part of that thing.
pub(in crate::reader) fn all_but_the_work(name_words: &[String], word: &str) -> bool {
    name_words.len() >= 2
        && name_words.iter().filter(|w| *w == word).count() == 1
        && name_words.iter().all(|w| w == word || work_on(w))
}

/// "the bilingual onboarding app" against Bilingual Chatbot: a name's word that is not its
/// last (a describing word) followed, within two words that are not the name's, by a noun of
/// another kind of thing than the name's, names that other thing. Words names add or drop
/// freely ("system", "platform") say nothing of the kind. `name_words` are the name's words;
/// `end` is the token after the word; more of the name's words from there are passed over.
pub(in crate::reader) fn another_thing_after(
    toks: &[Token],
    end: usize,
    name_words: &[String],
) -> bool {
    // "car park payment kiosks": the name's own words said on ("park") are passed over.
    let after: Vec<&Token> = toks[end.min(toks.len())..]
        .iter()
        .skip_while(|t| t.is_word() && name_words.contains(&t.lower))
        .take(2)
        .take_while(|t| t.is_word() && !name_words.contains(&t.lower))
        // "toast on truck 1": a word after the phrase has ended ("on", "is") is no part of it.
        .take_while(|t| !ENDS_A_NOUN_PHRASE.contains(&t.lower.as_str()))
        .collect();
    // "the ticketing contract", "the barcode scanner quotations": the papers of buying the
    // name's thing (or a part of it) are about that thing, not another.
    if after.iter().any(|t| super::bought_from(&t.lower)) {
        return false;
    }
    // "the new clubhouse AV system" against Clubhouse Wi-Fi Refresh: a word of neither
    // name nor kind (nor a name word's abbreviation: "case mgmt system"), then a word names
    // add freely, says what other system it is; not against a name that adds such a word
    // itself ("crew rosta tool" for Crew Rostering System).
    let generic = |w: &str| crate::reader::names::GENERIC.contains(&w);
    let other_system = after.len() == 2
        && !kind_word(&after[0].lower)
        && crate::reader::names::expanded(&after[0].lower) == after[0].lower
        && generic(&after[1].lower)
        && !name_words.iter().any(|w| generic(w));
    // "the ladle crane upgrade" against Ladle Preheater, "the cargo trike idea" against
    // Cargo Bike Fleet Expansion: a word of neither name nor kind, then the work done on a
    // thing (or the idea of one) that the name does not say, is another thing's work.
    // Not a name's word misspelt or clipped ("the yard camra upgrade" for Yard Security
    // Cameras): no word of the name opens with the same three letters.
    let unlike_the_name = |w: &str| {
        w.get(..3)
            .is_some_and(|p| !name_words.iter().any(|n| n.starts_with(p)))
    };
    let other_work =
        after.len() == 2 && !kind_word(&after[0].lower) && unlike_the_name(&after[0].lower) && {
            let w = after[1].lower.strip_suffix("'s").unwrap_or(&after[1].lower);
            (super::work_on(w) || matches!(w, "idea" | "proposal"))
                && !name_words.iter().any(|n| n == w)
        };
    other_system
        || other_work
        || after.iter().any(|t| {
            // "the eligibility bot" for Insurance Eligibility Automation: a settled word
            // for the name's own kind is no other thing.
            // "box washer's broke": the thing's "'s" (its "is" or "has") is no part of it.
            let w = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
            KIND_NOUNS.contains(&w) && !name_words.iter().any(|n| n.ends_with(w) || said_for(w, n))
        })
}

/// Words that cannot go on a noun phrase: its verb, a preposition or a conjunction after it.
pub(super) const ENDS_A_NOUN_PHRASE: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "will", "would", "should", "must", "can", "could",
    "expires", "expired", "runs", "ran", "came", "comes", "went", "goes", "needs", "and", "but",
    "or", "so", "for", "from", "with", "to", "in", "on", "at", "by", "before", "after", "until",
];
