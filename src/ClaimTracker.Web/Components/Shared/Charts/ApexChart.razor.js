// Thin bridge between ApexChart.razor and the ApexCharts library (served from lib/, copied from npm at build).
// Loaded as a module, so no inline script is needed and the CSP's script-src 'self' holds.

const charts = new WeakMap();
let library;

function loadLibrary() {
  if (globalThis.ApexCharts) {
    return Promise.resolve(globalThis.ApexCharts);
  }
  library ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('lib/apexcharts/apexcharts.min.js', document.baseURI).href;
    script.onload = () => resolve(globalThis.ApexCharts);
    script.onerror = () => reject(new Error('The chart library could not be loaded.'));
    document.head.appendChild(script);
  });
  return library;
}

// The one place that keeps chart text inert. Every string on a chart comes from the desk's records (speaker and
// topic names, member names) and ApexCharts writes some of them as HTML: the legend, the tooltip's title, series
// name and value, and the x-axis tooltip. Each of those goes through a formatter here that escapes it. Axis labels,
// data labels and the donut's centre are SVG text nodes, which never parse markup, so they keep the library's own
// formatting (escaping there would show "&lt;" to the reader). No caller can pass a formatter of its own: the
// options come from C# as JSON, which cannot carry one.
export function escapeHtml(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const asText = (value) => (Array.isArray(value) ? value.join(' ') : String(value ?? ''));

function makeInert(apex, pointLabels, circular) {
  // The text a reader sees for one point: the label C# wrote for it, else the number.
  const pointText = (value, info) => {
    const labels = circular ? pointLabels?.[0] : pointLabels?.[info?.seriesIndex ?? 0];
    const index = circular ? info?.seriesIndex : info?.dataPointIndex;
    return labels?.[index] ?? value;
  };
  apex.legend = { ...apex.legend, formatter: (name) => escapeHtml(asText(name)) };
  apex.tooltip = {
    ...apex.tooltip,
    y: {
      formatter: (value, info) => escapeHtml(asText(pointText(value, info))),
      // As the library's own title, "name: ", but escaped.
      title: { formatter: (name) => `${escapeHtml(asText(name))}: ` },
    },
  };
  if (!circular) {
    // A donut has no x values, so no x formatter: with one, Chromium showed its tooltip under the pointer, where
    // it swallowed the click on the slice.
    apex.tooltip.x = { formatter: (value) => escapeHtml(asText(value)) };
    apex.xaxis = { ...apex.xaxis, tooltip: { ...apex.xaxis?.tooltip, formatter: (value) => escapeHtml(asText(value)) } };
  }
  return apex;
}

// Turns the plain options built in C# into what ApexCharts wants: donut series as a flat array, the click
// handler, and the formatters that keep every text inert. Exported for the browser test of the formatters.
export function prepare(options, dotnet) {
  const { pointLabels, ...apex } = options;
  const circular = apex.chart.type === 'donut' || apex.chart.type === 'pie';
  if (circular) {
    apex.series = apex.series.length > 0 ? apex.series[0].data : [];
  }
  // A category with a line break is drawn on two lines (the library takes an array of lines).
  if (apex.xaxis?.categories) {
    apex.xaxis.categories = apex.xaxis.categories.map((c) => (typeof c === 'string' && c.includes('\n') ? c.split('\n') : c));
  }
  // Readers who ask their system for less motion get the chart drawn in its final shape at once.
  if (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
    apex.chart.animations = { enabled: false };
  }
  apex.chart.events = {
    dataPointSelection: (event, context, config) => {
      dotnet?.invokeMethodAsync('OnSegmentSelected', circular ? 0 : config.seriesIndex, config.dataPointIndex);
    },
  };
  return makeInert(apex, pointLabels, circular);
}

export async function create(element, options, dotnet) {
  const ApexCharts = await loadLibrary();
  destroy(element);
  const chart = new ApexCharts(element, prepare(options, dotnet));
  charts.set(element, { chart, dotnet });
  await chart.render();
}

export async function update(element, options) {
  const entry = charts.get(element);
  if (entry) {
    await entry.chart.updateOptions(prepare(options, entry.dotnet), true, true);
  }
}

export function destroy(element) {
  const entry = charts.get(element);
  if (entry) {
    entry.chart.destroy();
    charts.delete(element);
  }
}
