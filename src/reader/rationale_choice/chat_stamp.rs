//! A pasted chat's next turn, opened by its stamp's time (round R63): "10:13 am] Rafiq:
//! Alhamdulillah" is the line after the deciding turn of "[4/12/26, 10:13 am] Rafiq: …",
//! whose date the reading took; it is someone else's turn, no reason of the one before it.

/// Does `said` open on a chat stamp's time and its closing bracket ("10:13 am]",
/// "9:02]")? Asked of every record's reason, so its first test is the first byte.
pub(super) fn opens_on_stamp(said: &str) -> bool {
    let b = said.trim_start().as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hour) || b.get(hour) != Some(&b':') {
        return false;
    }
    let rest = &b[hour + 1..];
    if rest.len() < 3 || !rest[..2].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut k = 2;
    while rest.get(k) == Some(&b' ') {
        k += 1;
    }
    if rest
        .get(k..k + 2)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"am") || w.eq_ignore_ascii_case(b"pm"))
    {
        k += 2;
    }
    rest.get(k) == Some(&b']')
}

#[cfg(test)]
mod tests {
    use super::opens_on_stamp;

    #[test]
    fn a_stamps_time_and_bracket_are_known() {
        assert!(opens_on_stamp("10:13 am] Rafiq: Alhamdulillah"));
        assert!(opens_on_stamp("9:02] Mr. Boe: ok"));
        assert!(!opens_on_stamp("10:13 the crane came in"));
        assert!(!opens_on_stamp("12 of them broke"));
    }
}
