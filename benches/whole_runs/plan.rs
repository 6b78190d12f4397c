//! How much each run of the benchmark does: the smoke run checks that every
//! row still works in a few seconds on a debug build; the full run times
//! the release build at every size, the worst cases at the documented
//! limits.

use crate::bound::Sizes;
use crate::compare::Pairs;
use crate::generate::MAX_BYTES;
use std::time::Duration;

pub struct Plan {
    pub smoke: bool,
    pub pairs: Pairs,
    /// The generated checklists' labels and sizes.
    pub sizes: &'static [(&'static str, usize)],
    pub worst: Sizes,
}

pub const SMOKE: Plan = Plan {
    smoke: true,
    pairs: Pairs {
        warmup: 1,
        min: 3,
        max: 3,
        budget: Duration::ZERO,
    },
    sizes: &[("10 KiB", 10 * 1024)],
    worst: Sizes {
        file: 32 * 1024,
        anchor: 16 * 1024,
        aliases: 500,
        flags: 2_000,
        keys: 200,
        key_digits: 6,
        long_key: 4_000,
        // The limit of a saved file does not shrink with the other sizes.
        saved: SAVED,
        runs: 1,
    },
};

pub const FULL: Plan = Plan {
    smoke: false,
    pairs: Pairs {
        warmup: 3,
        min: 15,
        max: 400,
        budget: Duration::from_secs(3),
    },
    sizes: &[
        ("10 KiB", 10 * 1024),
        ("100 KiB", 100 * 1024),
        ("1 MiB", MAX_BYTES),
    ],
    worst: Sizes {
        file: MAX_BYTES,
        // The value and the 5,000 prompts that alias it fill about half
        // of a checklist's 1 MiB.
        anchor: 200_000,
        aliases: 5_000,
        // Near the most `-aspecificity.examples=ticket T-N` flags that
        // Linux's usual 2 MiB for arguments and environment takes (about
        // 45,000), with room for a large environment.
        flags: 44_000,
        keys: 5_000,
        // Keys of 60 characters, as long as the typo compared with them.
        key_digits: 39,
        // Just under the 64 KiB a piped line may have.
        long_key: 64_000,
        saved: SAVED,
        runs: 5,
    },
};

/// Entries of the saved answers: one more than fits in the 1 MiB a saved
/// file may have, and as many as fit.
const SAVED: (usize, usize) = (132, 130);
