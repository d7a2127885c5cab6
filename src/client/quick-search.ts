// The header's quick search: loaded when the reader focuses the box (or presses / or Ctrl/⌘+K),
// it shows the first results under the box as they type. It follows the ARIA combobox pattern
// with a listbox: focus stays in the box, the arrow keys move the active option
// (aria-activedescendant), Enter opens it, and Enter with no option chosen opens the full search
// page, which is also where the form goes without JavaScript.
import { withBase } from '../lib/paths';
import { searchQuery } from '../lib/search/query-state';
import { looksAstray, suggestNames } from '../lib/search/suggest';
import { escapeXml as escape } from '../lib/text/escape';
import { loadPagefind, loadSearchNames, namedFirst } from './pagefind';

/** Results listed under the box. */
const QUICK_RESULTS = 6;

export function enhanceQuickSearch(form: HTMLFormElement, base: string): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLElement>('[data-quick-results]');
  const status = form.querySelector<HTMLElement>('[data-quick-status]');
  if (!input || !list || form.dataset['enhanced']) return;
  form.dataset['enhanced'] = 'true';
  let run = 0;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"][data-url]')];
  const activate = (option: HTMLElement | undefined) => {
    for (const other of list.querySelectorAll('[aria-selected="true"]')) other.setAttribute('aria-selected', 'false');
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const close = () => {
    activate(undefined);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const open = (option: HTMLElement) => {
    const url = option.dataset['url'];
    if (url) location.assign(url);
  };
  input.addEventListener('input', () => {
    const current = ++run;
    const query = input.value.trim();
    if (!query) {
      close();
      if (status) status.textContent = '';
      return;
    }
    void loadPagefind(base).then(async (pagefind) => {
      const search = await pagefind.search(query);
      if (current !== run || !search) return;
      // The page named exactly as typed leads ("FTC": the Commission, not the FTC Act).
      const hits = await namedFirst(query, search.results, QUICK_RESULTS);
      const items = await Promise.all(hits.slice(0, QUICK_RESULTS).map((hit) => hit.data()));
      // A search that may have gone astray is offered the names nearest to it, as options that
      // open the search page for the name.
      const titles = items.map((item) => item.meta['title'] ?? '');
      const nearest = looksAstray(query, titles) ? suggestNames(query, await loadSearchNames(base)) : [];
      // The reader typed on while these were fetched: a newer search owns the list.
      if (current !== run) return;
      const suggestions = nearest.map(
        (name, i) =>
          `<li role="option" id="quick-option-suggest-${i}" aria-selected="false" data-url="${escape(`${withBase(base, '/search/')}${searchQuery({ query: name, filters: {}, sort: 'relevance' })}`)}" class="suggestion">Did you mean <span class="title">${escape(name)}</span>?</li>`,
      );
      list.innerHTML =
        [
          ...items.map(
            (item, i) =>
              `<li role="option" id="quick-option-${i}" aria-selected="false" data-url="${escape(item.url)}"><span class="title">${escape(item.meta['title'] ?? item.url)}</span> <span class="kind">${escape(item.meta['type'] ?? '')}</span></li>`,
          ),
          ...suggestions,
        ].join('') ||
        '<li role="option" id="quick-option-none" aria-disabled="true" aria-selected="false">No quick results: press Enter to search everything</li>';
      activate(undefined);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (status)
        status.textContent = [
          items.length > 0
            ? `${items.length} quick ${items.length === 1 ? 'result' : 'results'}: arrow keys to choose, Enter to open`
            : 'No quick results',
          ...(nearest.length > 0 ? [`Did you mean ${nearest.join(' or ')}?`] : []),
        ].join('. ');
    });
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    const here = all.findIndex((option) => option.id === input.getAttribute('aria-activedescendant'));
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && all.length > 0 && !list.hidden) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = here < 0 ? (step > 0 ? 0 : all.length - 1) : (here + step + all.length) % all.length;
      activate(all[next]);
    } else if (event.key === 'Enter' && here >= 0 && all[here]) {
      event.preventDefault();
      open(all[here]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('pointerdown', (event) => {
    // Keep focus in the box, as the pattern asks; the click below opens the option.
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"][data-url]');
    if (option) open(option);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Words typed while this module was loading get their results now, not at the next key.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
