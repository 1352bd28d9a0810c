import { encode } from 'uqr';

export interface QrCodeProps {
  /** What the code carries (an `otpauth://` URI). Drawn, never written into an attribute. */
  value: string;
  /** The accessible name: what scanning it does. */
  label: string;
}

/**
 * A QR code as one SVG path, computed here: no request, no canvas, no inline style, no markup
 * injected. Loaded only when a setup shows one (`React.lazy` in `TotpSetup`), so the sign-in steps
 * never carry the encoder.
 */
export default function QrCode({ value, label }: QrCodeProps) {
  const { data, size } = encode(value, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg role="img" aria-label={label} data-part="qr-code" viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <rect width={size} height={size} data-part="qr-code-light" />
      <path d={path} data-part="qr-code-dark" />
    </svg>
  );
}
