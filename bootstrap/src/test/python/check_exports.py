"""A data scientist's client, run by PandasClientIT against the running service: the whole-listing exports,
read by pandas in one line each, equal the JSON listing walked page by page, row for row, with the right dtypes.

Usage: python3 check_exports.py BASE_URL STATION
"""
import json
import sys
import urllib.request

import pandas as pd

base, station = sys.argv[1], sys.argv[2]


def walk(path):
    """Every item of a paged JSON listing, following next_cursor."""
    items, url = [], base + path
    while url:
        with urllib.request.urlopen(url) as response:
            page = json.load(response)
        items += page["data"]
        cursor = page["page"]["next_cursor"]
        url = base + path + ("&" if "?" in path else "?") + "cursor=" + cursor if cursor else None
    return pd.DataFrame(items)


def check(name, exported, walked, date_columns, text_columns=()):
    assert list(exported.columns) == list(walked.columns), (name, list(exported.columns), list(walked.columns))
    assert len(exported) == len(walked) > 0, (name, len(exported), len(walked))
    for column in exported.columns:
        if column in date_columns:
            walked[column] = pd.to_datetime(walked[column])
            assert pd.api.types.is_datetime64_any_dtype(exported[column]), (name, column, exported[column].dtype)
        elif column not in text_columns and column != "station_id":
            walked[column] = pd.to_numeric(walked[column])  # a column of JSON nulls is None, not NaN
            assert pd.api.types.is_numeric_dtype(exported[column]), (name, column, exported[column].dtype)
    pd.testing.assert_frame_equal(exported.reset_index(drop=True), walked.reset_index(drop=True),
                                  check_dtype=False, check_exact=True)
    print(f"{name}: {len(exported)} rows equal, dtypes {dict(exported.dtypes.astype(str))}")


listing = f"/api/weather?station_id={station}&page_size=100"
walked = walk(listing)
assert walked["max_temp_c"].isna().any(), "the fixture has missing values"
check("csv", pd.read_csv(f"{base}/api/weather/export?station_id={station}", parse_dates=["date"]), walked.copy(),
      ["date"])
check("ndjson", pd.read_json(f"{base}/api/weather/export?station_id={station}&format=ndjson", lines=True,
                             precise_float=True,
                             convert_dates=["date"]), walked.copy(), ["date"])
check("stats csv", pd.read_csv(f"{base}/api/weather/stats/export"), walk("/api/weather/stats?page_size=7"), [])
for listing, dates, texts in [("weather/monthly", [], []), ("weather/anomalies", [], []),
                              ("weather/normals", [], ["baseline"]),
                              ("agronomy/seasons", ["last_spring_frost", "first_fall_frost"], []),
                              ("stations", ["first_date", "last_date"], ["name", "state"])]:
    for units in ["metric", "imperial"]:
        exported = pd.read_csv(f"{base}/api/{listing}/export?units={units}", parse_dates=dates)
        check(f"{listing} {units} csv", exported, walk(f"/api/{listing}?units={units}&page_size=13"), dates, texts)
    exported = pd.read_json(f"{base}/api/{listing}/export?format=ndjson", lines=True, precise_float=True,
                            convert_dates=dates, dtype={t: str for t in texts})
    check(f"{listing} ndjson", exported, walk(f"/api/{listing}?page_size=13"), dates, texts)
exported = pd.read_csv(f"{base}/api/weather/export?station_id={station}")
assert exported["max_temp_c"].isna().sum() == walked["max_temp_c"].isna().sum() > 0, "missing values are NaN"
print("exports: all checks passed")
