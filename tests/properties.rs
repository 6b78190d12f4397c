//! Properties over generated checklists and answers.
//!
//! A generated checklist is a model: items and questions of every kind, with
//! `when` conditions on earlier questions, options, outcomes and flags. It is
//! written as YAML (or JSON), and a set of answers for it is written in every
//! form escalate reads: an answers file in YAML and in JSON, `--answer`
//! flags, and lines on stdin. Every form must give the same answers and the
//! verdict the model predicts. Arbitrary and mangled input must never panic.

mod common;
#[path = "fuzzing/feed.rs"]
mod feed;

use escalate::answers::lines::Lines;
use escalate::answers::{self, Answers, Missing, Value, Why};
use escalate::checklist::{self, Checklist};
use escalate::clock::parse_date;
use jiff::ToSpan;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Value as J, json};
use std::io::Cursor;

// The model.

/// One question of a generated checklist.
#[derive(Debug, Clone)]
struct Q {
    id: String,
    kind: Kind,
    optional: bool,
    /// Can the question go unasked or unanswered (optional, or asked only
    /// after such a question)?
    open: bool,
    when: Option<When>,
    /// The question's YAML, built along with it.
    yaml: J,
}

#[derive(Debug, Clone)]
enum Kind {
    Confirm { pass: Option<bool> },
    Choice { options: Vec<Opt> },
    Text,
    List { min: Option<usize> },
    Date { wait_days: Option<u32> },
}

#[derive(Debug, Clone)]
struct Opt {
    value: String,
    outcome: Option<Outcome>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Pass,
    Fail,
    Stop,
}

/// `when`: asked if the earlier question `target` (by index) has one of `values`.
#[derive(Debug, Clone)]
struct When {
    target: usize,
    values: Vec<String>,
}

#[derive(Debug, Clone)]
struct Section {
    id: String,
    questions: Vec<Q>,
}

#[derive(Debug, Clone)]
struct Model {
    sections: Vec<Section>,
    yaml: String,
}

impl Model {
    fn keys(&self) -> Vec<String> {
        self.sections
            .iter()
            .flat_map(|s| {
                s.questions
                    .iter()
                    .map(move |q| format!("{}.{}", s.id, q.id))
            })
            .collect()
    }
}

// Checklist strategy.

fn kebab() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3}){0,2}"
}

/// Checklist text: never blank, sometimes with control characters, escape
/// sequences, bidi overrides, YAML punctuation or line breaks.
fn prose() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "\\PC{1,24}",
        1 => "[ -~\t\n\u{1b}\u{7f}\u{85}\u{a0}\u{202e}\u{2028}\u{feff}äß日]{1,24}",
    ]
    .prop_filter("not blank", |s| !s.trim().is_empty())
}

/// The random parts of one question; `build` turns them into a valid one.
#[derive(Debug, Clone)]
struct Seed {
    word: String,
    kind: u8,
    optional: bool,
    graded: bool,
    pass: bool,
    prompt: String,
    help: Option<String>,
    advice: Option<String>,
    /// Option outcomes; their number is the number of options (2 to 4).
    outcomes: Vec<Option<u8>>,
    labels: Vec<String>,
    option_advice: Vec<Option<String>>,
    /// Option values that start with a digit, rotated by this much: `2v`
    /// may be the value of the first option, while `2` is the second.
    numeric: Option<usize>,
    min: usize,
    recommend: Option<usize>,
    evidence: bool,
    wait_days: u32,
    /// `when`: which earlier confirm or choice, which of its values, and how
    /// to write them (`is`, `in`, or a YAML boolean or number for `is`).
    when: Option<(usize, Vec<usize>, u8)>,
    /// How `pass` is written: a YAML boolean or a word.
    style: u8,
}

