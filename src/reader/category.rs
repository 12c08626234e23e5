//! The spend category an investment's words suggest: renewals and keeping the lights on are
//! run; new capability, markets and revenue are grow; replacing or reinventing how the
//! business works is transform. Only a suggestion: the draft shows it for correction.

use super::tokens::{PhraseTable, Token};
use crate::domain::Category;
use std::sync::OnceLock;

const PHRASES: &[(&str, Category)] = &[
    ("renewal", Category::Run),
    ("renew", Category::Run),
    ("renewing", Category::Run),
    ("keep the lights on", Category::Run),
    ("keeping the lights on", Category::Run),
    ("lights on", Category::Run),
    ("ktlo", Category::Run),
    ("end of life", Category::Run),
    ("end-of-life", Category::Run),
    ("patching", Category::Run),
    ("compliance", Category::Run),
    ("maintenance", Category::Run),
    ("support contract", Category::Run),
    ("like-for-like", Category::Run),
    ("like for like", Category::Run),
    ("refresh", Category::Run),
    ("new capability", Category::Grow),
    ("new market", Category::Grow),
    ("new markets", Category::Grow),
    ("new channel", Category::Grow),
    ("new revenue", Category::Grow),
    ("revenue", Category::Grow),
    ("growth", Category::Grow),
    ("grow", Category::Grow),
    ("expand", Category::Grow),
    ("expansion", Category::Grow),
    ("upsell", Category::Grow),
    ("cross-sell", Category::Grow),
    ("transform", Category::Transform),
    ("transformation", Category::Transform),
    ("transforming", Category::Transform),
    ("replace", Category::Transform),
    ("replacing", Category::Transform),
    ("replacement", Category::Transform),
    ("new business model", Category::Transform),
    ("business model", Category::Transform),
    ("re-platform", Category::Transform),
    ("replatform", Category::Transform),
    ("modernise", Category::Transform),
    ("modernize", Category::Transform),
    ("modernisation", Category::Transform),
    ("modernization", Category::Transform),
    ("digitise", Category::Transform),
    ("digitize", Category::Transform),
    ("digitisation", Category::Transform),
    ("digitization", Category::Transform),
    ("overhaul", Category::Transform),
    ("reinvent", Category::Transform),
];

fn table() -> &'static PhraseTable<Category> {
    static TABLE: OnceLock<PhraseTable<Category>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(PHRASES))
}

/// The category the words say, when they say exactly one.
pub fn infer(toks: &[Token]) -> Option<Category> {
    let mut found: Option<Category> = None;
    let mut i = 0;
    while i < toks.len() {
        match table().match_at(toks, i) {
            Some((c, len)) => {
                if found.is_some_and(|f| f != c) {
                    return None;
                }
                found = Some(c);
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn categories_from_words() {
        let cases: &[(&str, Option<Category>)] = &[
            (
                "licence renewal for the service desk, £40k",
                Some(Category::Run),
            ),
            ("keep-the-lights-on patching", Some(Category::Run)),
            ("new capability to sell online", Some(Category::Grow)),
            ("should bring in new revenue", Some(Category::Grow)),
            ("replacing the old ERP", Some(Category::Transform)),
            (
                "a new business model for lettings",
                Some(Category::Transform),
            ),
            ("drone stocktake, £60k", None),
            ("renewal that adds new revenue", None),
        ];
        for (text, want) in cases {
            assert_eq!(infer(&tokenize(text)), *want, "{text}");
        }
    }
}
