//! How much each run of the benchmark does: the smoke run checks that every
//! row still works in a few seconds on a debug build; the full run times
//! the release build at every size.

use crate::compare::Pairs;
use crate::generate::MAX_BYTES;
use std::time::Duration;

pub struct Plan {
    pub smoke: bool,
    pub pairs: Pairs,
    /// The generated checklists' labels and sizes.
    pub sizes: &'static [(&'static str, usize)],
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
};
