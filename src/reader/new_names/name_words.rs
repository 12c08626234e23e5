//! The words a new investment's name stops at or is introduced by: stop words, determiners,
//! verbs of wanting and asking, lead-ins, sites, kinds of thing.
//!
//! This file keeps the words a name stops at or drops (`NAME_STOP`, `NEW_NAME_TAIL`,
//! `DETERMINERS`, `NOT_NAMES`); the words of asking are in `asking.rs`, the words around the
//! thing in `around_the_thing.rs`, a writer's lead-ins in `lead_ins.rs`.

use super::*;

mod around_the_thing;
mod asking;
mod lead_ins;

pub(super) use self::around_the_thing::*;
pub(super) use self::asking::*;
pub(super) use self::lead_ins::*;

pub(super) const NAME_STOP: &[&str] = &[
    // "The portal itself has been pulling its weight": the thing said with emphasis.
    "itself",
    "themselves",
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
    // "solar panels sa Mandaue branches": Tagalog and Cebuano "in", "at" (round S45).
    "sa",
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
    // "the boiler feed pump broke again" (round B48).
    "broke",
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
    // "we stopping da mobile app ting": the talker's "thing" (Pidgin and Caribbean "ting"),
    // no part of what it is (round B52).
    "thing",
    "things",
    "ting",
    "tings",
];

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "new", "that", "this", "whole", "proposed", "planned",
    "another", // "asked for a proper rota app": a word saying it is wanted, not the name's.
    "proper",  // "want a likkle chipper": small, in Jamaican English, no word of the name.
    "likkle",  // "asked for their own pricing sandbox": whose it would be.
    "own",     // "stop na ang FB ads boost": Tagalog and Cebuano "the" (round S45).
    "ang",
    // "dili na ta mo-proceed sa collector motorcycles": Cebuano "on / the" (round V46).
    "sa",
    // "stop na natin yung fb boosting", "approved na laptops for finance": Tagalog's "yung"
    // / "iyong" (the), "natin" / "namin" (our) and the particle "na" (now) (round S47).
    "yung", "iyong", "natin", "namin", "na",
    // "Kai wants $12k for one gift card setup", "like put in one nitrox membrane system":
    // "one" said as "a", as Hawaii Pidgin and many Englishes say it (round B52).
    "one",
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
    // "anything up to 250k is fine", "We're keeping them —", "go on then, the … are
    // approved": a pronoun, a contracted "we" or an assent, never the thing (round S43).
    "anything",
    "something",
    "everything",
    "we're",
    "we've",
    "we'll",
    "go",
];

/// Whether the word at `k` is the letter of a technology's number written before it with
/// no space ("3d printer", "5G router", "2FA tokens"): the number is part of the name.
pub(super) fn tech_number_before(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks
            .get(k)
            .is_some_and(|t| t.attached && matches!(t.lower.as_str(), "d" | "g" | "fa"))
        && toks[k - 1].kind == TokKind::Num
        && toks[k - 1].lower.len() == 1
}
