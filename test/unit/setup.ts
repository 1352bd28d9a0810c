import '@testing-library/jest-dom/vitest';

// Radix measures the checkbox with ResizeObserver, which jsdom does not implement.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
