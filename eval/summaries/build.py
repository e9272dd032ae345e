#!/usr/bin/env python3
"""Builds the labelled realnews summary corpus from the texts beside the repository.

usage: build.py [TEXTS_DIR] [OUT.jsonl]
  TEXTS_DIR  the realnews texts, one <event>.jsonl per event (default ../realnews-texts)
  OUT.jsonl  where to write the corpus (default ../summ-data/realnews-sum.jsonl); one record a
             line in the format of `sasil eval summarize`: id, title, url, text, sentences, summary
       build.py --stamp [TEXTS_DIR]   rewrites labels.txt with the digests of the labelled sentences
       build.py --labels FILE ...     another label file of this folder instead of labels.txt
                                      (labels-blind.txt: the second set, see README.md)

The texts are the outlets' copyright and never enter the repository: only labels.txt (ids,
sentence indices and 8-digit sentence digests) does. A labelled sentence is found again by its digest when the text was
rebuilt with lines added or removed around it; an article where one is gone is left out, with its
id on standard error.
"""
import glob
import json
import os
import sys

import split

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "labels.txt")


def read_labels(labels=LABELS):
    header, rows = [], []
    for line in open(labels, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            header.append(line)
            continue
        parts = line.rstrip("\n").split("\t")
        rows.append((parts[0], [int(i) for i in parts[1].split()], parts[2].split() if len(parts) > 2 else []))
    return header, rows


def read_texts(texts_dir):
    out = {}
    for path in sorted(glob.glob(os.path.join(texts_dir, "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r.get("text"):
                    out[r["id"]] = r
    return out


def relocate(sentences, digests):
    """The labelled sentences' indices in a text rebuilt with lines added or removed around them
    (a headline folded into the text, a menu line dropped): each digest must occur exactly once,
    in the labelled order. None when a labelled sentence is gone or ambiguous."""
    found = [split.digest(s) for s in sentences]
    indices = []
    for d in digests:
        if found.count(d) != 1:
            return None
        indices.append(found.index(d))
    return indices if indices == sorted(indices) else None


def main(argv):
    labels = LABELS
    if argv[:1] == ["--labels"]:
        labels, argv = os.path.join(HERE, argv[1]) if not os.path.isabs(argv[1]) else argv[1], argv[2:]
    stamp = argv[:1] == ["--stamp"]
    args = argv[1:] if stamp else argv
    texts_dir = args[0] if args else os.path.join(HERE, "..", "..", "..", "realnews-texts")
    out_path = args[1] if len(args) > 1 else os.path.join(HERE, "..", "..", "..", "summ-data", "realnews-sum.jsonl")
    header, rows = read_labels(labels)
    texts = read_texts(texts_dir)
    missing = [i for i, _, _ in rows if i not in texts]
    if missing:
        sys.exit(f"build.py: no text for {len(missing)} labelled articles in {texts_dir} (first: {missing[0]})")
    records, stamped, left_out = [], [], 0
    for article_id, indices, digests in rows:
        r = texts[article_id]
        sentences = split.sentences(r["text"])
        actual = [split.digest(sentences[i]) for i in indices]
        if stamp:
            stamped.append(f"{article_id}\t{' '.join(map(str, indices))}\t{' '.join(actual)}\n")
        elif actual != digests:
            moved = relocate(sentences, digests)
            if moved is None:
                print(f"build.py: {article_id} left out: a labelled sentence is no longer in its text "
                      f"(digests {digests}, found {actual})", file=sys.stderr)
                left_out += 1
                continue
            indices = moved
        records.append({"id": article_id, "title": r.get("title"), "url": r.get("url"), "text": r["text"],
                        "sentences": sentences, "summary": indices})
    if stamp:
        with open(labels, "w", encoding="utf-8") as f:
            f.writelines(header + stamped)
        print(f"stamped {len(stamped)} labels")
        return
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out_path} ({len(records)} articles" + (f", {left_out} left out)" if left_out else ")"))


if __name__ == "__main__":
    main(sys.argv[1:])
