//! The asker of last resort: asks nothing, notes every required question
//! left open, and reports them all at once at the end of the walk.

use super::{Answer, Ask};
use crate::checklist::Entry;
use crate::clock::Clock;
use crate::error::{Error, Result, Why};

#[derive(Debug)]
pub struct Missing {
    why: Why,
    keys: Vec<String>,
}

impl Missing {
    pub fn new(why: Why) -> Self {
        Missing {
            why,
            keys: Vec::new(),
        }
    }
}

impl Ask for Missing {
    fn ask(&mut self, entry: &Entry, _: &Clock) -> Result<Option<Answer>> {
        if !entry.question.optional {
            self.keys.push(entry.key());
        }
        Ok(None)
    }

    fn finish(&mut self) -> Result<()> {
        if self.keys.is_empty() {
            return Ok(());
        }
        Err(Error::Missing {
            keys: std::mem::take(&mut self.keys),
            why: self.why,
        })
    }
}
