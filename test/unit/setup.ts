import '@testing-library/jest-dom/vitest';

// Radix measures the checkbox with ResizeObserver, which jsdom does not implement.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom has no canvas: its `getContext` reports "not implemented" on every call. The QR code draws
// nothing without one (the key beside it is what these tests read); browsers are tested in Storybook.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
