// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneActions } from '../../src/app/phoneActions';
import { Phone } from '../../src/phone/phone';
import { useDeviceStore } from '../../src/store/deviceStore';
import { usePhoneStore } from '../../src/store/phoneStore';
import { FakeSip } from '../phone/fakeSip';
import { LINKED } from '../settings/fixtures';
import { freshDatabase } from '../storage/freshDatabase';
import { translator } from '../translator';
import { actionEdges } from './fakeOutputs';

// jsdom has no Notification: a stand-in that records the permission request.
const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);

beforeEach(async () => {
  requestPermission.mockClear();
  vi.stubGlobal('Notification', { permission: 'default', requestPermission });
  usePhoneStore.setState({ pendingConfiguration: undefined, calls: [] });
  await freshDatabase();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const actions = () => {
  const phone = new Phone(new FakeSip());
  return phoneActions(phone, translator('en'), actionEdges(phone));
};

describe('permission for incoming-call notifications', () => {
  // The account form asks the same way (AccountForm.test.tsx).
  it('is asked when an applied configuration is saved (a click), and remembered in the store', async () => {
    usePhoneStore.setState({ pendingConfiguration: LINKED });
    expect(await actions().applyConfiguration(false)).toMatchObject({ ok: true });
    expect(requestPermission).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(useDeviceStore.getState().notifications).toBe('granted'));
  });

  it('is not asked when the account is refused', async () => {
    usePhoneStore.setState({ pendingConfiguration: { ...LINKED, domain: 'no where' } });
    expect(await actions().applyConfiguration(false)).toMatchObject({ refused: 'invalid' });
    expect(requestPermission).not.toHaveBeenCalled();
  });

  it('is asked from the settings button', async () => {
    await actions().allowNotifications();
    expect(requestPermission).toHaveBeenCalledOnce();
  });

  it('is not asked again once answered', async () => {
    vi.stubGlobal('Notification', { permission: 'denied', requestPermission });
    await actions().allowNotifications();
    expect(requestPermission).not.toHaveBeenCalled();
    expect(useDeviceStore.getState().notifications).toBe('denied');
  });
});
