// <chart-figure>: enhances a chart drawn at build time. It re-draws with the same layout and
// render functions when the chart's width changes, shows a tooltip on hover and keyboard focus,
// moves between marks with the arrow keys, and applies filters (kept in the URL) on the
// timeline page and in embeds. Without JavaScript the build-time SVG, table and links remain.
import { toCsv } from '../lib/export/csv';
import {
  CHART_CSV_HEADER,
  chartCsvRows,
  chartPoints,
  chartSummary,
  chartTitle,
  optionsQuery,
  parseOptions,
  renderChart,
  type ChartContext,
  type ChartId,
  type ChartOptions,
} from '../lib/charts/registry';
import { chartTableRows } from '../lib/charts/table';

// One request for the chart data, shared by every chart on the page.
const contexts = new Map<string, Promise<ChartContext>>();
function loadContext(url: string): Promise<ChartContext> {
  let context = contexts.get(url);
  if (!context) {
    context = fetch(url).then((response) => response.json() as Promise<ChartContext>);
    contexts.set(url, context);
  }
  return context;
}

class ChartFigure extends HTMLElement {
  #context!: ChartContext;
  #options!: ChartOptions;
  #chart!: ChartId;
  #width = 0;
  #csvUrl: string | undefined;

  connectedCallback(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    const url = this.dataset['contextUrl'];
    if (!url) return;
    this.#context = await loadContext(url);
    this.#chart = this.dataset['chart'] as ChartId;
    this.#options = JSON.parse(this.dataset['options'] ?? '{}') as ChartOptions;
    if (this.dataset['urlState']) {
      this.#options = parseOptions(this.#chart, new URLSearchParams(location.search), this.#context);
      this.#syncControls();
    }
    this.#bindControls();
    this.#bindMarks();
    this.#render();
    const canvas = this.querySelector('[data-canvas]');
    if (canvas) {
      new ResizeObserver(() => {
        this.#renderIfResized();
      }).observe(canvas);
    }
  }

  #renderIfResized(): void {
    const width = this.querySelector('[data-canvas]')?.clientWidth ?? 0;
    if (Math.abs(width - this.#width) >= 8) this.#render();
  }

  #render(): void {
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    if (!canvas) return;
    this.#width = canvas.clientWidth || 720;
    const base = this.dataset['base'] ?? '/';
    canvas.innerHTML = renderChart(
      this.#chart,
      this.#options,
      this.#context,
      this.#width,
      base,
      this.dataset['id'] ?? this.#chart,
    );
    const shown = chartPoints(this.#chart, this.#options, this.#context.data);
    const title = this.querySelector('[data-chart-title]');
    if (title) title.textContent = chartTitle(this.#chart, this.#options, this.#context.names);
    const summary = this.querySelector('[data-chart-summary]');
    if (summary) summary.textContent = chartSummary(this.#chart, this.#options, shown, this.#context.names);
    const body = this.querySelector('[data-table-body]');
    if (body) body.innerHTML = chartTableRows(shown, base);
    this.#updateCsvLink();
  }

  /** "Get the data" downloads exactly the sums shown, as CSV built here. */
  #updateCsvLink(): void {
    const link = this.parentElement?.querySelector<HTMLAnchorElement>('a[data-csv]');
    if (!link) return;
    if (this.#csvUrl) URL.revokeObjectURL(this.#csvUrl);
    const csv = toCsv(CHART_CSV_HEADER, chartCsvRows(this.#chart, this.#options, this.#context));
    this.#csvUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.href = this.#csvUrl;
  }

  #bindControls(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-controls]');
    if (!form) return;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    form.addEventListener('change', () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(key, value);
      this.#options = parseOptions(this.#chart, params, this.#context);
      history.replaceState(null, '', `${location.pathname}${optionsQuery(this.#chart, this.#options)}`);
      this.#render();
    });
  }

  #syncControls(): void {
    for (const select of this.querySelectorAll<HTMLSelectElement>('form[data-controls] select')) {
      const value = this.#options[select.name as keyof ChartOptions];
      select.value = value ?? '';
    }
  }

  #bindMarks(): void {
    const tooltip = this.querySelector<HTMLElement>('[data-tooltip]');
    const show = (mark: Element) => {
      if (!tooltip) return;
      tooltip.textContent = mark.getAttribute('aria-label');
      tooltip.hidden = false;
      const box = mark.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      const left = Math.min(box.left - host.left + box.width / 2 + 12, host.width - tooltip.offsetWidth - 4);
      tooltip.style.left = `${Math.max(0, left)}px`;
      tooltip.style.top = `${box.top - host.top - tooltip.offsetHeight - 8}px`;
      mark.setAttribute('data-active', '');
    };
    const hide = (mark: Element | null) => {
      if (tooltip) tooltip.hidden = true;
      mark?.removeAttribute('data-active');
    };
    const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.mark') : null);
    this.addEventListener('pointerover', (event) => {
      const mark = markOf(event.target);
      if (mark) show(mark);
    });
    this.addEventListener('pointerout', (event) => {
      hide(markOf(event.target));
    });
    this.addEventListener('focusin', (event) => {
      const mark = markOf(event.target);
      if (mark) show(mark);
    });
    this.addEventListener('focusout', (event) => {
      hide(markOf(event.target));
    });
    this.addEventListener('keydown', (event) => {
      const mark = markOf(event.target);
      if (!mark) return;
      if (event.key === 'Escape') {
        hide(mark);
        return;
      }
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const marks = [...this.querySelectorAll<SVGAElement>('.mark')];
      marks[(marks.indexOf(mark as SVGAElement) + step + marks.length) % marks.length]?.focus();
    });
  }
}

customElements.define('chart-figure', ChartFigure);
