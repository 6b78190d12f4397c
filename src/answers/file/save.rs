//! Writing answers down: the YAML file `--save-answers` writes and
//! `--answers` replays, and the JSON Schema of answers files.

use crate::answers::Answers;
use crate::checklist::{Checklist, Written};
use crate::error::{Error, Result};

/// The answers file format, for `escalate schema answers`: a map from
/// answer key (`item.question`) to a value of the question's kind.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub struct AnswersFile(std::collections::BTreeMap<String, Option<AnswerSchema>>);

/// One answer: yes/no, a choice value or its number, text, a date, or a list.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum AnswerSchema {
    Bool(bool),
    Text(String),
    Number(i64),
    List(Vec<String>),
}

/// The answers used, as the bytes of a YAML answers file that `--answers`
/// replays; refused when they would make a file larger than escalate
/// reads, since what it writes it must read back.
pub fn saved(checklist: &Checklist, answers: &Answers) -> Result<Vec<u8>> {
    let yaml = to_yaml(checklist, answers);
    if yaml.len() as u64 > crate::limits::MAX_BYTES {
        let kib = (yaml.len() as u64).div_ceil(1024);
        return Err(Error::AnswersTooBig { kib });
    }
    Ok(yaml.into_bytes())
}

/// The answers used, as a YAML answers file that `--answers` replays.
pub fn to_yaml(checklist: &Checklist, answers: &Answers) -> String {
    use serde_norway::Value as Y;
    let mut map = serde_norway::Mapping::new();
    for entry in checklist.entries() {
        let key = entry.key();
        if let Some(answer) = answers.get(&key) {
            let value = match answer.value.written() {
                Written::Bool(b) => Y::Bool(b),
                Written::Text(t) => Y::String(t.into_owned()),
                Written::List(l) => Y::Sequence(l.iter().cloned().map(Y::String).collect()),
            };
            map.insert(Y::String(key), value);
        }
    }
    let body = serde_norway::to_string(&map).unwrap_or_default();
    let header = crate::i18n::t().saved_answers_header(&checklist.id, &checklist.lang);
    format!("# {}\n{body}", crate::safe::line(&header))
}
