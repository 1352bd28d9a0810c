import type { ReactNode } from 'react';

/**
 * A template with `{phone}` as nodes: the number isolated left to right, so "+1555…" keeps its plus
 * in front inside right-to-left text.
 */
export function withPhone(template: string, phone: string): ReactNode {
  const [before, ...after] = template.split('{phone}');
  if (after.length === 0) return template;
  return (
    <>
      {before}
      <bdi dir="ltr">{phone}</bdi>
      {after.join(phone)}
    </>
  );
}
