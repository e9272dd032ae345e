#!/usr/bin/env python3
"""Draw a seeded random sample of the claims `sasil compare` prints for real coverage, to judge by hand.

usage: claim_sample.py TEXT_ROOT SEED N [GOLD_ROOT...]   > sample.jsonl
Runs ./sasil compare --format json on TEXT_ROOT/<event>.jsonl for every event that has a
gold.json under one of the GOLD_ROOTs (default: ../shared/eval/realnews and eval/realnews), pools
every claim of every finding, and prints N of them drawn with random.seed(SEED), one JSON object a
line with the cited sentence and the value's index in it ("at"; null when the sentence's claims
leave it ambiguous), for judging with the rule in JUDGING.md. The sample quotes the
articles: keep it outside the repository.
"""
import json
import os
import random
import subprocess
import sys


def main():
    text_root, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    here = os.path.dirname(os.path.abspath(__file__))
    roots = sys.argv[4:] or [os.path.join(here, "..", "..", "..", "shared", "eval", "realnews"), here]
    events = []  # in the order of the roots, sorted within each
    for r in roots:
        if os.path.isdir(r):
            events += sorted(e for e in os.listdir(r) if os.path.isfile(os.path.join(r, e, "gold.json")))
    sasil = os.path.join(here, "..", "..", "sasil")
    claims = []
    for e in events:
        out = subprocess.run([sasil, "compare", "--format", "json", os.path.join(text_root, e + ".jsonl")],
                             capture_output=True, text=True).stdout
        findings = json.loads(out)["findings"]
        starts = sentence_starts(findings)
        for f in findings:
            for c in f["claims"]:
                base = starts.get((c["article"], c["sentenceIndex"]))
                claims.append({"event": e, "article": c["article"], "subject": f["subject"],
                               "attribute": f["attribute"], "qualifiers": f.get("qualifiers", []),
                               "value": c["value"], "text": c["text"], "sentence": c["sentence"],
                               "at": None if base is None else c["start"] - base,
                               "verdict": f["verdict"]})
                # what the CLI prints beside the value: its unit and bound (190석 이상 is "more than")
                for extra in ("unit", "bound"):
                    if extra in c:
                        claims[-1][extra] = c[extra]
    random.seed(seed)
    for i, c in enumerate(random.sample(claims, min(n, len(claims)))):
        c["n"] = i + 1
        print(json.dumps(c, ensure_ascii=False))
    print(f"{len(claims)} claims in {len(events)} events", file=sys.stderr)


def sentence_starts(findings):
    """Where each cited sentence starts in its article, from the claims it holds: a value written
    twice in a sentence (1개 … 1개) is then shown at its own place ("at", the index in the sentence).
    A sentence whose claims leave its start ambiguous is left out."""
    candidates = {}
    for f in findings:
        for c in f["claims"]:
            key = (c["article"], c["sentenceIndex"])
            s, t = c["sentence"], c["text"]
            here = {c["start"] - i for i in range(len(s)) if s.startswith(t, i)}
            candidates[key] = here if key not in candidates else candidates[key] & here
    return {k: next(iter(v)) for k, v in candidates.items() if len(v) == 1}


if __name__ == "__main__":
    main()
