import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The presenter's stories: several kept side by side, import without loss, links that fit where they are
// pasted. Each test starts from an empty browser profile (Playwright gives each a fresh context).
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The built-in story's row, shown or not. */
const BUILT_IN = /^Built-in story(Shown)?\d/;
const editorOf = (page: Page) => page.getByRole('dialog', { name: 'Briefing stories' });
const rows = (page: Page) => editorOf(page).locator('.story-library > .story-list > .story-row');
const shownRow = (page: Page) => editorOf(page).locator('.story-row[aria-current="true"]');

async function openEditor(page: Page, url = './') {
  await page.goto(url);
  await page.getByRole('button', { name: 'Stories…' }).click(); // enabled once the data is in
  await expect(editorOf(page)).toBeVisible();
  return editorOf(page);
}

function storyFile(name: string, story: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) };
}

/** Notes like a presenter's: prose, which compresses well. */
const prose = (i: number) =>
  `Point ${i}: open with the scale, then the map. The atlas counts only documented activities, so its numbers are a lower bound. `.repeat(
    6,
  );
const slides = (n: number, notes: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => ({
    topic: 'country',
    view: { country: 'KEN' },
    title: `Kenya ${i + 1}`,
    notes: notes(i),
  }));

/** Each slide's title and notes in the story shown, as its editor holds them. */
const slideFields = (page: Page) =>
  editorOf(page)
    .locator('.story-slides .story-slide-fields')
    .evaluateAll((all) =>
      all.map((d) => ({ title: d.querySelector('input')?.value, notes: d.querySelector('textarea')?.value })),
    );

