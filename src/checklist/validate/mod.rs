//! The checklist rules serde cannot express: ids, references, and which
//! fields go with which question kind. Every rule is checked and every
//! broken one reported, each with the path of the node it is about.
//! Every rule is here, in one walk over the checklist, so that the rules a
//! checklist author meets can be read together; that makes it long.

use super::{CONTEXT, Checklist, Kind, Question, SCHEMA};
mod documents;

use crate::locate::Seg;
use crate::read::rule::{Id, Rule};
use std::collections::{HashMap, HashSet};

/// The questions before the current one in its section, by id (the first
/// one with each id), and whether each can go unasked or unanswered: it is
/// optional, or its `when` looks at such a question.
type Earlier<'a> = HashMap<&'a str, (&'a Question, bool)>;

/// A broken rule and the node it is about. The rule is boxed as the
/// problem that reports it holds it: a checklist can break thousands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub path: Vec<Seg>,
    pub rule: Box<Rule>,
}

/// Is `id` lowercase kebab-case (`partner-contact`, `step-2`)?
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Every rule `checklist` breaks, in document order.
pub fn check(checklist: &Checklist) -> Vec<Finding> {
    let mut v = Checker::default();
    let root = Vec::new();
    if checklist.schema != SCHEMA {
        let found = u64::from(checklist.schema);
        let rule = Rule::Schema {
            found,
            supported: SCHEMA,
        };
        v.at(&root, Seg::Key("schema"), rule);
    }
    v.id(&root, "id", &checklist.id, Id::Checklist);
    v.id(&root, "lang", &checklist.lang, Id::Lang);
    v.not_blank(&root, "title", &checklist.title);
    let mut earlier = Earlier::new();
    for (i, q) in checklist.context.iter().enumerate() {
        let path = vec![Seg::Key("context"), Seg::Index(i)];
        let open = v.question(&path, q, &earlier, CONTEXT);
        v.for_documents(&path, q, true, &earlier);
        earlier.entry(&q.id).or_insert((q, open));
        if q.is_graded() || q.advice.is_some() {
            let id = q.id.clone();
            v.at(&path, Seg::Key("id"), Rule::ContextDecides { id });
        }
    }
    if checklist.items.is_empty() {
        v.at(&root, Seg::Key("items"), Rule::NoItems);
    }
    let mut item_ids = HashSet::with_capacity(checklist.items.len());
    for (i, item) in checklist.items.iter().enumerate() {
        let path = vec![Seg::Key("items"), Seg::Index(i)];
        v.id(&path, "id", &item.id, Id::Item);
        if item.id == CONTEXT {
            v.at(&path, Seg::Key("id"), Rule::ReservedContext);
        }
        if !item_ids.insert(item.id.as_str()) {
            let id = item.id.clone();
            v.at(&path, Seg::Key("id"), Rule::DuplicateItem { id });
        }
        v.not_blank(&path, "title", &item.title);
        if item.questions.is_empty() {
            let item = item.id.clone();
            v.at(&path, Seg::Key("questions"), Rule::NoQuestions { item });
        }
        earlier.clear();
        for (j, q) in item.questions.iter().enumerate() {
            let mut qpath = path.clone();
            qpath.extend([Seg::Key("questions"), Seg::Index(j)]);
            let open = v.question(&qpath, q, &earlier, &item.id);
            v.for_documents(&qpath, q, false, &earlier);
            earlier.entry(&q.id).or_insert((q, open));
        }
    }
    v.roles(checklist);
    v.findings
}

#[derive(Default)]
struct Checker {
    findings: Vec<Finding>,
}

impl Checker {
    fn at(&mut self, path: &[Seg], last: Seg, rule: Rule) {
        let mut path = path.to_vec();
        path.push(last);
        let rule = Box::new(rule);
        self.findings.push(Finding { path, rule });
    }

    fn id(&mut self, path: &[Seg], key: &'static str, id: &str, what: Id) {
        if id.trim().is_empty() {
            self.at(path, Seg::Key(key), Rule::Blank { field: key });
        } else if !is_kebab(id) {
            let id = id.to_owned();
            self.at(path, Seg::Key(key), Rule::NotKebab { what, id });
        }
    }