prop_compose! {
    fn seed()(
        word in kebab(),
        kind in 0u8..5,
        optional in prop::bool::weighted(0.3),
        graded in prop::bool::weighted(0.7),
        pass in any::<bool>(),
        prompt in prose(),
        help in prop::option::of(prose()),
        advice in prop::option::of(prose()),
        outcomes in prop::collection::vec(prop::option::weighted(0.8, 0u8..3), 2..5),
        labels in prop::collection::vec(prose(), 4),
        option_advice in prop::collection::vec(prop::option::of(prose()), 4),
        numeric in prop::option::weighted(0.3, 0usize..4),
        min in 0usize..4,
        recommend in prop::option::of(0usize..5),
        evidence in any::<bool>(),
        wait_days in 0u32..12,
        when in prop::option::weighted(0.5, (any::<usize>(), prop::collection::vec(any::<usize>(), 1..3), 0u8..3)),
        style in any::<u8>(),
    ) -> Seed {
        Seed { word, kind, optional, graded, pass, prompt, help, advice, outcomes, labels,
               option_advice, numeric, min, recommend, evidence, wait_days, when, style }
    }
}

/// The values a question can take in a `when`: `yes`/`no` or its options.
fn condition_values(q: &Q) -> Option<Vec<String>> {
    match &q.kind {
        Kind::Confirm { .. } => Some(vec!["yes".into(), "no".into()]),
        Kind::Choice { options } => Some(options.iter().map(|o| o.value.clone()).collect()),
        _ => None,
    }
}

/// Turns seeds into the valid questions of one section. Context questions
/// (`graded_section` false) decide nothing.
fn build(seeds: &[Seed], graded_section: bool) -> Vec<Q> {
    let mut questions: Vec<Q> = Vec::new();
    for (index, s) in seeds.iter().enumerate() {
        let id = format!("{}-{index}", s.word);
        let graded = graded_section && s.graded;
        let mut y = Map::new();
        y.insert("id".into(), json!(id));
        y.insert("prompt".into(), json!(s.prompt));
        if let Some(help) = &s.help {
            y.insert("help".into(), json!(help));
        }
        if let (true, Some(advice)) = (graded_section, &s.advice) {
            y.insert("advice".into(), json!(advice));
        }
        let kind = match s.kind {
            0 => {
                let pass = graded.then_some(s.pass);
                if let Some(pass) = pass {
                    let word = if pass { "yes" } else { "no" };
                    let written = if s.style % 2 == 0 {
                        json!(pass)
                    } else {
                        json!(word)
                    };
                    y.insert("pass".into(), written);
                }
                Kind::Confirm { pass }
            }
            1 => {
                let (options, written) = options(s, graded, graded_section);
                y.insert("options".into(), J::Array(written));
                Kind::Choice { options }
            }
            2 => Kind::Text,
            3 => {
                let min = graded.then_some(s.min);
                if let Some(min) = min {
                    y.insert("min".into(), json!(min));
                }
                if let Some(recommend) = s.recommend {
                    y.insert("recommend".into(), json!(recommend));
                }
                if s.evidence {
                    y.insert("evidence".into(), json!(true));
                }
                Kind::List { min }
            }
            _ => {
                let wait_days = graded.then_some(s.wait_days);
                if let Some(days) = wait_days {
                    y.insert("wait_days".into(), json!(days));
                }
                Kind::Date { wait_days }
            }
        };
        y.insert("kind".into(), json!(kind_name(&kind)));
        let decides = match &kind {
            Kind::Confirm { pass } => pass.is_some(),
            Kind::Choice { options } => options.iter().any(|o| o.outcome.is_some()),
            Kind::Text => false,
            Kind::List { min } => min.is_some(),
            Kind::Date { wait_days } => wait_days.is_some(),
        };
        // A question that decides is never optional, nor asked only after
        // an answer that can be left open: validate refuses both.
        let optional = s.optional && !decides;
        if optional {
            y.insert("optional".into(), json!(true));
        }
        let when = s
            .when
            .as_ref()
            .and_then(|w| condition(w, &questions))
            .filter(|(w, _)| !(decides && questions[w.target].open));
        if let Some((_, written)) = &when {
            y.insert("when".into(), written.clone());
        }
        let open = optional || when.as_ref().is_some_and(|(w, _)| questions[w.target].open);
        questions.push(Q {
            id,
            kind,
            optional,
            open,
            when: when.map(|(when, _)| when),
            yaml: J::Object(y),
        });
    }
    questions
}

