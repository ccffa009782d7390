package io.weatherdata.adapter.in.rest;

import java.util.List;

/** An item that can also be a CSV line, in the same column order as its JSON fields. */
interface CsvRow {
  List<Object> csvValues();
}
