--liquibase formatted sql

-- Ready, not applied by default: `db migrate config.yml --migrations <checkout>/adapters-out/src/main/resources/db/partitioned-observations.sql` after the
-- main changelog (bench/scale --partitioned does). docs/scaling.md has the measurements and the reasons.
-- observations becomes PARTITION BY RANGE (date), one partition per decade 1760-2039 (GHCN-Daily starts in 1763)
-- plus a default one: a request for a station and a date range reads only its decades (pruned at execution time,
-- so prepared statements keep it), new days land in the current decade's partition, and the primary key
-- (station_id, date) contains the key, so it and the upsert on it stay as they are. Hash partitions by station
-- were tried first and dropped: `station_id = ANY($1)`, the service's station filter, prunes nothing in a
-- generic plan. The rows are copied once (the table is rewritten: run it when nothing ingests); the new table
-- takes the old one's name and its constraint and index names.

--changeset weatherdata:4-observations-partitioned splitStatements:false
CREATE TABLE observations_partitioned (LIKE observations INCLUDING ALL) PARTITION BY RANGE (date);
DO $$
BEGIN
  FOR decade IN 176..203 LOOP
    EXECUTE format('CREATE TABLE observations_%s0s PARTITION OF observations_partitioned '
                   'FOR VALUES FROM (%L) TO (%L)', decade, make_date(decade * 10, 1, 1),
                   make_date(decade * 10 + 10, 1, 1));
  END LOOP;
END $$;
CREATE TABLE observations_other PARTITION OF observations_partitioned DEFAULT;
INSERT INTO observations_partitioned SELECT * FROM observations;
DROP TABLE observations;
ALTER TABLE observations_partitioned RENAME TO observations;
ALTER INDEX observations_partitioned_pkey RENAME TO observations_pkey;
ALTER INDEX observations_partitioned_date_idx RENAME TO observations_date;
COMMENT ON TABLE observations IS 'Daily weather-station records; NULL where the source had -9999 (missing). Partitioned by decade.';
--rollback CREATE TABLE observations_plain (LIKE observations INCLUDING ALL); INSERT INTO observations_plain SELECT * FROM observations; DROP TABLE observations; ALTER TABLE observations_plain RENAME TO observations; ALTER INDEX observations_plain_pkey RENAME TO observations_pkey; ALTER INDEX observations_plain_date_idx RENAME TO observations_date;

--changeset weatherdata:4-observations-partitioned-vacuum runInTransaction:false
-- The visibility map of the copied rows, so that the index-only scans (counts, cursors) stay index-only.
VACUUM (ANALYZE) observations;
--rollback SELECT 1;
