//! The rules a checklist can break, as data: each variant carries what is
//! needed to say which rule and about what (ids, fields, kinds and roles as
//! the checklist writes them); `checklist::validate` finds them, and each
//! language words them (`crate::i18n`). They are kept with the other
//! problems an input file can have, so that a [`super::Problem`] can hold
//! one.

/// A checklist rule broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// A schema version this release does not read.
    Schema {
        found: u64,
        supported: u32,
    },
    /// An id, or the language, that is not lowercase kebab-case.
    NotKebab {
        what: Id,
        id: String,
    },
    /// A text field that is blank.
    Blank {
        field: &'static str,
    },
    /// A context question with something that decides the verdict.
    ContextDecides {
        id: String,
    },
    /// No items at all.
    NoItems,
    /// An item called `context`.
    ReservedContext,
    DuplicateItem {
        id: String,
    },
    /// An item without questions.
    NoQuestions {
        item: String,
    },
    DuplicateQuestion {
        id: String,
        section: String,
    },
    /// A field that only questions of another kind take.
    OtherKindsField {
        field: &'static str,
        kind: &'static str,
        id: String,
        is: &'static str,
    },
    /// A question that decides the verdict, marked optional.
    DecidesOptional {
        id: String,
    },
    /// A question that decides the verdict, asked only after an optional
    /// answer (`when`, the question it looks at).
    DecidesBehindOptional {
        id: String,
        when: String,
    },
    /// A choice with fewer than two different options.
    FewOptions {
        id: String,
    },
    OptionNotKebab {
        value: String,
    },
    /// An option value of digits only, which would read as a position.
    OptionNumber {
        value: String,
    },
    DuplicateOption {
        value: String,
        id: String,
    },
    /// A `when` that looks at its own question.
    WhenItself {
        id: String,
    },
    /// A `when` that looks at a question not before it in its section.
    WhenNotEarlier {
        id: String,
        target: String,
        section: String,
    },
    /// A `when` that looks at a question whose answer it cannot compare.
    WhenKind {
        target: String,
        kind: &'static str,
    },
    /// A `when` with both `is` and `in`.
    WhenShape,
    /// A `when` value the question it looks at cannot take.
    WhenValue {
        target: String,
        value: String,
        allowed: Vec<String>,
    },
    /// A label that is not one short line.
    Label {
        id: String,
        max: usize,
    },
    /// A question for the documents only that decides the verdict.
    BriefDecides {
        id: String,
    },
    /// `brief` on a context question, which is for the documents anyway.
    BriefInContext,
    /// A date that waits for the response window yet may lie in the future.
    FutureWaits {
        id: String,
    },
    /// A checklist's own question that looks at one asked only for the
    /// documents, which is asked after it.
    WhenLooksAtDocuments {
        id: String,
        target: String,
    },
    /// A role on a question of another kind than the role needs.
    RoleKind {
        role: &'static str,
        kind: &'static str,
        id: String,
        is: &'static str,
    },
    /// A role two questions take.
    RoleTaken {
        role: &'static str,
        first: String,
    },
    /// The `raised` role on a choice without the outcomes it needs.
    RaisedOutcomes {
        id: String,
    },
}

/// Which id a [`Rule::NotKebab`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Id {
    Checklist,
    /// The checklist's `lang`.
    Lang,
    Item,
    Question,
}
