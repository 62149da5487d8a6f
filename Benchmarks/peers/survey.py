"""The questions of Benchmarks/workspace/instruments/benchmark-survey.yaml, by type.

The peers tally the same questions carevoice does; this list mirrors the instrument
(and Benchmarks/carevoice-bench/SyntheticResponses.swift), in column order.
"""

CHOICE = [  # single and scale questions: one value each
    "feel_safe", "knows_social_worker", "listened_to", "settled", "trusted_adult", "see_family",
    "school_support", "health_help", "bedroom", "chair_review",
]
MULTIPLE = ["activities", "worries", "helped_by"]  # values separated by ';'
CHOICE_AFTER = ["happy_score", "life_better"]
NUMBER = ["social_workers_count", "weeks_in_placement"]
TEXT = ["going_well", "change_one", "anything_else"]

SEPARATOR = ";"

QUESTIONS = (
    [(q, "choice") for q in CHOICE]
    + [(q, "multiple") for q in MULTIPLE]
    + [(q, "choice") for q in CHOICE_AFTER]
    + [(q, "number") for q in NUMBER]
    + [(q, "text") for q in TEXT]
)


def checksum(counts):
    """The sum of every count and every number's n: one figure that changes if any work is skipped."""
    total = 0
    for figures in counts.values():
        if "options" in figures:
            total += sum(figures["options"].values())
        else:
            total += figures.get("n", figures.get("base", 0))
    return total
