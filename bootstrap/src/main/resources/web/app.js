// The front page: every number comes from the service's API (the same URLs as each chart's "Download CSV").
'use strict';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GDD_MONTHS = [4, 5, 6, 7, 8, 9, 10];

// Field names and unit labels of each unit system, as the API names them (field names say the unit).
const UNITS = {
  metric: {
    temp: '°C', rain: 'mm', yearRain: 'cm', gdd: '°C·days', elevation: 'm',
    maxTemp: 'max_temp_c', minTemp: 'min_temp_c', rainDay: 'precipitation_mm',
    avgMax: 'avg_max_temp_c', avgMin: 'avg_min_temp_c', yearTotal: 'total_precipitation_cm',
    maxAnomaly: 'max_temp_anomaly_c', minAnomaly: 'min_temp_anomaly_c', rainAnomaly: 'precipitation_anomaly_mm',
    monthGdd: 'gdd', seasonGdd: 'gdd_apr_oct', jjaMax: 'jja_avg_max_temp_c', jjaRain: 'jja_total_precipitation_mm',
    elevationField: 'elevation_m',
  },
  imperial: {
    temp: '°F', rain: 'in', yearRain: 'in', gdd: '°F·days', elevation: 'ft',
    maxTemp: 'max_temp_f', minTemp: 'min_temp_f', rainDay: 'precipitation_in',
    avgMax: 'avg_max_temp_f', avgMin: 'avg_min_temp_f', yearTotal: 'total_precipitation_in',
    maxAnomaly: 'max_temp_anomaly_f', minAnomaly: 'min_temp_anomaly_f', rainAnomaly: 'precipitation_anomaly_in',
    monthGdd: 'gdd_f', seasonGdd: 'gdd_apr_oct_f', jjaMax: 'jja_avg_max_temp_f', jjaRain: 'jja_total_precipitation_in',
    elevationField: 'elevation_ft',
  },
};

const MAP_METRICS = [
  {id: 'jja-max', label: 'June–August mean max temperature', path: '/api/agronomy/seasons', field: 'jjaMax',
    unit: 'temp', colors: ['#313695', '#74add1', '#fee090', '#f46d43', '#a50026']},
  {id: 'gdd', label: 'Growing degree days, April–October', path: '/api/agronomy/seasons', field: 'seasonGdd',
    unit: 'gdd', colors: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8']},
  {id: 'rain', label: 'Total precipitation of the year', path: '/api/weather/stats', field: 'yearTotal',
    unit: 'yearRain', colors: ['#f7fbff', '#6baed6', '#08306b']},
  {id: 'july-anomaly', label: 'July max temperature against its normal', path: '/api/weather/anomalies',
    params: {month: 7}, field: 'maxAnomaly', unit: 'temp', diverging: true,
    colors: ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b']},
];

const state = {units: 'metric', station: null, year: 1988, gddYears: [1988, 2012], metric: 'jja-max', mapYear: 2012};
let stations = [];
let stationMonths = [];
const charts = {};

function u() {
  return UNITS[state.units];
}

function apiUrl(path, params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null) query.set(k, v); });
  return path + '?' + query.toString();
}

function csvUrl(path, params) {
  return apiUrl(path, {...params, format: 'csv'});
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) {
    throw new Error((body.title || response.status) + ': ' + (body.detail || url));
  }
  return body;
}

/** Every item of a listing, following its cursors. */
async function listing(path, params) {
  let rows = [];
  let cursor = null;
  do {
    const body = await getJson(apiUrl(path, {...params, cursor}));
    rows = rows.concat(body.data);
    cursor = body.page.next_cursor;
  } while (cursor);
  return rows;
}

