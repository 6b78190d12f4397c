//! The limits on what escalate reads, in one place: the messages that
//! name them and the readers that hold to them use the same numbers.

/// The largest input file escalate reads, and the most piped input.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The longest line of piped answers.
pub const MAX_LINE: usize = 64 * 1024;

/// The deepest nesting of `[` and `{` read. serde_norway refuses more than
/// 128 levels of any kind, but only after its scanner has gone through the
/// flow collections, which takes time quadratic in their depth.
pub const MAX_FLOW_DEPTH: usize = 128;

/// The most text and nodes a file may hold once its aliases are expanded:
/// twice the largest file, so aliases can repeat text but never multiply it.
pub const MAX_EXPANDED: usize = 2 * MAX_BYTES as usize;

/// The longest line of a text answer or a list entry, in characters: a
/// summary of a few hundred words fits on one line, a page run into one
/// line is no summary.
pub const ANSWER_LINE: usize = 2_000;

/// The longest text answer or list entry, in characters: a pasted email
/// with its lines fits.
pub const ANSWER_TEXT: usize = 10_000;

/// The longest answer typed or written in the editor at the terminal (a
/// text, or a list's entries together): as long as a piped line, so that
/// the answers kept for the next run stay far within [`MAX_BYTES`], the
/// size they are read back under.
pub const MAX_ANSWER: usize = MAX_LINE;
