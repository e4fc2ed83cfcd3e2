// Playwright against the release build in dist/, served on 127.0.0.1, in Debian's Chromium
// (no browser download: executablePath points at the system package).
import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const chromium = execSync('command -v chromium', { shell: '/bin/bash' }).toString().trim();
// ATLAS_DIST / ATLAS_PORT let several people test their own build side by side.
const port = Number(process.env.ATLAS_PORT ?? 4173);
const dist = process.env.ATLAS_DIST ?? 'dist';

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.mjs',
  // A `test.only` left in a spec would silently skip every other test: fail the run instead.
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Screenshot baselines (visual.spec.mjs), committed next to the specs under readable names
  // and without a platform suffix: the tests run on one Debian image, whose Chromium and
  // fonts-noto-cjk pin the rendering.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  // A missing baseline fails the run and is not written: baselines are only ever written
  // by `--update-snapshots` (`npm run screenshots:update`), and reviewed.
  updateSnapshots: 'none',
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Every invalidated raster tile is drawn whole: with partial raster, the map's tiles,
        // re-drawn piecemeal as the app builds it, kept colours a few levels off depending on
        // the timing of the load, and screenshots of the same build differed from run to run.
        '--disable-partial-raster',
      ],
    },
  },
  // Two origins: the atlas, and a "host" site on port + 100 for the embedding tests.
  webServer: [
    {
      command: `node serve.mjs ${dist} ${port} --lifetime 1800`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node serve.mjs tests/e2e/host ${port + 100} --lifetime 1800`,
      cwd: root,
      url: `http://127.0.0.1:${port + 100}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
