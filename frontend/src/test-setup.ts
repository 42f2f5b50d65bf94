// Vitest setup: DOM matchers and the browser APIs jsdom lacks.
import '@testing-library/jest-dom/vitest'

if (!('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver
}
