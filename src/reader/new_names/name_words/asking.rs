//! The words of wanting, asking and proposing a new thing, never its name: the cues after
//! which a proposal says its thing, the verbs said before what is wanted, whom it is asked
//! of, and the asks said before "for" ("budget for", "Spa's request for").

use super::*;

/// Words after which a proposal says its thing: "Procurement want a contract tool",
/// "Ops pitched a pallet shuttle", "Estates have costed a …".
pub(in crate::reader::new_names) const PROPOSAL_CUES: &[&str] = &[
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
    // "Kevin suggest we make an English website …" (round B57): "suggests" said without
    // its "s" in second-language English.
    "suggest",
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

/// Verbs said before what is wanted ("want to replace the expenses system", "would like to
/// roll out tablet charts"): not part of its name. Each is one or two words.
pub(in crate::reader::new_names) const WANT_VERBS: &[&[&str]] = &[
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
    // "like put in one nitrox membrane system", "put in a heat pump" (round B52).
    &["put", "in"],
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
pub(in crate::reader::new_names) const ASKED_WHO: &[&str] = &[
    "staff", "team", "us", "them", "me", "someone", "everyone", "people", "officers",
];

/// How many words a verb before a new name takes at `i`: only after "to" ("want to
/// replace …") or before an article ("replace the …"), so a name that starts with such a
/// word ("Building Management System") keeps it.
pub(in crate::reader::new_names) fn want_verb_len(toks: &[Token], i: usize) -> Option<usize> {
    // (Asked at every word: most open none of the verbs, told from the token's record.)
    static FIRSTS: crate::reader::tokens::WordSet =
        crate::reader::tokens::WordSet::first_words_of(WANT_VERBS);
    if !FIRSTS.may_open_at(toks, i) {
        return None;
    }
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
pub(in crate::reader::new_names) fn request_len(toks: &[Token], i: usize) -> Option<usize> {
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

/// Words before "for" that say what is asked or given for a thing ("Proposal for a new
/// intranet was turned down", "funding for …"), so the thing is named after the "for";
/// after any other noun ("the new parcel lockers for the two lobbies are approved") the
/// words after "for" say whom or where it is for.
pub(in crate::reader::new_names) const ASKED_FOR: &[&str] = &[
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
