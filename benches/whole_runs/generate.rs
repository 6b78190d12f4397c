//! The inputs of the timed rows: a complete set of answers for the built-in
//! checklist, and generated checklists of a given size with answers for
//! them, whose verdict and counts are known in advance.

use std::fmt::Write as _;

/// The loader refuses files larger than this.
pub const MAX_BYTES: usize = 1024 * 1024;
/// A date in the past for every date question.
const RAISED_ON: &str = "2025-01-15";
/// The date the worst cases give as today, some days after `RAISED_ON`.
pub const TODAY: &str = "2025-02-03";

/// Answers to the built-in checklist that make it ready to escalate.
pub const DEFAULT_ANSWERS: &str = "\
context.product: cloud
context.partner: Northwind Digital
scope.reviewed-deliverables: yes
scope.deliverables-added: yes
scope.planning-impact: yes
partner-contact.raised: unresolved
partner-contact.raised-on: 2025-01-15
specificity.examples:
  - 2025-01-10 email to the partner asking for the release date, no reply
  - ticket ACME-1234 checkout fails for guests
  - the partner keeps moving the go-live
";

/// `DEFAULT_ANSWERS` as `KEY=VALUE` pairs, as flags give them: a list key
/// once for each entry.
pub fn default_pairs() -> Vec<(&'static str, &'static str)> {
    let mut pairs = Vec::new();
    let mut list = "";
    for line in DEFAULT_ANSWERS.lines() {
        if let Some(entry) = line.strip_prefix("  - ") {
            pairs.push((list, entry));
        } else if let Some(pair) = line.split_once(": ") {
            pairs.push(pair);
        } else {
            list = line.trim_end_matches(':');
        }
    }
    pairs
}

pub struct Generated {
    pub checklist: String,
    pub answers: String,
    pub questions: usize,
    pass: usize,
    fail: usize,
    info: usize,
    skipped: usize,
}

impl Generated {
    /// The report's summary counts, as they appear in its JSON.
    pub fn summary(&self) -> String {
        format!(
            "\"pass\": {},\n    \"fail\": {},\n    \"info\": {},\n    \"stop\": 0,\n    \"skipped\": {}",
            self.pass, self.fail, self.info, self.skipped
        )
    }
}

/// A checklist just under `target` bytes with items of ten questions of
/// every kind, `when` conditions on earlier questions, and an answers file
/// that answers every question that applies. One item in seven (the
/// second first) has not raised the concern yet: the verdict is not-ready.
pub fn generate(target: usize) -> Generated {
    let mut g = Generated {
        checklist: String::new(),
        answers: String::new(),
        questions: 2,
        pass: 0,
        fail: 0,
        info: 0,
        skipped: 0,
    };
    g.checklist.push_str(
        "# A generated checklist for the whole-run benchmark.\n\
         schema: 1\n\
         id: generated-rollout\n\
         lang: en\n\
         title: Rollout readiness across many work streams\n\
         intro: >-\n  Every work stream of the rollout, checked before anyone is escalated to.\n\
         context:\n\
         \x20 - id: product\n\
         \x20   kind: choice\n\
         \x20   optional: true\n\
         \x20   prompt: Which deployment is this about?\n\
         \x20   options:\n\
         \x20     - {value: cloud, label: Cloud infrastructure}\n\
         \x20     - {value: on-premises, label: On-premises}\n\
         \x20 - id: partner\n\
         \x20   kind: text\n\
         \x20   optional: true\n\
         \x20   prompt: What is the partner called?\n\
         items:\n",
    );
    g.answers.push_str(
        "# Answers for the generated checklist.\ncontext.product: cloud\ncontext.partner: Northwind Digital\n",
    );
    for i in 0.. {
        let (item, answers, counts) = item(i);
        if g.checklist.len() + item.len() > target {
            break;
        }
        g.checklist.push_str(&item);
        g.answers.push_str(&answers);
        g.questions += 10;
        g.pass += counts[0];
        g.fail += counts[1];
        g.info += counts[2];
        g.skipped += counts[3];
    }
    assert!(g.checklist.len() <= MAX_BYTES && g.answers.len() <= MAX_BYTES);
    g
}

/// Item `i`: its YAML, its answers, and its pass, fail, info and
/// skipped counts.
fn item(i: usize) -> (String, String, [usize; 4]) {
    let id = format!("stream-{i}");
    let added = i % 2 == 0;
    let raised = if i % 7 == 1 { "not-yet" } else { "unresolved" };
    let severity = ["low", "medium", "high"][i % 3];
    let yaml = format!(
        r#"  - id: {id}
    title: Work stream {i}
    guidance: Compare stream {i} with what was agreed, then talk to the partner.
    questions:
      - id: reviewed
        kind: confirm
        prompt: Did you compare stream {i} with the agreed deliverables?
        pass: yes
        advice: Compare stream {i} with the agreed deliverables first.
      - id: added
        kind: confirm
        prompt: Was work added to stream {i} after it started?
      - id: impact
        kind: confirm
        when: {{question: added, is: yes}}
        prompt: Do you know what the added work does to the plan?
        pass: yes
        advice: Work out what the added work costs.
      - id: raised
        kind: choice
        prompt: Did you raise it with the partner?
        options:
          - {{value: not-yet, label: Not yet, outcome: fail, advice: Raise it with the partner first.}}
          - {{value: resolved, label: Resolved, outcome: stop}}
          - {{value: unresolved, label: Unresolved, outcome: pass}}
      - id: raised-on
        kind: date
        when: {{question: raised, is: unresolved}}
        prompt: When did you raise it?
        wait_days: 3
        advice: Give the partner a few days to answer.
      - id: severity
        kind: choice
        prompt: How much does it hurt?
        options:
          - {{value: low, label: A little}}
          - {{value: medium, label: Noticeably}}
          - {{value: high, label: Badly}}
      - id: impact-note
        kind: text
        when: {{question: severity, in: [medium, high]}}
        prompt: What does it cost you?
      - id: examples
        kind: list
        min: 1
        recommend: 2
        evidence: true
        prompt: List examples of the problem, one per entry.
        advice: Collect at least one concrete example.
      - id: owner
        kind: text
        optional: true
        prompt: Who owns stream {i} on your side?
      - id: signed-off
        kind: confirm
        when: {{question: reviewed, is: yes}}
        prompt: Did someone sign off the comparison?
        pass: yes
        advice: Have the comparison signed off.
"#
    );
    let mut ans = String::new();
    let mut counts = [0usize; 4]; // pass, fail, info, skipped
    let mut put = |key: &str, value: &str, status: usize| {
        let _ = writeln!(ans, "{id}.{key}: {value}");
        counts[status] += 1;
    };
    put("reviewed", "yes", 0);
    put("added", if added { "yes" } else { "no" }, 2);
    if added {
        put("impact", "yes", 0);
    }
    put("raised", raised, if raised == "not-yet" { 1 } else { 0 });
    if raised == "unresolved" {
        put("raised-on", RAISED_ON, 0);
    }
    put("severity", severity, 2);
    if severity != "low" {
        put("impact-note", "orders are lost at checkout", 2);
    }
    let examples = format!(
        "\n  - ticket OPS-{} checkout fails\n  - the partner did not answer",
        1000 + i
    );
    put("examples", &examples, 0);
    put("owner", "Dana from operations", 2);
    put("signed-off", "yes", 0);
    // Not asked, so skipped: impact when nothing was added, raised-on
    // when not raised, impact-note at low severity.
    counts[3] +=
        usize::from(!added) + usize::from(raised != "unresolved") + usize::from(severity == "low");
    (yaml, ans, counts)
}
