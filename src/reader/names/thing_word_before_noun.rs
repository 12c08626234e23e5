//! A registered thing's own word said before another noun: "the van insurance quote" against
//! Refrigerated Vans, "the weighbridge calibration cert" against Weighbridge Upgrade, "the
//! SCADA integrator" against SCADA Upgrade, "the dust suppression contractor" against Dust
//! Suppression System. The noun after it is a paper, a person or a part of that thing, so a
//! task or a note about it is about the registered investment (convention 59: a part of a
//! registered thing is that thing). Only the name's own thing counts — its last words before
//! the words for the work done to it ("upgrade", "replacement") — not a describing word that
//! opens it: "the board meeting" is no work on the Board Portal.

use super::plurals::plural_of;
use super::{NameIndex, NameMatch, Target};
use crate::reader::tokens::{TokKind, Token};

/// Words a name ends on that say the work done to its thing, or a kind of collection,
/// rather than the thing itself.
const WORK_ON_IT: &[&str] = &[
    "upgrade",
    "upgrades",
    "replacement",
    "replacements",
    "refresh",
    "rebuild",
    "refurbishment",
    "refit",
    "renovation",
    "retrofit",
    "resurfacing",
    "extension",
    "expansion",
    "overhaul",
    "rollout",
    "migration",
    "installation",
    "conversion",
    "renewal",
    "fleet",
];

/// Nouns for what goes with a job rather than the thing itself: its papers and money ("the
/// van insurance quote", "the kiln contract"), the people who do it ("the SCADA integrator",
/// "the cage contractor's insurance cert") and the steps of the work ("the fryer upgrade
/// tie-in", "the weighbridge calibration"). A place ("the loco shed", "the depot roof") or
/// another thing ("the scale house coffee machine", "the IRB trailer lights") is not one.
const ABOUT_IT: &[&str] = &[
    "quote",
    "quotes",
    "quotation",
    "cert",
    "certs",
    "certificate",
    "contract",
    "contracts",
    "invoice",
    "invoices",
    "order",
    "warranty",
    "spec",
    "specs",
    "drawings",
    "paperwork",
    "permit",
    "insurance",
    "tender",
    "estimate",
    "pricing",
    "integrator",
    "contractor",
    "contractors",
    "vendor",
    "supplier",
    "installer",
    "installers",
    "engineer",
    "technician",
    "consultant",
    "install",
    "installation",
    "tie",
    "tie-in",
    "commissioning",
    "calibration",
    "inspection",
    "survey",
    "servicing",
    "delivery",
    "handover",
];

/// Words that end a noun phrase: after them no noun of it follows.
const NO_NOUN: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "and", "or", "but", "to", "for", "at", "in", "on", "of", "by", "with",
    "from", "that", "which", "who", "this", "it", "its", "as", "so", "if", "we", "they", "you",
];

impl NameIndex {
    /// With no investment found, the one investment whose own thing's last words are said
    /// after "the" / "our" and before another noun ("the burner contract" for Kiln Burner
    /// Replacement) is named there (guessed), in place of a unit said by the same word.
    pub(super) fn add_thing_word_before_noun(&self, toks: &[Token], out: &mut Vec<NameMatch>) {
        if out
            .iter()
            .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))))
        {
            return;
        }
        let Some((inv, i, n)) = self.thing_word_before_a_noun(toks) else {
            return;
        };
        out.retain(|m| m.end <= i || m.start >= i + n);
        let at = out.partition_point(|m| m.start < i);
        out.insert(
            at,
            NameMatch {
                targets: vec![Target::Investment(inv)],
                start: i,
                end: i + n,
                guessed: true,
                weak: true,
            },
        );
    }

    /// The one investment whose own thing's last words are said after "the" / "our" and
    /// before another noun, where they start and how many words they are. None when no
    /// such words, or several investments', are said.
    fn thing_word_before_a_noun(&self, toks: &[Token]) -> Option<(usize, usize, usize)> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let mut found: Option<(usize, usize, usize)> = None;
        for i in 1..toks.len() {
            if !matches!(word(i - 1), "the" | "our") || toks[i].kind != TokKind::Word {
                continue;
            }
            for (inv, words) in self.inv_words.iter().enumerate() {
                let Some(n) = said_at(toks, i, thing_words(words)) else {
                    continue;
                };
                if !about_it_after(toks, i + n) {
                    continue;
                }
                match found {
                    Some((f, ..)) if f != inv => return None,
                    _ => found = Some((inv, i, n)),
                }
            }
        }
        found
    }
}

/// A name's words up to its thing's last word: "kiln burner" of Kiln Burner Replacement.
fn thing_words(words: &[String]) -> &[String] {
    let mut n = words.len();
    while n > 1 && WORK_ON_IT.contains(&words[n - 1].as_str()) {
        n -= 1;
    }
    &words[..n]
}

/// How many words from `i` say the last words of `thing` (one or more, its last in the
/// singular or plural as said), with a word still after them.
fn said_at(toks: &[Token], i: usize, thing: &[String]) -> Option<usize> {
    (1..=thing.len()).rev().find(|&n| {
        let tail = &thing[thing.len() - n..];
        i + n < toks.len()
            && tail.iter().enumerate().all(|(k, w)| {
                let said = toks[i + k].lower.as_str();
                said == w
                    || k + 1 == n && (plural_of(said, w) || plural_of(w, said)) && said.len() >= 3
            })
    })
}

/// Whether a noun of the job ("quote", "contractor's", "tie-in") comes within the three
/// words of the noun phrase from `j`.
fn about_it_after(toks: &[Token], j: usize) -> bool {
    toks[j..]
        .iter()
        .take(3)
        .take_while(|t| t.kind == TokKind::Word && !NO_NOUN.contains(&t.lower.as_str()))
        .any(|t| ABOUT_IT.contains(&t.lower.trim_end_matches("'s")))
}
