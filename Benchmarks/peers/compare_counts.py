#!/usr/bin/env python3
"""Checks that tallies of the benchmark CSV agree, question by question.

    compare_counts.py COUNTS.json COUNTS.json...

Each file is either a peer's counts (duckdb_tally.py / pandas_tally.py --json OUT) or
carevoice's `tally --instrument benchmark-survey --format json --min-cell 0`
(DESIGN.md §6). Options are matched by their text folded to lower-case letters and
digits ("Strongly agree", "strongly agree" and "strongly-agree" meet); for carevoice
the option's label, else its value, is that text. Compared: respondents; every
option's count and the blank answers ('skipped') of choice questions; n, min, max,
mean and median of numbers; the base of text questions. Prints every difference and
exits 1 when there is one.
"""

import json
import math
import re
import sys


def fold(text):
    return re.sub(r"[^0-9a-z]", "", str(text).lower())


def from_carevoice(document):
    """carevoice's tally JSON in the peers' shape."""
    questions = {}
    for question in document["questions"]:
        figures = {}
        if "options" in question:
            figures["options"] = {
                fold(option.get("label") or option["value"]): option["count"] for option in question["options"]
            }
            figures["skipped"] = question.get("skipped")
        elif "n" in question:
            figures.update({key: question.get(key) for key in ("n", "sum", "mean", "median", "min", "max")})
        else:
            figures["base"] = question.get("base")
        questions[question["id"]] = figures
    return {"source": "carevoice", "respondents": document["respondents"], "questions": questions}


def from_peer(document):
    questions = {}
    for question, figures in document["questions"].items():
        figures = dict(figures)
        if "options" in figures:
            figures["options"] = {fold(value): count for value, count in figures["options"].items()}
        questions[question] = figures
    return {"source": document["peer"], "respondents": document["respondents"], "questions": questions}


def read(path):
    with open(path) as file:
        document = json.load(file)
    counts = from_peer(document) if "peer" in document else from_carevoice(document)
    counts["source"] += f" ({path})"
    return counts


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    return a == b


def differences(first, second):
    found = []
    if first["respondents"] != second["respondents"]:
        found.append(f"respondents: {first['respondents']} vs {second['respondents']}")
    for question in sorted(set(first["questions"]) | set(second["questions"])):
        a = first["questions"].get(question)
        b = second["questions"].get(question)
        if a is None or b is None:
            found.append(f"{question}: only in {'the first' if b is None else 'the second'}")
            continue
        for key in sorted(set(a) | set(b)):
            if key == "options":
                options_a, options_b = a.get(key) or {}, b.get(key) or {}
                for option in sorted(set(options_a) | set(options_b)):
                    if options_a.get(option, 0) != options_b.get(option, 0):
                        found.append(f"{question} = {option!r}: {options_a.get(option, 0)} vs {options_b.get(option, 0)}")
            elif key in a and key in b and a[key] is not None and b[key] is not None and not same(a[key], b[key]):
                found.append(f"{question}.{key}: {a[key]} vs {b[key]}")
    return found


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    counts = [read(path) for path in sys.argv[1:]]
    failed = False
    for other in counts[1:]:
        found = differences(counts[0], other)
        print(f"{counts[0]['source']} vs {other['source']}: ", end="")
        if found:
            failed = True
            print(f"{len(found)} differences")
            for line in found:
                print(f"  {line}")
        else:
            print(f"agree on {len(counts[0]['questions'])} questions, {counts[0]['respondents']} respondents")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
