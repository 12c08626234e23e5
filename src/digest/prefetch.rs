//! Asks the processor to start loading memory that a loop will read a few steps later. A
//! large portfolio's digest makes its reviews-due and overdue lines in date order, which
//! visits the aggregates in no particular memory order: without this, nearly every line
//! waits on a cache miss in turn; with it, several misses are under way at once.

/// How many items ahead of the current one a loop asks for: enough to cover a miss to
/// memory at the few nanoseconds a line takes to make.
pub(crate) const AHEAD: usize = 8;

/// Starts loading the cache line holding the start of `value` (and the next one, for a
/// value that spans two). Only a hint: it never faults and changes nothing a program can
/// observe, so on other processors it does nothing.
#[inline(always)]
pub(crate) fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let p: *const i8 = (value as *const T).cast();
        // SAFETY: a prefetch reads nothing architecturally and cannot fault, whatever the
        // address; `p` and `p + 64` point into or just past a live value (`wrapping_add`
        // keeps the arithmetic defined). SSE, which the intrinsic needs, is part of every
        // x86_64 processor.
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>(p);
            if std::mem::size_of::<T>() > 64 {
                _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(64));
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}
