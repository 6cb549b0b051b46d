// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDeviceStore } from '../../src/store/deviceStore';
import { CallNotificationSetting } from '../../src/ui/CallNotificationSetting';
import { DeviceSettings } from '../../src/ui/DeviceSettings';
import { renderWith } from './renderApp';

const initial = useDeviceStore.getState();
const named = {
  inputs: [
    { deviceId: 'default', label: 'Default - Built-in mic' },
    { deviceId: 'mic-1', label: 'Built-in mic' },
    { deviceId: 'mic-2', label: 'USB headset mic' },
  ],
  outputs: [
    { deviceId: 'default', label: 'Default - Speakers' },
    { deviceId: 'out-1', label: 'Speakers' },
    { deviceId: 'out-2', label: 'USB headset' },
  ],
};

beforeEach(() =>
  useDeviceStore.setState(
    {
      ...initial,
      devices: named,
      labelsHidden: false,
      canChooseToneOutput: true,
      canChooseCallOutput: true,
    },
    true,
  ),
);

const section = () => screen.getByRole('region', { name: 'Audio devices' });
const select = (name: string) => within(section()).getByRole('combobox', { name });

describe('Audio devices', () => {
  it('offers the default and every named device under each label', () => {
    renderWith(<DeviceSettings />);
    const options = (name: string) =>
      within(select(name))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options('Ringtone output')).toEqual(['Default', 'Speakers', 'USB headset']);
    expect(options('Call audio output')).toEqual(['Default', 'Speakers', 'USB headset']);
    expect(options('Microphone')).toEqual(['Default', 'Built-in mic', 'USB headset mic']);
    expect(select('Microphone')).toHaveValue('');
  });

  it('saves a choice as soon as it is made, per slot', async () => {
    const user = userEvent.setup();
    const { actions } = renderWith(<DeviceSettings />);
    await user.selectOptions(select('Ringtone output'), 'Speakers');
    await user.selectOptions(select('Microphone'), 'USB headset mic');
    expect(actions.chooseDevice).toHaveBeenNthCalledWith(1, 'ringtone', 'out-1');
    expect(actions.chooseDevice).toHaveBeenNthCalledWith(2, 'microphone', 'mic-2');
    expect(await screen.findByRole('status')).toHaveTextContent('Saved: Microphone.');
  });

  it('shows the stored choice', () => {
    useDeviceStore.setState({ choice: { ringtone: 'out-2', callAudio: 'out-1', microphone: '' } });
    renderWith(<DeviceSettings />);
    expect(select('Ringtone output')).toHaveValue('out-2');
    expect(select('Call audio output')).toHaveValue('out-1');
  });

  it('says where the browser cannot choose an output, and keeps the default', () => {
    useDeviceStore.setState({ canChooseToneOutput: false, canChooseCallOutput: false });
    renderWith(<DeviceSettings />);
    expect(select('Ringtone output')).toBeDisabled();
    expect(select('Ringtone output')).toHaveAccessibleDescription(
      'This browser cannot choose where the ringtone plays: it uses the default output.',
    );
    expect(select('Call audio output')).toBeDisabled();
    expect(select('Call audio output')).toHaveAccessibleDescription(
      'This browser cannot choose where call audio plays: it uses the default output.',
    );
    expect(select('Microphone')).toBeEnabled();
  });

  it('says when a chosen device is not connected, and keeps it chosen', () => {
    useDeviceStore.setState({
      choice: { ringtone: '', callAudio: '', microphone: 'gone-mic' },
      missing: ['microphone'],
    });
    renderWith(<DeviceSettings />);
    expect(select('Microphone')).toHaveValue('gone-mic');
    expect(within(select('Microphone')).getByRole('option', { selected: true })).toHaveTextContent(
      'Chosen device (not connected)',
    );
    expect(select('Microphone')).toHaveAccessibleDescription(
      'Microphone: the chosen device is not connected; the default is used until it is back.',
    );
  });

  it('offers to allow the microphone while device names are hidden', async () => {
    useDeviceStore.setState({
      devices: { inputs: [{ deviceId: '', label: '' }], outputs: [{ deviceId: '', label: '' }] },
      labelsHidden: true,
    });
    const user = userEvent.setup();
    const { actions } = renderWith(<DeviceSettings />);
    expect(within(select('Microphone')).getAllByRole('option')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Allow the microphone' }));
    expect(actions.allowMicrophone).toHaveBeenCalledOnce();
  });

  it('has no allow button once names are shown', () => {
    renderWith(<DeviceSettings />);
    expect(screen.queryByRole('button', { name: 'Allow the microphone' })).toBeNull();
  });

  it('speaks Italian', () => {
    renderWith(<DeviceSettings />, undefined, 'it');
    expect(screen.getByRole('region', { name: 'Dispositivi audio' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Uscita suoneria' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Uscita audio chiamata' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Microfono' })).toBeInTheDocument();
  });
});

describe('Incoming-call notifications setting', () => {
  it('asks for permission only on a click', async () => {
    useDeviceStore.setState({ notifications: 'default' });
    const user = userEvent.setup();
    const { actions } = renderWith(<CallNotificationSetting />);
    expect(actions.allowNotifications).not.toHaveBeenCalled();
    await user.click(
      screen.getByRole('button', { name: 'Show incoming calls when the window is hidden' }),
    );
    expect(actions.allowNotifications).toHaveBeenCalledOnce();
  });

  it.each([
    ['granted', 'Incoming calls are shown as a notification when the window is hidden.'],
    ['denied', 'The browser blocks notifications from this app'],
    ['unsupported', 'This browser cannot show notifications.'],
  ] as const)('says what happens when permission is %s', (permission, text) => {
    useDeviceStore.setState({ notifications: permission });
    renderWith(<CallNotificationSetting />);
    expect(screen.getByRole('region', { name: 'Incoming calls' })).toHaveTextContent(text);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