/// The options of a choice and their YAML. Only items' options have
/// outcomes (when `graded`) and advice.
fn options(s: &Seed, graded: bool, graded_section: bool) -> (Vec<Opt>, Vec<J>) {
    let n = s.outcomes.len();
    let options: Vec<Opt> = (0..n)
        .map(|k| Opt {
            value: match s.numeric {
                Some(shift) => format!("{}v", (k + shift) % n + 1),
                None => format!("{}-{k}", s.word),
            },
            outcome: s.outcomes[k].filter(|_| graded).map(|o| match o {
                0 => Outcome::Pass,
                1 => Outcome::Fail,
                _ => Outcome::Stop,
            }),
        })
        .collect();
    let written = options
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let mut opt = Map::new();
            opt.insert("value".into(), json!(o.value));
            opt.insert("label".into(), json!(s.labels[k]));
            if let Some(outcome) = o.outcome {
                let word = format!("{outcome:?}").to_lowercase();
                opt.insert("outcome".into(), json!(word));
            }
            if let (true, Some(advice)) = (graded_section, &s.option_advice[k]) {
                opt.insert("advice".into(), json!(advice));
            }
            J::Object(opt)
        })
        .collect();
    (options, written)
}

/// The `when` a seed asks for, on one of the `earlier` confirm or choice
/// questions, and its YAML; `None` if there is none.
fn condition((pick, picks, form): &(usize, Vec<usize>, u8), earlier: &[Q]) -> Option<(When, J)> {
    let targets: Vec<usize> = (0..earlier.len())
        .filter(|&i| condition_values(&earlier[i]).is_some())
        .collect();
    let target = *targets.get(pick % targets.len().max(1))?;
    let allowed = condition_values(&earlier[target])?;
    let mut values: Vec<String> = Vec::new();
    for p in picks {
        let v = &allowed[p % allowed.len()];
        if !values.contains(v) {
            values.push(v.clone());
        }
    }
    if *form == 0 {
        values.truncate(1);
    }
    let mut written = match (form, values.as_slice()) {
        (0, [one]) => json!({"is": one}),
        (2, [one]) if one == "yes" || one == "no" => json!({"is": one == "yes"}),
        (2, [one]) if one.parse::<u64>().is_ok() => json!({"is": one.parse::<u64>().unwrap()}),
        _ => json!({"in": values}),
    };
    written["question"] = json!(earlier[target].id);
    Some((When { target, values }, written))
}

/// JSON is YAML only if it has no raw characters YAML cannot print (DEL,
/// C1 controls, U+FFFE, U+FFFF), which serde_json leaves unescaped.
fn yaml_safe_json(json: &str) -> String {
    json.chars()
        .map(|c| match c {
            '\u{7f}'..='\u{84}' | '\u{86}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}' => {
                format!("\\u{:04x}", c as u32)
            }
            c => c.to_string(),
        })
        .collect()
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Confirm { .. } => "confirm",
        Kind::Choice { .. } => "choice",
        Kind::Text => "text",
        Kind::List { .. } => "list",
        Kind::Date { .. } => "date",
    }
}

prop_compose! {
    fn model()(
        id in kebab(),
        lang in prop_oneof![Just("en".to_owned()), Just("de".to_owned()), kebab()],
        title in prose(),
        intro in prop::option::of(prose()),
        context in prop::collection::vec(seed(), 0..3),
        items in prop::collection::vec(
            (kebab(), prose(), prop::option::of(prose()), prop::collection::vec(seed(), 1..6)),
            1..5,
        ),
        as_json in prop::bool::weighted(0.2),
    ) -> Model {
        let mut doc = Map::new();
        doc.insert("schema".into(), json!(1));
        doc.insert("id".into(), json!(id));
        doc.insert("lang".into(), json!(lang));
        doc.insert("title".into(), json!(title));
        if let Some(intro) = intro {
            doc.insert("intro".into(), json!(intro));
        }
        // The context questions come last in the walk: they are asked for
        // the documents, after the checklist's own.
        let mut sections = Vec::new();
        let mut context_section = None;
        if !context.is_empty() {
            let questions = build(&context, false);
            doc.insert("context".into(), questions.iter().map(|q| q.yaml.clone()).collect());
            context_section = Some(Section { id: checklist::CONTEXT.into(), questions });
        }
        let mut written = Vec::new();
        for (index, (word, title, guidance, seeds)) in items.iter().enumerate() {
            let questions = build(seeds, true);
            let id = format!("{word}-{index}");
            let mut item = json!({
                "id": id,
                "title": title,
                "questions": questions.iter().map(|q| q.yaml.clone()).collect::<Vec<_>>(),
            });
            if let Some(guidance) = guidance {
                item["guidance"] = json!(guidance);
            }
            written.push(item);
            sections.push(Section { id, questions });
        }
        doc.insert("items".into(), J::Array(written));
        sections.extend(context_section);
        let doc = J::Object(doc);
        let yaml = if as_json {
            yaml_safe_json(&serde_json::to_string_pretty(&doc).unwrap())
        } else {
            serde_norway::to_string(&doc).unwrap()
        };
        Model { sections, yaml }
    }
}