function status(message) {
  document.getElementById('status').textContent = message;
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function shown(value) {
  return value === null || value === undefined ? '—' : String(value);
}

function round1(value) {
  return value === null ? null : Math.round(value * 10) / 10;
}

/**
 * Draws one figure: caption with title and CSV link, the chart (an image to assistive technology) and its table
 * alternative. columns: [[label, row => value]...].
 */
function figure(id, {title, csv, csvName, option, columns, rows, onClick}) {
  const host = document.getElementById(id);
  if (!host.dataset.built) {
    host.append(element('figcaption'), element('div', {class: 'chart', role: 'img'}), element('details'));
    host.dataset.built = 'true';
    charts[id] = echarts.init(host.querySelector('.chart'));
  }
  const caption = host.querySelector('figcaption');
  caption.replaceChildren(element('span', {class: 'title'}, title), ' ',
    element('a', {href: csv, download: csvName, class: 'csv'}, 'Download CSV'));
  host.querySelector('.chart').setAttribute('aria-label', title + ' (chart; the table below holds its values)');
  const table = element('table');
  const head = element('tr');
  columns.forEach(([label]) => head.append(element('th', {scope: 'col'}, label)));
  table.append(element('caption', {}, title), element('thead'), element('tbody'));
  table.tHead.append(head);
  rows.forEach((row) => {
    const tr = element('tr');
    columns.forEach(([, value]) => {
      const cell = value(row);
      tr.append(cell instanceof Node ? wrap(cell) : element('td', {}, shown(cell)));
    });
    table.tBodies[0].append(tr);
  });
  const details = host.querySelector('details');
  details.replaceChildren(element('summary', {}, 'Table of this chart'), table);
  charts[id].setOption({animation: false, tooltip: {trigger: 'axis'}, ...option}, true);
  charts[id].off('click');
  if (onClick) charts[id].on('click', onClick);
}

function wrap(node) {
  const td = element('td');
  td.append(node);
  return td;
}

function axis(name, extra) {
  return {type: 'value', name, nameTextStyle: {align: 'left'}, scale: true, ...extra};
}

/** A value axis named along its middle (the x axis of a scatter plot). */
function middleAxis(name, extra) {
  return axis(name, {nameLocation: 'middle', nameGap: 28, nameTextStyle: {}, ...extra});
}

// ---- the station map ----

async function drawMap() {
  const metric = MAP_METRICS.find((m) => m.id === state.metric);
  const params = {...metric.params, year: state.mapYear, units: state.units, page_size: 1000};
  const rows = await listing(metric.path, params);
  const field = u()[metric.field];
  const values = new Map(rows.map((r) => [r.station_id, r[field]]));
  const located = stations.filter((s) => s.latitude !== null);
  const point = (s) => ({value: [s.longitude, s.latitude, values.get(s.station_id) ?? null], id: s.station_id,
    name: s.name + ' (' + s.state + ')'});
  const withValue = located.filter((s) => values.get(s.station_id) != null).map(point);
  let [min, max] = range(withValue.map((p) => p.value[2]), [0, 1]);
  if (metric.diverging) {
    max = Math.max(Math.abs(min), Math.abs(max));
    min = -max;
  }
  const unit = u()[metric.unit];
  const title = metric.label + ', ' + state.mapYear + ' (' + unit + ')';
  const selected = located.filter((s) => s.station_id === state.station).map(point);
  figure('map', {
    title, csv: csvUrl(metric.path, params), csvName: metric.id + '-' + state.mapYear + '.csv',
    option: {
      tooltip: {trigger: 'item', formatter: (p) => p.data.id ? p.data.name + '<br>' + p.data.id + '<br>'
        + shown(p.data.value[2]) + ' ' + unit : ''},
      grid: {left: 50, right: 110, top: 30, bottom: 50},
      xAxis: middleAxis('longitude (°)', degrees(located.map((s) => s.longitude), [-125, -66])),
      yAxis: axis('latitude (°)', degrees(located.map((s) => s.latitude), [24, 50])),
      visualMap: {type: 'continuous', seriesIndex: 0, dimension: 2, min, max, calculable: true, right: 10, top: 30,
        precision: 1, inRange: {color: metric.colors}},
      series: [
        {name: metric.label, type: 'scatter', symbolSize: 11, data: withValue, itemStyle: {borderColor: '#333'}},
        {name: 'no value', type: 'scatter', symbolSize: 7, itemStyle: {color: '#bbb'},
          data: located.filter((s) => values.get(s.station_id) == null).map(point)},
        {name: 'selected', type: 'scatter', symbolSize: 20, data: selected, z: 5,
          itemStyle: {color: 'transparent', borderColor: '#000', borderWidth: 3}},
        {name: 'states', type: 'scatter', symbolSize: 0, silent: true, z: 1, data: stateLabels(located),
          label: {show: true, formatter: (p) => p.data.name, fontSize: 20, fontWeight: 'bold', color: '#555',
            opacity: 0.6, textBorderColor: '#fff', textBorderWidth: 3}},
      ],
    },
    columns: [['Station', (r) => stationButton(r)], ['Name', (r) => r.name], ['State', (r) => r.state],
      ['Latitude', (r) => r.latitude], ['Longitude', (r) => r.longitude],
      [metric.label + ' (' + unit + ')', (r) => values.get(r.station_id) ?? null]],
    rows: located,
    onClick: (p) => { if (p.data && p.data.id) selectStation(p.data.id); },
  });
}

/** The smallest and largest value, or {@code empty} when there is none. */
function range(values, empty) {
  return values.length ? [Math.min(...values), Math.max(...values)] : empty;
}

/** A map axis around the stations' coordinates, a degree beyond them (the contiguous US without any). */
function degrees(values, empty) {
  const [low, high] = range(values, empty);
  return {min: Math.floor(low) - 1, max: Math.ceil(high) + 1, scale: false};
}

function stateLabels(located) {
  const byState = new Map();
  located.forEach((s) => byState.set(s.state, (byState.get(s.state) || []).concat([s])));
  return [...byState].map(([code, list]) => ({name: code, value: [mean(list.map((s) => s.longitude)),
    mean(list.map((s) => s.latitude))]}));
}

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function stationButton(station) {
  const button = element('button', {type: 'button', class: 'pick', 'data-station': station.station_id},
    station.station_id);
  button.addEventListener('click', () => selectStation(station.station_id));
  return button;
}

// ---- one station ----

async function drawStation() {
  const id = state.station;
  const year = drawYear();   // its requests go out with the station's, not after its charts are drawn
  const [station, yearly, monthly] = await Promise.all([
    getJson(apiUrl('/api/stations/' + encodeURIComponent(id), {units: state.units})),
    listing('/api/weather/stats', {station_id: id, units: state.units, page_size: 100}),
    listing('/api/weather/monthly', {station_id: id, units: state.units, page_size: 1000}),
  ]);
  document.getElementById('station-heading').textContent = station.name
    ? station.name + ', ' + station.state + ' (' + station.station_id + ')' : station.station_id;
  facts(station);
  drawYearly(id, yearly);
  stationMonths = monthly;
  drawGdd();
  await year;
}

function facts(s) {
  const list = document.getElementById('station-facts');
  const elevation = s[u().elevationField];
  const entries = [['Station', s.station_id], ['Name', s.name], ['State', s.state],
    ['Coordinates', s.latitude === null ? null : s.latitude + '°, ' + s.longitude + '°'],
    ['Elevation', elevation === null ? null : elevation + ' ' + u().elevation],
    ['Coverage', s.first_date + ' to ' + s.last_date + ', ' + s.days + ' days'],
    ['Days missing max / min / precipitation', s.missing_max_temp + ' / ' + s.missing_min_temp + ' / '
      + s.missing_precipitation]];
  list.replaceChildren(...entries.flatMap(([k, v]) => [element('dt', {}, k), element('dd', {}, shown(v))]));
}

function drawYearly(id, rows) {
  const params = {station_id: id, units: state.units, page_size: 100};
  const x = u();
  figure('yearly', {
    title: 'Yearly mean max / min temperature (' + x.temp + ') and total precipitation (' + x.yearRain + ')',
    csv: csvUrl('/api/weather/stats', params), csvName: id + '-yearly.csv',
    option: {
      legend: {}, xAxis: {type: 'category', data: rows.map((r) => r.year)},
      yAxis: [axis(x.temp), axis(x.yearRain, {position: 'right', scale: false})],
      series: [
        {name: 'total precipitation', type: 'bar', yAxisIndex: 1, data: rows.map((r) => r[x.yearTotal]),
          itemStyle: {color: '#9ecae1'}},
        {name: 'mean max', type: 'line', data: rows.map((r) => r[x.avgMax]), itemStyle: {color: '#d73027'}},
        {name: 'mean min', type: 'line', data: rows.map((r) => r[x.avgMin]), itemStyle: {color: '#4575b4'}},
      ],
    },
    columns: [['Year', (r) => r.year], ['Mean max (' + x.temp + ')', (r) => r[x.avgMax]],
      ['Mean min (' + x.temp + ')', (r) => r[x.avgMin]], ['Total precipitation (' + x.yearRain + ')',
        (r) => r[x.yearTotal]]],
    rows,
  });
}

async function drawYear() {
  const id = state.station;
  const year = state.year;
  const daily = {station_id: id, start_date: year + '-01-01', end_date: year + '-12-31', units: state.units,
    page_size: 1000};
  const anomalies = {station_id: id, year, units: state.units, page_size: 100};
  const [days, months] = await Promise.all([listing('/api/weather', daily),
    listing('/api/weather/anomalies', anomalies)]);
  const x = u();
  figure('daily', {
    title: 'Daily max / min temperature (' + x.temp + ') and precipitation (' + x.rain + '), ' + year,
    csv: csvUrl('/api/weather', daily), csvName: id + '-' + year + '-daily.csv',
    option: {
      legend: {}, dataZoom: [{type: 'inside'}, {type: 'slider', showDataShadow: false}],
      xAxis: {type: 'category', data: days.map((r) => r.date)},
      yAxis: [axis(x.temp), axis(x.rain, {position: 'right', scale: false})],
      series: [
        {name: 'precipitation', type: 'bar', yAxisIndex: 1, data: days.map((r) => r[x.rainDay]),
          itemStyle: {color: '#6baed6'}},
        {name: 'max', type: 'line', showSymbol: false, data: days.map((r) => r[x.maxTemp]),
          itemStyle: {color: '#d73027'}},
        {name: 'min', type: 'line', showSymbol: false, data: days.map((r) => r[x.minTemp]),
          itemStyle: {color: '#4575b4'}},
      ],
    },
    columns: [['Date', (r) => r.date], ['Max (' + x.temp + ')', (r) => r[x.maxTemp]],
      ['Min (' + x.temp + ')', (r) => r[x.minTemp]], ['Precipitation (' + x.rain + ')', (r) => r[x.rainDay]]],
    rows: days,
  });
  figure('anomalies', {
    title: 'Months of ' + year + ' against the 1985–2014 normals: temperature (' + x.temp + ') and precipitation ('
      + x.rain + ')',
    csv: csvUrl('/api/weather/anomalies', anomalies), csvName: id + '-' + year + '-anomalies.csv',
    option: {
      legend: {}, xAxis: {type: 'category', data: months.map((r) => MONTHS[r.month - 1])},
      yAxis: [axis(x.temp), axis(x.rain, {position: 'right'})],
      series: [
        {name: 'max temperature', type: 'bar', data: months.map((r) => r[x.maxAnomaly]),
          itemStyle: {color: '#d73027'}},
        {name: 'min temperature', type: 'bar', data: months.map((r) => r[x.minAnomaly]),
          itemStyle: {color: '#4575b4'}},
        {name: 'precipitation', type: 'bar', yAxisIndex: 1, data: months.map((r) => r[x.rainAnomaly]),
          itemStyle: {color: '#74c476'}},
      ],
    },
    columns: [['Month', (r) => MONTHS[r.month - 1]], ['Max temperature (' + x.temp + ')', (r) => r[x.maxAnomaly]],
      ['Min temperature (' + x.temp + ')', (r) => r[x.minAnomaly]],
      ['Precipitation (' + x.rain + ')', (r) => r[x.rainAnomaly]],
      ['Precipitation (% of normal)', (r) => r.precipitation_pct_of_normal]],
    rows: months,
  });
}

/** Cumulative growing degree days at each month's end, April to October: chosen years against the median year. */
function drawGdd() {
  const id = state.station;
  const x = u();
  const byYear = new Map();
  stationMonths.filter((r) => GDD_MONTHS.includes(r.month))
    .forEach((r) => byYear.set(r.year, {...byYear.get(r.year), [r.month]: r[x.monthGdd]}));
  const curves = new Map();
  byYear.forEach((months, year) => {
    if (GDD_MONTHS.every((m) => months[m] !== null && months[m] !== undefined)) {
      let sum = 0;
      curves.set(year, GDD_MONTHS.map((m) => (sum += months[m])));
    }
  });
  const median = GDD_MONTHS.map((m, i) => medianOf([...curves.values()].map((c) => c[i])));
  const chosen = state.gddYears.filter((y) => curves.has(y));
  const rows = GDD_MONTHS.map((m, i) => ({month: MONTHS[m - 1], median: round1(median[i]),
    ...Object.fromEntries(chosen.map((y) => [y, round1(curves.get(y)[i])]))}));
  const params = {station_id: id, units: state.units, page_size: 1000};
  figure('gdd', {
    title: 'Cumulative growing degree days (' + x.gdd + ') at month end, against the median of ' + curves.size
      + ' complete years',
    csv: csvUrl('/api/weather/monthly', params), csvName: id + '-monthly.csv',
    option: {
      legend: {}, xAxis: {type: 'category', data: rows.map((r) => r.month)}, yAxis: axis(x.gdd, {scale: false}),
      series: [{name: 'median', type: 'line', data: rows.map((r) => r.median),
        lineStyle: {type: 'dashed', width: 3, color: '#555'}, itemStyle: {color: '#555'}}]
        .concat(chosen.map((y) => ({name: String(y), type: 'line', data: rows.map((r) => r[y])}))),
    },
    columns: [['Month end', (r) => r.month], ['Median', (r) => r.median]]
      .concat(chosen.map((y) => [String(y), (r) => r[y]])),
    rows,
  });
}

function medianOf(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---- corn ----

async function drawCorn() {
  const params = {units: state.units};
  const [years, correlations] = await Promise.all([listing('/api/corn/weather', params),
    listing('/api/corn/correlations', {})]);
  const x = u();
  const rainMedian = medianOf(years.map((r) => r[x.jjaRain]).filter((v) => v !== null));
  const drought = (r) => r.departure_pct < -10 && r[x.jjaRain] !== null && r[x.jjaRain] < rainMedian;
  document.getElementById('drought-rule').textContent = 'Labelled: drought years, more than 10 % below trend with '
    + 'June–August precipitation below the median year (' + years.filter(drought).map((r) => r.year).join(', ')
    + ').';
  figure('corn', {
    title: 'US corn grain production and its trend (thousand metric tons)',
    csv: csvUrl('/api/corn/weather', params), csvName: 'corn-weather.csv',
    option: {
      legend: {}, xAxis: {type: 'category', data: years.map((r) => r.year)}, yAxis: axis('kt', {scale: false}),
      series: [
        {name: 'production', type: 'bar', data: years.map((r) => r.production_kt), itemStyle: {color: '#e6ab02'}},
        {name: 'trend', type: 'line', data: years.map((r) => r.trend_kt), itemStyle: {color: '#333'}},
      ],
    },
    columns: [['Year', (r) => r.year], ['Production (kt)', (r) => r.production_kt], ['Trend (kt)', (r) => r.trend_kt],
      ['Departure (%)', (r) => r.departure_pct]],
    rows: years,
  });
  const variables = [
    ['corn-temp', 'jja_avg_max_temp_c', x.jjaMax, 'June–August mean max temperature (' + x.temp + ')'],
    ['corn-rain', 'jja_total_precipitation_mm', x.jjaRain, 'June–August precipitation (' + x.rain + ')'],
    ['corn-gdd', 'gdd_apr_oct', x.seasonGdd, 'Growing degree days, April–October (' + x.gdd + ')'],
  ];
  variables.forEach(([id, variable, field, label]) => {
    const c = correlations.find((r) => r.variable === variable);
    const rows = years.filter((r) => r[field] !== null);
    figure(id, {
      title: 'Departure from trend (%) against ' + label + ': r = ' + fixed(c.pearson_r) + ', ρ = '
        + fixed(c.spearman_rho) + ', n = ' + c.n,
      csv: csvUrl('/api/corn/weather', params), csvName: 'corn-weather.csv',
      option: {
        tooltip: {trigger: 'item', formatter: (p) => p.data.value[2] + ': ' + p.data.value[0] + ', '
          + p.data.value[1] + ' %'},
        xAxis: middleAxis(label), yAxis: axis('%'),
        grid: {left: 50, right: 30, top: 40, bottom: 50},
        series: [{type: 'scatter', symbolSize: 9, itemStyle: {color: '#e6ab02', borderColor: '#333'},
          data: rows.map((r) => ({value: [r[field], r.departure_pct, r.year],
            label: {show: drought(r), formatter: String(r.year), position: 'right', fontWeight: 'bold'}}))}],
      },
      columns: [['Year', (r) => r.year], [label, (r) => r[field]], ['Departure (%)', (r) => r.departure_pct]],
      rows,
    });
  });
}

function fixed(value) {
  return value === null ? '—' : value.toFixed(2);
}

// ---- controls and state ----

/** The first and last calendar year with data of some stations. */
function yearsOf(list) {
  return [Math.min(...list.map((s) => Number(s.first_date.slice(0, 4)))),
    Math.max(...list.map((s) => Number(s.last_date.slice(0, 4))))];
}

function clamp(value, [low, high]) {
  return Math.min(Math.max(value, low), high);
}

/** Keeps the chosen year within the station's data. */
function clampYear() {
  state.year = clamp(state.year, yearsOf(stations.filter((s) => s.station_id === state.station)));
  document.getElementById('station-year').value = state.year;
}

async function selectStation(id) {
  state.station = id;
  document.getElementById('station-select').value = id;
  clampYear();
  remember();
  await run(() => Promise.all([drawStation(), drawMap()]));
}

let pending = 0;

/**
 * Runs a redraw; body[data-pending] counts those running (the browser tests wait for 0), and data-settled-ms is
 * when the last one ended (ms since navigation; bench/front-page reads it).
 */
async function run(work) {
  document.body.dataset.pending = ++pending;
  status('Loading…');
  try {
    await work();
    status('');
  } catch (error) {
    status('Could not load the data: ' + error.message);
  } finally {
    document.body.dataset.pending = --pending;
    if (pending === 0) document.body.dataset.settledMs = performance.now().toFixed(0);
  }
}

function remember() {
  const params = new URLSearchParams({station: state.station, year: state.year, units: state.units,
    metric: state.metric, map_year: state.mapYear, gdd_years: state.gddYears.join(',')});
  history.replaceState(null, '', '#' + params.toString());
}

function restore() {
  const params = new URLSearchParams(location.hash.slice(1));
  const year = (text, fallback) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= 1000 && n <= 9999 ? n : fallback;
  };
  state.units = params.get('units') === 'imperial' ? 'imperial' : 'metric';
  state.year = year(params.get('year'), state.year);
  state.mapYear = year(params.get('map_year'), state.mapYear);
  state.metric = MAP_METRICS.some((m) => m.id === params.get('metric')) ? params.get('metric') : state.metric;
  if (params.get('gdd_years')) state.gddYears = params.get('gdd_years').split(',').map((y) => year(y, null))
    .filter((y) => y !== null);
  state.station = params.get('station');
}

function fillControls() {
  const [first, last] = yearsOf(stations);
  document.getElementById('coverage').textContent = stations.length + ' US weather stations, ' + first + '–' + last;
  state.mapYear = clamp(state.mapYear, [first, last]);
  const years = [];
  for (let y = first; y <= last; y++) years.push(y);
  document.querySelectorAll('.year-select').forEach((select) =>
    select.replaceChildren(...years.map((y) => element('option', {value: y}, String(y)))));
  document.getElementById('map-year').value = state.mapYear;
  document.getElementById('station-year').value = state.year;
  [...document.getElementById('gdd-years').options].forEach((o) => {
    o.selected = state.gddYears.includes(Number(o.value));
  });
  const metric = document.getElementById('map-metric');
  metric.replaceChildren(...MAP_METRICS.map((m) => element('option', {value: m.id}, m.label)));
  metric.value = state.metric;
  const select = document.getElementById('station-select');
  select.replaceChildren(...stations.map((s) => element('option', {value: s.station_id},
    (s.name ? s.name + ', ' + s.state + ' — ' : '') + s.station_id)));
  select.value = state.station;
  document.querySelector('input[name=units][value=' + state.units + ']').checked = true;
}

function listen() {
  const on = (id, handler) => document.getElementById(id).addEventListener('change', handler);
  on('station-select', (e) => selectStation(e.target.value));
  on('map-metric', (e) => { state.metric = e.target.value; remember(); run(drawMap); });
  on('map-year', (e) => { state.mapYear = Number(e.target.value); remember(); run(drawMap); });
  on('station-year', (e) => { state.year = Number(e.target.value); remember(); run(drawYear); });
  on('gdd-years', (e) => {
    state.gddYears = [...e.target.selectedOptions].map((o) => Number(o.value));
    remember();
    run(async () => drawGdd());
  });
  document.querySelectorAll('input[name=units]').forEach((radio) => radio.addEventListener('change', (e) => {
    state.units = e.target.value;
    remember();
    run(drawAll);
  }));
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
}

function drawAll() {
  return Promise.all([drawMap(), drawStation(), drawCorn()]);
}

async function start() {
  restore();
  await run(async () => {
    stations = await listing('/api/stations', {page_size: 1000});
    if (!stations.some((s) => s.station_id === state.station)) {
      state.station = stations[0].station_id;
    }
    fillControls();
    clampYear();
    listen();
    remember();
    await drawAll();
  });
}

start();
