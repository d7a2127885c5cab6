// Calendar years in UTC and step lines: the little of d3-time and d3-shape the charts used,
// written out so the browser bundle carries neither library.

const year = (y: number) => new Date(Date.UTC(y, 0, 1));

/** 1 January (UTC) of the date's year. */
export function yearFloor(date: Date): Date {
  return year(date.getUTCFullYear());
}

/** The date itself if it is 1 January (UTC), else 1 January of the next year. */
export function yearCeil(date: Date): Date {
  const floor = yearFloor(date);
  return floor.getTime() === date.getTime() ? floor : year(date.getUTCFullYear() + 1);
}

/** 1 January of the year `years` after the date's year. */
export function yearOffset(date: Date, years: number): Date {
  return year(date.getUTCFullYear() + years);
}

/**
 * Every 1 January from `start` (inclusive) to `stop` (exclusive) whose year is a multiple of
 * `step`, as d3's `utcYear.every(step).range(start, stop)`: with a step of 2, even years.
 */
export function yearTicks(start: Date, stop: Date, step = 1): Date[] {
  const ticks: Date[] = [];
  for (let y = yearCeil(start).getUTCFullYear(); year(y) < stop; y += 1) if (y % step === 0) ticks.push(year(y));
  return ticks;
}

/**
 * An SVG path through points as steps that hold each value until the next point (d3's
 * `curveStepAfter`): "M x0,y0 L x1,y0 L x1,y1 …".
 */
export function stepAfterPath(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => {
      if (i === 0) return `M${x},${y}`;
      const previous = points[i - 1]?.[1] ?? y;
      return `L${x},${previous}L${x},${y}`;
    })
    .join('');
}
