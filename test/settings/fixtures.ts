// The account and Integra settings the settings tests start from, and an autoconfiguration link's
// account waiting for the user's OK.

import type { LinkAccount } from '../../src/commands/types';
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

export const LINKED: LinkAccount = {
  user: 'alice',
  domain: 'pbx.example.com',
  passwordMd5: '0123456789abcdef0123456789abcdef',
  extension: '201',
  url: 'wss://pbx.example.com:8089',
  url2: '',
};
