// Playwright _electron specs: run the real Electron app where its binary exists; they skip (with a reason) elsewhere.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
