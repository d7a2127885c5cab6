// The marks of a chart or map drawn at build time: a tooltip on hover and keyboard focus, and one
// Tab stop for all of them (roving tabindex: arrows move between marks, Home and End to the ends).

/** Gives the tab stop to one mark, and focus with it when asked. */
export function moveTabStop(host: HTMLElement, mark: Element | null, focus: boolean): void {
  if (!(mark instanceof SVGElement)) return;
  for (const other of host.querySelectorAll('.mark[tabindex="0"]')) other.setAttribute('tabindex', '-1');
  mark.setAttribute('tabindex', '0');
  if (focus) mark.focus();
}

/** Binds the tooltip (`[data-tooltip]` inside `host`) and the arrow keys to the marks in `host`. */
export function bindMarks(host: HTMLElement): void {
  const tooltip = host.querySelector<HTMLElement>('[data-tooltip]');
  const show = (mark: Element) => {
    if (!tooltip) return;
    tooltip.textContent = mark.getAttribute('aria-label');
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    const left = Math.min(box.left - frame.left + box.width / 2 + 12, frame.width - tooltip.offsetWidth - 4);
    tooltip.style.left = `${Math.max(0, left)}px`;
    tooltip.style.top = `${box.top - frame.top - tooltip.offsetHeight - 8}px`;
    mark.setAttribute('data-active', '');
  };
  const hide = (mark: Element | null) => {
    if (tooltip) tooltip.hidden = true;
    mark?.removeAttribute('data-active');
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.mark') : null);
  host.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  host.addEventListener('pointerout', (event) => {
    hide(markOf(event.target));
  });
  host.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  host.addEventListener('focusout', (event) => {
    hide(markOf(event.target));
  });
  host.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (event.key === 'Escape') {
      hide(mark);
      return;
    }
    const marks = [...host.querySelectorAll<SVGAElement>('[data-canvas] .mark')];
    const here = marks.indexOf(mark as SVGAElement);
    const next = {
      ArrowRight: here + 1,
      ArrowDown: here + 1,
      ArrowLeft: here - 1,
      ArrowUp: here - 1,
      Home: 0,
      End: marks.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTabStop(host, marks[(next + marks.length) % marks.length] ?? null, true);
  });
}
