//! The rules for what feeds the documents: a question asked only for them
//! decides nothing and is not looked at by the checklist's questions; a
//! label is one short line; each role is taken once, by a question of its
//! kind; a date may lie in the future only where nothing waits for it.

use super::{Checker, Earlier};
use crate::checklist::{Checklist, Kind, Outcome, Question, Role, Window};
use crate::locate::Seg;
use crate::read::Rule;
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
                let rule = Rule::Label {
                    id: q.id.clone(),
                    max: MAX_LABEL,
                };
                self.at(path, Seg::Key("label"), rule);
            }
        }
        if q.brief && q.is_graded() {
            let id = q.id.clone();
            self.at(path, Seg::Key("brief"), Rule::BriefDecides { id });
        }
        if q.brief && context {
            self.at(path, Seg::Key("brief"), Rule::BriefInContext);
        }
        if q.future && Window::of(q).is_some() {
            let id = q.id.clone();
            self.at(path, Seg::Key("future"), Rule::FutureWaits { id });
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
                let rule = Rule::WhenLooksAtDocuments {
                    id: q.id.clone(),
                    target: target.id.clone(),
                };
                self.at(&when, Seg::Key("question"), rule);
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
                let rule = Rule::RoleKind {
                    role: role.name(),
                    kind: role.kind().name(),
                    id: q.id.clone(),
                    is: q.kind.name(),
                };
                self.at(&path, Seg::Key("role"), rule);
            }
            if let Some(first) = taken.insert(role, &q.id) {
                let rule = Rule::RoleTaken {
                    role: role.name(),
                    first: first.to_owned(),
                };
                self.at(&path, Seg::Key("role"), rule);
            }
            let outcomes = |outcome| q.options.iter().any(|o| o.outcome == Some(outcome));
            if role == Role::Raised
                && q.kind == Kind::Choice
                && !(outcomes(Outcome::Fail) && outcomes(Outcome::Pass))
            {
                let id = q.id.clone();
                self.at(&path, Seg::Key("options"), Rule::RaisedOutcomes { id });
            }
        }
    }
}
