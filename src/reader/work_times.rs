//! "approved £27k, work in the summer holidays", "install over Easter": the work and when it
//! happens, said without a verb of its own, is the plan, not why.

use super::tokens::Token;

/// Is the reason at `a..b` a noun of the work ("work", "install", "rollout" …) followed at
/// once by a preposition of time, in six words or fewer?
pub fn work_and_its_time(toks: &[Token], a: usize, b: usize) -> bool {
    b > a + 2
        && b <= a + 6
        && matches!(
            toks[a].lower.as_str(),
            "work"
                | "works"
                | "install"
                | "installs"
                | "installation"
                | "fit-out"
                | "build"
                | "rollout"
                | "roll-out"
                | "delivery"
                | "go-live"
                | "cutover"
        )
        && matches!(
            toks[a + 1].lower.as_str(),
            "in" | "over" | "during" | "from" | "after" | "before" | "by" | "next" | "this"
        )
}
