//! The words a new investment's name stops at or is introduced by: stop words, determiners,
//! verbs of wanting and asking, lead-ins, sites, kinds of thing.

use super::*;

pub(super) const NAME_STOP: &[&str] = &[
    "in",
    "for",
    "at",
    "with",
    "expecting",
    "to",
    "by",
    "from",
    "on",
    "and",
    "but",
    "because",
    "as",
    "which",
    "that",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "will",
    "would",
    "so",
    "over",
    // "the oyster vending kiosk down the ocean": where it would be, as "at" says.
    "down",
    // "a quote-and-bind API off the broker portal": where it hangs off, not its name.
    "off",
    // "an audit trail tool ahead of the inspection".
    "ahead",
    "after",
    "until",
    "till",
    "til",
    "thru",
    "through",
    "since",
    "due",
    "this",
    "last",
    "next",
    "today",
    "yesterday",
    "of",
    "delivered",
    "saved",
    "saves",
    "cut",
    "cuts",
    "reduced",
    "avoided",
    "realised",
    "realized",
    "generated",
    // "The webshop brought in €210k", "… earned", "… recovered": a benefit's verb.
    "brought",
    "earned",
    "recovered",
    "yielded",
    "returned",
    "unlocked",
    "freed",
    "achieved",
    "we",
    "they",
    "it",
    "until",
    "pending",
    "costing",
    "worth",
    "budget",
    "across",
    // "camera traps along the Talek river": where the things go, not more of their name.
    "along",
    "alongside",
    "around",
    "beside",
    "near",
    "into",
    "when",
    "if",
    "just",
    "finally",
    "officially",
    "have",
    "been",
    "got",
    "already",
    "also",
    "now",
    "capex",
    "opex",
    "plus",
    "upfront",
    // "a proper accounts package instead of my spreadsheets": what it replaces follows.
    "instead",
    // "the drone sprayer fi the coffee rust": Jamaican "for", what it is for follows.
    "fi",
    // "cancelled again", "approved anyway": what is said of the verb, not a name.
    "again",
    "anyway",
    // "… sensors before the season starts", "SOC vendor came in at …": a time or a verb
    // after the thing, not more of its name.
    "before",
    "came",
    "comes",
    "went",
    "goes",
];
/// Words dropped from the end of a new name: "the chatbot pilot project".
pub(super) const NEW_NAME_TAIL: &[&str] = &[
    "project",
    "programme",
    "program",
    "initiative",
    "proposal",
    // "knocked back the club app idea": the thing, not the thought of it.
    "idea",
    // "The runway lights quote came in at …": the thing quoted, not the quote.
    "quote",
    "quotes",
    // "wants weather stations out in the blocks": the particle of putting them out.
    "out",
    // "said no to the sleep room cameras though – …", "no to the bike wash station
    // either": the talker's word closing the clause, no part of the thing.
    "though",
    "tho",
    "too",
    "either",
];

/// Words after which a proposal says its thing: "Procurement want a contract tool",
/// "Ops pitched a pallet shuttle", "Estates have costed a …".
pub(super) const PROPOSAL_CUES: &[&str] = &[
    "register",
    "registering",
    "investment",
    "project",
    "initiative",
    "proposing",
    "launching",
    "starting",
    "off",
    "case",
    "invest",
    "investing",
    "proposal",
    "request",
    "like",
    "ask",
    // "Procurement want a contract tool", "Legal are asking for a deal room".
    "want",
    "wants",
    // "Customer Services are wanting a webchat bot".
    "wanting",
    "asking",
    "requesting",
    // "Packaging asks for a palletiser", "Sales requested a quote tool".
    "asks",
    // "Quality pretends to buy a new lab system": the false friend of "pretende", intends.
    "pretends",
    "pretend",
    "intends",
    "asked",
    "requests",
    "requested",
    // "Ops pitched a pallet shuttle", "Finance keen on a drone kit", "IT
    // floated a …", "HR proposed a …".
    "pitched",
    "pitching",
    "pitches",
    "keen",
    // "Brokers are mad for a …": keen, said strongly (an ask where the thing goes, as
    // `placed_things` reads it).
    "mad",
    "proposed",
    "proposes",
    "propose",
    "floated",
    "floating",
    "suggested",
    "suggesting",
    "suggests",
    // "IT is getting a new ATS", "Ops buying a …".
    "getting",
    "buying",
    // "We need a new control room firewall".
    "need",
    "needs",
    // "Tech mentioned a CNC router for the scenic workshop".
    "mentioned",
    "mentions",
    // "Estates have costed an air source heat pump for …", "Ops priced a …".
    "costed",
    "priced",
];
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "new", "that", "this", "whole", "proposed", "planned",
    "another", // "asked for a proper rota app": a word saying it is wanted, not the name's.
    "proper",  // "want a likkle chipper": small, in Jamaican English, no word of the name.
    "likkle",  // "asked for their own pricing sandbox": whose it would be.
    "own",
];

