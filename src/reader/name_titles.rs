//! The courtesy titles a person's name opens with ("Mr", "Dr", "Madam"), shared by the
//! looks for a titled name; each look adds the local ones its writers use ("Chief",
//! "Ntate", "Auntie").

/// A courtesy title every look for a titled name takes, as a token's lowercase word.
pub(crate) fn courtesy_title(w: &str) -> bool {
    matches!(w, "mr" | "mrs" | "ms" | "miss" | "dr" | "madam")
}
