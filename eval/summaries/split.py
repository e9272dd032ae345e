#!/usr/bin/env python3
"""The sentence split of the realnews summary labels: shared by label.py (printing) and build.py.

A line break always ends a sentence; inside a line, a sentence ends after . ? ! or … (with any
closing quotes or brackets) followed by white space, and after 다. run into the next word (some
outlets lose the space). Headlines, datelines, bylines and captions
stay in the split, as they do in a general newspaper's text, so plain Lead-3 meets them.
"""
import hashlib
import re

_END = re.compile(r"(?<=[.?!…])[\"”’')\]]*\s+|(?<=다\.)(?=[가-힣])")


def sentences(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _END.finditer(line):
            end = m.start() + len(m.group(0).rstrip())
            piece = line[start:end].strip()
            if piece:
                out.append(piece)
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out


def digest(sentence):
    """First 8 hex digits of the SHA-1 of the sentence without white space: a check, not the text."""
    return hashlib.sha1(re.sub(r"\s+", "", sentence).encode("utf-8")).hexdigest()[:8]
