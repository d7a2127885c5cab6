// <chart-figure>: enhances a chart drawn at build time. It re-draws with the same layout and
// render functions when the chart's width changes, shows a tooltip on hover and keyboard focus,
// moves between marks with the arrow keys, and applies filters (kept in the URL) on the
// timeline page and in embeds. Without JavaScript the build-time SVG, table and links remain.
// It fetches only what it draws: a prebuilt view, or the points of one filter (views.ts).
import type { ChartData } from '../lib/charts/data';
import { embedSnippet, type EmbedUrls } from '../lib/charts/embed-snippet';
import { toCsv } from '../lib/export/csv';
import { withBase } from '../lib/paths';
import {
  CHART_CSV_HEADER,
  chartCsvRows,
  chartTitle,
  optionsQuery,
  parseOptions,
  readOptions,
  renderChart,
  unrecognisedNotice,
  type ChartContext,
  type ChartId,
  type ChartOptions,
} from '../lib/charts/registry';
import type { LinkOptions } from '../lib/charts/svg';
import { chartTableHtml } from '../lib/charts/table';
import { chartSource, chartView, type ChartView } from '../lib/charts/views';
import { bindMarks, moveTabStop } from './marks';

/** Resolves in a new task, so that the work after it does not lengthen the current one. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

/** Runs `then` once, when `element` comes within a screen's height of the viewport. */
function whenNearScreen(element: Element, then: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      then();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
}

// One request per file (the context, a view, some points), shared by every chart on the page.
const files = new Map<string, Promise<unknown>>();
function load<T>(url: string): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });
    files.set(url, file);
  }
  return file as Promise<T>;
}

class ChartFigure extends HTMLElement {
  #context!: ChartContext;
  #options!: ChartOptions;
  #chart!: ChartId;
  #view!: ChartView;
  /** Every point shown, when computed here from points (a prebuilt view links to its CSV instead). */
  #shown: ChartData | null = null;
  /** Counts loads, so that a slow one finishing after a newer one changes nothing. */
  #loads = 0;
  #width = 0;
  #csvUrl: string | undefined;

