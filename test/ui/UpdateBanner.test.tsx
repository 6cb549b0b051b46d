// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateSource } from '../../src/browser/serviceWorker';
import { type CallStatus, newCall } from '../../src/phone/callLine';
import { usePhoneStore } from '../../src/store/phoneStore';
import { UpdateBanner, UpdateSourceContext } from '../../src/ui/UpdateBanner';
import { facts } from '../phone/fakeSip';
import { renderWith } from './renderApp';

const initial = usePhoneStore.getState();
beforeEach(() => usePhoneStore.setState(initial, true));

/** An update source the test drives: `announce()` plays the service worker finding a version. */
function fakeSource() {
  const listeners = new Set<() => void>();
  let ready = false;
  const source = {
    onUpdateReady: vi.fn((listener: () => void) => {
      listeners.add(listener);
      if (ready) listener();
      return () => listeners.delete(listener);
    }),
    applyUpdate: vi.fn<(stillIdle?: () => boolean) => void>(),
  } satisfies UpdateSource;
  const announce = () => {
    ready = true;
    act(() => {
      for (const listener of listeners) listener();
    });
  };
  return { source, announce, listeners };
}

function renderBanner(source: UpdateSource, language: 'en' | 'it' = 'en') {
  return renderWith(
    <UpdateSourceContext.Provider value={source}>
      <UpdateBanner />
    </UpdateSourceContext.Provider>,
    undefined,
    language,
  );
}

function withCall(status: CallStatus, callId = 'c-1'): void {
  const call = newCall(facts({ callId }), status, Date.now());
  usePhoneStore.setState((s) => ({ calls: [...s.calls, call] }));
}

const banner = () => screen.queryByRole('status', { name: 'App update' });
const updateNow = () => screen.getByRole('button', { name: 'Update now' });

describe('UpdateBanner', () => {
  it('shows nothing until a new version is ready', () => {
    const { source, announce } = fakeSource();
    renderBanner(source);
    expect(banner()).toBeNull();
    announce();
    expect(banner()).toHaveTextContent('A new version is ready.');
    expect(updateNow()).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('shows a version that was ready before it rendered', () => {
    const { source, announce } = fakeSource();
    announce();
    renderBanner(source);
    expect(banner()).toBeInTheDocument();
  });

  it('applies the update when no call is live, checking again before the reload', async () => {
    const { source, announce } = fakeSource();
    renderBanner(source);
    announce();
    await userEvent.setup().click(updateNow());
    expect(source.applyUpdate).toHaveBeenCalledTimes(1);
    const stillIdle = source.applyUpdate.mock.calls[0]?.[0];
    expect(stillIdle?.()).toBe(true);
    // A call that arrives between the click and the reload stops the reload.
    act(() => withCall('incoming'));
    expect(stillIdle?.()).toBe(false);
  });

  it.each<CallStatus>(['incoming', 'calling', 'ringing', 'answering', 'active'])(
    'waits while a call is %s, and can be applied once it ends',
    async (status) => {
      const { source, announce } = fakeSource();
      withCall(status);
      renderBanner(source);
      announce();
      expect(banner()).toHaveTextContent('It waits until your calls have ended.');
      expect(updateNow()).toHaveAttribute('aria-disabled', 'true');
      const user = userEvent.setup();
      await user.click(updateNow());
      expect(source.applyUpdate).not.toHaveBeenCalled();

      act(() => usePhoneStore.setState({ calls: [] }));
      expect(banner()).toHaveTextContent('A new version is ready.');
      await user.click(updateNow());
      expect(source.applyUpdate).toHaveBeenCalledTimes(1);
    },
  );

  it('does not wait for calls that have already ended', () => {
    const { source, announce } = fakeSource();
    withCall('ended');
    renderBanner(source);
    announce();
    expect(updateNow()).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps the waiting button reachable by keyboard', async () => {
    const { source, announce } = fakeSource();
    withCall('active');
    renderBanner(source);
    announce();
    const user = userEvent.setup();
    await user.tab();
    expect(updateNow()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(source.applyUpdate).not.toHaveBeenCalled();
  });

  it('stops listening when it goes away', () => {
    const { source, listeners } = fakeSource();
    const { unmount } = renderBanner(source);
    expect(listeners.size).toBe(1);
    unmount();
    expect(listeners.size).toBe(0);
  });

  it('speaks Italian', () => {
    const { source, announce } = fakeSource();
    renderBanner(source, 'it');
    announce();
    expect(screen.getByRole('status', { name: "Aggiornamento dell'app" })).toHaveTextContent(
      'È pronta una nuova versione.',
    );
    expect(screen.getByRole('button', { name: 'Aggiorna ora' })).toBeInTheDocument();
  });
});
