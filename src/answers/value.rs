//! Answers: each value (a kind's own, `checklist::Value`) with where it
//! came from, and the answers of a run in the order they were given.

pub use crate::checklist::Value;
use indexmap::IndexMap;

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Interactive,
    File,
    Flag,
    Stdin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub value: Value,
    pub source: Source,
}

/// Answers by key, in the order the questions were asked: an ordered map
/// (indexmap), so a lookup does not scan them all and removing one keeps
/// the order of the rest.
#[derive(Debug, Clone, Default)]
pub struct Answers(IndexMap<String, Answer>);

impl Answers {
    pub fn get(&self, key: &str) -> Option<&Answer> {
        self.0.get(key)
    }

    /// The value of the answer to `key`, to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.get_mut(key).map(|answer| &mut answer.value)
    }

    /// Sets `key`, replacing an earlier answer (a higher-precedence source)
    /// where it stood.
    pub fn set(&mut self, key: String, answer: Answer) {
        self.0.insert(key, answer);
    }

    pub fn remove(&mut self, key: &str) {
        self.0.shift_remove(key);
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0.iter().map(|(k, a)| (k.as_str(), a))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_keep_their_order_and_lookups_through_a_removal() {
        let answer = |value| Answer {
            value,
            source: Source::File,
        };
        let mut answers = Answers::default();
        for key in ["a.x", "a.y", "a.z"] {
            answers.set(key.into(), answer(Value::Text(key.into())));
        }
        answers.remove("a.x");
        answers.remove("a.missing");
        answers.set("a.z".into(), answer(Value::Bool(true)));
        answers.set("a.w".into(), answer(Value::Bool(false)));
        let keys: Vec<&str> = answers.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a.y", "a.z", "a.w"]);
        assert_eq!(answers.get("a.y").unwrap().value, Value::Text("a.y".into()));
        assert_eq!(answers.get("a.z").unwrap().value, Value::Bool(true));
        assert_eq!(answers.get("a.w").unwrap().value, Value::Bool(false));
        assert!(answers.get("a.x").is_none());
    }
}