// Answers strategy.

/// The random parts of one answer, used for whichever question it lands on.
#[derive(Debug, Clone)]
struct Pick {
    skip: bool,
    yes: bool,
    choice: usize,
    text: String,
    entries: Vec<String>,
    days_ago: i64,
    /// How the answer is written: which word, a number for a choice, a list
    /// of one as a plain string, a null for a skipped question.
    style: u8,
}

/// A line of answer text: not blank, no line break, no NUL (it must fit on
/// a line of stdin and in a command-line argument).
fn line() -> impl Strategy<Value = String> {
    "[^\r\n\u{0}]{1,20}".prop_filter("not blank", |s| !s.trim().is_empty())
}

prop_compose! {
    fn pick()(
        skip in prop::bool::weighted(0.4),
        yes in any::<bool>(),
        choice in any::<usize>(),
        text in line(),
        entries in prop::collection::vec(line(), 0..4),
        days_ago in 0i64..20,
        style in any::<u8>(),
    ) -> Pick {
        Pick { skip, yes, choice, text, entries, days_ago, style }
    }
}

/// One answer of the model, for an asked question.
#[derive(Debug, Clone)]
struct Given {
    key: String,
    /// `None`: an optional question left open.
    value: Option<Value>,
    q: Q,
    style: u8,
}

/// Walks the model like escalate does and answers every asked question.
fn answer(model: &Model, picks: &[Pick]) -> Vec<Given> {
    let today = parse_date(feed::TODAY).unwrap();
    let mut picks = picks.iter().cycle();
    let mut given: Vec<Given> = Vec::new();
    for section in &model.sections {
        let mut values: Vec<Option<Value>> = Vec::new();
        for q in &section.questions {
            let key = format!("{}.{}", section.id, q.id);
            let asked = q.when.as_ref().is_none_or(|w| {
                let value = values[w.target].as_ref().and_then(Value::as_condition);
                value.is_some_and(|v| w.values.iter().any(|w| w == v))
            });
            let p = picks.next().unwrap();
            let value = if !asked || (q.optional && p.skip) {
                None
            } else {
                Some(match &q.kind {
                    Kind::Confirm { .. } => Value::Bool(p.yes),
                    Kind::Choice { options } => {
                        Value::Choice(options[p.choice % options.len()].value.clone())
                    }
                    Kind::Text => Value::Text(p.text.clone()),
                    Kind::List { .. } => {
                        Value::List(p.entries.iter().map(|e| e.trim().to_owned()).collect())
                    }
                    Kind::Date { .. } => Value::Date(today - p.days_ago.days()),
                })
            };
            // An optional list with no entries is not answered.
            let value = value.filter(|v| !(q.optional && *v == Value::List(vec![])));
            // An answer whose option stops the check ends it.
            let stops = match (&q.kind, &value) {
                (Kind::Choice { options }, Some(Value::Choice(v))) => options
                    .iter()
                    .any(|o| o.value == *v && o.outcome == Some(Outcome::Stop)),
                _ => false,
            };
            if asked {
                given.push(Given {
                    key,
                    value: value.clone(),
                    q: q.clone(),
                    style: p.style,
                });
            }
            if stops {
                return given;
            }
            values.push(value);
        }
    }
    given
}

