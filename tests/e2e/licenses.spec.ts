import { expect, test } from '@playwright/test';

test('the production build ships the third-party notice next to the app', async ({ request }) => {
  const res = await request.get('./THIRD-PARTY-NOTICES.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^react-leaflet \S+ +Hippocratic-2\.1$/m);
  expect(text).toMatch(/^leaflet \S+ +BSD-2-Clause$/m);
  expect(text).toContain('Hippocratic License Version Number: 2.1.');
});
