--liquibase formatted sql

--changeset weatherdata:1-observations
CREATE TABLE observations (
  station_id       varchar(11)  NOT NULL,
  date             date         NOT NULL,
  max_temp_c       numeric(4,1),
  min_temp_c       numeric(4,1),
  precipitation_mm numeric(5,1),
  CONSTRAINT observations_pkey PRIMARY KEY (station_id, date),
  CONSTRAINT observations_max_temp_range CHECK (max_temp_c BETWEEN -90 AND 60),
  CONSTRAINT observations_min_temp_range CHECK (min_temp_c BETWEEN -90 AND 60),
  CONSTRAINT observations_precipitation_range CHECK (precipitation_mm BETWEEN 0 AND 2000)
);
COMMENT ON TABLE observations IS 'Daily weather-station records; NULL where the source had -9999 (missing).';
COMMENT ON COLUMN observations.max_temp_c IS 'Maximum temperature, degrees Celsius';
COMMENT ON COLUMN observations.min_temp_c IS 'Minimum temperature, degrees Celsius';
COMMENT ON COLUMN observations.precipitation_mm IS 'Precipitation, millimetres';
--rollback DROP TABLE observations;

--changeset weatherdata:1-yearly-stats
CREATE TABLE yearly_stats (
  station_id             varchar(11)   NOT NULL,
  year                   integer       NOT NULL,
  avg_max_temp_c         numeric(9,6),
  avg_min_temp_c         numeric(9,6),
  total_precipitation_cm numeric(10,2),
  days_observed          integer       NOT NULL,
  days_with_max_temp     integer       NOT NULL,
  days_with_min_temp     integer       NOT NULL,
  days_with_precipitation integer      NOT NULL,
  first_date             date          NOT NULL,
  last_date              date          NOT NULL,
  computed_at            timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT yearly_stats_pkey PRIMARY KEY (station_id, year)
);
COMMENT ON TABLE yearly_stats IS 'Per station and calendar year, ignoring missing values; NULL where no value exists.';
COMMENT ON COLUMN yearly_stats.avg_max_temp_c IS 'Average daily maximum temperature, degrees Celsius';
COMMENT ON COLUMN yearly_stats.avg_min_temp_c IS 'Average daily minimum temperature, degrees Celsius';
COMMENT ON COLUMN yearly_stats.total_precipitation_cm IS 'Total precipitation, centimetres';
COMMENT ON COLUMN yearly_stats.days_observed IS 'Days of the year on record; days_with_* count those that have the measure';

CREATE VIEW station_summaries AS
SELECT station_id,
       min(first_date)                                      AS first_date,
       max(last_date)                                       AS last_date,
       sum(days_observed)                                   AS days,
       sum(days_observed - days_with_max_temp)              AS missing_max_temp,
       sum(days_observed - days_with_min_temp)              AS missing_min_temp,
       sum(days_observed - days_with_precipitation)         AS missing_precipitation
FROM yearly_stats
GROUP BY station_id;
COMMENT ON VIEW station_summaries IS 'The station catalogue, from the analysed data: span, days on record, missing values per measure.';
--rollback DROP VIEW station_summaries; DROP TABLE yearly_stats;

--changeset weatherdata:1-observations-date-index
CREATE INDEX observations_date ON observations (date);
--rollback DROP INDEX observations_date;

--changeset weatherdata:1-ingestion
CREATE TABLE ingestion_runs (
  id               bigserial    PRIMARY KEY,
  source           text         NOT NULL,
  started_at       timestamptz  NOT NULL,
  finished_at      timestamptz,
  status           varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
  files_seen       integer      NOT NULL DEFAULT 0,
  files_loaded     integer      NOT NULL DEFAULT 0,
  files_skipped    integer      NOT NULL DEFAULT 0,
  files_rejected   integer      NOT NULL DEFAULT 0,
  rows_inserted    bigint       NOT NULL DEFAULT 0,
  rows_updated     bigint       NOT NULL DEFAULT 0,
  rows_unchanged   bigint       NOT NULL DEFAULT 0,
  rows_rejected    bigint       NOT NULL DEFAULT 0,
  quality_warnings bigint       NOT NULL DEFAULT 0,
  error            text
);
CREATE INDEX ingestion_runs_started_at ON ingestion_runs (started_at DESC);
COMMENT ON TABLE ingestion_runs IS 'One row per ingestion run; quality_warnings counts kept days whose max < min.';

CREATE TABLE ingestion_rejections (
  run_id      bigint  NOT NULL REFERENCES ingestion_runs (id) ON DELETE CASCADE,
  file_name   text    NOT NULL,
  line_number bigint  NOT NULL,
  reason      text    NOT NULL,
  CONSTRAINT ingestion_rejections_pkey PRIMARY KEY (run_id, file_name, line_number)
);
COMMENT ON TABLE ingestion_rejections IS 'A capped sample of the lines each run rejected, per file.';