/// The verdict's exit code the model predicts: 3 if any answer stops the
/// check, else 1 if any fails, else 0.
fn predicted_code(given: &[Given]) -> i32 {
    let today = parse_date(feed::TODAY).unwrap();
    let (mut fail, mut stop) = (false, false);
    for g in given.iter().filter(|g| !g.key.starts_with("context.")) {
        let Some(value) = &g.value else { continue };
        let passed = match (&g.q.kind, value) {
            (Kind::Confirm { pass: Some(p) }, Value::Bool(b)) => Some(p == b),
            (Kind::Choice { options }, Value::Choice(v)) => {
                match options.iter().find(|o| &o.value == v).unwrap().outcome {
                    Some(Outcome::Stop) => {
                        stop = true;
                        None
                    }
                    outcome => outcome.map(|o| o == Outcome::Pass),
                }
            }
            (Kind::List { min: Some(min) }, Value::List(l)) => Some(l.len() >= *min),
            (Kind::Date { wait_days: Some(w) }, Value::Date(d)) => {
                // The window counts working days: those after the day it
                // was raised, up to today, Monday to Friday.
                let mut worked = 0;
                let mut day = *d;
                while day < today {
                    day = day.tomorrow().unwrap();
                    let weekend = matches!(
                        day.weekday(),
                        jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                    );
                    worked += u32::from(!weekend);
                }
                Some(*d <= today && worked >= *w)
            }
            _ => None,
        };
        fail |= passed == Some(false);
    }
    if stop {
        3
    } else if fail {
        1
    } else {
        0
    }
}

// Writing answers down.

const YES: [&str; 5] = ["yes", "Y", "ja", "TRUE", " yes "];
const NO: [&str; 5] = ["no", "n", "Nein", "false", " NO "];

/// A choice as a line or flag: its value, or its number when that cannot be
/// mistaken for another option's value.
fn choice_text(g: &Given, value: &str) -> String {
    let Kind::Choice { options } = &g.q.kind else {
        unreachable!()
    };
    let position = options.iter().position(|o| o.value == value).unwrap() + 1;
    if g.style % 2 == 1 {
        position.to_string()
    } else {
        value.to_owned()
    }
}

/// A single answer as text, for a flag or a line of stdin (not lists).
fn scalar_text(g: &Given, value: &Value) -> String {
    match value {
        Value::Bool(true) => YES[g.style as usize % YES.len()].into(),
        Value::Bool(false) => NO[g.style as usize % NO.len()].into(),
        Value::Choice(v) => choice_text(g, v),
        Value::Text(v) => v.clone(),
        Value::Date(d) => d.to_string(),
        Value::List(_) => unreachable!("lists take one line per entry"),
    }
}

/// The answers as a YAML/JSON map. Skipped questions are left out, or
/// written as null like a filled-in template, or as an empty list.
fn answers_doc(given: &[Given]) -> J {
    let mut map = Map::new();
    for g in given {
        let written = match &g.value {
            None if g.style % 3 == 0 => J::Null,
            None if g.style % 3 == 1 && matches!(g.q.kind, Kind::List { .. }) => json!([]),
            None => continue,
            Some(Value::Bool(b)) if g.style % 4 < 2 => json!(b),
            Some(Value::List(l)) if l.len() == 1 && g.style % 2 == 0 => json!(l[0]),
            Some(Value::List(l)) => json!(l),
            Some(v @ Value::Choice(t)) => {
                let text = scalar_text(g, v);
                match text.parse::<u64>() {
                    Ok(n) if text != *t && g.style % 4 < 2 => json!(n),
                    _ => json!(text),
                }
            }
            Some(v) => json!(scalar_text(g, v)),
        };
        map.insert(g.key.clone(), written);
    }
    J::Object(map)
}

/// `--answer KEY=VALUE` flags; `None` when a required list has no entries,
/// which flags cannot say.
fn flags(given: &[Given]) -> Option<Vec<(String, String)>> {
    let mut flags = Vec::new();
    for g in given {
        match &g.value {
            None => {}
            Some(Value::List(l)) if l.is_empty() => return None,
            Some(Value::List(l)) => flags.extend(l.iter().map(|e| (g.key.clone(), e.clone()))),
            Some(v) => flags.push((g.key.clone(), scalar_text(g, v))),
        }
    }
    Some(flags)
}

