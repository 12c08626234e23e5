//! Other ways people say a directory name: a unit by the distinctive first word of its
//! name ("the Finance team" for Finance & Risk), a known synonym ("call centre" for contact
//! centre), British and American spellings ("center" for centre), a name's word said as its
//! verb ("e-file" for E-Filing) and acronyms with a letter from inside a word ("PdM" for
//! Predictive Maintenance).

use super::tokens::Token;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

mod askers;
mod initials;
mod one_more;
mod ordinary_words;
mod own_things;
mod owners;
mod places_for;
mod roles_and_tiers;
mod spellings;
mod suppliers;
mod unit_places;
mod whose_things;

pub(super) use self::askers::{asking_after_be, opens_a_reported_clause};
pub(super) use self::initials::*;
pub(super) use self::one_more::*;
pub(super) use self::ordinary_words::*;
pub(super) use self::own_things::*;
pub(super) use self::owners::{proposal_from, said_as_owner};
pub(super) use self::places_for::place_a_thing_is_for;
pub(super) use self::roles_and_tiers::*;
pub(super) use self::spellings::*;
pub(super) use self::suppliers::{bought_from, supplier_word};
pub(super) use self::unit_places::{
    a_units_place_before_a_thing, after_an_article_and_new, kind_of_use_before_a_new_thing,
};
pub(super) use self::whose_things::unit_word_before_its_things;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn inner_acronyms_spell_every_word_in_order() {
        let invs = vec![
            words("predictive maintenance platform"),
            words("software as service"),
            words("payroll migration"),
        ];
        let idx = InnerAcronyms::new(&invs);
        let generic = ["platform"];
        assert_eq!(idx.at("pdm", &invs, &generic), Some(0));
        assert_eq!(idx.at("pdmp", &invs, &generic), Some(0));
        assert_eq!(
            idx.at("pm", &invs, &generic),
            None,
            "plain initials are found elsewhere"
        );
        assert_eq!(
            idx.at("pmp", &invs, &generic),
            None,
            "plain initials are found elsewhere"
        );
        assert_eq!(idx.at("pxm", &invs, &generic), None);
        assert_eq!(idx.at("saas", &invs, &generic), Some(1));
        assert_eq!(idx.at("pym", &invs, &generic), Some(2));
    }

    #[test]
    fn spellings_synonyms_and_verbs() {
        assert!(other_spelling("center", "centre"));
        assert!(other_spelling("centre", "center"));
        assert!(!other_spelling("centre", "centres"));
        assert!(verb_of("file", "filing"));
        assert!(verb_of("schedule", "scheduling"));
        assert!(!verb_of("fil", "filling"));
        assert_eq!(
            said_also(&words("contact center cloud migration")),
            Some(words("call center cloud migration"))
        );
        assert_eq!(said_also(&words("contact tracing")), None);
    }
}
