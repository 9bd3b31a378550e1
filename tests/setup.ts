// Component tests run in jsdom (opted into per file); unit tests in node. Nothing global to set up yet
// beyond cleaning the DOM between component tests.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
