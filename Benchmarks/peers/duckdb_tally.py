#!/usr/bin/env python3
"""DuckDB peer of `carevoice load` + `carevoice tally` on the benchmark CSV.

    duckdb_tally.py CSV [--load-only] [--threads N] [--json OUT]

Reads the CSV into an in-memory table (every column VARCHAR, header row, '"' quotes,
quoted line breaks), then runs one GROUP BY per question: choice answers trimmed and
lower-cased; multiple answers split on ';' and unnested; numbers as count, avg, median,
min and max; text answers counted when not blank. Prints the time of each phase and a
checksum of the counts so that no phase can be optimised away. --load-only stops after
the table is filled (and counts its rows). --json writes the counts for compare_counts.py.
"""

import argparse
import json
import time

import duckdb

import survey


def load(con, path):
    con.execute(
        """
        CREATE TABLE responses AS
        SELECT * FROM read_csv(?, header = true, all_varchar = true, delim = ',',
                               quote = '"', escape = '"', strict_mode = true)
        """,
        [path],
    )
    return con.execute("SELECT count(*) FROM responses").fetchone()[0]


def tally(con):
    counts = {}
    for question, kind in survey.QUESTIONS:
        column = f'coalesce("{question}", \'\')'  # DuckDB reads an empty field as NULL
        if kind == "choice":
            rows = con.execute(
                f"SELECT lower(trim({column})) AS v, count(*) FROM responses GROUP BY v"
            ).fetchall()
            counts[question] = {"options": {value: n for value, n in rows}}
        elif kind == "multiple":
            rows = con.execute(
                f"""SELECT lower(trim(v)) AS v, count(*) FROM
                    (SELECT unnest(string_split({column}, '{survey.SEPARATOR}')) AS v FROM responses)
                    GROUP BY 1"""
            ).fetchall()
            counts[question] = {"options": {value: n for value, n in rows}}
        elif kind == "number":
            n, mean, median, low, high, total = con.execute(
                f"""SELECT count(x), avg(x), median(x), min(x), max(x), sum(x) FROM
                    (SELECT TRY_CAST(trim({column}) AS DOUBLE) AS x FROM responses)"""
            ).fetchone()
            counts[question] = {"n": n, "sum": total, "mean": mean, "median": median, "min": low, "max": high}
        else:
            (base,) = con.execute(
                f"SELECT count(*) FILTER (WHERE trim({column}) <> '') FROM responses"
            ).fetchone()
            counts[question] = {"base": base}
    for figures in counts.values():  # a blank answer is no option: it counts towards 'skipped'
        if "options" in figures:
            figures["skipped"] = figures["options"].pop("", 0)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv")
    parser.add_argument("--load-only", action="store_true")
    parser.add_argument("--threads", type=int, help="DuckDB threads (default: DuckDB's own, every core)")
    parser.add_argument("--json", help="write the counts here")
    arguments = parser.parse_args()

    con = duckdb.connect()
    if arguments.threads:
        con.execute(f"SET threads = {arguments.threads}")
    started = time.perf_counter()
    rows = load(con, arguments.csv)
    loaded = time.perf_counter()
    print(f"duckdb {duckdb.__version__}: load {loaded - started:.3f} s, {rows} rows")
    if arguments.load_only:
        print(f"checksum {rows}")
        return
    counts = tally(con)
    done = time.perf_counter()
    print(f"group {done - loaded:.3f} s, {len(counts)} questions; total {done - started:.3f} s")
    print(f"checksum {survey.checksum(counts)}")
    if arguments.json:
        with open(arguments.json, "w") as out:
            json.dump({"peer": "duckdb", "respondents": rows, "questions": counts}, out, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
