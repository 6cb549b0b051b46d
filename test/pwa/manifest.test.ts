// The web app manifest (manifest.webmanifest at the top of the repository, which vite.config.ts
// hands to vite-plugin-pwa): what an installed app and a browser read from it, checked against
// the files it names and the code that shares its values.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VIEWS, viewFromLocation } from '../../src/browser/appView';
import { handlerUrl, LINK_SCHEMES } from '../../src/browser/protocolHandlers';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

interface Manifest {
  id: string;
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  background_color: string;
  theme_color: string;
  icons: Icon[];
  shortcuts: { name: string; url: string; icons: Icon[] }[];
  protocol_handlers: { protocol: string; url: string }[];
  launch_handler: { client_mode: string[] };
}

const root = new URL('../../', import.meta.url);
const manifest: Manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', root), 'utf8'));

/** Where an icon's root-relative src is served from: Vite copies public/ to the site's root. */
function publicFile(src: string): URL {
  expect(src).toMatch(/^\/[^/]/);
  return new URL(`public${src}`, root);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: URL): string {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

function checkIcon(icon: Icon): void {
  const file = publicFile(icon.src);
  expect(existsSync(file), `public${icon.src} exists`).toBe(true);
  if (icon.type === 'image/png') expect(pngSize(file)).toBe(icon.sizes);
  else expect(icon).toMatchObject({ type: 'image/svg+xml', sizes: 'any' });
}

describe('manifest.webmanifest', () => {
  it('names the app and opens it standalone at the root', () => {
    expect(manifest).toMatchObject({
      id: '/',
      name: 'VOIspeed Web Phone',
      short_name: 'VOIspeed',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
  });

  it('has icons that exist under public/, at the sizes it says, one of them maskable', () => {
    for (const icon of manifest.icons) checkIcon(icon);
    const sizes = manifest.icons.filter((i) => i.purpose !== 'maskable').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('hands web+voispeed:, tel: and sip: links to /?uri=%s, as the settings button does', () => {
    expect(manifest.protocol_handlers).toEqual([
      { protocol: 'web+voispeed', url: '/?uri=%s' },
      { protocol: 'tel', url: '/?uri=%s' },
      { protocol: 'sip', url: '/?uri=%s' },
    ]);
    // registerProtocolHandler (src/browser/protocolHandlers.ts) asks for the same schemes.
    expect(manifest.protocol_handlers.map((h) => h.protocol)).toEqual([...LINK_SCHEMES]);
    for (const { url } of manifest.protocol_handlers) expect(handlerUrl('')).toBe(url);
  });

  it('sends a link to the open window instead of a second phone (focus-existing)', () => {
    expect(manifest.launch_handler.client_mode[0]).toBe('focus-existing');
  });

  it('has a shortcut per app view, each with an icon under public/', () => {
    expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Dial pad', '/?view=dial'],
      ['Call history', '/?view=history'],
    ]);
    const views = manifest.shortcuts.map((s) => viewFromLocation(`https://x.example${s.url}`));
    expect(views).toEqual([...APP_VIEWS]);
    for (const shortcut of manifest.shortcuts) {
      expect(shortcut.icons.length).toBeGreaterThan(0);
      for (const icon of shortcut.icons) checkIcon(icon);
    }
  });

  it('has the colours of the page: index.html theme-color, and --bg and --accent of app.css', () => {
    const html = readFileSync(new URL('index.html', root), 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color}" />`);
    // The light scheme's values: the first :root block of the stylesheet.
    const css = readFileSync(new URL('src/ui/app.css', root), 'utf8');
    const light = css.slice(0, css.indexOf('}'));
    expect(light).toContain(`--bg: ${manifest.background_color};`);
    expect(light).toContain(`--accent: ${manifest.theme_color};`);
  });
});
