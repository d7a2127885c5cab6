// <sortable-table>: enhances the plain, complete table inside it. Column headers marked
// data-sortable become sort buttons (values from each cell's data-sort, else its text), and a
// filter box hides rows that do not contain the typed words, saying so when none is left. The
// caption's stated order follows the sorting; with data-compare, rows get checkboxes that open the
// ticked cases side by side. Without JavaScript the table is simply complete.
import { compareSortKeys } from '../lib/text/sort-keys';

/**
 * Adds a "Compare" column of checkboxes and, after the table, a plain GET form whose button opens
 * the ticked cases in the comparison (`action`): `?cases=a&cases=b`, which the comparison shortens.
 */
function addComparePicker(
  host: HTMLElement,
  table: HTMLTableElement,
  body: HTMLTableSectionElement,
  action: string,
): void {
  const form = document.createElement('form');
  form.id = 'compare-form';
  form.action = action;
  form.method = 'get';
  form.className = 'ui no-print';
  // Controls, not content: marked so a reader's content can be compared with and without JavaScript.
  form.dataset['enhancement'] = '';
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'button';
  button.textContent = 'Compare the ticked cases';
  const hint = document.createElement('span');
  hint.className = 'small muted';
  hint.textContent = ' two to four, side by side';
  form.append(button, hint);
  host.after(form);
  const heading = document.createElement('th');
  heading.scope = 'col';
  heading.textContent = 'Compare';
  heading.dataset['enhancement'] = '';
  table.tHead?.rows[0]?.prepend(heading);
  for (const row of body.rows) {
    const cell = row.insertCell(0);
    cell.dataset['enhancement'] = '';
    const link = row.querySelector<HTMLAnchorElement>('th a');
    const id = /\/cases\/([^/]+)\/$/.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!link || !id) continue;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'cases';
    box.value = id;
    box.setAttribute('form', form.id);
    box.setAttribute('aria-label', `Compare: ${link.textContent.trim()}`);
    cell.append(box);
  }
}

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const rows = [...body.rows];
    const status = this.querySelector<HTMLElement>('[data-status]');
    const filter = this.querySelector<HTMLInputElement>('input[type="search"]');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    const empty = this.querySelector<HTMLElement>('[data-empty]');
    const order = table.querySelector('[data-order]');
    if (controls) controls.hidden = false;
    // Before the headers are read, so the sort buttons keep their columns.
    if (this.dataset['compare']) addComparePicker(this, table, body, this.dataset['compare']);

    filter?.addEventListener('input', () => {
      const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const text = row.textContent.toLowerCase();
        row.hidden = !words.every((word) => text.includes(word));
        if (!row.hidden) shown += 1;
      }
      if (status) status.textContent = `${shown} of ${rows.length} shown`;
      if (empty) {
        empty.textContent =
          shown === 0 ? `No row matches “${filter.value.trim()}”. Clear the filter to see all ${rows.length}.` : '';
        empty.hidden = shown > 0;
      }
    });

    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    headers.forEach((th, column) => {
      if (!th.hasAttribute('data-sortable')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      const numeric = th.dataset['sortable'] === 'number';
      button.addEventListener('click', () => {
        // Amounts sort largest first on the first click, text A to Z; a second click reverses.
        const current = th.getAttribute('aria-sort');
        const ascending = current ? current !== 'ascending' : !numeric;
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell?.dataset['sort'] ?? cell?.textContent.trim() ?? '';
        };
        const sorted = [...rows].sort((a, b) => compareSortKeys(key(a), key(b), { numeric, ascending }));
        body.append(...sorted);
        const said = `sorted by ${button.textContent}, ${numeric ? (ascending ? 'smallest first' : 'largest first') : ascending ? 'A to Z' : 'Z to A'}`;
        if (order) order.textContent = `, ${said}`;
        if (status) status.textContent = said.charAt(0).toUpperCase() + said.slice(1);
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
