/**
 * Pure geometry of the hand-drawn SVG charts (popup sparkline, history chart): points scaled into
 * a box, thinned to at most one per horizontal unit so a year of readings stays a short path.
 */
import { type Point, thin } from '@/utils/core/readings';

// The thinning lives with the readings: the worker thins the popup snapshot's sparklines the same way.
export { thin };

/** The drawing box, in SVG user units. */
export interface Box {
  width: number;
  height: number;
  /** Space kept free at the top and bottom, so the line never touches the edge. */
  pad?: number;
}

/** The value range drawn: a flat series gets a range around its value. */
export function valueRange(points: readonly Point[]): { min: number; max: number } | undefined {
  if (points.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    min = Math.min(min, p.value);
    max = Math.max(max, p.value);
  }
  if (min === max) return { min: min - 1, max: max + 1 };
  return { min, max };
}

/** The popup card's sparkline box (the app and the first paint draw in it). */
export const SPARK_BOX: Box = { width: 120, height: 28, pad: 2 };

/** x of an instant in the box. */
export function xOf(at: number, from: number, to: number, box: Box): number {
  return ((at - from) / Math.max(1, to - from)) * box.width;
}

/** y of a value in the box (larger values higher). */
export function yOf(value: number, range: { min: number; max: number }, box: Box): number {
  const pad = box.pad ?? 2;
  return pad + (1 - (value - range.min) / (range.max - range.min)) * (box.height - 2 * pad);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path (`M x y L x y …`) through the points, scaled into the box; empty without points. */
export function linePath(points: readonly Point[], from: number, to: number, box: Box, range = valueRange(points)): string {
  if (!range || points.length === 0) return '';
  const thinned = thin(points, from, to, Math.max(1, Math.round(box.width)));
  return thinned.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(xOf(p.at, from, to, box))} ${round(yOf(p.value, range, box))}`).join(' ');
}
