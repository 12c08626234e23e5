//! Long reads (checks) that do not hold writes back. A read runs while writes go on; if a
//! write to the tenant landed meanwhile (its history grew), the read is done again. Writes
//! are held back only for a moment at each end of a read (to see where the history
//! stands), and for the whole of the last try, so a check always ends.

use super::{Store, StoreError};
use crate::ids::TenantId;

/// Reads made without holding writes back before the last try, which holds them back.
const UNLOCKED_TRIES: usize = 3;

impl Store {
    /// Runs `read` (which calls `between` at its pauses) until one run saw no write to the
    /// tenant, then `settle` on its result with writes held back: `settle` sees the same
    /// state as the read. A read that fails while writes landed is tried again: what it
    /// read may have been half old, half new.
    pub(crate) fn consistently<T, U>(
        &self,
        tenant: &TenantId,
        between: &mut dyn FnMut(),
        mut read: impl FnMut(&mut dyn FnMut()) -> Result<T, StoreError>,
        settle: impl Fn(&T) -> Result<U, StoreError>,
    ) -> Result<(T, U), StoreError> {
        for _ in 0..UNLOCKED_TRIES {
            let before = {
                let _guard = self.lock_writes();
                self.log_len(tenant)?
            };
            let out = read(between);
            let _guard = self.lock_writes();
            if self.log_len(tenant)? != before {
                continue;
            }
            let out = out?;
            self.catch_up()?;
            let settled = settle(&out)?;
            return Ok((out, settled));
        }
        let _guard = self.lock_writes();
        let out = read(&mut || ())?;
        self.catch_up()?;
        let settled = settle(&out)?;
        Ok((out, settled))
    }

    /// Makes the writes already applied durable, so the figures kept in memory (which follow
    /// a write only once it is on disk) show everything the read saw. Called with writes held
    /// back, so nothing new lands between this and `settle`.
    fn catch_up(&self) -> Result<(), StoreError> {
        if self.keeps_undo() {
            self.flush()?;
        }
        Ok(())
    }
}
