import { useLayoutEffect, useMemo, useRef } from 'react';
import { encode } from 'uqr';

export interface QrCodeProps {
  /** What the code carries (an `otpauth://` URI). Painted, never written into the DOM. */
  value: string;
  /** The accessible name: what scanning it does. */
  label: string;
}

/** Pixels per module: sharp at the size the stylesheet gives it on any screen density up to 3×. */
const SCALE = 8;

/**
 * A QR code painted on a canvas, computed here: no request, no markup. A canvas rather than an SVG
 * path because the modules spell the secret: drawn into a `d` attribute, anything that records the
 * DOM (a session replay, an extension) would carry it. Loaded only when a setup shows one
 * (`React.lazy` in `TotpSetup`), so the sign-in steps never carry the encoder.
 */
export default function QrCode({ value, label }: QrCodeProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The standard quiet zone of four modules: in the dark scheme it is the code's only border.
  const { data, size } = useMemo(() => encode(value, { ecc: 'M', border: 4 }), [value]);
  useLayoutEffect(() => {
    const element = canvas.current;
    let context: CanvasRenderingContext2D | null = null;
    try {
      context = element?.getContext('2d') ?? null;
    } catch {
      // No canvas (a DOM without one): the key below the code still works.
    }
    if (!element || !context) return;
    element.width = size * SCALE;
    element.height = size * SCALE;
    // Dark on light in either colour scheme: scanners expect it.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, element.width, element.height);
    context.fillStyle = '#000000';
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) context.fillRect(x * SCALE, y * SCALE, SCALE, SCALE);
      }),
    );
  }, [data, size]);
  return <canvas ref={canvas} role="img" aria-label={label} data-part="qr-code" />;
}
