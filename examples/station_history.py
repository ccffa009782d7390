#!/usr/bin/python3
"""What a data scientist does first with the service: one station's history and the corn crop against the
summer's heat, each from one whole-listing download (pandas + matplotlib, Debian's python3-pandas and
python3-matplotlib).

    /usr/bin/python3 examples/station_history.py --base-url http://localhost:8080 --station USC00110072 --out out/

Writes out/<station>-yearly.png (yearly average max/min temperature and total precipitation) and
out/corn-vs-jja-heat.png (US corn production against the June-August mean daily maximum over all stations).
"""
import argparse
import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
import pandas as pd  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", default="http://localhost:8080")
parser.add_argument("--station", default="USC00110072")
parser.add_argument("--out", default=".")
args = parser.parse_args()
api, out = args.base_url + "/api", pathlib.Path(args.out)
out.mkdir(parents=True, exist_ok=True)

# 1. One station's yearly statistics: one line of pandas.
yearly = pd.read_csv(f"{api}/weather/stats/export?station_id={args.station}")
fig, (temperature, rain) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
temperature.plot(yearly["year"], yearly["avg_max_temp_c"], label="average daily max")
temperature.plot(yearly["year"], yearly["avg_min_temp_c"], label="average daily min")
temperature.set_ylabel("°C")
temperature.legend()
rain.bar(yearly["year"], yearly["total_precipitation_cm"], color="tab:blue")
rain.set_ylabel("precipitation, cm")
rain.xaxis.set_major_locator(MaxNLocator(integer=True))
fig.suptitle(f"{args.station}: yearly statistics")
fig.savefig(out / f"{args.station}-yearly.png", dpi=100)

# 2. Corn against the summer's heat: every June-August day of every station, then one mean per year.
days = pd.read_csv(f"{api}/weather/export", parse_dates=["date"])
summer = days[days["date"].dt.month.isin([6, 7, 8])]
heat = summer.groupby(summer["date"].dt.year)["max_temp_c"].mean().rename("jja_max_temp_c")
corn = pd.read_csv(f"{api}/corn?page_size=1000&format=csv").set_index("year")  # 30 years: one page
both = corn.join(heat, how="inner")
fig, ax = plt.subplots(figsize=(7, 5))
ax.scatter(both["jja_max_temp_c"], both["production_kt"] / 1000)
for year, row in both.iterrows():
    ax.annotate(str(year), (row["jja_max_temp_c"], row["production_kt"] / 1000), fontsize=7)
ax.set_xlabel("June-August mean daily maximum, °C (all stations)")
ax.set_ylabel("US corn production, million metric tons")
ax.set_title(f"Corn versus summer heat (r = {both['jja_max_temp_c'].corr(both['production_kt']):.2f})")
fig.savefig(out / "corn-vs-jja-heat.png", dpi=100)
print(f"wrote {out / (args.station + '-yearly.png')} and {out / 'corn-vs-jja-heat.png'} ({len(both)} years)")