/// "a couple of those interactive tables", "a pair of the new scanners", "a few of these
/// kiosks": at `i`, how many are wanted, said before the things; how many words it takes.
pub(super) fn quantity_of_len(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let quantity = matches!(
        word(i),
        "couple" | "pair" | "few" | "handful" | "bunch" | "set" | "batch"
    );
    if quantity && word(i + 1) == "of" {
        return Some(2 + usize::from(matches!(word(i + 2), "those" | "these" | "them")));
    }
    // "a second set of portable panels", "another batch of tablets": which of them, then
    // how many.
    let which = matches!(
        word(i),
        "second" | "third" | "fourth" | "another" | "extra" | "spare" | "new"
    );
    if which
        && matches!(word(i + 1), "set" | "batch" | "pair" | "couple" | "lot")
        && word(i + 2) == "of"
    {
        return Some(3 + usize::from(matches!(word(i + 3), "those" | "these" | "them")));
    }
    // "asked for two more handheld metal detectors", "3 extra tablets": a count of more of
    // the same.
    let count = toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
        || matches!(
            word(i),
            "two" | "three" | "four" | "five" | "six" | "ten" | "some" | "several" | "few"
        );
    (count && matches!(word(i + 1), "more" | "extra" | "additional")).then_some(2)
}

/// Verbs said before what is wanted ("want to replace the expenses system", "would like to
/// roll out tablet charts"): not part of its name. Each is one or two words.
pub(super) const WANT_VERBS: &[&[&str]] = &[
    &["replace"],
    &["replacing"],
    &["buy"],
    &["buying"],
    &["purchase"],
    &["procure"],
    &["implement"],
    &["implementing"],
    &["introduce"],
    &["introducing"],
    &["build"],
    &["building"],
    // "would like to fund a debt advice pilot", "develop a booking app".
    &["fund"],
    &["funding"],
    &["develop"],
    &["developing"],
    &["install"],
    &["installing"],
    &["create"],
    // "want to put solar panels on the roof", "fit CCTV in the car park".
    &["put"],
    &["fit"],
    // "wants to run a radio spot with the local station".
    &["run"],
    // "wants to make a solar plant".
    &["make"],
    &["making"],
    &["commission"],
    &["deploy"],
    &["deploying"],
    &["adopt"],
    &["upgrade"],
    &["upgrading"],
    &["renew"],
    &["refresh"],
    // "want to rebuild the website": the thing rebuilt.
    &["rebuild"],
    &["redesign"],
    &["redo"],
    &["revamp"],
    &["overhaul"],
    &["trial"],
    // "want to try a new loyalty scheme".
    &["try"],
    &["trying"],
    &["pilot"],
    &["launch"],
    // "Sales want to open a used equipment shop".
    &["open"],
    &["opening"],
    &["get"],
    &["roll", "out"],
    &["rolling", "out"],
    &["set", "up"],
    &["bring", "in"],
    &["move", "to"],
    &["switch", "to"],
    &["migrate", "to"],
    // "IT want to do a tablet refresh for the carers".
    &["do"],
    // "want to propose a LMS platform".
    &["propose"],
    &["proposing"],
    // "want to register a staff app", "log a new …".
    &["register"],
    &["log"],
    &["add"],
    // "asked staff to look at a drone program", "to scope a …": the look taken at it.
    &["look", "at"],
    &["look", "into"],
    &["explore"],
    &["scope"],
    &["investigate"],
    &["evaluate"],
    &["price", "up"],
];

