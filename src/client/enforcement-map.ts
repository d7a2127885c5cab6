// <enforcement-map>: enhances the map drawn at build time. The reader chooses what the shades
// show (kept in the URL as ?shade=fines); marks get a tooltip and the arrow keys. Without
// JavaScript the map, its links and its table remain, shaded by number of cases.
import { SHADES, type Shade } from '../lib/map/shades';
import { bindMarks } from './marks';

class EnforcementMap extends HTMLElement {
  connectedCallback(): void {
    const figure = this.closest<HTMLElement>('figure');
    const controls = this.querySelector<HTMLFieldSetElement>('[data-controls]');
    const asked = new URLSearchParams(location.search).get('shade');
    const apply = (shade: Shade) => {
      if (figure) figure.dataset['shade'] = shade;
      for (const input of this.querySelectorAll<HTMLInputElement>('[data-controls] input'))
        input.checked = input.value === shade;
    };
    if (SHADES.includes(asked as Shade)) apply(asked as Shade);
    if (controls) {
      controls.hidden = false;
      controls.addEventListener('change', (event) => {
        const shade = (event.target as HTMLInputElement).value as Shade;
        apply(shade);
        const params = new URLSearchParams(location.search);
        if (shade === 'count') params.delete('shade');
        else params.set('shade', shade);
        const query = params.toString();
        history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
      });
    }
    bindMarks(this);
    this.dataset['ready'] = '';
  }
}

customElements.define('enforcement-map', EnforcementMap);
