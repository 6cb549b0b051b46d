// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VERBS } from '../../src/actions/verbs';
import { defaultBindings, SHORTCUTS } from '../../src/hotkeys/shortcuts';
import type { Language } from '../../src/i18n';
import { createSettings } from '../../src/settings/settingsService';
import { loadSetting, saveSetting } from '../../src/storage/settings';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { ShortcutSettings } from '../../src/ui/hotkeys/ShortcutSettings';
import { translator } from '../translator';
import { fakeSettingsActions, renderWith } from './renderApp';

/** The form over the real settings service: what it saves lands in fake-indexeddb. */
const renderForm = (language: Language = 'en') =>
  renderWith(
    <ShortcutSettings />,
    undefined,
    language,
    undefined,
    createSettings({ pageIsSecure: false }),
  );

beforeEach(async () => {
  await saveSetting('shortcuts', undefined);
  useShortcutStore.setState({ bindings: defaultBindings() });
});

function form() {
  return screen.getByRole('form', { name: 'Keyboard shortcuts' });
}
function field(label: string) {
  return within(form()).getByRole('textbox', { name: label });
}

describe('ShortcutSettings', () => {
  it('shows one labelled field per shortcut with its keys', () => {
    renderForm();
    for (const { id, defaultKeys } of SHORTCUTS) {
      expect(field(translator('en')(VERBS[id].label))).toHaveValue(defaultKeys);
    }
  });

  it('records pressed keys and saves them', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(field('Answer'));
    await user.keyboard('{Alt>}{Shift>}j{/Shift}{/Alt}');
    expect(field('Answer')).toHaveValue('Alt+Shift+J');
    await user.click(screen.getByRole('button', { name: 'Save shortcuts' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Shortcuts saved.');
    expect(useShortcutStore.getState().bindings.answer).toBe('Alt+Shift+J');
    expect(await loadSetting('shortcuts')).toMatchObject({ answer: 'Alt+Shift+J' });
  });

  it('refuses pressed keys of another shortcut, naming it, and keeps the old ones', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(field('Answer'));
    await user.keyboard('{Alt>}{Shift>}d{/Shift}{/Alt}');
    expect(field('Answer')).toHaveValue('Alt+Shift+P');
    expect(field('Answer')).toHaveAccessibleDescription(
      'Alt+Shift+D is already the shortcut for "Dial the selection or the clipboard".',
    );
    expect(field('Answer')).toBeInvalid();
  });

  it("refuses the browser's keys", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(field('Hang up'));
    await user.keyboard('{Control>}w{/Control}');
    expect(field('Hang up')).toHaveValue('Alt+Shift+X');
    expect(field('Hang up')).toHaveAccessibleDescription(/^Ctrl\+W belongs to the browser/);
  });

  it.each([
    ['Ctrl+Shift+T', /^Ctrl\+Shift\+T belongs to the browser/],
    ['Alt+Shift+K', /is already the shortcut for "Show the shortcuts"/],
    ['Hyper+Q', /^"Hyper\+Q" is not a key combination/],
    ['', /^"" is not a key combination/],
  ])('does not save the typed keys %j, says why, and changes nothing', async (typed, why) => {
    const user = userEvent.setup();
    renderForm();
    await user.clear(field('Hold'));
    if (typed !== '') await user.type(field('Hold'), typed);
    await user.click(screen.getByRole('button', { name: 'Save shortcuts' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Not saved/);
    expect(field('Hold')).toHaveAccessibleDescription(why);
    expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
    expect(await loadSetting('shortcuts')).toBeUndefined();
  });

  it('saves typed keys in canonical form', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.clear(field('Mute'));
    await user.type(field('Mute'), 'shift + alt + m');
    await user.click(screen.getByRole('button', { name: 'Save shortcuts' }));
    await waitFor(() => expect(useShortcutStore.getState().bindings.mute).toBe('Alt+Shift+M'));
    expect(field('Mute')).toHaveValue('Alt+Shift+M');
  });

  it('resets to the defaults', async () => {
    const user = userEvent.setup();
    useShortcutStore.setState({ bindings: { ...defaultBindings(), redial: 'Alt+Shift+Y' } });
    renderForm();
    expect(field('Redial the last number')).toHaveValue('Alt+Shift+Y');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Shortcuts set back to the defaults.',
    );
    expect(field('Redial the last number')).toHaveValue('Alt+Shift+R');
    expect(useShortcutStore.getState().bindings).toEqual(defaultBindings());
  });

  it('marks the field a refused save names, with the shortcut it clashes with', async () => {
    const user = userEvent.setup();
    const settings = fakeSettingsActions();
    const error = {
      ok: false as const,
      field: 'shortcuts.hold',
      problem: 'keys-conflict' as const,
      with: 'shortcuts.answer',
    };
    vi.mocked(settings.save).mockResolvedValue({ ok: false, refused: 'invalid', error });
    renderWith(<ShortcutSettings />, undefined, 'en', undefined, settings);
    await user.click(screen.getByRole('button', { name: 'Save shortcuts' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Not saved/);
    expect(field('Hold')).toHaveAccessibleDescription(/is already the shortcut for "Answer"/);
  });

  it('speaks Italian', () => {
    renderForm('it');
    expect(screen.getByRole('form', { name: 'Scorciatoie da tastiera' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Rispondi' })).toHaveValue('Alt+Shift+P');
  });
});

describe('the Call selection bookmarklet', () => {
  it('is a javascript: link for this origin, to drag to the bookmarks bar', () => {
    renderForm();
    const link = screen.getByRole('link', { name: 'Call selection' });
    const href = link.getAttribute('href') ?? '';
    expect(href).toMatch(/^javascript:/);
    expect(decodeURIComponent(href)).toContain(JSON.stringify(window.location.origin));
    expect(link).toHaveAccessibleDescription(/Drag "Call selection" to the bookmarks bar/);
  });
});
