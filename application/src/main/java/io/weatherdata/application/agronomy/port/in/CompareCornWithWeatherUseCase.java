package io.weatherdata.application.agronomy.port.in;

import io.weatherdata.application.agronomy.model.Correlation;
import io.weatherdata.application.agronomy.model.CornWeatherYear;
import java.util.List;

/** Corn production against its trend and the growing-season weather of the stations of some states (empty: all). */
public interface CompareCornWithWeatherUseCase {
  List<CornWeatherYear> years(List<String> states);

  /** The departure from trend against each weather variable: June–August max temperature, precipitation, GDD. */
  List<Correlation> correlations(List<String> states);
}
