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

// Turns the plain options built in C# into what ApexCharts wants: donut series as a flat array, and functions
// for the click handler and tooltip text.
function prepare(options, dotnet) {
  const { pointLabels, ...apex } = options;
  const circular = apex.chart.type === 'donut' || apex.chart.type === 'pie';
  if (circular) {
    apex.series = apex.series.length > 0 ? apex.series[0].data : [];
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
  if (pointLabels) {
    apex.tooltip = {
      y: {
        formatter: (value, info) => {
          const labels = circular ? pointLabels[0] : pointLabels[info?.seriesIndex ?? 0];
          const index = circular ? info?.seriesIndex : info?.dataPointIndex;
          return labels?.[index] ?? value;
        },
      },
    };
  }
  return apex;
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
