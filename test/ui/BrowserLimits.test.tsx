// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type Capabilities, detectCapabilities } from '../../src/browser/capabilities';
import { BrowserLimitNote } from '../../src/ui/BrowserLimitNote';
import { BrowserLimits } from '../../src/ui/BrowserLimits';
import { OutputPicker } from '../../src/ui/OutputPicker';
import { fakeActions, renderWith } from './renderApp';

const everything: Capabilities = {
  calls: true,
  windowLock: true,
  linkChannel: true,
  appInstall: true,
  linkHandlers: true,
  toneOutput: true,
  callOutput: 'list',
  notifications: true,
  clipboardRead: true,
  offline: true,
  connectionState: true,
};

describe('what this browser cannot do', () => {
  it('says so when nothing is missing', () => {
    renderWith(<BrowserLimits capabilities={everything} />);
    const region = screen.getByRole('region', { name: 'What this browser cannot do' });
    expect(region).toHaveTextContent('Nothing: this browser has everything the phone uses.');
    expect(within(region).queryByRole('list')).toBeNull();
  });

  it('lists each missing feature in words, in Italian too', () => {
    const firefoxLike = { ...everything, appInstall: false, toneOutput: false };
    renderWith(
      <BrowserLimits capabilities={{ ...firefoxLike, callOutput: 'on-request' }} />,
      undefined,
      'it',
    );
    const list = screen.getByRole('list', { name: 'Cosa non può fare questo browser' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/installare il telefono come app/);
    expect(items[2]).toMatch(/Scegli un altoparlante/);
  });

  it('lists everything in a browser without any of the APIs, without throwing', () => {
    renderWith(<BrowserLimits capabilities={detectCapabilities({})} />);
    const list = screen.getByRole('list', { name: 'What this browser cannot do' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(10);
    expect(list).toHaveTextContent(/cannot make calls/);
  });
});

describe('one limit, said where its feature is offered', () => {
  it('is said only in a browser that has the limit', () => {
    const { unmount } = renderWith(
      <BrowserLimitNote limit="clipboardRead" capabilities={everything} />,
    );
    expect(screen.queryByText(/cannot read the clipboard/)).toBeNull();
    unmount();
    renderWith(
      <BrowserLimitNote
        limit="clipboardRead"
        capabilities={{ ...everything, clipboardRead: false }}
      />,
    );
    expect(screen.getByText(/cannot read the clipboard/)).toBeInTheDocument();
  });
});

describe('choose a speaker (the browser’s own prompt)', () => {
  it('is offered only where the browser names speakers on request', () => {
    renderWith(<OutputPicker callOutput="list" />);
    expect(screen.queryByRole('button', { name: 'Choose a speaker' })).toBeNull();
  });

  it('asks the browser, and says so when no speaker was picked', async () => {
    const actions = fakeActions();
    vi.mocked(actions.pickCallOutput).mockResolvedValue(false);
    renderWith(<OutputPicker callOutput="on-request" />, actions);
    await userEvent.click(screen.getByRole('button', { name: 'Choose a speaker' }));
    expect(actions.pickCallOutput).toHaveBeenCalledOnce();
    expect(await screen.findByRole('status')).toHaveTextContent(/No speaker was chosen/);
  });
});
