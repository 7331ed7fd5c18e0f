/// <reference lib="dom" />
// ^ the callbacks given to page.evaluate / waitForFunction run in the browser.
import { useBrowserSession } from '../support/browser';

/**
 * The top bar at every width from a phone to a wide screen, signed in as an administrator (seven links; up to
 * 90rem three of them under "More") with a
 * long name, in French (the longest labels) and in English: the page never scrolls sideways, "Sign out" is
 * whole and visible, nothing in the bar overlaps, and the logo and icons keep their size (they were once
 * squeezed to 1px). Needs `npm run build -w @ruche/web`.
 */

jest.setTimeout(120_000);

const WIDTHS = [390, 768, 769, 900, 1024, 1025, 1180, 1280, 1440];

const session = useBrowserSession({ locale: 'fr-FR' });

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  signOut: { left: number; right: number; top: number; bottom: number; onTop: boolean } | null;
  /** Width × height of the logo, the sign-out icon, the avatar and each nav icon, as drawn. */
  icons: { name: string; width: number; height: number }[];
  /** Pairs of links/buttons in the bar whose boxes overlap. */
  overlaps: string[];
  /** Links/buttons of the bar not wholly inside the viewport. */
  outside: string[];
}

/** Measures the top bar as drawn. */
function measure(): Promise<Layout> {
  return session.page.evaluate(() => {
    const header = document.querySelector('header.topbar');
    if (!header) throw new Error('no top bar');
    const box = (el: Element) => el.getBoundingClientRect();
    const label = (el: Element) => (el.getAttribute('title') ?? el.textContent ?? '').trim();
    // Visually hidden text is 1px wide by design; it is not a control anyone sees.
    const controls = Array.from(header.querySelectorAll('a, button')).filter((el) => box(el).width > 1 && box(el).height > 1);
    const overlaps: string[] = [];
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        const [r, s] = [box(a), box(b)];
        if (r.left < s.right - 0.5 && s.left < r.right - 0.5 && r.top < s.bottom - 0.5 && s.top < r.bottom - 0.5) overlaps.push(`${label(a)} × ${label(b)}`);
      }),
    );
    const outside = controls.filter((el) => box(el).left < 0 || box(el).right > innerWidth || box(el).top < 0).map(label);
    const button = Array.from(header.querySelectorAll('button')).find((el) => /Se déconnecter|Sign out/.test(el.textContent ?? ''));
    const signOut = button
      ? (() => {
          const r = box(button);
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, onTop: Boolean(hit && button.contains(hit)) };
        })()
      : null;
    const icon = (name: string, el: Element | null | undefined) => ({ name, width: el ? box(el).width : 0, height: el ? box(el).height : 0 });
    const icons = [
      icon('logo', header.querySelector('.brand svg')),
      icon('sign-out icon', button?.querySelector('svg')),
      icon('avatar', header.querySelector('.me > *')),
      // Links shown: up to 90rem signals, reviews, moderation and administration wait under "More".
      ...Array.from(header.querySelectorAll('nav a, nav .more > button'))
        .filter((a) => box(a).width > 1)
        .map((a) => icon(`nav icon of ${label(a)}`, a.querySelector('svg'))),
    ];
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, signOut, icons, overlaps, outside };
  });
}

test.each([
  ['fr', 'Se déconnecter', 'Bonjour, Isabelle', 'Plus', ['Signaux', 'Évaluations', 'Modération', 'Admin']],
  ['en', 'Sign out', 'Hello, Isabelle', 'More', ['Signals', 'Reviews', 'Moderation', 'Admin']],
])('in %s, as an administrator, the top bar fits every width', async (lang, signOutLabel, greeting, moreLabel, secondary) => {
  const { app, page, problems } = session;
  await app.ds.query(`UPDATE users SET locale = $1 WHERE email = 'isabelle.fontaine@maison-lumiere.example'`, [lang]);
  app.forgetSessions();
  await page.setViewportSize({ width: 1280, height: 800 });
  await session.signIn('Isabelle Fontaine');
  await page.getByRole('heading', { level: 1, name: greeting }).waitFor();
  // The longest presence text ("… en ligne") is there before measuring.
  await page.getByTestId('presence').filter({ hasText: /\d/ }).first().waitFor();
  expect(await page.locator('nav a').count()).toBe(8);

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForFunction((w) => window.innerWidth === w, width);
    const layout = await measure();
    const at = `${lang} at ${width}px`;
    expect({ at, scrollWidth: layout.scrollWidth }).toEqual({ at, scrollWidth: layout.innerWidth });
    expect({ at, overlaps: layout.overlaps, outside: layout.outside }).toEqual({ at, overlaps: [], outside: [] });
    expect(layout.signOut).not.toBeNull();
    const signOut = layout.signOut!;
    expect({ at, signOutInside: signOut.left >= 0 && signOut.right <= width && signOut.top >= 0 && signOut.bottom <= 800, onTop: signOut.onTop }).toEqual({
      at,
      signOutInside: true,
      onTop: true,
    });
    expect(await page.getByRole('button', { name: signOutLabel }).isVisible()).toBe(true);
    const squeezed = layout.icons.filter((icon) => icon.width < 16 || icon.height < 16);
    expect({ at, squeezed }).toEqual({ at, squeezed: [] });
    // The logo is square, as drawn (26 × 26).
    const logo = layout.icons[0];
    expect({ at, logo: [logo.width, logo.height] }).toEqual({ at, logo: [26, 26] });
  }

  // On a phone, "More" opens the other places from the keyboard; Escape closes it and gives focus back.
  await page.setViewportSize({ width: 390, height: 800 });
  const nav = page.getByRole('navigation');
  const more = nav.getByRole('button', { name: moreLabel });
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  await more.focus();
  await page.keyboard.press('Enter');
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  expect(await nav.locator('#nav-more').getByRole('link').allInnerTexts()).toEqual(secondary);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(secondary[0]);
  await page.keyboard.press('Escape');
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
  await more.click();
  await nav.locator('#nav-more').getByRole('link', { name: secondary[secondary.length - 1] }).click();
  await page.waitForURL((url) => url.pathname === '/admin');
  expect(await more.getAttribute('aria-expanded')).toBe('false');

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: signOutLabel }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  expect(problems).toEqual([]);
});
