#!/usr/bin/env python3
"""Every claim `sasil compare` prints for real coverage, and what a change of the extractor changed.

usage: claim_diff.py dump TEXT_ROOT OUT.json [GOLD_ROOT...]
       claim_diff.py diff BEFORE.json AFTER.json
`dump` runs ./sasil compare --format json on TEXT_ROOT/<event>.jsonl for every event that has a
gold.json under one of the GOLD_ROOTs (default: ../shared/eval/realnews and eval/realnews) and
writes, for every cited figure (article|sentence|start), the findings that cite it: subject,
attribute, qualifiers, value and verdict. `diff` prints every cited figure whose findings differ
between two dumps, with the sentence, and the count on stderr: the list to judge claim by claim
before a change is kept. The dumps quote the articles: keep them outside the repository.
"""
import json
import os
import subprocess
import sys


def dump(text_root, out, roots):
    here = os.path.dirname(os.path.abspath(__file__))
    roots = roots or [os.path.join(here, "..", "..", "..", "shared", "eval", "realnews"), here]
    events = []
    for r in roots:
        if os.path.isdir(r):
            events += sorted(e for e in os.listdir(r) if os.path.isfile(os.path.join(r, e, "gold.json")))
    sasil = os.path.join(here, "..", "..", "sasil")
    found = {}
    for e in events:
        run = subprocess.run([sasil, "compare", "--format", "json", os.path.join(text_root, e + ".jsonl")],
                             capture_output=True, text=True, check=True)
        for f in json.loads(run.stdout)["findings"]:
            for c in f["claims"]:
                key = f"{c['article']}|{c['sentenceIndex']}|{c['start']}"
                found.setdefault(key, []).append([f["subject"], f["attribute"], f.get("qualifiers", []),
                                                  c["value"], f["verdict"], c["text"], c["sentence"]])
    with open(out, "w", encoding="utf-8") as w:
        json.dump(found, w, ensure_ascii=False)
    print(len(found), "cited figures", file=sys.stderr)


def show(findings):
    if not findings:
        return "(none)"
    return " ; ".join(f"{x[0]}|{x[1]}|{x[2]}|{x[3]}|{x[4]}" for x in findings)


def diff(before_path, after_path):
    before = json.load(open(before_path, encoding="utf-8"))
    after = json.load(open(after_path, encoding="utf-8"))
    changed = 0
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if [x[:5] for x in a or []] != [x[:5] for x in b or []]:
            changed += 1
            first = (a or b)[0]
            print(f"{key}    {first[5]}\n   - {show(a)}\n   + {show(b)}\n      {first[6][:300]}")
    print(changed, "changed", file=sys.stderr)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
