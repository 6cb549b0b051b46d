// The account and Integra settings the settings-file tests start from.
import { DEFAULT_INTEGRA_SETTINGS, newRule } from '../../src/integra/rule';
import type { Account } from '../../src/phone/sipPort';

export const ACCOUNT: Account = {
  sipAddress: '201@pbx.example',
  authorizationUser: '',
  password: 'secret',
  extension: '201',
  displayName: 'Reception',
  url: 'wss://pbx.example/ws',
  url2: '',
  iceServers: [],
};

export const INTEGRA = { ...DEFAULT_INTEGRA_SETTINGS, rules: [newRule('old')] };
