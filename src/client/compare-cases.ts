// <compare-cases>: /compare/?cases=a,b,c. Fetches each case's published JSON and draws the same
// table the prebuilt comparisons draw at build (compareHtml), with a CSV of it to download.
import {
  compareCsv,
  compareHtml,
  compareProblem,
  compareTable,
  parseCompareIds,
  type ComparedCase,
} from '../lib/compare/compare';
import { withBase } from '../lib/paths';

class CompareCases extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const base = this.dataset['base'] ?? '/';
    const status = this.querySelector<HTMLElement>('[data-status]');
    const output = this.querySelector<HTMLElement>('[data-output]');
    const download = this.querySelector<HTMLAnchorElement>('[data-download]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    this.querySelector('[data-needs-js]')?.remove();
    const ids = parseCompareIds(new URLSearchParams(location.search));
    if (ids.length === 0) return;
    // The case index's form sends ?cases=a&cases=b: keep the shorter address that can be shared.
    history.replaceState(null, '', `${location.pathname}?cases=${ids.map(encodeURIComponent).join(',')}`);
    const shape = compareProblem(ids, new Set(ids));
    if (shape) {
      say(shape);
      return;
    }
    say(`Loading ${ids.length} cases…`);
    const fetched = await Promise.all(
      ids.map(async (id) => {
        const response = await fetch(withBase(base, `/data/cases/${encodeURIComponent(id)}.json`));
        return response.ok ? ((await response.json()) as ComparedCase) : undefined;
      }),
    );
    const cases = fetched.filter((c): c is ComparedCase => c !== undefined);
    const missing = compareProblem(ids, new Set(cases.map((c) => c.id)));
    if (missing) {
      say(missing);
      return;
    }
    const table = compareTable(cases);
    const caption = `${cases.length} decisions, one per column`;
    if (output) output.innerHTML = compareHtml(table, (path) => withBase(base, path), caption);
    document.title = `Compare: ${cases.map((c) => c.title).join(' · ')} — Face Rules`;
    if (download) {
      download.href = URL.createObjectURL(new Blob([compareCsv(table)], { type: 'text/csv' }));
      download.download = `compare-${ids.join('-')}.csv`;
      download.hidden = false;
    }
    say(`Comparing ${cases.length} decisions.`);
  }
}

customElements.define('compare-cases', CompareCases);
