//! A rescope's "not the whole …" (round R62): "we cutting it down to just the sinking shed
//! for now, not the whole yard", "only the front 40m now, not the whole 90m". What the new
//! scope leaves out, said with it, is still the verdict's object (convention 16's scope
//! inside the verdict's words), no reason.

/// Is `said` only "not the whole / full / entire …" in a few words, with no clause after?
/// Compared without a copy, as it is asked of every rescope's reason.
pub(super) fn only_not_the_whole(said: &str) -> bool {
    let said = said.trim();
    // A cheap first test: every form opens with "not ".
    if !said
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("not "))
    {
        return false;
    }
    let rest = said[4..].trim_start();
    let opens = ["the whole ", "the full ", "the entire ", "the lot"]
        .iter()
        .any(|w| {
            rest.get(..w.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(w))
        });
    opens && !said.contains([',', ';', '—', '–']) && said.split_whitespace().count() <= 7
}

#[cfg(test)]
mod tests {
    use super::only_not_the_whole;

    #[test]
    fn what_a_rescope_leaves_out_is_known() {
        assert!(only_not_the_whole("not the whole yard"));
        assert!(only_not_the_whole("Not the full 90m run"));
        assert!(!only_not_the_whole("nothing in the whole yard works"));
        assert!(!only_not_the_whole(
            "not the whole yard, the paint shop extraction still works fine"
        ));
    }
}