test.describe('saved stories', () => {
  test('import adds a story beside the presenter’s own, which Undo takes back', async ({ page }) => {
    const editor = await openEditor(page);
    // The presenter's own story: the built-in one with a note, kept as a copy.
    await editor.getByText('Title and speaker notes').first().click();
    await editor.getByLabel('Speaker notes of slide 1').fill('My own opening words');
    await expect(editor.getByRole('status').first()).toContainText(
      'Your change is kept in a copy, “Built-in story (copy)”',
    );
    await expect(shownRow(page)).toContainText('Built-in story (copy)');

    const colleague = { version: 1, title: 'ASEAN briefing', slides: slides(3, () => 'Their notes') };
    await editor.getByLabel('Import story (JSON)').setInputFiles(storyFile('asean.json', colleague));
    await expect(editor.getByRole('status').first()).toHaveText(
      'Imported “ASEAN briefing” (3 slides) as a new story. Your other stories are unchanged.',
    );
    await expect(rows(page)).toHaveText([BUILT_IN, /^ASEAN briefing/, /^Built-in story \(copy\)/]);
    // Not shown until the presenter says so.
    await expect(shownRow(page)).toContainText('Built-in story (copy)');
    await editor.getByRole('button', { name: 'Present this story' }).click();
    await expect(shownRow(page)).toContainText('ASEAN briefing');
    await expect(editor.getByRole('heading', { level: 3, name: 'ASEAN briefing' })).toBeVisible();

    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect(editor.getByRole('status').first()).toContainText('Import undone');
    await expect(rows(page)).toHaveText([BUILT_IN, /^Built-in story \(copy\)/]);
    await expect(shownRow(page)).toContainText('Built-in story (copy)');
    await editor.getByText('Title and speaker notes').first().click();
    await expect(editor.getByLabel('Speaker notes of slide 1')).toHaveValue('My own opening words');

    // The same after a reload: nothing of the import is left, nothing of the presenter's is lost.
    await page.reload();
    await page.getByRole('button', { name: 'Stories…' }).click();
    await expect(rows(page)).toHaveText([BUILT_IN, /^Built-in story \(copy\)/]);
  });

  test('two stories side by side: each tab presents its own', async ({ page }) => {
    test.slow(); // two tabs, each drawing briefing mode with its map
    const editor = await openEditor(page, './?country=ZWE');
    await editor.getByRole('button', { name: 'New story from the current view' }).click();
    // The new story's name is focused: type it.
    await expect(editor.getByLabel('Name of this story')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Africa briefing');
    await expect(editor.locator('#story-current-title')).toHaveText('Africa briefing');
    const asean = { version: 1, title: 'ASEAN briefing', slides: [{ topic: 'country', view: { country: 'IDN' } }] };
    await editor.getByLabel('Import story (JSON)').setInputFiles(storyFile('asean.json', asean));
    await expect(rows(page)).toHaveText([
      BUILT_IN,
      /^Africa briefingShown1 slide · changed/,
      /^ASEAN briefing1 slide · changed/,
    ]);
    await editor.getByRole('button', { name: 'Open: ASEAN briefing' }).click();

    // A second tab shows the other story, and each tab keeps its own.
    const other = await page.context().newPage();
    await openEditor(other);
    await expect(shownRow(other)).toContainText('ASEAN briefing'); // a new tab opens the last one chosen
    await editorOf(other).getByRole('button', { name: 'Open: Africa briefing' }).click();
    await editorOf(other)
      .getByRole('button', { name: /^Present from here: / })
      .click();
    await expect(other.locator('#briefing-title')).toContainText('Zimbabwe');
    await editor.getByRole('button', { name: /^Present from here: / }).click();
    await expect(page.locator('#briefing-title')).toContainText('Indonesia');
    await other.reload();
    await expect(other.locator('#briefing-title')).toContainText('Zimbabwe');
    await other.close();
  });

  test('a story deleted from the keyboard comes back on Undo; the built-in one cannot be deleted', async ({ page }) => {
    const editor = await openEditor(page);
    for (const name of ['Africa briefing', 'ASEAN briefing'])
      await editor
        .getByLabel('Import story (JSON)')
        .setInputFiles(storyFile(`${name}.json`, { version: 1, slides: slides(2, prose) }));
    await expect(rows(page)).toHaveText([BUILT_IN, /^Africa briefing/, /^ASEAN briefing/]);
    await editor.getByRole('button', { name: 'Delete: Africa briefing' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('status').first()).toHaveText('Deleted “Africa briefing”.');
    await expect(rows(page)).toHaveText([BUILT_IN, /^ASEAN briefing/]);
    // The row and its button are gone: focus is on Undo.
    await expect(editor.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('status').first()).toHaveText('“Africa briefing” is back.');
    await expect(editor.getByRole('status').first()).toBeFocused(); // not lost with the Undo button
    await expect(rows(page)).toHaveText([BUILT_IN, /^Africa briefing/, /^ASEAN briefing/]);
    await expect(editor.getByRole('button', { name: /^Delete: / })).toHaveCount(2);
    await expect(editor.getByRole('button', { name: 'Delete: Built-in story' })).toHaveCount(0);
  });

  test('the one story an earlier version kept is there, named and shown', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const story = { version: 1, slides: [{ topic: 'overview', view: {}, notes: 'Written before the update' }] };
      localStorage.setItem('ip-atlas.briefing-story.v1', JSON.stringify(story));
    });
    const editor = await openEditor(page);
    await expect(shownRow(page)).toContainText('My story');
    await editor.getByText('Title and speaker notes').first().click();
    await expect(editor.getByLabel('Speaker notes of slide 1')).toHaveValue('Written before the update');
    expect(await page.evaluate(() => localStorage.getItem('ip-atlas.briefing-story.v1'))).toBeNull();
  });

  test('a story that fails validation is set aside and named; a full storage is reported and loses nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const bad = { format: 2, name: 'Kenya', changed: '2026-01-01T00:00:00Z', story: { version: 1, slides: [] } };
      localStorage.setItem('ip-atlas.story.v2.kenya', JSON.stringify(bad));
    });
    const editor = await openEditor(page);
    const aside = editor.locator('.story-aside');
    await expect(aside).toContainText('Unreadable: “Kenya”');
    await expect(aside).toContainText(
      'saved story ip-atlas.story.v2.kenya › story › slides: expected at least one slide',
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      aside.getByRole('button', { name: 'Download the text of Unreadable: “Kenya”' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('Kenya.json');
    expect(JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')).name).toBe('Kenya');

    // Keep a story, then fill the storage: the next change is refused, said in words, and kept in the tab.
    await editor.getByRole('button', { name: 'New story from the current view' }).click();
    await editor.getByLabel('Name of this story').fill('Africa');
    const saved = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('ip-atlas.story.v2.')),
    );
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await editor.getByLabel('Name of this story').fill('Africa 2026');
    await expect(editor.getByRole('alert')).toContainText(
      'The browser’s storage for the atlas is full, so the latest changes to “Africa 2026” are kept in this tab only.',
    );
    await expect(rows(page).filter({ hasText: 'Africa 2026' })).toContainText('kept in this tab only');
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ip-atlas.story.v2.'))),
    ).toEqual(saved);
    const kept = await page.evaluate(
      (keys) => keys.map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').name),
      saved,
    );
    expect(kept.sort()).toEqual(['Africa', 'Kenya']);
  });

  test('a duplicate is a story of its own: the same slides and notes under its own name, and edits stay in it', async ({
    page,
  }) => {
    const editor = await openEditor(page);
    const original = { version: 1, title: 'ASEAN briefing', slides: slides(3, (i) => `Their notes ${i + 1}`) };
    await editor.getByLabel('Import story (JSON)').setInputFiles(storyFile('asean.json', original));
    await expect(rows(page)).toHaveText([BUILT_IN, /^ASEAN briefing3 slides/]);
    await editor.getByRole('button', { name: 'Duplicate: ASEAN briefing' }).click();
    await expect(editor.getByRole('status').first()).toHaveText('Made “ASEAN briefing (copy)”.');
    await expect(rows(page)).toHaveText([BUILT_IN, /^ASEAN briefing3 slides/, /^ASEAN briefing \(copy\)Shown3 slides/]);
    await expect(editor.getByLabel('Name of this story')).toHaveValue('ASEAN briefing (copy)');
    const same = original.slides.map(({ title, notes }) => ({ title, notes }));
    await expect.poll(() => slideFields(page)).toEqual(same);

    // An edit to the copy stays in the copy, now and after a reload.
    await editor.getByText('Title and speaker notes').first().click();
    await editor.getByLabel('Speaker notes of slide 1').fill('Only in the copy');
    await editor.getByRole('button', { name: 'Open: ASEAN briefing', exact: true }).click();
    await expect(shownRow(page)).toHaveText(/^ASEAN briefingShown3 slides/);
    await expect.poll(() => slideFields(page)).toEqual(same);
    await page.reload();
    await page.getByRole('button', { name: 'Stories…' }).click();
    await expect(shownRow(page)).toHaveText(/^ASEAN briefingShown3 slides/);
    await expect.poll(() => slideFields(page)).toEqual(same);
    await editor.getByRole('button', { name: 'Open: ASEAN briefing (copy)' }).click();
    await expect.poll(() => slideFields(page)).toEqual([{ ...same[0], notes: 'Only in the copy' }, ...same.slice(1)]);
  });

  test('a browser that refuses storage says so in words, and the built-in story still presents', async ({ page }) => {
    // As where storage is turned off for the site: reading and writing both throw.
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
    });
    const editor = await openEditor(page);
    await expect(editor.getByRole('alert')).toHaveText(
      'This browser does not let the atlas keep stories (a private window, or storage turned off): they last until this tab is closed. Export them as files to keep them.',
    );
    await expect(rows(page)).toHaveText([/^Built-in storyShown/]);
    // A story made now lasts as long as the tab, and its row says so.
    await editor.getByRole('button', { name: 'New story from the current view' }).click();
    await expect(rows(page)).toHaveText([BUILT_IN, /^New storyShown1 slide · changed .* · kept in this tab only/]);
    // The story shown says where it is kept: not "in this browser", which is not so here.
    await expect(editor.getByText(/^1 slide, kept in this tab only: the browser is not saving it;/)).toBeVisible();
    await expect(editor.getByText(/kept in this browser/)).toHaveCount(0);
    await editor.getByRole('button', { name: 'Open: Built-in story' }).click();
    await editor
      .getByRole('button', { name: /^Present from here: / })
      .first()
      .click();
    await expect(page.locator('.briefing-counter')).toHaveText('1 / 9');
    await expect(page.locator('#briefing-title')).toHaveText("Japan's IP cooperation at a glance");
  });
});

