// <theme-toggle>: a button that cycles the colour theme (system → light → dark) and remembers
// the choice. The page sets the stored theme before first paint (see Base.astro), so there is
// no flash; this element only handles the button.

type Theme = 'auto' | 'light' | 'dark';
const ORDER: readonly Theme[] = ['auto', 'light', 'dark'];
const KEY = 'theme';

function stored(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const render = (theme: Theme) => {
      button.dataset['theme'] = theme;
      const text = button.querySelector('[data-label]');
      if (text) text.textContent = theme === 'auto' ? 'System' : theme === 'light' ? 'Light' : 'Dark';
    };
    render(stored());
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length] ?? 'auto';
      apply(next);
      render(next);
    });
    this.hidden = false;
  }
}

customElements.define('theme-toggle', ThemeToggle);
