#!/usr/bin/env python3
"""The rank-robustness Monte Carlo of `tamayuz report --sensitivity`, written with numpy.

Reads the agencies' area scores from Tamayuz's JSON results (`report --format json`) and the
base area weights from the criteria, then runs the same analysis as
Sources/TamayuzCore/Comparison/WeightSensitivity.swift: per draw, a uniform factor in [1 - r, 1 + r]
for every area weight, weights renormalised to sum 1, every eligible agency's total (Σ weight ×
area score; an area that does not count takes the agency's mean over the others), standard
competition ranks; per agency the base rank, the median rank, the nearest-rank 5th and 95th
percentiles, the best and worst rank and the share of draws ranked first.

    python3 benchmarks/sensitivity_numpy.py CRITERIA.xml RESULTS.json --draws 10000 [--range 0.2] [--seed 2013] [--json OUT]

numpy's generator is not Tamayuz's xoshiro256**, so the draws differ: base ranks agree exactly,
the rest agree statistically. Prints the Monte Carlo's own time (after reading the inputs) on
stderr as `monte-carlo-seconds: …`.
"""

import argparse
import json
import math
import time
import xml.etree.ElementTree as ElementTree

import numpy as np

C = "{urn:tamayuz:criteria:1}"


def competition_ranks(totals):
    """Row-wise standard competition ranks (1-2-2-4), highest total first."""
    draws, agencies = totals.shape
    order = np.argsort(-totals, axis=1, kind="stable")
    ordered = np.take_along_axis(totals, order, axis=1)
    starts = np.ones((draws, agencies), dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    positions = np.where(starts, np.arange(agencies), 0)
    np.maximum.accumulate(positions, axis=1, out=positions)
    ranks = np.empty_like(positions)
    np.put_along_axis(ranks, order, positions + 1, axis=1)
    return ranks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("criteria")
    parser.add_argument("results")
    parser.add_argument("--draws", type=int, default=10000)
    parser.add_argument("--range", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=2013)
    parser.add_argument("--json")
    args = parser.parse_args()

    root = ElementTree.parse(args.criteria).getroot()
    areas = [(a.get("id"), float(a.get("weight", "1"))) for a in root.findall(C + "area")]
    areas = [(i, w) for i, w in areas if w > 0]
    results = json.load(open(args.results))
    ids, scores = [], []
    for agency in results["agencies"]:
        if not agency["eligible"]:
            continue
        nodes = {n["id"]: n for n in agency["nodes"]}
        fallback = nodes["total"]["raw"] or 0.0
        ids.append(agency["id"])
        scores.append([nodes[a]["score"] if nodes[a]["status"] == "scored" else fallback for a, _ in areas])

    start = time.perf_counter()
    scores = np.asarray(scores, dtype=np.float64)
    base = np.asarray([w for _, w in areas])
    base_ranks = competition_ranks((scores @ (base / base.sum()))[None, :])[0]
    generator = np.random.default_rng(args.seed)
    factors = generator.uniform(1 - args.range, 1 + args.range, size=(args.draws, len(areas)))
    weights = factors * base
    weights /= weights.sum(axis=1, keepdims=True)
    ranks = competition_ranks(weights @ scores.T)            # draws × agencies
    ordered = np.sort(ranks, axis=0)
    d = args.draws
    median = np.median(ordered, axis=0)
    p5 = ordered[max(1, math.ceil(5 * d / 100)) - 1]
    p95 = ordered[max(1, math.ceil(95 * d / 100)) - 1]
    share_first = (ranks == 1).mean(axis=0)
    best, worst = ordered[0], ordered[-1]
    elapsed = time.perf_counter() - start

    out = {agency: {"baseRank": int(base_ranks[k]), "medianRank": float(median[k]), "p5Rank": int(p5[k]),
                    "p95Rank": int(p95[k]), "bestRank": int(best[k]), "worstRank": int(worst[k]),
                    "shareFirst": float(share_first[k])} for k, agency in enumerate(ids)}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f)
    import sys
    print(f"monte-carlo-seconds: {elapsed:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
