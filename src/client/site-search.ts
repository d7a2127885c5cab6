// <site-search>: the search page. Pagefind runs in the browser; query, filters and sort live in
// the URL, so a search can be shared and back/forward works. Without JavaScript the page says
// so and links to the full case table.
import {
  pagefindFilters,
  parseSearch,
  SEARCH_FILTERS,
  searchQuery,
  SORTS,
  type SearchState,
  type SortName,
} from '../lib/search/query-state';
import { sortHits } from '../lib/search/sort-order';
import { looksAstray, suggestNames } from '../lib/search/suggest';
import { escapeXml as escape } from '../lib/text/escape';
import {
  loadFilterIndex,
  loadPagefind,
  loadSearchNames,
  loadSortOrders,
  namedFirst,
  type PagefindHit,
  type PagefindResult,
} from './pagefind';

// Results drawn at a time. Each costs one Pagefind fragment (about 2 KB gzip); the first five are
// drawn before anything else is fetched (measured by npm run bench:search).
const PAGE_SIZE = 10;
/** Results drawn before anything else is fetched: the page named as asked may lead from among them. */
const FIRST_SHOWN = 5;

class SiteSearch extends HTMLElement {
  #state: SearchState = { query: '', filters: {}, sort: 'relevance' };
  #hits: PagefindHit[] = [];
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const sort = this.querySelector<HTMLSelectElement>('select[name="sort"]');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ query: input?.value ?? '' }, 'push');
    });
    input?.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#update({ query: input.value }, 'replace');
      }, 200);
    });
    sort?.addEventListener('change', () => {
      this.#update({ sort: sort.value as SortName }, 'push');
    });
    this.querySelector('[data-filters]')?.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const name = box.name as keyof SearchState['filters'];
      const values = new Set(this.#state.filters[name] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.#update({ filters: { ...this.#state.filters, [name]: [...values] } }, 'push');
    });
    this.querySelector('[data-more]')?.addEventListener('click', () => void this.#showMore());
    this.querySelector('[data-unfilter] a')?.addEventListener('click', (event) => {
      event.preventDefault();
      this.#update({ filters: {} }, 'push');
    });
    this.querySelector('[data-suggest]')?.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-name]');
      if (!link) return;
      event.preventDefault();
      const query = link.dataset['name'] ?? '';
      if (input) input.value = query;
      this.#update({ query }, 'push');
    });
    // Beside the results on wide screens the filters start open; on a phone they start folded, so
    // the results come first, unless the address already applies one.
    const panel = this.querySelector<HTMLDetailsElement>('[data-filters-panel]');
    if (panel)
      panel.open =
        matchMedia('(min-width: 56rem)').matches ||
        Object.values(parseSearch(new URLSearchParams(location.search)).filters).some((values) => values.length > 0);
    addEventListener('popstate', () => {
      this.#load();
    });
    this.#load();
    // The form is on screen from the first paint; until now a submit reloaded the page with the
    // query (which works too). From here on it searches in place.
    this.dataset['ready'] = '';
  }

  /** Reads the search from the URL into the form, and runs it. */
  #load(): void {
    this.#state = parseSearch(new URLSearchParams(location.search));
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const sort = this.querySelector<HTMLSelectElement>('select[name="sort"]');
    if (input) input.value = this.#state.query;
    if (sort) sort.value = this.#state.sort;
    void this.#search();
  }

  #update(change: Partial<SearchState>, history: 'push' | 'replace'): void {
    this.#state = { ...this.#state, ...change };
    const url = `${location.pathname}${searchQuery(this.#state)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#search();
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const status = this.querySelector('[data-status]');
    const pagefind = await loadPagefind(this.dataset['base'] ?? '/');
    // Marks for scripts/bench-search.ts (which times from navigation to the first results).
    if (run === 1) performance.mark('search:index-ready');
    const sort = SORTS[this.#state.sort];
    const options = { filters: pagefindFilters(this.#state) };
    const words = this.#state.query.trim();
    // Browsing and filtered searches need the filter index first; a plain search shows its
    // results before it, and counts its facets once it has loaded.
    const filtered = Object.keys(options.filters).length > 0;
    const counted = !words || filtered;
    if (counted) await loadFilterIndex(pagefind);
    const result = await pagefind.search(words || null, options);
    if (run !== this.#run || !result) return;
    // Sorted by date or amount: every hit, in the order of the sort file, fetched only now.
    this.#hits = sort.by
      ? sortHits(result.results, (await loadSortOrders(this.dataset['base'] ?? '/'))[sort.by], sort.reverse)
      : await namedFirst(words, result.results, FIRST_SHOWN);
    if (run !== this.#run) return;
    // The count is known now: announce it before the results are drawn.
    if (status) {
      const what = words ? ` for “${words}”` : '';
      status.textContent = `${this.#hits.length} ${this.#hits.length === 1 ? 'result' : 'results'}${what}`;
    }
    this.#shown = 0;
    this.#showEmpty(this.#hits.length === 0);
    const suggestion = this.querySelector<HTMLElement>('[data-suggest]');
    if (suggestion) suggestion.hidden = true;
    const list = this.querySelector('[data-results]');
    if (list) {
      list.innerHTML = '';
      list.setAttribute('aria-busy', 'true');
    }
    // The first few results go on screen before anything else is fetched or drawn.
    if (!(await this.#showMore(FIRST_SHOWN, run))) return;
    void this.#suggest(words, run);
    if (run === 1) performance.measure('search:first-results', 'search:index-ready');
    if (!(await this.#showMore(PAGE_SIZE - FIRST_SHOWN, run))) return;
    // The list kept its room while it filled (no layout shift); now it takes its own height.
    list?.setAttribute('aria-busy', 'false');
    const all = await loadFilterIndex(pagefind);
    // Browsing everything, Pagefind counts no filter values: the whole index's counts are right.
    // A plain search ran before the filter index had loaded: run it again (now cheap) to count.
    const counts =
      !words && !filtered ? all : counted ? result.filters : (await pagefind.search(words, options))?.filters;
    if (run !== this.#run || !counts) return;
    this.#renderFilters(counts, all);
  }

  /** Shows, or hides, what a search that found nothing can do next: drop its filters, or browse. */
  #showEmpty(empty: boolean): void {
    const box = this.querySelector<HTMLElement>('[data-empty]');
    if (!box) return;
    box.hidden = !empty;
    const unfilter = box.querySelector<HTMLElement>('[data-unfilter]');
    const filtered = Object.values(this.#state.filters).some((values) => values.length > 0);
    if (unfilter) unfilter.hidden = !filtered;
    const link = unfilter?.querySelector('a');
    if (link) link.href = `${location.pathname}${searchQuery({ ...this.#state, filters: {} })}`;
  }

  /** Offers the names nearest to a query that found little; one click searches for the name. */
  async #suggest(words: string, run: number): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-suggest]');
    if (!box) return;
    box.hidden = true;
    const titles = [...this.querySelectorAll('[data-results] a.title')].map((a) => a.textContent);
    if (!words || !looksAstray(words, titles)) return;
    const nearest = suggestNames(words, await loadSearchNames(this.dataset['base'] ?? '/'));
    if (run !== this.#run || nearest.length === 0) return;
    const link = (name: string) =>
      `<a href="${escape(`${location.pathname}${searchQuery({ ...this.#state, query: name })}`)}" data-name="${escape(name)}">${escape(name)}</a>`;
    box.innerHTML = `Did you mean ${nearest.map(link).join(' or ')}?`;
    box.hidden = false;
  }

  /**
   * Draws the next `count` results of search `run`. Fetching them takes a while: if a newer
   * search started meanwhile (the reader typed on), its list is not ours to fill, and this
   * returns false.
   */
  async #showMore(count = PAGE_SIZE, run = this.#run): Promise<boolean> {
    const list = this.querySelector('[data-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    const next = this.#hits.slice(this.#shown, this.#shown + count);
    this.#shown += next.length;
    const data = await Promise.all(next.map((hit) => hit.data()));
    if (run !== this.#run) return false;
    list?.insertAdjacentHTML('beforeend', data.map((item) => this.#resultHtml(item)).join(''));
    if (more) more.hidden = this.#shown >= this.#hits.length;
    return true;
  }

  #resultHtml(item: PagefindResult): string {
    const meta = [item.meta['type'], item.meta['date'], item.meta['regulator'] ?? item.meta['kind']]
      .filter(Boolean)
      .map((m) => escape(m ?? ''))
      .join(' · ');
    const subs =
      item.meta['type'] === 'Explainer' ? item.sub_results.filter((s) => s.url !== item.url).slice(0, 3) : [];
    return `<li class="result"><a class="title" href="${escape(item.url)}">${escape(item.meta['title'] ?? item.url)}</a><p class="meta">${meta}</p><p class="excerpt">${item.excerpt}</p>${
      subs.length
        ? `<ul class="subs">${subs.map((s) => `<li><a href="${escape(s.url)}">${escape(s.title)}</a>: <span class="excerpt">${s.excerpt}</span></li>`).join('')}</ul>`
        : ''
    }</li>`;
  }

  #renderFilters(
    available: Record<string, Record<string, number>>,
    total: Record<string, Record<string, number>>,
  ): void {
    const container = this.querySelector('[data-filters]');
    if (!container) return;
    container.innerHTML = SEARCH_FILTERS.map(([name, label]) => {
      const values = Object.keys(total[name] ?? {}).sort((a, b) =>
        name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
      );
      if (values.length === 0) return '';
      const chosen = new Set(this.#state.filters[name] ?? []);
      const boxes = values
        .map((value) => {
          const count = available[name]?.[value] ?? 0;
          return `<li><label><input type="checkbox" name="${name}" value="${escape(value)}"${chosen.has(value) ? ' checked' : ''}> ${escape(value)} <span class="count">(${count})</span></label></li>`;
        })
        .join('');
      return `<details${chosen.size > 0 || name === 'type' ? ' open' : ''}><summary>${label}${chosen.size ? ` (${chosen.size})` : ''}</summary><ul>${boxes}</ul></details>`;
    }).join('');
  }
}

customElements.define('site-search', SiteSearch);
