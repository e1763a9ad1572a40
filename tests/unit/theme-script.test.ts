import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, THEME_STORAGE_KEY } from '@/lib/pages/theme-script';

describe('the inline theme script', () => {
  it('is plain script text that cannot close its own tag', () => {
    expect(THEME_SCRIPT).not.toMatch(/<\/script/i);
  });
});

/** Just enough of a browser for the script: <html>, one toggle button, localStorage and the system setting. */
function fakeBrowser({ systemDark, saved }: { systemDark: boolean; saved?: string }) {
  const attributes = (): { values: Map<string, string>; setAttribute: (n: string, v: unknown) => void } => {
    const values = new Map<string, string>();
    // Like the DOM, attribute values are stored as strings.
    return { values, setAttribute: (name, value) => void values.set(name, String(value)) };
  };
  const html = {
    ...attributes(),
    getAttribute(name: string) {
      return this.values.get(name) ?? null;
    },
  };
  const button = {
    ...attributes(),
    closest: (selector: string) => (selector === '[data-theme-toggle]' ? button : null),
  };
  const storage = new Map<string, string>(saved ? [[THEME_STORAGE_KEY, saved]] : []);
  const listeners = new Map<string, (event?: unknown) => void>();
  const media = { matches: systemDark, change: () => {} };
  const window = {
    matchMedia: () => ({
      get matches() {
        return media.matches;
      },
      addEventListener: (_: string, listener: () => void) => (media.change = listener),
    }),
  };
  const document = {
    documentElement: html,
    querySelectorAll: (selector: string) => (selector === '[data-theme-toggle]' ? [button] : []),
    addEventListener: (type: string, listener: (event?: unknown) => void) => listeners.set(type, listener),
  };
  const localStorage = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
    removeItem: (key: string) => storage.delete(key),
  };
  runInNewContext(THEME_SCRIPT, { window, document, localStorage });
  return {
    theme: () => html.values.get('data-theme'),
    pressed: () => button.values.get('aria-pressed'),
    saved: () => storage.get(THEME_STORAGE_KEY),
    click: () => listeners.get('click')?.({ target: button }),
    clickElsewhere: () => listeners.get('click')?.({ target: { closest: () => null } }),
    systemTurns: (dark: boolean) => {
      media.matches = dark;
      media.change();
    },
  };
}

describe('the theme toggle (run by the head script, no React island)', () => {
  it('applies the system theme, flips it on a click, remembers the choice and forgets it when it matches the system', () => {
    const page = fakeBrowser({ systemDark: false });
    expect([page.theme(), page.pressed()]).toEqual(['light', 'false']);
    page.clickElsewhere();
    expect(page.theme()).toBe('light');
    page.click();
    expect([page.theme(), page.pressed(), page.saved()]).toEqual(['dark', 'true', 'dark']);
    page.click();
    expect([page.theme(), page.pressed(), page.saved()]).toEqual(['light', 'false', undefined]);
    page.systemTurns(true);
    expect([page.theme(), page.pressed()]).toEqual(['dark', 'true']);
  });

  it('keeps a saved choice over the system setting', () => {
    const page = fakeBrowser({ systemDark: true, saved: 'light' });
    expect(page.theme()).toBe('light');
    page.systemTurns(false);
    expect(page.theme()).toBe('light');
  });
});