  /** The <figure> around this element: its caption (title, summary, notice) and credit line. */
  get #figure(): HTMLElement {
    return this.closest('figure') ?? this;
  }

  connectedCallback(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    const url = this.dataset['contextUrl'];
    if (!url) return;
    this.#context = await load<ChartContext>(url);
    this.#chart = this.dataset['chart'] as ChartId;
    this.#options = JSON.parse(this.dataset['options'] ?? '{}') as ChartOptions;
    const built = optionsQuery(this.#chart, this.#options);
    if (this.dataset['urlState']) {
      const read = readOptions(this.#chart, new URLSearchParams(location.search), this.#context);
      this.#options = read.options;
      const notice = this.#figure.querySelector<HTMLElement>('[data-chart-notice]');
      if (notice && read.unrecognised.length > 0) {
        notice.textContent = unrecognisedNotice(read.unrecognised);
        notice.hidden = false;
      }
      this.#syncControls();
    }
    if (!(await this.#load())) return;
    // Each chart starts in a task of its own, so a page with several never blocks for long.
    await nextTask();
    this.#bindControls();
    bindMarks(this);
    // What the build drew stays until something changes: the width (re-drawn below and on
    // resize) or the options (from the address here, from the controls later).
    this.#width = Number(this.querySelector('[data-canvas] svg')?.getAttribute('width') ?? 0);
    const changed = optionsQuery(this.#chart, this.#options) !== built;
    if (changed) {
      this.#draw();
      this.#describe();
    }
    const canvas = this.querySelector('[data-canvas]');
    // A chart is re-drawn at its real width only once it nears the screen: on a phone every
    // chart is narrower than the build drew it, and re-drawing those below the fold at load
    // would block the page for nothing. The ResizeObserver then follows the width.
    if (canvas) {
      whenNearScreen(canvas, () => {
        new ResizeObserver(() => {
          this.#drawIfResized();
        }).observe(canvas);
      });
    }
    // Marks answer the pointer from now on (a pointer already resting on one gets its tooltip
    // when it next moves); tests wait for this before they hover.
    this.dataset['ready'] = '';
  }

  /** Fetches what the chart draws at its options; false if a newer load has begun since. */
  async #load(): Promise<boolean> {
    const run = ++this.#loads;
    const source = chartSource(this.#chart, this.#options, this.#context);
    const file = await load<ChartView | ChartData>(withBase(this.#link.base, source.path));
    if (run !== this.#loads) return false;
    if (source.kind === 'view') {
      this.#view = file as ChartView;
      this.#shown = null;
    } else {
      this.#view = chartView(this.#chart, this.#options, file as ChartData, this.#context.names);
      this.#shown = file as ChartData;
    }
    return true;
  }

  #drawIfResized(): void {
    const width = this.querySelector('[data-canvas]')?.clientWidth ?? 0;
    if (Math.abs(width - this.#width) >= 8) this.#draw();
  }

  get #link(): LinkOptions {
    return {
      base: this.dataset['base'] ?? '/',
      target: this.dataset['linkTarget'] === '_blank' ? '_blank' : undefined,
    };
  }

  /** Draws the chart at the width of its box. */
  #draw(): void {
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    if (!canvas) return;
    this.#width = canvas.clientWidth || 720;
    // The mark that has the tab stop keeps it across re-draws (resizes happen while reading).
    const current = canvas.querySelector('.mark[tabindex="0"]')?.getAttribute('data-key');
    const focused = canvas.contains(document.activeElement) ? document.activeElement?.getAttribute('data-key') : null;
    canvas.innerHTML = renderChart(this.#chart, this.#options, this.#view, this.#context, {
      ...this.#link,
      width: this.#width,
      id: this.dataset['id'] ?? this.#chart,
    });
    if (current) moveTabStop(this, canvas.querySelector(`.mark[data-key="${CSS.escape(current)}"]`), Boolean(focused));
  }

  /** Says in words what the chart now shows: title, summary, table, data link and embed code. */
  #describe(): void {
    const titleText = chartTitle(this.#chart, this.#options, this.#context.names);
    const title = this.#figure.querySelector('[data-chart-title]');
    if (title) title.textContent = titleText;
    const summary = this.#figure.querySelector('[data-chart-summary]');
    if (summary) summary.textContent = this.#view.summary[this.#options.currency];
    const table = this.querySelector('[data-table]');
    if (table) table.innerHTML = chartTableHtml(this.#view.table, this.#link);
    this.#updateCsvLink();
    this.#updateEmbed(titleText);
  }

  /** The embed code and the image links follow the chart as shown. */
  #updateEmbed(title: string): void {
    const query = optionsQuery(this.#chart, this.#options);
    const field = this.#figure.querySelector<HTMLTextAreaElement>('textarea[data-embed-snippet]');
    if (field) {
      const urls = JSON.parse(field.dataset['embedSnippet'] ?? '{}') as EmbedUrls;
      field.value = embedSnippet({ ...urls, query, title });
    }
    const images = this.#figure.querySelector<HTMLElement>('[data-chart-images]');
    if (images) images.hidden = query !== '';
  }

  /** "Get the data" downloads exactly the sums shown: a prebuilt view's CSV file, or CSV built here. */
  #updateCsvLink(): void {
    const link = this.#figure.querySelector<HTMLAnchorElement>('a[data-csv]');
    if (!link) return;
    if (this.#csvUrl) URL.revokeObjectURL(this.#csvUrl);
    this.#csvUrl = undefined;
    if (!this.#shown) {
      link.href = withBase(this.#link.base, this.#view.csv ?? '');
      return;
    }
    const csv = toCsv(CHART_CSV_HEADER, chartCsvRows(this.#chart, this.#options, this.#shown));
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
      const notice = this.#figure.querySelector<HTMLElement>('[data-chart-notice]');
      if (notice) notice.hidden = true;
      history.replaceState(null, '', `${location.pathname}${optionsQuery(this.#chart, this.#options)}`);
      void this.#load().then((latest) => {
        if (!latest) return;
        this.#draw();
        this.#describe();
      });
    });
  }

  #syncControls(): void {
    for (const select of this.querySelectorAll<HTMLSelectElement>('form[data-controls] select')) {
      const value = this.#options[select.name as keyof ChartOptions];
      select.value = value ?? '';
    }
  }
}

customElements.define('chart-figure', ChartFigure);
