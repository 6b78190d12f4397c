//! The rules for what feeds the documents: a question asked only for them
//! decides nothing and is not looked at by the checklist's questions; a
//! label is one short line; each role is taken once, by a question of its
//! kind; a date may lie in the future only where nothing waits for it.

use super::{Checker, Earlier};
use crate::checklist::{Checklist, Kind, Outcome, Question, Role, Window};
use crate::locate::Seg;
use std::collections::HashMap;

/// The longest label: it is one line of the brief.
const MAX_LABEL: usize = 80;

impl Checker {
    /// The document rules for `q`, at `path`; `context` for a context
    /// question, which is always for the documents.
    pub(super) fn for_documents(
        &mut self,
        path: &[Seg],
        q: &Question,
        context: bool,
        earlier: &Earlier,
    ) {
        if let Some(label) = &q.label {
            let chars = label.trim().chars().count();
            if chars == 0 || chars > MAX_LABEL || label.trim().contains('\n') {
                self.at(
                    path,
                    Seg::Key("label"),
                    format!(
                        "the label of `{}` must be one line of 1 to {MAX_LABEL} characters, like `Statement of work re-read`",
                        q.id
                    ),
                );
            }
        }
        if q.brief && q.is_graded() {
            self.at(
                path,
                Seg::Key("brief"),
                format!(
                    "`{}` is asked only for the documents, so it cannot decide the verdict",
                    q.id
                ),
            );
        }
        if q.brief && context {
            self.at(
                path,
                Seg::Key("brief"),
                "context questions are always for the documents; `brief` is for an item's questions".into(),
            );
        }
        if q.future && Window::of(q).is_some() {
            self.at(
                path,
                Seg::Key("future"),
                format!(
                    "`{}` waits for days to pass (`wait_days`), so its date cannot lie in the future",
                    q.id
                ),
            );
        }
        // The documents' questions come after the checklist's.
        let looks_at = q
            .when
            .as_ref()
            .and_then(|w| earlier.get(w.question.as_str()));
        if let Some((target, _)) = looks_at {
            if !q.brief && !context && target.brief {
                let mut when = path.to_vec();
                when.push(Seg::Key("when"));
                self.at(
                    &when,
                    Seg::Key("question"),
                    format!(
                        "`when` of `{}` looks at `{}`, which is asked only for the documents, after `{}`",
                        q.id, target.id, q.id
                    ),
                );
            }
        }
    }

    /// Each role taken once, by a question of its kind; a `raised`
    /// question says by its options' outcomes what each answer means.
    pub(super) fn roles(&mut self, checklist: &Checklist) {
        let mut taken: HashMap<Role, &str> = HashMap::new();
        let paths = checklist
            .context
            .iter()
            .enumerate()
            .map(|(j, q)| (vec![Seg::Key("context"), Seg::Index(j)], q))
            .chain(checklist.items.iter().enumerate().flat_map(|(i, item)| {
                item.questions.iter().enumerate().map(move |(j, q)| {
                    let path = vec![
                        Seg::Key("items"),
                        Seg::Index(i),
                        Seg::Key("questions"),
                        Seg::Index(j),
                    ];
                    (path, q)
                })
            }));
        for (path, q) in paths {
            let Some(role) = q.role else {
                continue;
            };
            if q.kind != role.kind() {
                self.at(
                    &path,
                    Seg::Key("role"),
                    format!(
                        "the role `{}` is for a {} question; `{}` is a {} question",
                        role.name(),
                        role.kind().name(),
                        q.id,
                        q.kind.name()
                    ),
                );
            }
            if let Some(first) = taken.insert(role, &q.id) {
                self.at(
                    &path,
                    Seg::Key("role"),
                    format!(
                        "the role `{}` is taken by `{first}` already; each role is one question's",
                        role.name()
                    ),
                );
            }
            let outcomes = |outcome| q.options.iter().any(|o| o.outcome == Some(outcome));
            if role == Role::Raised
                && q.kind == Kind::Choice
                && !(outcomes(Outcome::Fail) && outcomes(Outcome::Pass))
            {
                self.at(
                    &path,
                    Seg::Key("options"),
                    format!(
                        "`{}` has the role `raised`, so an option needs the outcome `fail` (not raised yet) and one `pass` (raised, still open)",
                        q.id
                    ),
                );
            }
        }
    }
}
