//! Which source answers what files and flags left open: a pure decision
//! from the run's situation, so every combination is tested here rather
//! than through terminals and pipes.

use crate::error::Why;

/// What a run knows when it decides where the remaining answers come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    /// `--no-input` was given.
    pub no_input: bool,
    pub stdin_terminal: bool,
    pub stderr_terminal: bool,
    /// `--answers -` reads the answers file from stdin.
    pub stdin_taken: bool,
    /// Files and flags answer every required question that applies.
    pub complete: bool,
    /// No file and no flag gave any answer.
    pub nothing_given: bool,
}

/// Where the answers still open come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// Nowhere: files and flags are enough. stdin is not read.
    Given,
    /// The terminal, by prompts on stderr.
    Prompt,
    /// Piped stdin, one answer per line.
    Lines,
    /// Nowhere, though something is missing: an error naming it.
    Missing(Why),
}

/// The source for `s`. Files and flags that answer every required question
/// need nothing else; with neither, the terminal or stdin is where every
/// answer comes from. `--no-input` never asks; a prompt needs stdin and
/// stderr to be terminals; lines need stdin to be free.
pub fn select(s: Situation) -> Fallback {
    if s.no_input {
        return if s.complete {
            Fallback::Given
        } else {
            Fallback::Missing(Why::NoInput)
        };
    }
    if s.complete && !s.nothing_given {
        return Fallback::Given;
    }
    if s.stdin_terminal && s.stderr_terminal {
        Fallback::Prompt
    } else if !s.stdin_terminal && !s.stdin_taken {
        Fallback::Lines
    } else if s.complete {
        Fallback::Given
    } else {
        Fallback::Missing(Why::NoTerminal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every one of the 64 situations against the rule written as a table:
    /// (no_input, complete, nothing_given) first, then the terminals.
    #[test]
    fn every_situation_has_one_source() {
        for bits in 0..64u8 {
            let bit = |n: u8| bits & (1 << n) != 0;
            let s = Situation {
                no_input: bit(0),
                stdin_terminal: bit(1),
                stderr_terminal: bit(2),
                stdin_taken: bit(3),
                complete: bit(4),
                nothing_given: bit(5),
            };
            let can_prompt = s.stdin_terminal && s.stderr_terminal;
            let can_read_lines = !s.stdin_terminal && !s.stdin_taken;
            let expected = match (s.no_input, s.complete, s.nothing_given) {
                (true, true, _) => Fallback::Given,
                (true, false, _) => Fallback::Missing(Why::NoInput),
                (false, true, false) => Fallback::Given,
                _ if can_prompt => Fallback::Prompt,
                _ if can_read_lines => Fallback::Lines,
                (false, true, true) => Fallback::Given,
                (false, false, _) => Fallback::Missing(Why::NoTerminal),
            };
            assert_eq!(select(s), expected, "{s:?}");
        }
    }

    #[test]
    fn a_script_with_every_answer_never_touches_stdin() {
        let s = Situation {
            no_input: false,
            stdin_terminal: false,
            stderr_terminal: false,
            stdin_taken: false,
            complete: true,
            nothing_given: false,
        };
        assert_eq!(select(s), Fallback::Given);
        assert_eq!(
            select(Situation {
                complete: false,
                ..s
            }),
            Fallback::Lines
        );
        assert_eq!(
            select(Situation {
                stdin_taken: true,
                complete: false,
                ..s
            }),
            Fallback::Missing(Why::NoTerminal)
        );
    }
}