/// Whom a new thing is asked of ("asked staff to look at …", "told the team to scope …"):
/// never its name.
pub(super) const ASKED_WHO: &[&str] = &[
    "staff", "team", "us", "them", "me", "someone", "everyone", "people", "officers",
];

/// How many words a verb before a new name takes at `i`: only after "to" ("want to
/// replace …") or before an article ("replace the …"), so a name that starts with such a
/// word ("Building Management System") keeps it.
pub(super) fn want_verb_len(toks: &[Token], i: usize) -> Option<usize> {
    let after_to = i > 0 && toks[i - 1].is("to");
    WANT_VERBS.iter().find_map(|v| {
        let n = v.len();
        let said = toks.len() >= i + n && v.iter().zip(&toks[i..i + n]).all(|(w, t)| t.is(w));
        // The word after is looked up only for a verb said (this runs for every verb).
        let before_article = || {
            toks.get(i + n)
                .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()))
        };
        (said && (after_to || before_article())).then_some(n)
    })
}

/// How many words at `i` say who asks for what rather than name it: "budget for",
/// "funding for", "Spa's request for", "their ask for", "the CX request for", "the Chief
/// Pilot's office request for" (up to three words saying whose ask it is).
pub(super) fn request_len(toks: &[Token], i: usize) -> Option<usize> {
    const ASKS: &[&str] = &[
        "budget", "funding", "funds", "money", "ask", "request", "proposal", "bid", "pitch",
    ];
    // The words from the ask to its "for": none, or "of" / "from" and up to four words
    // saying whose it is ("the proposal of Asset Management for …", "a request from the
    // Human Resources department for …").
    let asks_at = |j: usize| -> Option<usize> {
        if !toks
            .get(j)
            .is_some_and(|t| ASKS.contains(&t.lower.as_str()))
        {
            return None;
        }
        if toks.get(j + 1).is_some_and(|t| t.is("for")) {
            return Some(0);
        }
        if !toks.get(j + 1).is_some_and(|t| t.is("of") || t.is("from")) {
            return None;
        }
        (1..=4).find_map(|n| {
            let whose = toks.get(j + 2..j + 2 + n)?;
            (whose.iter().all(Token::is_word) && toks.get(j + 2 + n)?.is("for")).then_some(n + 1)
        })
    };
    (0..=3).find_map(|n| {
        let between = toks
            .get(i..i + n)
            .is_some_and(|w| w.iter().all(Token::is_word));
        between
            .then(|| asks_at(i + n))
            .flatten()
            .map(|whose| n + whose + 2)
    })
}

/// Lead-ins a writer puts before what the message is about ("Kindly note the …", "Just to
/// flag", "FYI", "Heads up —"): never the start of a name. Each is matched whole, then an
/// optional "that".
pub(super) const LEAD_INS: &[&[&str]] = &[
    &["kindly", "note"],
    &["please", "note"],
    &["pls", "note"],
    &["just", "to", "flag"],
    &["just", "flagging"],
    &["to", "flag"],
    &["fyi"],
    // "Nah, the TikTok campaign's a no": the answer's interjection, before the thing.
    &["yeah", "nah"],
    &["nah"],
    &["heads", "up"],
    &["for", "info"],
    &["please", "be", "advised"],
    // "Please approve the wayfinding screens": the request for a verdict.
    &["please", "approve"],
    &["pls", "approve"],
    &["kindly", "approve"],
    // "For approval na po: new nurse call system, ₱3.6M": the ask, with Tagalog's
    // particles.
    &["for", "approval", "na", "po"],
    &["for", "approval", "po"],
    &["for", "approval", "na"],
    &["for", "approval"],
    &["be", "advised"],
    // A letter's turns: "With reference to the …", "as discussed, …", "Kindly be informed".
    &["with", "reference", "to"],
    &["as", "discussed"],
    &["kindly", "be", "informed"],
    &["please", "be", "informed"],
    &["kindly", "find", "below"],
    &["please", "find", "below"],
    &["note"],
    // "Re the steward radios - …": what the message answers about.
    &["re"],
];

