#!/usr/bin/env python3
"""The escalate check as a Python + PyYAML script, for the whole-run benchmark:
what a user might write instead of installing escalate.

Usage: check.py CHECKLIST ANSWERS

Reads a checklist in escalate's format and an answers file (YAML or JSON),
grades the answers the way `escalate check --no-input` does, prints a JSON
report like `--format json` and exits 0 (ready), 1 (not ready), 3 (not
needed) or 2 (an answer is missing or wrong).
"""

import datetime
import json
import re
import sys

import yaml

YES = {"y", "yes", "true", "j", "ja"}
NO = {"n", "no", "false", "nein"}
CHECKABLE = re.compile(
    r"https?://|www\.|mailto:|\d{4}|#\d{2}|[a-z]+-\d+|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}",
    re.IGNORECASE,
)


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def scalar(value):
    """A value as escalate reads it: YAML 1.1 booleans back to yes/no."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    return str(value)


def interpret(key, q, raw, today):
    kind = q["kind"]
    if kind == "confirm":
        word = scalar(raw).strip().lower()
        if word in YES:
            return True
        if word in NO:
            return False
        fail(f"{key}: expected yes or no")
    if kind == "choice":
        text = scalar(raw).strip()
        values = [scalar(o["value"]) for o in q["options"]]
        if text in values:
            return text
        if text.isdigit() and 1 <= int(text) <= len(values):
            return values[int(text) - 1]
        fail(f"{key}: expected one of {', '.join(values)}")
    if kind == "list":
        items = raw if isinstance(raw, list) else [raw]
        return [scalar(i) for i in items]
    if kind == "date":
        text = scalar(raw).strip()
        try:
            day = datetime.date.fromisoformat(text)
        except ValueError:
            fail(f"{key}: expected a date as YYYY-MM-DD")
        if day > today:
            fail(f"{key}: the date is in the future")
        return text
    return scalar(raw)


def as_condition(value):
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value if isinstance(value, str) else None


def grade(q, value, today):
    """(status, advice) for an answer."""
    kind = q["kind"]
    advice = q.get("advice")
    if kind == "confirm" and "pass" in q:
        return ("pass", None) if value == (scalar(q["pass"]) == "yes") else ("fail", advice)
    if kind == "choice":
        option = next(o for o in q["options"] if scalar(o["value"]) == value)
        outcome = option.get("outcome")
        if outcome == "fail":
            return "fail", option.get("advice", advice)
        if outcome in ("pass", "stop"):
            return outcome, None
    if kind == "list" and "min" in q:
        return ("pass", None) if len(value) >= q["min"] else ("fail", advice)
    if kind == "date" and "wait_days" in q:
        waited = (today - datetime.date.fromisoformat(value)).days
        return ("pass", None) if waited >= q["wait_days"] else ("fail", advice)
    return "info", None


def main():
    if len(sys.argv) != 3:
        fail("usage: check.py CHECKLIST ANSWERS")
    with open(sys.argv[1], encoding="utf-8") as f:
        checklist = yaml.safe_load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        given = yaml.safe_load(f) or {}
    today = datetime.date.today()

    sections = [("context", None, checklist.get("context", []))]
    sections += [(item["id"], item, item["questions"]) for item in checklist["items"]]
    known = {f"{s}.{q['id']}": q for s, _, qs in sections for q in qs}
    for key in given:
        if key not in known:
            fail(f"unknown answer key {key}")

    answers, missing = {}, []
    for section, _, questions in sections:
        for q in questions:
            key = f"{section}.{q['id']}"
            when = q.get("when")
            if when:
                other = answers.get(f"{section}.{when['question']}")
                if "is" not in when and "in" not in when:
                    # With neither, it applies once the other has an answer.
                    if other is None:
                        continue
                else:
                    value = as_condition(other)
                    wanted = [scalar(when["is"])] if "is" in when else [scalar(v) for v in when["in"]]
                    if value not in wanted:
                        continue
            raw = given.get(key)
            if raw is None:
                # Questions only the documents need are not required here.
                for_documents = section == "context" or q.get("brief")
                if not q.get("optional") and not for_documents:
                    missing.append(key)
                continue
            answers[key] = interpret(key, q, raw, today)
    if missing:
        fail("missing answers: " + ", ".join(missing))

    summary = dict.fromkeys(["pass", "fail", "info", "stop", "skipped"], 0)
    next_steps, warnings = [], []

    def report(section, questions, counted):
        out = []
        for q in questions:
            key = f"{section}.{q['id']}"
            value = answers.get(key)
            status, advice = ("skipped", None) if value is None else grade(q, value, today)
            if counted:
                summary[status] += 1
                if status == "fail":
                    next_steps.append((advice or f"Revisit this question: {q['prompt']}").strip())
            if value is not None and q["kind"] == "list":
                if "recommend" in q and len(value) < q["recommend"]:
                    warnings.append(f"{key}: {len(value)} given; {q['recommend']} or more make the case clearer")
                if q.get("evidence"):
                    for n, entry in enumerate(value, 1):
                        if not CHECKABLE.search(entry):
                            short = entry[:40] + ("…" if len(entry) > 40 else "")
                            warnings.append(
                                f'{key} entry {n} ("{short}") has no date, link or ticket number; '
                                "adding one lets your CSM check it quickly"
                            )
            out.append({
                "key": key,
                "prompt": q["prompt"].strip(),
                "answer": value,
                "status": status,
                "advice": advice.strip() if advice else None,
                "source": None if value is None else "file",
            })
        return out

    context = report("context", checklist.get("context", []), False)
    items = []
    for item in checklist["items"]:
        questions = report(item["id"], item["questions"], True)
        statuses = {q["status"] for q in questions}
        status = next((s for s in ("stop", "fail", "pass", "info") if s in statuses), "skipped")
        items.append({"id": item["id"], "title": item["title"], "status": status, "questions": questions})

    if summary["stop"]:
        verdict, code = "not-needed", 3
    elif summary["fail"]:
        verdict, code = "not-ready", 1
    else:
        verdict, code = "ready", 0
    json.dump({
        "schema_version": 1,
        "checklist": {"id": checklist["id"], "title": checklist["title"], "lang": checklist["lang"]},
        "verdict": verdict,
        "summary": summary,
        "context": context,
        "items": items,
        "next_steps": next_steps,
        "warnings": warnings,
    }, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.exit(code)


if __name__ == "__main__":
    main()