/// The flags as `KEY=VALUE`, as they are given.
fn key_values(flags: &[(String, String)]) -> Vec<String> {
    flags
        .iter()
        .map(|(key, value)| format!("{key}={value}"))
        .collect()
}

/// The lines to pipe on stdin: one per asked question, an empty one for a
/// skipped question, one per list entry and an empty one after a list.
fn stdin_lines(given: &[Given]) -> String {
    let mut out = String::new();
    for g in given {
        match &g.value {
            None => out.push('\n'),
            Some(Value::List(l)) => {
                for entry in l {
                    out.push_str(entry);
                    out.push('\n');
                }
                out.push('\n');
            }
            Some(v) => {
                out.push_str(&scalar_text(g, v));
                out.push('\n');
            }
        }
    }
    out
}

/// Every key of `checklist` with its answer, in order.
fn values(checklist: &Checklist, answers: &Answers) -> Vec<(String, Option<Value>)> {
    checklist
        .keys()
        .into_iter()
        .map(|key| {
            let value = answers.get(&key).map(|a| a.value.clone());
            (key, value)
        })
        .collect()
}

fn expected_values(checklist: &Checklist, given: &[Given]) -> Vec<(String, Option<Value>)> {
    checklist
        .keys()
        .into_iter()
        .map(|key| {
            let value = given
                .iter()
                .find(|g| g.key == key)
                .and_then(|g| g.value.clone());
            (key, value)
        })
        .collect()
}

fn case() -> impl Strategy<Value = (Model, Vec<Given>)> {
    (model(), prop::collection::vec(pick(), 1..12)).prop_map(|(model, picks)| {
        let given = answer(&model, &picks);
        (model, given)
    })
}

// In-process checks.

proptest! {
    #![proptest_config(Config::with_cases(256))]

    /// A generated checklist loads with the keys of the model; its template
    /// is an answers file with every key and no answer; every way of giving
    /// the answers reads as the same answers, and the verdict is the one the
    /// model predicts.
    #[test]
    fn generated_checklists_load_and_every_source_reads_the_same((model, given) in case()) {
        let checklist = checklist::load_str("generated.yaml", &model.yaml)
            .map_err(|p| TestCaseError::fail(format!("{p:?}\n{}", model.yaml)))?;
        let listed: Vec<String> = checklist.listed().map(|e| e.key()).collect();
        prop_assert_eq!(listed, model.keys());
        feed::checklist(model.yaml.as_bytes()).expect("loads through the fuzz entry point too");

        let clock = feed::clock();
        let want = expected_values(&checklist, &given);
        let doc = answers_doc(&given);
        let yaml = serde_norway::to_string(&doc).unwrap();
        let json = serde_json::to_string(&doc).unwrap();
        // The walk of a run that writes the brief: every question is asked.
        let documents = answers::Documents {
            brief: true,
            note: false,
            answer: false,
        };
        let walk = answers::Walk::new(&checklist, documents);
        let mut sources = vec![
            ("yaml", answers::file::read_str(&checklist, "a.yaml", &yaml, &clock)),
            ("json", answers::file::read_str(&checklist, "a.json", &json, &clock)),
        ];
        if let Some(flags) = flags(&given) {
            sources.push(("flags", answers::flags::read(&checklist, &key_values(&flags), &clock)));
        }
        for (name, read) in sources {
            let read = read.map_err(|e| TestCaseError::fail(format!("{name}: {e}\n{yaml}")))?;
            let all = walk.collect(&read, &mut Missing::new(Why::NoInput), &clock)
                .map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
            prop_assert_eq!(&values(&checklist, &all), &want, "{}", name);
        }
        let lines = stdin_lines(&given);
        let mut reader = Lines::new(Cursor::new(lines.as_bytes()));
        let piped = walk.collect(&Answers::default(), &mut reader, &clock)
            .map_err(|e| TestCaseError::fail(format!("stdin: {e}\n{lines}")))?;
        prop_assert_eq!(&values(&checklist, &piped), &want, "stdin");

        let eval = escalate::verdict::evaluate(&checklist, &piped, &clock).unwrap();
        prop_assert_eq!(eval.verdict.exit_code() as i32, predicted_code(&given));

        let saved = answers::file::to_yaml(&checklist, &piped);
        let replayed = answers::file::read_str(&checklist, "saved.yaml", &saved, &clock)
            .map_err(|e| TestCaseError::fail(format!("saved: {e}\n{saved}")))?;
        prop_assert_eq!(&values(&checklist, &replayed), &want, "saved answers");
    }
}

