// <sortable-table>: enhances the plain, complete table inside it. Column headers marked
// data-sortable become sort buttons (values from each cell's data-sort, else its text), and a
// filter box hides rows that do not contain the typed words. Without JavaScript the table is
// simply complete.

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    if (!table || !body) return;
    const rows = [...body.rows];
    const status = this.querySelector<HTMLElement>('[data-status]');
    const filter = this.querySelector<HTMLInputElement>('input[type="search"]');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (controls) controls.hidden = false;

    filter?.addEventListener('input', () => {
      const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const text = row.textContent.toLowerCase();
        row.hidden = !words.every((word) => text.includes(word));
        if (!row.hidden) shown += 1;
      }
      if (status) status.textContent = `${shown} of ${rows.length} shown`;
    });

    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    headers.forEach((th, column) => {
      if (!th.hasAttribute('data-sortable')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell?.dataset['sort'] ?? cell?.textContent.trim() ?? '';
        };
        const numeric = th.dataset['sortable'] === 'number';
        const sorted = [...rows].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const order = numeric ? Number(x || -1) - Number(y || -1) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...sorted);
        if (status) status.textContent = `Sorted by ${button.textContent}, ${ascending ? 'ascending' : 'descending'}`;
      });
    });
  }
}

customElements.define('sortable-table', SortableTable);
