"""Draws docs/images/scaling.png from docs/scaling/scale-*.csv (bench/scale) and prints the fitted trends.

Each timing is fitted as a power law, t = a * rows^k (least squares on the logarithms): k = 1 is linear, k > 1
grows faster than the data. Run with Debian's Python (matplotlib from apt): /usr/bin/python3 bench/scale-chart.py
"""
import csv
import glob
import math
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def load():
    runs = {}
    for path in sorted(glob.glob(os.path.join(DOCS, "scaling", "scale-*.csv"))):
        with open(path, newline="") as f:
            rows = [r for r in csv.DictReader(f)]
        if rows:
            runs[rows[0]["layout"]] = sorted(rows, key=lambda r: int(r["rows"]))
    return runs


def fit(xs, ys):
    """(k, a) of y = a * x^k by least squares on logs."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    n = len(xs)
    mx, my = sum(lx) / n, sum(ly) / n
    k = sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)
    return k, math.exp(my - k * mx)


def tables(runs):
    """The CSVs as Markdown tables (for docs/scaling.md)."""
    columns = [("rows", "rows"), ("ingest_process_s", "ingest, process (s)"), ("ingest_run_s", "ingest run (s)"),
               ("analysis_in_ingest_s", "its analysis (s)"), ("rows_per_s_per_stream", "rows/s per COPY stream"),
               ("ingest_peak_rss_mb", "ingest peak RSS (MB)"), ("table_mb", "table (MB)"),
               ("indexes_mb", "indexes (MB)"), ("database_mb", "database (MB)"), ("analyze_all_s", "analyze --all (s)"),
               ("vacuum_s", "VACUUM ANALYZE (s)"),
               ("filtered_hot_rps", "filtered hot req/s"), ("filtered_hot_p99_ms", "p99 (ms)"),
               ("filtered_cold_rps", "filtered cold req/s"), ("filtered_cold_p99_ms", "p99 (ms)"),
               ("stats_hot_rps", "stats hot req/s"), ("stats_hot_p99_ms", "p99 (ms)"),
               ("stats_cold_rps", "stats cold req/s"), ("stats_cold_p99_ms", "p99 (ms)")]
    for layout, rows in runs.items():
        print(f"\n{layout}\n")
        print("| | " + " | ".join(f"{r['scale']}x" for r in rows) + " |")
        print("|---|" + "---|" * len(rows))
        for column, label in columns:
            if column in rows[0]:
                print(f"| {label} | " + " | ".join(f"{int(r[column]):,}" if column == "rows" else r[column]
                                                   for r in rows) + " |")


def main():
    runs = load()
    tables(runs)
    fig, axes = plt.subplots(2, 2, figsize=(12, 8.5))
    styles = {"plain": "-", "partitioned": "--"}
    panels = [
        (axes[0][0], "Ingest and analysis (s)", [("ingest_run_s", "ingest run"), ("ingest_process_s", "ingest, whole process"),
                                                 ("analyze_all_s", "analyze --all")], True),
        (axes[0][1], "Size on disk (MB)", [("table_mb", "observations table"), ("indexes_mb", "its indexes"),
                                           ("database_mb", "whole database")], True),
        (axes[1][0], "Requests/s, 50 connections", [("filtered_hot_rps", "filtered page, hot"),
                                                     ("filtered_cold_rps", "filtered page, cold"),
                                                     ("stats_hot_rps", "stats page, hot"),
                                                     ("stats_cold_rps", "stats page, cold")], True),
        (axes[1][1], "p99 latency (ms), 50 connections", [("filtered_hot_p99_ms", "filtered page, hot"),
                                                          ("filtered_cold_p99_ms", "filtered page, cold"),
                                                          ("stats_hot_p99_ms", "stats page, hot"),
                                                          ("stats_cold_p99_ms", "stats page, cold")], True),
    ]
    for ax, title, series, log_y in panels:
        for layout, rows in runs.items():
            xs = [int(r["rows"]) / 1e6 for r in rows]
            for i, (column, label) in enumerate(series):
                ys = [float(r[column]) for r in rows if r[column]]
                if len(ys) != len(xs):
                    continue
                line = f"{label} ({layout})" if len(runs) > 1 else label
                if len(xs) > 1 and all(y > 0 for y in ys):
                    k, _ = fit(xs, ys)
                    line += f", ~rows^{k:.2f}"
                    print(f"{layout:12} {column:22} " + "  ".join(f"{y:10.2f}" for y in ys) + f"   exponent {k:.2f}")
                ax.plot(xs, ys, styles.get(layout, ":"), marker="o", color=f"C{i}", label=line)
        ax.set_title(title)
        ax.set_xlabel("observation rows (millions)")
        ax.set_xscale("log")
        ax.set_yscale("log" if log_y else "linear")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7, framealpha=0.85)
    scales = ", ".join(f"{r['scale']}x" for r in next(iter(runs.values()))) if runs else ""
    fig.suptitle(f"bench/scale: synthetic stations at {scales} the sample (2 shared cores, embedded PostgreSQL 16)")
    fig.tight_layout()
    out = os.path.join(DOCS, "images", "scaling.png")
    fig.savefig(out, dpi=110)
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main()
