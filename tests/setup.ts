// Component tests run in jsdom (opted into per file); unit tests in node.
import { afterEach } from 'vitest';
import { loadCatalogue } from '../src/i18n/messages';

// The app fetches the Japanese messages when a page first shows them; tests use both languages at once.
await loadCatalogue('ja');

if (typeof window !== 'undefined') {
  // jsdom has no layout, so no ResizeObserver or matchMedia; the map and charts only need them to exist.
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
      onchange: null,
    }) as unknown as MediaQueryList;
}

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