test.describe('links to a story', () => {
  test('a long story compresses to fit, and the link opens in a fresh browser', async ({ page, browser }) => {
    const editor = await openEditor(page);
    const story = { version: 1, title: 'Kenya in depth', slides: slides(8, prose) };
    await editor.getByLabel('Import story (JSON)').setInputFiles(storyFile('kenya.json', story));
    await editor.getByRole('button', { name: 'Present this story' }).click();
    await editor.getByRole('button', { name: 'Copy a link to this story' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(
      /^Link copied \([\d,]+ characters, compressed to fit\)\.$/,
    );
    const href = await editor.getByLabel('Link to this story').inputValue();
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(new URL(href).searchParams.get('story')).toMatch(/^z1\.[A-Za-z0-9_-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(href.replace('slide=1', 'slide=8'));
    await expect(other.locator('.briefing-counter')).toHaveText('8 / 8');
    await expect(other.locator('#briefing-title')).toHaveText('Kenya 8');
    // The notes are in the presenter window (N opens it), which reads the same story from the link.
    const [presenter] = await Promise.all([fresh.waitForEvent('page'), other.keyboard.press('n')]);
    await expect(presenter.getByRole('complementary', { name: 'Presenter notes' })).toContainText(
      'Point 7: open with the scale',
    );
    // Nothing was saved in that browser just by opening the link.
    expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ip-atlas.story')))).toEqual(
      [],
    );
    await fresh.close();
  });

  test('a story too long for a link says so, copies nothing, and offers the file', async ({ page }) => {
    const editor = await openEditor(page);
    // Random characters do not compress: no form of the link fits.
    const noise = (i: number) =>
      Array.from({ length: 600 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('');
    await editor
      .getByLabel('Import story (JSON)')
      .setInputFiles(storyFile('Long notes.json', { version: 1, slides: slides(4, noise) }));
    await editor.getByRole('button', { name: 'Present this story' }).click();
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await editor.getByRole('button', { name: 'Copy a link to this story' }).click();
    const alert = editor.getByRole('alert');
    await expect(alert).toHaveText(
      /^Not copied: a link to this story would be [\d,]+ characters long, and links over 2,000 characters are cut or refused/,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await expect(editor.getByLabel('Link to this story')).toHaveCount(0);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Export story (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('Long notes.json');
    expect(JSON.parse(readFileSync((await file.path()) ?? '', 'utf8'))).toMatchObject({ title: 'Long notes' });
  });

  test('a link whose story cannot be read says why and leaves the presenter’s stories as they were', async ({
    page,
  }) => {
    let editor = await openEditor(page);
    await editor.getByRole('button', { name: 'New story from the current view' }).click();
    await editor.getByLabel('Name of this story').fill('Mine');
    const before = await page.evaluate(() => ({ ...localStorage }));
    // A compressed link cut short where it was pasted.
    const story = JSON.stringify({ version: 1, slides: slides(3, prose) });
    const param = `z1.${deflateRawSync(story).toString('base64url')}`;
    await page.goto(`./?slide=1&story=${param.slice(0, 120)}`);
    await expect(page.locator('.briefing-warning')).toHaveText(
      'The story in this link could not be read: the link is incomplete or damaged (perhaps cut short where it was pasted). Your own stories are unchanged.',
    );
    await expect(page.locator('#briefing-title')).toBeVisible();
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stories…' }).click();
    editor = editorOf(page);
    await expect(editor.getByRole('alert')).toContainText(
      'story (link): the compressed story is incomplete or damaged',
    );
    await expect(rows(page)).toHaveText([BUILT_IN, /^MineShown/]);
  });

  test('in Japanese, a link from a newer atlas says so', async ({ page }) => {
    await page.goto('./?lang=ja&slide=2&story=z7.abc');
    await expect(page.locator('.briefing-warning')).toHaveText(
      'このリンクのストーリーを読み取れませんでした：新しいバージョンのアトラスで作られたリンクです。自分のストーリーは変わっていません。',
    );
    await expect(page.locator('.briefing-counter')).toHaveText('2 / 9'); // the built-in story instead
  });

  test('a link from before compression still opens, and the editor is accessible', async ({ page }) => {
    const old = {
      version: 1,
      slides: [{ topic: 'country', view: { country: 'KEN' }, title: 'Kenya, from an old link' }],
    };
    const param = Buffer.from(JSON.stringify(old)).toString('base64url');
    await page.goto(`./?slide=1&story=${param}`);
    await expect(page.locator('#briefing-title')).toHaveText('Kenya, from an old link');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stories…' }).click();
    await expect(shownRow(page)).toContainText('The story of the link you opened');
    const { violations } = await new AxeBuilder({ page })
      .include('.story-editor')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
