//! A register's header: it must start with the register's columns; where the optional ones
//! (`currency`, `aliases`, `retracted`) are, if present.

use super::{RegisterError, REGISTER_HEADER};

const COLUMNS: usize = 9;

/// Where the optional columns are.
pub(super) struct Extras {
    pub(super) currency: Option<usize>,
    /// Without it, an update keeps the investment's aliases as they are.
    pub(super) aliases: Option<usize>,
    pub(super) retracted: Option<usize>,
    pub(super) width: usize,
}

pub(super) fn read_header(display: &str, header: &[String]) -> Result<Extras, RegisterError> {
    let starts_right = header.len() >= COLUMNS && header[..COLUMNS].join(",") == REGISTER_HEADER;
    if !starts_right {
        return Err(RegisterError::Unreadable(format!(
            "{display} does not start with the register header. The first line must start with:\n{REGISTER_HEADER}"
        )));
    }
    let find = |name: &str| {
        header
            .iter()
            .skip(COLUMNS)
            .position(|h| h == name)
            .map(|i| i + COLUMNS)
    };
    Ok(Extras {
        currency: find("currency"),
        aliases: find("aliases"),
        retracted: find("retracted"),
        width: header.len(),
    })
}
