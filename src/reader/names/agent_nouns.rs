//! "the sand reclaimer" for Sand Reclamation Unit, "the separator" for Separation Upgrade:
//! the machine that does a work (a noun in "-er" or "-or") said for the name's word for the
//! work itself (a noun in "-ion"), as people call a plant by what it is rather than by
//! what it does.

/// People named by what they do ("the fire inspector" is no Fire Inspection Programme):
/// a person is not the work.
const PEOPLE: &[&str] = &[
    "inspector",
    "operator",
    "supervisor",
    "director",
    "coordinator",
    "administrator",
    "investigator",
    "instructor",
    "educator",
    "collector",
    "translator",
    "contractor",
    "organiser",
    "organizer",
];

/// Whether `word` is the machine doing the work `name_word` names: "reclaimer" and
/// "reclamation", "generator" and "generation", "digitiser" and "digitisation",
/// "purifier" and "purification", "compressor" and "compression". The word may be in the
/// plural or end in "'s".
pub(super) fn machine_for_the_work(word: &str, name_word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    let one = word.strip_suffix('s').unwrap_or(word);
    if PEOPLE.contains(&one) || !one.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let Some(stem) = one
        .strip_suffix("er")
        .or_else(|| one.strip_suffix("or"))
        .filter(|s| s.len() >= 5)
    else {
        return false;
    };
    let Some(base) = name_word.strip_suffix("ion") else {
        return false;
    };
    // "compressor"/"compression", "generator"/"generation": the same stem.
    if base == stem {
        return true;
    }
    // "digitiser"/"digitisation": "-ise" work said "-isation".
    let ise =
        (stem.ends_with("is") || stem.ends_with("iz")) && base.strip_suffix("at") == Some(stem);
    // "reclaimer"/"reclamation": "-aim" work said "-amation".
    let aim = stem
        .strip_suffix("aim")
        .is_some_and(|s| base.strip_suffix("amat") == Some(s));
    // "purifier"/"purification": "-ify" work said "-ification".
    let ify = stem.ends_with("ifi") && base.strip_suffix("cat") == Some(stem);
    ise || aim || ify
}

#[cfg(test)]
mod tests {
    use super::machine_for_the_work;

    #[test]
    fn a_machine_is_the_work_it_does() {
        for (word, name_word) in [
            ("reclaimer", "reclamation"),
            ("reclaimer's", "reclamation"),
            ("generators", "generation"),
            ("separator", "separation"),
            ("compressor", "compression"),
            ("digitiser", "digitisation"),
            ("purifier", "purification"),
        ] {
            assert!(machine_for_the_work(word, name_word), "{word}");
        }
        for (word, name_word) in [
            // A person is not the work.
            ("inspector", "inspection"),
            ("operators", "operation"),
            // Another word altogether.
            ("reclaimer", "reclamations"),
            ("printer", "printing"),
            ("generator", "generating"),
            ("sander", "sanitation"),
            ("reclaimer", "proclamation"),
        ] {
            assert!(!machine_for_the_work(word, name_word), "{word}");
        }
    }

    /// The index reads "the sand reclaimer" as Sand Reclamation Unit, not another name
    /// sharing "sand".
    #[test]
    fn the_machine_names_the_investment() {
        use crate::reader::names::{InvestmentName, NameIndex, StaticDirectory, Target, UnitName};
        use crate::reader::tokens::tokenize;
        let dir = StaticDirectory {
            units: vec![UnitName {
                name: "Sand Plant".into(),
                aliases: vec![],
            }],
            investments: [
                "Sand Reclamation Unit",
                "Sand Testing Lab",
                "Ladle Preheater",
            ]
            .iter()
            .map(|n| InvestmentName {
                name: (*n).into(),
                unit: "Sand Plant".into(),
                aliases: vec![],
            })
            .collect(),
        };
        let index = NameIndex::new(&dir);
        for text in [
            "Am we keepin' the sand reclaimer on the full shift pattern?",
            "the sand reclaimer's paid its way already",
        ] {
            let got: Vec<Target> = index
                .find(&tokenize(text))
                .iter()
                .flat_map(|m| m.targets.clone())
                .collect();
            assert_eq!(got, vec![Target::Investment(0)], "{text}");
        }
    }
}
