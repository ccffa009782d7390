package io.weatherdata.application.ingestion.port.out;

import io.weatherdata.application.ingestion.port.out.SaveObservationsPort.FileSaveResult;
import io.weatherdata.domain.corn.CornProduction;
import io.weatherdata.domain.station.StationMetadata;
import java.util.Iterator;

/** Stores reference data, upserting each record in one transaction: on any failure nothing of the file is stored. */
public interface SaveReferenceDataPort {
  FileSaveResult saveStations(Iterator<StationMetadata> stations);

  FileSaveResult saveCornProduction(Iterator<CornProduction> years);
}
