// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phoneActions } from '../../src/app/phoneActions';
import { translator } from '../../src/i18n';
import { draftFrom } from '../../src/phone/account';
import { Phone } from '../../src/phone/phone';
import { useDeviceStore } from '../../src/store/deviceStore';
import { ACCOUNT, FakeSip } from '../phone/fakeSip';
import { freshDatabase } from '../storage/freshDatabase';
import { testDevices } from './fakeOutputs';

// jsdom has no Notification: a stand-in that records the permission request.
const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);

beforeEach(async () => {
  requestPermission.mockClear();
  vi.stubGlobal('Notification', { permission: 'default', requestPermission });
  await freshDatabase();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const actions = () =>
  phoneActions(new Phone(new FakeSip()), translator('en'), { devices: testDevices().devices });

describe('permission for incoming-call notifications', () => {
  it('is asked when the account is saved (a click), and remembered in the store', async () => {
    expect(await actions().saveAccount(draftFrom(ACCOUNT))).toEqual({ ok: true });
    expect(requestPermission).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(useDeviceStore.getState().notifications).toBe('granted'));
  });

  it('is not asked when the account is refused', async () => {
    expect(
      await actions().saveAccount({ ...draftFrom(ACCOUNT), sipAddress: 'nobody' }),
    ).toMatchObject({ ok: false });
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