CREATE TABLE source_files (
  file_name   text         PRIMARY KEY,
  checksum    text         NOT NULL,
  size_bytes  bigint       NOT NULL,
  run_id      bigint       NOT NULL REFERENCES ingestion_runs (id),
  loaded_at   timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON TABLE source_files IS 'The content checksum of each file at its last successful load: an unchanged file is skipped.';

CREATE TABLE pending_yearly_stats (
  station_id varchar(11) NOT NULL,
  year       integer     NOT NULL,
  CONSTRAINT pending_yearly_stats_pkey PRIMARY KEY (station_id, year)
);
COMMENT ON TABLE pending_yearly_stats IS 'Station-years whose observations changed since their statistics were computed.';
--rollback DROP TABLE pending_yearly_stats; DROP TABLE source_files; DROP TABLE ingestion_rejections; DROP TABLE ingestion_runs;

--changeset weatherdata:2-stations
CREATE TABLE stations (
  station_id   varchar(11)   PRIMARY KEY,
  name         text          NOT NULL,
  state        char(2),
  latitude     numeric(7,4)  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude    numeric(8,4)  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  elevation_m  numeric(6,1),
  gsn_flag     varchar(3),
  hcn_crn_flag varchar(3),
  wmo_id       varchar(5),
  loaded_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX stations_state ON stations (state);
COMMENT ON TABLE stations IS 'NOAA GHCN-Daily station list entries: name, place, network flags; NULL where unknown.';
COMMENT ON COLUMN stations.elevation_m IS 'Elevation, metres; NULL where NOAA gives -999.9 (unknown)';
--rollback DROP TABLE stations;

--changeset weatherdata:2-corn-production
CREATE TABLE corn_production (
  year          integer        PRIMARY KEY,
  production_kt numeric(12,3)  NOT NULL CHECK (production_kt >= 0),
  loaded_at     timestamptz    NOT NULL DEFAULT now()
);
COMMENT ON TABLE corn_production IS 'US corn grain production per year, thousands of metric tons (kt).';
--rollback DROP TABLE corn_production;

--changeset weatherdata:3-agronomy
CREATE TABLE monthly_stats (
  station_id              varchar(11)   NOT NULL,
  year                    integer       NOT NULL,
  month                   smallint      NOT NULL CHECK (month BETWEEN 1 AND 12),
  avg_max_temp_c          numeric(9,6),
  avg_min_temp_c          numeric(9,6),
  total_precipitation_mm  numeric(8,1),
  gdd                     numeric(8,2),
  days_in_month           smallint      NOT NULL,
  days_with_max_temp      smallint      NOT NULL,
  days_with_min_temp      smallint      NOT NULL,
  days_with_precipitation smallint      NOT NULL,
  days_with_gdd           smallint      NOT NULL,
  CONSTRAINT monthly_stats_pkey PRIMARY KEY (station_id, year, month)
);
COMMENT ON TABLE monthly_stats IS 'Per station and calendar month, over the days that have each measure; NULL where none has it. gdd: growing degree days, 86/50 F method in C.';

CREATE TABLE season_stats (
  station_id                  varchar(11)  NOT NULL,
  year                        integer      NOT NULL,
  gdd_apr_oct                 numeric(8,2),
  gdd_days                    smallint     NOT NULL,
  hot_days_30                 smallint     NOT NULL,
  hot_days_35                 smallint     NOT NULL,
  last_spring_frost           date,
  first_fall_frost            date,
  frost_free_days             smallint,
  heavy_rain_days             smallint     NOT NULL,
  longest_dry_spell_days      smallint     NOT NULL,
  jja_avg_max_temp_c          numeric(9,6),
  jja_total_precipitation_mm  numeric(8,1),
  jja_days_with_max_temp      smallint     NOT NULL,
  jja_days_with_precipitation smallint     NOT NULL,
  CONSTRAINT season_stats_pkey PRIMARY KEY (station_id, year)
);
COMMENT ON TABLE season_stats IS 'Growing-season indicators per station and calendar year; definitions in docs/agronomy.md.';

CREATE TABLE monthly_normals (
  station_id              varchar(11)  NOT NULL,
  month                   smallint     NOT NULL CHECK (month BETWEEN 1 AND 12),
  normal_max_temp_c       numeric(9,6),
  normal_min_temp_c       numeric(9,6),
  normal_precipitation_mm numeric(10,6),
  years_max_temp          smallint     NOT NULL,
  years_min_temp          smallint     NOT NULL,
  years_precipitation     smallint     NOT NULL,
  CONSTRAINT monthly_normals_pkey PRIMARY KEY (station_id, month)
);
COMMENT ON TABLE monthly_normals IS 'Mean monthly values over 1985-2014 (not WMO normals): a year counts when at most 5 days miss the measure; NULL under 20 years.';

CREATE VIEW monthly_anomalies AS
SELECT m.station_id, m.year, m.month,
       CASE WHEN m.days_in_month - m.days_with_max_temp <= 5 THEN m.avg_max_temp_c - n.normal_max_temp_c END
         AS max_temp_anomaly_c,
       CASE WHEN m.days_in_month - m.days_with_min_temp <= 5 THEN m.avg_min_temp_c - n.normal_min_temp_c END
         AS min_temp_anomaly_c,
       CASE WHEN m.days_in_month - m.days_with_precipitation <= 5
            THEN m.total_precipitation_mm - n.normal_precipitation_mm END AS precipitation_anomaly_mm,
       CASE WHEN m.days_in_month - m.days_with_precipitation <= 5 AND n.normal_precipitation_mm <> 0
            THEN round(100 * m.total_precipitation_mm / n.normal_precipitation_mm, 2) END
         AS precipitation_pct_of_normal
FROM monthly_stats m
LEFT JOIN monthly_normals n ON n.station_id = m.station_id AND n.month = m.month
WHERE m.days_in_month - greatest(m.days_with_max_temp, m.days_with_min_temp, m.days_with_precipitation) <= 5;
COMMENT ON VIEW monthly_anomalies IS 'Station-months with at least one counting measure, against their normal; NULL where the value does not count or the normal is NULL.';
--rollback DROP VIEW monthly_anomalies; DROP TABLE monthly_normals; DROP TABLE season_stats; DROP TABLE monthly_stats;

--changeset weatherdata:5-yearly-stats-computed-at-index
-- The stored data's version (read by the API at most once a second) takes max(computed_at): from this index instead
-- of a scan of every station-year (80 ms at 30 times the sample's stations, docs/scaling.md).
CREATE INDEX yearly_stats_computed_at ON yearly_stats (computed_at);
--rollback DROP INDEX yearly_stats_computed_at;

--changeset weatherdata:6-observation-months splitStatements:false
-- What every statistic is made of, per station and calendar month, kept beside the observations in the same
-- transaction as they change, so the analysis reads ~57,000 rows instead of aggregating 1.7 million days
-- (PostgresStatisticsStore, ObservationMonths). dry_days: bit d-1 from the left = day d had precipitation recorded
-- and below 1.0 mm; NULL when no day was.
CREATE TABLE observation_months (
  station_id        varchar(11) NOT NULL,
  month_start       date        NOT NULL,
  days              integer     NOT NULL,
  first_date        date        NOT NULL,
  last_date         date        NOT NULL,
  sum_max           numeric,
  n_max             integer     NOT NULL,
  sum_min           numeric,
  n_min             integer     NOT NULL,
  sum_precipitation numeric,
  n_precipitation   integer     NOT NULL,
  clamped_sum       numeric,
  n_gdd             integer     NOT NULL,
  hot_30            integer     NOT NULL,
  hot_35            integer     NOT NULL,
  heavy_rain        integer     NOT NULL,
  last_frost        date,
  first_frost       date,
  dry_days          bit(31),
  CONSTRAINT observation_months_pkey PRIMARY KEY (station_id, month_start)
);
COMMENT ON TABLE observation_months IS 'Per station and month, the sums and counts the statistics are computed from; maintained by ingestion.';
-- The same rows summed from the stored days (inlined where it is called: a filter on station_id reaches the index).
CREATE FUNCTION observation_month_sums() RETURNS SETOF observation_months LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT o.station_id, o.date - date_part('day', o.date)::integer + 1, count(*), min(o.date), max(o.date),
       sum(o.max_temp_c), count(o.max_temp_c), sum(o.min_temp_c), count(o.min_temp_c),
       sum(o.precipitation_mm), count(o.precipitation_mm),
       sum(CASE WHEN o.max_temp_c < 10 THEN 10 WHEN o.max_temp_c > 30 THEN 30 ELSE o.max_temp_c END
           + CASE WHEN o.min_temp_c < 10 THEN 10 WHEN o.min_temp_c > 30 THEN 30 ELSE o.min_temp_c END),
       count(*) FILTER (WHERE o.max_temp_c IS NOT NULL AND o.min_temp_c IS NOT NULL),
       count(*) FILTER (WHERE o.max_temp_c >= 30), count(*) FILTER (WHERE o.max_temp_c >= 35),
       count(*) FILTER (WHERE o.precipitation_mm >= 25.4),
       max(o.date) FILTER (WHERE o.min_temp_c <= 0), min(o.date) FILTER (WHERE o.min_temp_c <= 0),
       (bit_or(1 << (31 - date_part('day', o.date)::integer)) FILTER (WHERE o.precipitation_mm < 1.0))::bit(31)
FROM observations o
GROUP BY 1, 2
$$;
INSERT INTO observation_months SELECT * FROM observation_month_sums();
--rollback DROP FUNCTION observation_month_sums(); DROP TABLE observation_months;

--changeset weatherdata:7-source-files-modified-at
-- A local file's modification time at its last load, when it was settled (LocalFolderSource): the same size and time
-- let a rerun skip the file without hashing it.
ALTER TABLE source_files ADD COLUMN modified_at timestamptz;
COMMENT ON COLUMN source_files.modified_at IS 'Modification time of a local file at its last load (NULL: not vouched for, e.g. S3 or a file modified under a second before)';
--rollback ALTER TABLE source_files DROP COLUMN modified_at;
