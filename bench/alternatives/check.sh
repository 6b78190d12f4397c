#!/usr/bin/env bash
# The default escalate check as a plain bash script, for the whole-run
# benchmark: what a user might write instead of installing escalate.
#
# Usage: check.sh ANSWERS
#
# ANSWERS is a YAML answers file as `escalate template` writes it, limited to
# `key: value` lines and `  - entry` lines for the list. The script grades the
# built-in English checklist (hard-coded below), prints a JSON report like
# `escalate check --format json` and exits 0 (ready), 1 (not ready),
# 3 (not needed) or 2 (an answer is missing or wrong). Bash built-ins only.
set -u

if [[ $# -ne 1 ]]; then
  echo "usage: check.sh ANSWERS" >&2
  exit 2
fi

declare -A answer=()
examples=()
current=""
while IFS= read -r line || [[ -n $line ]]; do
  line=${line%$'\r'}
  case $line in
    '' | '#'* | '---') continue ;;
    ' '*'- '* | '- '*)
      [[ $current == specificity.examples ]] && examples+=("${line#*- }")
      continue
      ;;
  esac
  key=${line%%:*}
  value=${line#*:}
  value=${value# }
  current=$key
  [[ -n $value ]] && answer[$key]=$value
done <"$1"

fail() {
  echo "error: $1" >&2
  exit 2
}

# yes/no words as escalate reads them.
boolean() {
  case ${1,,} in
    y | yes | true | j | ja) echo true ;;
    n | no | false | nein) echo false ;;
    *) fail "$2: expected yes or no, not '$1'" ;;
  esac
}

# Days since 1970-01-01 of a YYYY-MM-DD date (the civil-from-days inverse).
days() {
  local y=$((10#${1:0:4})) m=$((10#${1:5:2})) d=$((10#${1:8:2}))
  ((m <= 2)) && ((y -= 1))
  local era=$(((y >= 0 ? y : y - 399) / 400))
  local yoe=$((y - era * 400))
  local doy=$(((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1))
  local doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
  echo $((era * 146097 + doe - 719468))
}

json() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/\\r}
  printf '"%s"' "$s"
}

pass=0 failed=0 info=0 stop=0 skipped=0
next_steps=()
warnings=()

# question KEY PROMPT ANSWER_JSON STATUS [ADVICE]: one question of the report.
question() {
  local advice=null source=null
  [[ -n ${5-} ]] && advice=$(json "$5")
  [[ $3 != null ]] && source='"file"'
  printf '        {\n          "key": "%s",\n          "prompt": %s,\n          "answer": %s,\n          "status": "%s",\n          "advice": %s,\n          "source": %s\n        }' \
    "$1" "$(json "$2")" "$3" "$4" "$advice" "$source"
}

count() {
  case $1 in
    pass) ((pass += 1)) ;;
    fail) ((failed += 1)) ;;
    info) ((info += 1)) ;;
    stop) ((stop += 1)) ;;
    skipped) ((skipped += 1)) ;;
  esac
}

# The strongest status of an item.
item_status() {
  local s
  for s in stop fail pass info; do
    [[ " $* " == *" $s "* ]] && { echo "$s"; return; }
  done
  echo skipped
}

need() {
  [[ -n ${answer[$1]+set} ]] || missing+=("$1")
}

missing=()
need scope.reviewed-deliverables
need scope.deliverables-added
added=false
[[ -n ${answer[scope.deliverables-added]+set} ]] &&
  added=$(boolean "${answer[scope.deliverables-added]}" scope.deliverables-added)
$added && need scope.planning-impact
need partner-contact.raised
raised=${answer[partner-contact.raised]-}
case $raised in
  '' | not-yet | resolved | unresolved) ;;
  1) raised=not-yet ;;
  2) raised=resolved ;;
  3) raised=unresolved ;;
  *) fail "partner-contact.raised: expected one of not-yet, resolved, unresolved" ;;
