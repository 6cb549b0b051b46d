// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/actions/verbs';
import { defaultBindings, SHORTCUTS } from '../../src/hotkeys/shortcuts';
import { showShortcutHelp, useShortcutHelpStore } from '../../src/store/shortcutHelpStore';
import { useShortcutStore } from '../../src/store/shortcutStore';
import { ShortcutHelpButton } from '../../src/ui/hotkeys/ShortcutHelpButton';
import ShortcutHelpDialog from '../../src/ui/hotkeys/ShortcutHelpDialog';
import { translator } from '../translator';
import { renderWith } from './renderApp';

/** As App shows it: only while the store says it is open. */
function Help() {
  return useShortcutHelpStore((s) => s.open) ? <ShortcutHelpDialog /> : null;
}

function renderHelp() {
  return renderWith(
    <>
      <input aria-label="Elsewhere" />
      <ShortcutHelpButton />
      <Help />
    </>,
  );
}

beforeEach(() => {
  useShortcutHelpStore.setState({ open: false });
  useShortcutStore.setState({ bindings: defaultBindings() });
});

describe('the shortcut help', () => {
  it('lists every shortcut with its current keys', async () => {
    const user = userEvent.setup();
    useShortcutStore.setState({ bindings: { ...defaultBindings(), mute: 'Alt+Shift+M' } });
    renderHelp();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(
      SHORTCUTS.map(
        ({ id }) =>
          `${translator('en')(VERBS[id].label)}${id === 'mute' ? 'Alt+Shift+M' : defaultBindings()[id]}`,
      ),
    );
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    const user = userEvent.setup();
    renderHelp();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('opened by the shortcut, gives the focus back to where it was', async () => {
    const user = userEvent.setup();
    renderHelp();
    const field = screen.getByRole('textbox', { name: 'Elsewhere' });
    await user.click(field);
    act(() => showShortcutHelp());
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
  });
});
