//! A clause that hands the work to an owner ("Tom will own the rollout", "Ana is leading
//! the rollout"): a follow-up, never the decision's reason.

use super::*;

/// Verbs that give someone a piece of work: "Tom will own the rollout".
pub(super) const OWNER_VERBS: &[&str] = &[
    "own",
    "lead",
    "run",
    "drive",
    "manage",
    "handle",
    "coordinate",
    "take",
    "oversee",
    "sponsor",
    "champion",
    "pick",
    "chase",
    "send",
    "share",
    "brief",
    "book",
    "draft",
    "write",
    "set",
    "arrange",
    "prepare",
    "update",
    "confirm",
    "check",
    "review",
    "follow",
    "tell",
    "inform",
    "call",
    "email",
    "contact",
    "sort",
    "organise",
    "organize",
    "schedule",
    "plan",
    "order",
];

/// "Marco's running the vendor review", "Ana is leading the rollout": the work someone is
/// already given, told with "-ing".
pub(super) const OWNER_DOING: &[&str] = &[
    "running",
    "leading",
    "handling",
    "managing",
    "driving",
    "coordinating",
    "overseeing",
    "organising",
    "organizing",
    "scheduling",
    "planning",
    "arranging",
    "chasing",
    "drafting",
    "sorting",
];

/// Does tokens `s..e` give a person a piece of work ("Tom will own the rollout", "Jo is
/// going to run the pilot", "we'll brief the team")? That is a follow-up, not a reason.
pub fn assigns_owner(text: &str, toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    (s..e).any(|i| {
        let subject = &toks[i];
        let person = subject.is_word()
            && (matches!(subject.lower.as_str(), "i" | "we" | "i'll" | "we'll")
                || (text[subject.start..].starts_with(|c: char| c.is_uppercase())
                    && !matches!(
                        subject.lower.as_str(),
                        "the" | "this" | "that" | "it" | "there" | "they" | "these" | "those"
                    )));
        if !person {
            return false;
        }
        let mut j = i + 1;
        // "Marco's running the review", "Dave's crew will schedule the work": who does
        // it, or their team.
        let possessive = subject.lower.ends_with("'s");
        if possessive
            && toks.get(j).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "team" | "crew" | "people" | "folks" | "guys" | "lot" | "office"
                )
            })
        {
            j += 1;
        } else if toks
            .get(j)
            .is_some_and(|t| OWNER_DOING.contains(&t.lower.as_str()))
            && possessive
        {
            return true;
        }
        if toks.get(j).is_some_and(|t| t.is("is"))
            && toks
                .get(j + 1)
                .is_some_and(|t| OWNER_DOING.contains(&t.lower.as_str()))
        {
            return true;
        }
        // "Karl owns it", "Jon leads the rollout": a short sentence naming who owns the
        // work says who, not why ("Nobody owns the process" is a reason).
        if i == s
            && e <= s + 6
            && !matches!(subject.lower.as_str(), "nobody" | "everyone" | "everybody")
            && toks
                .get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "owns" | "leads"))
        {
            return true;
        }
        if !matches!(subject.lower.as_str(), "i'll" | "we'll") {
            match toks.get(j).map(|t| t.lower.as_str()) {
                Some("will" | "to" | "shall") => j += 1,
                Some("is" | "are" | "am")
                    if toks.get(j + 1).is_some_and(|t| t.is("going"))
                        && toks.get(j + 2).is_some_and(|t| t.is("to")) =>
                {
                    j += 3
                }
                _ => return false,
            }
        }
        toks.get(j)
            .is_some_and(|t| OWNER_VERBS.contains(&t.lower.as_str()))
    })
}
