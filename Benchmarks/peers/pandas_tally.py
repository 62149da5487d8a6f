#!/usr/bin/env python3
"""pandas peer of `carevoice load` + `carevoice tally` on the benchmark CSV.

    pandas_tally.py CSV [--json OUT]

Reads the CSV with read_csv (every column str, no NA guessing), then counts every
question with value_counts: choice answers stripped and lower-cased; multiple answers
split on ';' and exploded; numbers described (count, mean, median, min, max); text
answers counted when not blank. Prints the time of each phase and a checksum.
"""

import argparse
import json
import time

import pandas as pd

import survey


def tally(frame):
    counts = {}
    for question, kind in survey.QUESTIONS:
        column = frame[question]
        if kind == "choice":
            options = column.str.strip().str.lower().value_counts()
            counts[question] = {"options": {value: int(n) for value, n in options.items()}}
        elif kind == "multiple":
            values = column.str.split(survey.SEPARATOR).explode().str.strip().str.lower()
            counts[question] = {"options": {value: int(n) for value, n in values.value_counts().items()}}
        elif kind == "number":
            numbers = pd.to_numeric(column.str.strip(), errors="coerce").dropna()
            described = numbers.describe()
            counts[question] = {
                "n": int(described["count"]), "sum": float(numbers.sum()), "mean": float(described["mean"]),
                "median": float(numbers.median()), "min": float(described["min"]), "max": float(described["max"]),
            }
        else:
            counts[question] = {"base": int((column.str.strip() != "").sum())}
    for figures in counts.values():  # a blank answer is no option: it counts towards 'skipped'
        if "options" in figures:
            figures["skipped"] = figures["options"].pop("", 0)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv")
    parser.add_argument("--json", help="write the counts here")
    arguments = parser.parse_args()

    started = time.perf_counter()
    frame = pd.read_csv(arguments.csv, dtype=str, keep_default_na=False, quotechar='"', doublequote=True)
    loaded = time.perf_counter()
    print(f"pandas {pd.__version__}: read_csv {loaded - started:.3f} s, {len(frame)} rows")
    counts = tally(frame)
    done = time.perf_counter()
    print(f"value_counts {done - loaded:.3f} s, {len(counts)} questions; total {done - started:.3f} s")
    print(f"checksum {survey.checksum(counts)}")
    if arguments.json:
        with open(arguments.json, "w") as out:
            json.dump({"peer": "pandas", "respondents": len(frame), "questions": counts}, out, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
