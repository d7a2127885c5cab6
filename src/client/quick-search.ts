// The header's quick search: loaded when the reader focuses the box (or presses / or Ctrl/⌘+K),
// it shows the first results under the box as they type. Enter without a chosen result opens
// the full search page, which is also where the form goes without JavaScript.
import { escapeXml as escape } from '../lib/social/og-card';
import { loadPagefind } from './pagefind';

export function enhanceQuickSearch(form: HTMLFormElement, base: string): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLElement>('[data-quick-results]');
  if (!input || !list || form.dataset['enhanced']) return;
  form.dataset['enhanced'] = 'true';
  let run = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  input.addEventListener('input', () => {
    const current = ++run;
    const query = input.value.trim();
    if (!query) {
      close();
      return;
    }
    void loadPagefind(base).then(async (pagefind) => {
      const search = await pagefind.search(query);
      if (current !== run || !search) return;
      const items = await Promise.all(search.results.slice(0, 6).map((hit) => hit.data()));
      list.innerHTML =
        items
          .map(
            (item, i) =>
              `<li role="option" id="quick-${i}"><a href="${escape(item.url)}">${escape(item.meta['title'] ?? item.url)}</a><span>${escape(item.meta['type'] ?? '')}</span></li>`,
          )
          .join('') || '<li class="empty">No results</li>';
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    });
  });
  input.addEventListener('keydown', (event) => {
    const first = list.querySelector('a');
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index <= 0) input.focus();
      else links[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Words typed while this module was loading get their results now, not at the next key.
  if (input.value.trim()) input.dispatchEvent(new Event('input'));
}
