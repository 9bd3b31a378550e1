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
  },
});
