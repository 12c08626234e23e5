//! Words of a terse chat line written short, as texting writes them: "u" for "you" ("@keisha
//! can u chase the gusto quote").

/// "you", or "u" written for it.
pub(super) fn you_word(w: &str) -> bool {
    matches!(w, "you" | "u")
}
