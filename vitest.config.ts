import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { leadData } from './scripts/leadData.ts';

export default defineConfig({
  plugins: [react(), leadData()],
  assetsInclude: ['**/*.geojson'],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // The test files of a worker share its modules and globals instead of each loading them anew, which
    // took most of the suite's time (CHANGELOG). So a file puts back every global it stubs and every timer
    // it fakes, and a test does not lean on state an earlier one left: the suite passes with its files and
    // tests shuffled (npx vitest run --sequence.shuffle).
    isolate: false,
  },
});
