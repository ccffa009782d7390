package io.weatherdata.application.analysis.port.in;

import java.time.Instant;

/** How many station-years an analysis wrote, and when it ran. */
public record AnalysisReport(boolean all, int stationYearsWritten, Instant startedAt, Instant finishedAt) {}
