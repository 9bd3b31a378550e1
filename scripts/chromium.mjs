// Where Debian's Chromium is. Playwright never downloads a browser here.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