// Through the binary.

/// Runs `escalate check` on the checklist `c.yaml` in the folder of `test`
/// with `args` and `stdin`; returns the exit code and the JSON report with
/// its `source` fields blanked, or stderr when there is no report.
fn report_of(test: &common::Test, args: &[String], stdin: Option<&str>) -> (i32, String) {
    let mut run = test
        .clone()
        .args(["check", "--checklist", "c.yaml", "--format", "json"])
        .args(["--today", feed::TODAY])
        .args(args);
    run = match stdin {
        Some(text) => run.stdin(text),
        None => run.arg("--no-input"),
    };
    let out = run.run();
    let stderr = String::from_utf8_lossy(out.stderr_bytes());
    assert!(!stderr.contains("panicked"), "{stderr}");
    let code = out.code().unwrap_or(-1);
    match serde_json::from_slice::<J>(out.stdout_bytes()) {
        Ok(report) => {
            // Compact JSON: a quote inside a string is escaped, so only the
            // report's own `source` fields match.
            let mut report = report.to_string();
            for source in ["file", "flag", "stdin"] {
                report = report.replace(&format!(r#""source":"{source}""#), r#""source":"""#);
            }
            (code, report)
        }
        Err(_) => (code, stderr.into_owned()),
    }
}

proptest! {
    #![proptest_config(Config::with_cases(24))]

    /// Through the binary: an answers file in YAML and in JSON, flags, piped
    /// lines and the replay of `--save-answers` give the same report and
    /// the exit code the model predicts; `template` lists every key.
    #[test]
    fn every_answer_source_gives_the_same_verdict((model, given) in case()) {
        let doc = answers_doc(&given);
        let test = common::Test::new()
            .file("c.yaml", &model.yaml)
            .file("a.yaml", serde_norway::to_string(&doc).unwrap())
            .file("a.json", serde_json::to_string_pretty(&doc).unwrap());

        let template = test.clone().args(["template", "--checklist", "c.yaml"]).run();
        prop_assert_eq!(template.code(), Some(0), "{}", String::from_utf8_lossy(template.stderr_bytes()));
        let template = template.stdout();
        let blank = answers::file::parse("template", &template).unwrap();
        let keys: Vec<String> = blank.into_iter().map(|(key, _)| key).collect();
        prop_assert_eq!(keys, model.keys());

        let arg = |a: &str, b: &str| vec![a.to_owned(), b.to_owned()];
        let want = predicted_code(&given);
        let mut save = arg("--answers", "a.yaml");
        save.extend(arg("--save-answers", "saved.yaml"));
        let (code, report) = report_of(&test, &save, None);
        prop_assert_eq!(code, want, "{}", report);
        let mut runs = vec![
            ("json", report_of(&test, &arg("--answers", "a.json"), None)),
            // With the brief, the context questions are asked too.
            ("stdin", report_of(&test, &arg("--brief", "brief.md"), Some(&stdin_lines(&given)))),
            ("saved", report_of(&test, &arg("--answers", "saved.yaml"), None)),
        ];
        if let Some(flags) = flags(&given) {
            let flags: Vec<String> = flags
                .iter()
                .flat_map(|(key, value)| arg("-a", &format!("{key}={value}")))
                .collect();
            runs.push(("flags", report_of(&test, &flags, None)));
        }
        for (name, run) in runs {
            prop_assert_eq!(&run, &(code, report.clone()), "{}", name);
        }
    }
}

// Hostile input.

/// Pieces of YAML syntax to splice into valid documents.
const SPLICES: &[&str] = &[
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!x ",
    "\"",
    "'",
    "\n",
    "\n  ",
    "\t",
    "# ",
    "---\n",
    "...\n",
    "<<: *a\n",
    "? ",
    "|\n",
    ">-\n",
    "%YAML 1.2\n",
    "\u{feff}",
    "\r\n",
    "\\",
    "~",
    "null",
    "yes",
    "1e999",
    "-",
    "0x",
    "\u{0}",
    "\u{85}",
    "é",
];

/// A valid document with a few random edits: splices, deletions and
/// duplicated stretches, at char boundaries.
fn mangled(docs: Vec<String>) -> impl Strategy<Value = String> {
    let edits = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            0u8..3,
            any::<prop::sample::Index>(),
        ),
        1..6,
    );
    (prop::sample::select(docs), edits).prop_map(|(doc, edits)| {
        let mut chars: Vec<char> = doc.chars().collect();
        for (at, op, what) in edits {
            let at = at.index(chars.len() + 1);
            match op {
                0 => {
                    let splice = what.get(SPLICES);
                    chars.splice(at..at, splice.chars());
                }
                1 => {
                    let end = (at + what.index(40)).min(chars.len());
                    chars.drain(at..end);
                }
                _ => {
                    let end = (at + what.index(80)).min(chars.len());
                    let copy: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, copy);
                }
            }
        }
        chars.into_iter().collect()
    })
}

