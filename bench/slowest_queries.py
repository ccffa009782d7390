"""The slowest statement of each endpoint, from a PostgreSQL log written with log_min_duration_statement = 0.

bench/scale marks each endpoint's request with a statement SELECT 'bench-scale-marker:<endpoint>' before it;
every statement logged until the next marker belongs to that endpoint. The slowest one (its parameters bound
into the text) is run again under EXPLAIN (ANALYZE, BUFFERS) with the psql command given after "--"; the plans
go to a text file and one CSV row per endpoint to stdout (layout, scale, endpoint, execution and planning ms, the
plan's top nodes).
Usage: slowest_queries.py LOG LAYOUT SCALE PLANS_FILE -- psql ARGS...
"""
import csv
import re
import subprocess
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
DURATION = re.compile(r"LOG:  duration: ([0-9.]+) ms  (?:execute [^:]*|statement): (.*)", re.S)
PARAMETERS = re.compile(r"DETAIL:  parameters: (.*)", re.S | re.I)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
MARKER = re.compile(r"SELECT 'bench-scale-marker:(.*)'")


def entries(lines):
    entry = []
    for line in lines:
        if ENTRY.match(line) and entry:
            yield "".join(entry)
            entry = []
        entry.append(line)
    if entry:
        yield "".join(entry)


def statements(path):
    """(endpoint, duration_ms, sql with parameters bound) for each execute or statement after a marker."""
    endpoint, last = None, None
    with open(path, encoding="utf-8", errors="replace") as log:
        for entry in entries(log):
            duration = DURATION.search(entry)
            parameters = PARAMETERS.search(entry)
            if duration:
                sql = duration.group(2).strip()
                marker = MARKER.search(sql)
                if marker:
                    endpoint, last = marker.group(1), None
                    continue
                if endpoint and endpoint != "end" and not sql.startswith(("ALTER SYSTEM", "SELECT pg_reload_conf")):
                    last = [endpoint, float(duration.group(1)), sql]
                    yield last
            elif parameters and last:
                values = dict(PARAMETER.findall(parameters.group(1)))
                last[2] = re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), last[2])


def main():
    log, layout, scale, plans_file = sys.argv[1:5]
    psql = sys.argv[sys.argv.index("--") + 1:]
    slowest = {}
    for endpoint, duration, sql in list(statements(log)):
        if endpoint not in slowest or duration > slowest[endpoint][0]:
            slowest[endpoint] = (duration, sql)
    out = csv.writer(sys.stdout)
    with open(plans_file, "w", encoding="utf-8") as plans:
        for endpoint, (duration, sql) in slowest.items():
            run = subprocess.run(psql + ["-c", "EXPLAIN (ANALYZE, BUFFERS) " + sql], capture_output=True, text=True)
            plan = run.stdout if run.returncode == 0 else "EXPLAIN failed: " + run.stderr
            plans.write(f"== {endpoint} ({layout}, {scale}x): logged {duration:.2f} ms\n{sql}\n\n{plan}\n")
            execution = re.search(r"Execution Time: ([0-9.]+)", plan)
            planning = re.search(r"Planning Time: ([0-9.]+)", plan)
            nodes = [re.sub(r"\s+\(cost=.*", "", line).strip(" ->") for line in plan.splitlines()[2:]
                     if "(cost=" in line][:3]
            out.writerow([layout, scale, endpoint, execution.group(1) if execution else "",
                          planning.group(1) if planning else "", " / ".join(nodes)])


if __name__ == "__main__":
    main()
