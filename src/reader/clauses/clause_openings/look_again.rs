//! A clause that opens by saying the work will be looked at again ("revisit in Q3").

use super::*;

/// "revisit in March", "look again end of Feb", "back on the agenda in Q1", "back at it
/// 2027-01-11": a clause from
/// `j` that says when to look again, which closes a deferral's condition before it
/// ("until the refurb is signed, look again in March").
pub fn opens_look_again(toks: &[Token], j: usize) -> bool {
    // "We will review again in April", "let's discuss again at the January meeting": who
    // will look again, said first.
    let said_first = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "we" | "will" | "we'll" | "let's" | "let" | "shall" | "i'll" | "to"
                    // ", and we'll review at the end of March"; "— so we shall revisit on
                    // 15 March" (round S43).
                    | "and"
                    | "so"
                    // "inshallah we revisit in February", "hopefully we look again in Q2".
                    | "inshallah" | "hopefully" | "then"
                    // "Wade turned down the walk-in cooler. Said we'll look at it again next
                    // summer": the one who refused, their "said" with its subject dropped
                    // (round V67).
                    | "said"
            )
        })
    };
    // "management will revisit it in March 2027", "the board will look at it again in
    // May": a body that decides, then its "will", said first (round R61).
    let body_will = |k: usize| {
        let w = |d: usize| toks.get(k + d).map_or("", |t| t.lower.as_str());
        let will = |d: usize| matches!(w(d), "will" | "shall");
        match w(0) {
            "management" | "board" | "exco" | "directors" | "committee" | "finance" | "he"
            | "she" | "they" => will(1).then_some(1),
            "the"
                if matches!(
                    w(1),
                    "board" | "committee" | "directors" | "management" | "md" | "ceo" | "gm"
                ) && will(2) =>
            {
                Some(2)
            }
            _ => None,
        }
    };
    let mut j = j + body_will(j).unwrap_or(0);
    while j < toks.len() && said_first(j) {
        j += 1;
    }
    let at = |k: usize, w: &str| toks.get(j + k).is_some_and(|t| t.is(w));
    // "look again", "check it again", "look at it again".
    let again =
        |k: usize| at(k, "again") || at(k + 1, "again") || at(k, "at") && at(k + 2, "again");
    // "the MD wants it revisited in April", "Marguerite wants it back on the agenda 1/15":
    // someone wanting the work looked at again.
    let wanted_again = (j..j + 4).any(|k| {
        let w = |d: usize| toks.get(k + d).map_or("", |t| t.lower.as_str());
        matches!(w(0), "wants" | "want" | "wanted")
            && matches!(w(1), "it" | "this" | "them")
            // "Marguerite wants it back on the agenda 1/15" (round R66).
            && matches!(w(2), "revisited" | "reviewed" | "reconsidered" | "back")
    });
    wanted_again
        || at(0, "revisit")
        || at(0, "review") && (at(1, "in") || at(1, "at") || at(1, "next") || at(1, "again"))
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some(
                "look" | "looking" | "check" | "checking" | "pick" | "picking" | "try" | "discuss"
                    | "see"
            )
        ) && again(1)
        // "We look at the CO2 dosing again in …", "we'll check the kiln burners again at
        // …": the thing looked at named before "again", in the same clause.
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("look" | "looking" | "check" | "checking")
        ) && again_after_a_name(toks, j + 1)
        // "We return to the subject in April", "return to it in Q2".
        || at(0, "return") && at(1, "to")
        || at(0, "back") && at(1, "on") && at(2, "the") && at(3, "agenda")
        // "back at it 2027-01-11", "back on it in March".
        || at(0, "back") && (at(1, "at") || at(1, "on")) && at(2, "it")
        || at(0, "circle") && at(1, "back")
        // "Decision again in the GL of 10.03.", "decide again in January".
        || (at(0, "decision") || at(0, "decide")) && at(1, "again")
        // "Come back with it in February", "come back to this in Q2".
        || at(0, "come")
            && at(1, "back")
            && (at(2, "with") || at(2, "to"))
            && (at(3, "it") || at(3, "this") || at(3, "that"))
        // "we take it up again in the April meeting", "we'll pick it up again on 11 January".
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("take" | "taking" | "pick" | "picking")
        )
            && at(2, "up")
            && at(3, "again")
        // "back to it in Jan".
        || at(0, "back") && at(1, "to") && (at(2, "it") || at(2, "this") || at(2, "that"))
        // "have another look at it in April", "we'll take another look in May".
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("have" | "having" | "take" | "taking" | "give")
        ) && at(1, "another")
            && at(2, "look")
        // "we'll look at it after the May sales": who looks said first, then when.
        || j > 0
            && matches!(toks[j - 1].lower.as_str(), "we'll" | "will" | "i'll")
            && at(0, "look")
            && at(1, "at")
            && (at(2, "it") || at(2, "this") || at(2, "them"))
            && (at(3, "in") || at(3, "after") || at(3, "next"))
        // "we take it up again in the April meeting", "it comes back in the 15.01 board".
        || at(0, "take") && at(1, "it") && at(2, "up") && again(2)
        || at(0, "it") && (at(1, "comes") || at(1, "goes")) && at(2, "back")
        // "Anything over comes back here": money past a cap comes back for a decision.
        || matches!(toks.get(j).map(|t| t.lower.as_str()), Some("anything" | "any"))
            && (1..4).any(|k| (at(k, "comes") || at(k, "come")) && at(k + 1, "back"))
        // "pick it back up in Feb", "bring this back in March".
        || matches!(
            toks.get(j).map(|t| t.lower.as_str()),
            Some("pick" | "picking" | "bring" | "bringing")
        ) && (at(1, "it") || at(1, "this") || at(1, "that"))
            && at(2, "back")
}

/// "again" within a few words after `from` ("at the CO2 dosing again"), before the clause
/// ends.
fn again_after_a_name(toks: &[Token], from: usize) -> bool {
    toks.iter()
        .skip(from)
        .take(7)
        .take_while(|t| !t.is_break() && !t.is_sym(","))
        .any(|t| t.is("again"))
}