/// A valid seed of the fuzz corpus.
fn seed_file(target: &str, name: &str) -> String {
    let path = format!(
        "{}/tests/fuzzing/corpus/{target}/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn checklist_docs() -> Vec<String> {
    vec![
        escalate::i18n::Lang::En.checklist().into(),
        escalate::i18n::Lang::De.checklist().into(),
        seed_file("checklist", "ok-all-kinds.yaml"),
        seed_file("checklist", "ok-json.json"),
    ]
}

fn answers_docs() -> Vec<String> {
    vec![
        seed_file("answers", "ok-ready.yaml"),
        seed_file("answers", "ok-ready.json"),
        escalate::template(feed::shipped()),
    ]
}

/// Bytes that are mostly not text, text that is mostly not YAML, and YAML
/// that is almost right.
fn hostile(docs: Vec<String>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        any::<String>().prop_map(String::into_bytes),
        mangled(docs).prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(Config::with_cases(2000))]

    #[test]
    fn any_bytes_as_a_checklist_never_panic(bytes in hostile(checklist_docs())) {
        let _ = feed::checklist(&bytes);
    }

    #[test]
    fn any_bytes_as_an_answers_file_never_panic(bytes in hostile(answers_docs())) {
        let _ = feed::answers(&bytes);
    }

    #[test]
    fn any_bytes_on_stdin_never_panic(bytes in hostile(vec![stdin_sample()])) {
        let clock = feed::clock();
        let mut reader = Lines::new(Cursor::new(bytes));
        let walk = answers::Walk::new(feed::shipped(), answers::Documents::default());
        if let Ok(read) = walk.collect(&Answers::default(), &mut reader, &clock) {
            escalate::verdict::evaluate(feed::shipped(), &read, &clock).unwrap();
        }
    }
}

/// Answers to the shipped checklist as piped lines.
fn stdin_sample() -> String {
    "yes\nyes\nno\n3\n2026-11-01\nticket 1\nticket 2\n\n".into()
}

proptest! {
    #![proptest_config(Config::with_cases(32))]

    /// Through the binary, hostile files end in a clean error or a verdict.
    #[test]
    fn hostile_files_end_cleanly_in_the_binary(
        list in hostile(checklist_docs()),
        answers in hostile(answers_docs()),
    ) {
        let test = common::Test::new().file("c.yaml", &list).file("a.yaml", &answers);
        for args in [
            &["validate", "c.yaml"][..],
            &["check", "--no-input", "--checklist", "c.yaml"],
            &["check", "--no-input", "--today", feed::TODAY, "--answers", "a.yaml"],
        ] {
            let out = test.clone().args(args).run();
            let code = out.code();
            prop_assert!(matches!(code, Some(0..=3)), "{args:?}: {code:?}");
            if code == Some(2) {
                common::assert_clean_error(out.stderr_bytes());
            }
        }
    }
}