    fn not_blank(&mut self, path: &[Seg], field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.at(path, Seg::Key(field), Rule::Blank { field });
        }
    }

    /// Checks `q`; returns whether it can go unasked or unanswered.
    fn question(&mut self, path: &[Seg], q: &Question, earlier: &Earlier, section: &str) -> bool {
        self.id(path, "id", &q.id, Id::Question);
        if earlier.contains_key(q.id.as_str()) {
            let rule = Rule::DuplicateQuestion {
                id: q.id.clone(),
                section: section.to_owned(),
            };
            self.at(path, Seg::Key("id"), rule);
        }
        self.not_blank(path, "prompt", &q.prompt);
        for (field, kind, present) in q.own_fields() {
            if present && q.kind != kind {
                let rule = Rule::OtherKindsField {
                    field,
                    kind: kind.name(),
                    id: q.id.clone(),
                    is: q.kind.name(),
                };
                self.at(path, Seg::Key(field), rule);
            }
        }
        if q.kind == Kind::Choice {
            self.options(path, q);
        }
        // Whether the question can go unasked because an optional answer
        // it depends on was left open.
        let behind_open = q.when.as_ref().is_some_and(|when| {
            self.when(path, q, when, earlier, section);
            earlier
                .get(when.question.as_str())
                .is_some_and(|(_, open)| *open)
        });
        // A question that decides must be answered whenever it is reached:
        // left open, it would count as done.
        if q.is_graded() && q.optional {
            let id = q.id.clone();
            self.at(path, Seg::Key("optional"), Rule::DecidesOptional { id });
        } else if q.is_graded() && behind_open {
            let rule = Rule::DecidesBehindOptional {
                id: q.id.clone(),
                when: q.when.as_ref().map_or("", |w| w.question.as_str()).into(),
            };
            self.at(path, Seg::Key("when"), rule);
        }
        q.optional || behind_open
    }

    fn options(&mut self, path: &[Seg], q: &Question) {
        let mut seen = HashSet::with_capacity(q.options.len());
        let repeats: Vec<bool> = q
            .options
            .iter()
            .map(|o| !seen.insert(o.value.as_str()))
            .collect();
        if seen.len() < 2 {
            let id = q.id.clone();
            self.at(path, Seg::Key("options"), Rule::FewOptions { id });
        }
        for (k, option) in q.options.iter().enumerate() {
            let mut opath = path.to_vec();
            opath.extend([Seg::Key("options"), Seg::Index(k)]);
            let value = || option.value.clone();
            if option.value.trim().is_empty() {
                let rule = Rule::Blank { field: "value" };
                self.at(&opath, Seg::Key("value"), rule);
            } else if !is_kebab(&option.value) {
                let rule = Rule::OptionNotKebab { value: value() };
                self.at(&opath, Seg::Key("value"), rule);
            } else if option.value.bytes().all(|b| b.is_ascii_digit()) {
                let rule = Rule::OptionNumber { value: value() };
                self.at(&opath, Seg::Key("value"), rule);
            }
            if repeats[k] {
                let rule = Rule::DuplicateOption {
                    value: value(),
                    id: q.id.clone(),
                };
                self.at(&opath, Seg::Key("value"), rule);
            }
            self.not_blank(&opath, "label", &option.label);
        }
    }

    fn when(
        &mut self,
        path: &[Seg],
        q: &Question,
        when: &super::When,
        earlier: &Earlier,
        section: &str,
    ) {
        let mut wpath = path.to_vec();
        wpath.push(Seg::Key("when"));
        let target = &when.question;
        let Some((source, _)) = earlier.get(target.as_str()) else {
            let rule = if *target == q.id {
                Rule::WhenItself { id: q.id.clone() }
            } else {
                Rule::WhenNotEarlier {
                    id: q.id.clone(),
                    target: target.clone(),
                    section: section.to_owned(),
                }
            };
            self.at(&wpath, Seg::Key("question"), rule);
            return;
        };
        if when.on_answer() {
            return;
        }
        let Some(allowed) = source.conditions() else {
            let rule = Rule::WhenKind {
                target: target.clone(),
                kind: source.kind.name(),
            };
            self.at(&wpath, Seg::Key("question"), rule);
            return;
        };
        if when.is.is_some() && when.in_.is_some() {
            self.at(path, Seg::Key("when"), Rule::WhenShape);
        }
        for value in when.values() {
            if !allowed.contains(&value) {
                let key = if when.is.is_some() { "is" } else { "in" };
                let rule = Rule::WhenValue {
                    target: target.clone(),
                    value: value.to_owned(),
                    allowed: allowed.iter().map(|&v| v.to_owned()).collect(),
                };
                self.at(&wpath, Seg::Key(key), rule);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case() {
        for ok in ["scope", "partner-contact", "step-2", "a1"] {
            assert!(is_kebab(ok), "{ok}");
        }
        for bad in ["", "Scope", "partner_contact", "-x", "x-", "a--b", "é"] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