esac
[[ $raised == unresolved ]] && need partner-contact.raised-on
[[ ${#examples[@]} -gt 0 ]] || missing+=(specificity.examples)
if [[ ${#missing[@]} -gt 0 ]]; then
  fail "missing answers: ${missing[*]}"
fi

# Scope.
reviewed=$(boolean "${answer[scope.reviewed-deliverables]}" scope.reviewed-deliverables)
advice_reviewed="Re-read the document your partner gave you (statement of work, proposal or similar) and compare it with what you received, before you decide that a deliverable was missed."
if $reviewed; then s1=pass a1=""; else s1=fail a1=$advice_reviewed; fi
s2=info
if $added; then
  impact=$(boolean "${answer[scope.planning-impact]}" scope.planning-impact)
  advice_impact="Work out what the added deliverables do to the schedule and budget, so that you can tell a real shortfall from the cost of the extra work."
  if $impact; then s3=pass a3=""; else s3=fail a3=$advice_impact; fi
  impact_json=$impact
else
  s3=skipped a3="" impact_json=null
fi

# Partner contact.
a4="" a5="" raised_on_json=null
case $raised in
  not-yet) s4=fail a4="Raise the concern with your partner first, in writing, and give them a reasonable chance to answer before you involve your CSM." ;;
  resolved) s4=stop ;;
  unresolved) s4=pass ;;
esac
s5=skipped
if [[ $raised == unresolved ]]; then
  on=${answer[partner-contact.raised-on]}
  [[ $on =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "partner-contact.raised-on: expected a date as YYYY-MM-DD"
  printf -v today '%(%Y-%m-%d)T' -1
  waited=$(($(days "$today") - $(days "$on")))
  ((waited < 0)) && fail "partner-contact.raised-on: the date is in the future"
  if ((waited >= 3)); then s5=pass; else
    s5=fail a5="Give your partner at least three days to answer your message before you escalate; if they stay silent after that, run the check again."
  fi
  raised_on_json=$(json "$on")
fi

# Specificity.
a6=""
s6=pass
entries=""
n=0
for e in "${examples[@]}"; do
  ((n += 1))
  [[ -n $entries ]] && entries+=$',\n'
  entries+="            $(json "$e")"
  lower=${e,,}
  if ! [[ $lower =~ (https?://|www\.|mailto:|[0-9]{4}|#[0-9]{2}|[a-z]+-[0-9]+|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}) ]]; then
    short=${e:0:40}
    [[ ${#e} -gt 40 ]] && short+="…"
    warnings+=("specificity.examples entry $n (\"$short\") has no date, link or ticket number; adding one lets your CSM check it quickly")
  fi
done
((n < 2)) && warnings=("specificity.examples: $n given; 2 or more make the case clearer" ${warnings[@]+"${warnings[@]}"})
examples_json=$'[\n'"$entries"$'\n          ]'

for s in "$s1" "$s2" "$s3" "$s4" "$s5" "$s6"; do count "$s"; done
for a in "$a1" "$a3" "$a4" "$a5" "$a6"; do [[ -n $a ]] && next_steps+=("$a"); done
if ((stop > 0)); then verdict=not-needed code=3
elif ((failed > 0)); then verdict=not-ready code=1
else verdict=ready code=0
fi

list() {
  local first=1 x
  if [[ $# -eq 0 ]]; then printf '[]'; return; fi
  printf '[\n'
  for x in "$@"; do
    ((first)) || printf ',\n'
    first=0
    printf '    %s' "$(json "$x")"
  done
  printf '\n  ]'
}

context_question() {
  local value=${answer[$1]-} ans=null status=skipped source=null
  if [[ -n $value ]]; then ans=$(json "$value") status=info source='"file"'; fi
  printf '    {\n      "key": "%s",\n      "prompt": %s,\n      "answer": %s,\n      "status": "%s",\n      "advice": null,\n      "source": %s\n    }' \
    "$1" "$(json "$2")" "$ans" "$status" "$source"
}

{
  printf '{\n  "schema_version": 1,\n'
  printf '  "checklist": {\n    "id": "partner-escalation",\n    "title": "Partner escalation readiness",\n    "lang": "en"\n  },\n'
  printf '  "verdict": "%s",\n' "$verdict"
  printf '  "summary": {\n    "pass": %d,\n    "fail": %d,\n    "info": %d,\n    "stop": %d,\n    "skipped": %d\n  },\n' \
    "$pass" "$failed" "$info" "$stop" "$skipped"
  printf '  "context": [\n'
  context_question context.product "Which Adobe Commerce deployment is this about?"
  printf ',\n'
  context_question context.partner "What is your implementation partner called?"
  printf '\n  ],\n  "items": [\n'
  printf '    {\n      "id": "scope",\n      "title": "Scope",\n      "status": "%s",\n      "questions": [\n' "$(item_status "$s1" "$s2" "$s3")"
  question scope.reviewed-deliverables "Have you gone back over the partner's own description of what they would deliver?" "$reviewed" "$s1" "$a1"
  printf ',\n'
  question scope.deliverables-added "Were deliverables added to the project after it started?" "$added" "$s2"
  printf ',\n'
  question scope.planning-impact "Have you worked out how the added deliverables change the timeline and budget?" "$impact_json" "$s3" "$a3"
  printf '\n      ]\n    },\n'
  printf '    {\n      "id": "partner-contact",\n      "title": "Partner contact",\n      "status": "%s",\n      "questions": [\n' "$(item_status "$s4" "$s5")"
  question partner-contact.raised "Have you raised the concern with your partner directly?" "$(json "$raised")" "$s4" "$a4"
  printf ',\n'
  question partner-contact.raised-on "On which date did you raise it with the partner?" "$raised_on_json" "$s5" "$a5"
  printf '\n      ]\n    },\n'
  printf '    {\n      "id": "specificity",\n      "title": "Specificity",\n      "status": "%s",\n      "questions": [\n' "$s6"
  question specificity.examples "List concrete examples of the problem, one per entry." "$examples_json" "$s6" "$a6"
  printf '\n      ]\n    }\n  ],\n'
  printf '  "next_steps": %s,\n' "$(list ${next_steps[@]+"${next_steps[@]}"})"
  printf '  "warnings": %s\n}\n' "$(list ${warnings[@]+"${warnings[@]}"})"
}
exit $code