/// How many tokens a lead-in takes at `i`, with the "that" or punctuation after it; a
/// letter's salutation ("Dear Fatima,", "Dear all,") and a lead-in after it are one.
pub(super) fn lead_in_len(toks: &[Token], i: usize) -> usize {
    if toks.get(i).is_some_and(|t| t.is("dear")) {
        let comma = (i + 1..(i + 4).min(toks.len()))
            .take_while(|&k| toks[k].is_word() || toks[k].is_sym(","))
            .find(|&k| toks[k].is_sym(","));
        if let Some(c) = comma {
            return c + 1 - i + lead_in_len(toks, c + 1);
        }
    }
    // "Second, the …": the count of a message's items.
    if crate::reader::records::counts_item(toks, i) {
        return 2 + lead_in_len(toks, i + 2);
    }
    let Some(n) = LEAD_INS.iter().find_map(|l| {
        let said = toks.len() > i + l.len() && l.iter().zip(&toks[i..]).all(|(w, t)| t.is(w));
        said.then_some(l.len())
    }) else {
        return 0;
    };
    let mut end = i + n;
    while toks.get(end).is_some_and(|t| {
        t.is("that") || t.is_sym(":") || t.is_sym(",") || t.is_sym("—") || t.is_sym("-")
    }) {
        end += 1;
    }
    end - i
}

/// Words before "for" that say what is asked or given for a thing ("Proposal for a new
/// intranet was turned down", "funding for …"), so the thing is named after the "for";
/// after any other noun ("the new parcel lockers for the two lobbies are approved") the
/// words after "for" say whom or where it is for.
pub(super) const ASKED_FOR: &[&str] = &[
    "proposal",
    "proposals",
    "request",
    "requests",
    "ask",
    "case",
    "bid",
    "pitch",
    "budget",
    "funding",
    "funds",
    "money",
    "approval",
    "off",
    "ahead",
    "spend",
    "capex",
    "opex",
    "plans",
    "plan",
    "quote",
    "quotes",
    "tender",
    "rfp",
    "application",
    "order",
    // "AFE for the new wash bay": the authorisation for expenditure asked.
    "afe",
];

/// Nouns of a site, said after its place's name ("Denizli factory", "Coruche plant").
pub(super) const SITE_NOUNS: &[&str] = &[
    "factory",
    "plant",
    "mill",
    "site",
    "office",
    "branch",
    "warehouse",
    "campus",
    "depot",
];

/// Things said with what they are about after "on": "a dashboard on dam levels".
pub(super) const KIND_ON_TOPIC: &[&str] =
    &["dashboard", "report", "study", "survey", "review", "course"];

/// Nouns of getting a thing, said before "of" and the thing: "the purchase of a …".
pub(super) const ACQUIRING: &[&str] = &[
    "purchase",
    "procurement",
    "acquisition",
    "installation",
    "introduction",
    "adoption",
    "implementation",
    "rollout",
    "deployment",
];

/// Words that are never an investment's name on their own.
pub(super) const NOT_NAMES: &[&str] = &[
    "it",
    "investment",
    "project",
    "initiative",
    "plug",
    "funding",
    "spend",
    "budget",
    "decision",
    "we",
    "they",
    "board",
    "proposal",
    "request",
    // "a new one for the register": a pronoun.
    "one",
    "ones",
    // "Helen ok'd two: …": how many things the verdict goes on to list.
    "two",
    "three",
    "four",
    // "rejected for this year", "on hold for now": the time a verdict holds for.
    "year",
    "fy",
    "quarter",
    "month",
    "week",
    "now",
    // "approved this morning", "signed off this arvo": when, not what.
    "morning",
    "afternoon",
    "arvo",
    "evening",
    // "approved with the condition that …": what the verdict asks, not the thing.
    "condition",
    "conditions",
    // "approved the extra 60k", "the rest of the £150k": more of money already spoken of.
    "extra",
    "additional",
    "rest",
    "remainder",
    "balance",
    "difference",
];
