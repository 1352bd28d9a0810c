import { createElement, type ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A step title at the level the host page needs, so steps fit any document outline. */
export function Heading({ level, id, children }: { level: HeadingLevel; id: string; children: ReactNode }) {
  return createElement(`h${level}`, { id, 'data-part': 'title' }, children);
}
