//! The checklist rules serde cannot express: ids, references, and which
//! fields go with which question kind. Every rule is checked and every
//! broken one reported, each with the path of the node it is about.
//! Every rule is here, in one walk over the checklist, so that the rules a
//! checklist author meets can be read together; that makes it long.

use super::{CONTEXT, Checklist, Kind, Question, SCHEMA};
mod documents;

use crate::locate::Seg;
use std::collections::{HashMap, HashSet};

/// The questions before the current one in its section, by id (the first
/// one with each id), and whether each can go unasked or unanswered: it is
/// optional, or its `when` looks at such a question.
type Earlier<'a> = HashMap<&'a str, (&'a Question, bool)>;

/// A broken rule and the node it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub path: Vec<Seg>,
    pub message: String,
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
        v.at(
            &root,
            Seg::Key("schema"),
            format!(
                "schema {} is not supported; this release reads schema {SCHEMA}",
                checklist.schema
            ),
        );
    }
    v.id(&root, "id", &checklist.id, "checklist id");
    v.id(&root, "lang", &checklist.lang, "lang");
    v.not_blank(&root, "title", &checklist.title);
    let mut earlier = Earlier::new();
    for (i, q) in checklist.context.iter().enumerate() {
        let path = vec![Seg::Key("context"), Seg::Index(i)];
        let open = v.question(&path, q, &earlier, CONTEXT);
        v.for_documents(&path, q, true, &earlier);
        earlier.entry(&q.id).or_insert((q, open));
        if q.is_graded() || q.advice.is_some() {
            v.at(
                &path,
                Seg::Key("id"),
                format!(
                    "context question `{}` decides nothing, so it cannot have `pass`, `outcome`, `min`, `wait_days` or `advice`",
                    q.id
                ),
            );
        }
    }
    if checklist.items.is_empty() {
        v.at(
            &root,
            Seg::Key("items"),
            "a checklist needs at least one item".into(),
        );
    }
    let mut item_ids = HashSet::with_capacity(checklist.items.len());
    for (i, item) in checklist.items.iter().enumerate() {
        let path = vec![Seg::Key("items"), Seg::Index(i)];
        v.id(&path, "id", &item.id, "item id");
        if item.id == CONTEXT {
            v.at(
                &path,
                Seg::Key("id"),
                "`context` is reserved for the context questions; choose another item id".into(),
            );
        }
        if !item_ids.insert(item.id.as_str()) {
            v.at(
                &path,
                Seg::Key("id"),
                format!("duplicate item id `{}`", item.id),
            );
        }
        v.not_blank(&path, "title", &item.title);
        if item.questions.is_empty() {
            v.at(
                &path,
                Seg::Key("questions"),
                format!("item `{}` needs at least one question", item.id),
            );
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
    fn at(&mut self, path: &[Seg], last: Seg, message: String) {
        let mut path = path.to_vec();
        path.push(last);
        self.findings.push(Finding { path, message });
    }

    fn id(&mut self, path: &[Seg], key: &'static str, id: &str, what: &str) {
        if !is_kebab(id) {
            self.at(
                path,
                Seg::Key(key),
                format!("{what} `{id}` must be lowercase kebab-case, like `partner-contact`"),
            );
        }
    }

    fn not_blank(&mut self, path: &[Seg], key: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.at(path, Seg::Key(key), format!("`{key}` must not be empty"));
        }
    }

    /// Checks `q`; returns whether it can go unasked or unanswered.
    fn question(&mut self, path: &[Seg], q: &Question, earlier: &Earlier, section: &str) -> bool {
        self.id(path, "id", &q.id, "question id");
        if earlier.contains_key(q.id.as_str()) {
            self.at(
                path,
                Seg::Key("id"),
                format!("duplicate question id `{}` in `{section}`", q.id),
            );
        }
        self.not_blank(path, "prompt", &q.prompt);
        for (field, kind, present) in q.own_fields() {
            if present && q.kind != kind {
                self.at(
                    path,
                    Seg::Key(field),
                    format!(
                        "`{field}` is only for {} questions; `{}` is a {} question",
                        kind.name(),
                        q.id,
                        q.kind.name()
                    ),
                );
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
            self.at(
                path,
                Seg::Key("optional"),
                format!(
                    "`{}` decides the verdict, so it cannot be optional: left unanswered it would count as done; remove `optional`, or what it decides by",
                    q.id
                ),
            );
        } else if q.is_graded() && behind_open {
            self.at(
                path,
                Seg::Key("when"),
                format!(
                    "`{}` decides the verdict but is asked only after an optional answer, so leaving that open would count as done; make `{}` required",
                    q.id,
                    q.when.as_ref().map_or("", |w| w.question.as_str())
                ),
            );
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
            self.at(
                path,
                Seg::Key("options"),
                format!(
                    "choice `{}` needs at least two options with different values",
                    q.id
                ),
            );
        }
        for (k, option) in q.options.iter().enumerate() {
            let mut opath = path.to_vec();
            opath.extend([Seg::Key("options"), Seg::Index(k)]);
            if !is_kebab(&option.value) {
                self.at(
                    &opath,
                    Seg::Key("value"),
                    format!(
                        "option value `{}` must be lowercase kebab-case, like `not-yet`",
                        option.value
                    ),
                );
            } else if option.value.bytes().all(|b| b.is_ascii_digit()) {
                self.at(
                    &opath,
                    Seg::Key("value"),
                    format!(
                        "option value `{}` is a number, but a number picks an option by its position; use a value with a letter, like `option-{}`",
                        option.value, option.value
                    ),
                );
            }
            if repeats[k] {
                self.at(
                    &opath,
                    Seg::Key("value"),
                    format!("duplicate option value `{}` in `{}`", option.value, q.id),
                );
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
            let message = if *target == q.id {
                format!("`when` of `{}` refers to the question itself", q.id)
            } else {
                format!(
                    "`when` of `{}` refers to `{target}`, which is not an earlier question of `{section}`; `when` can only look back",
                    q.id
                )
            };
            self.at(&wpath, Seg::Key("question"), message);
            return;
        };
        let Some(allowed) = source.conditions() else {
            self.at(
                &wpath,
                Seg::Key("question"),
                format!(
                    "`when` can refer to a confirm or choice question; `{target}` is a {} question",
                    source.kind.name()
                ),
            );
            return;
        };
        match (&when.is, &when.in_) {
            (Some(_), Some(_)) | (None, None) => {
                self.at(
                    path,
                    Seg::Key("when"),
                    "`when` takes either `is: VALUE` or `in: [VALUES]`".into(),
                );
            }
            _ => {}
        }
        for value in when.values() {
            if !allowed.contains(&value) {
                let key = if when.is.is_some() { "is" } else { "in" };
                self.at(
                    &wpath,
                    Seg::Key(key),
                    format!(
                        "`{target}` cannot be `{value}`; it takes {}",
                        allowed.join(", ")
                    ),
                );
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
