import { existsSync } from 'node:fs';
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.error(
    `Browser tests need Chromium at ${chromiumPath}, and it is not there.\n` +
      `On Debian or Ubuntu install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `or point CHROME_PATH at an existing Chromium or Chrome binary. (Playwright's own browser download is not used.)`,
  );
  process.exit(1);
}
