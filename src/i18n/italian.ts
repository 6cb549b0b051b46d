// Every Italian text, in one chunk that only an Italian browser fetches. The type makes a missing
// key a compile error.
import type { Dictionary } from './index';
import { it as autoAnswer } from './it/autoAnswer';
import { it as autoAnswerSettings } from './it/autoAnswerSettings';
import { it as bridge } from './it/bridge';
import { it as calls } from './it/calls';
import { it as colleagues } from './it/colleagues';
import { it as conference } from './it/conference';
import { it as contacts } from './it/contacts';
import { it as core } from './it/core';
import { it as devices } from './it/devices';
import { it as dialText } from './it/dialText';
import { it as dtmf } from './it/dtmf';
import { it as history } from './it/history';
import { it as hotkeys } from './it/hotkeys';
import { it as integra } from './it/integra';
import { it as limits } from './it/limits';
import { it as links } from './it/links';
import { it as phonebook } from './it/phonebook';
import { it as presence } from './it/presence';
import { it as provisioning } from './it/provisioning';
import { it as pwa } from './it/pwa';
import { it as recording } from './it/recording';
import { it as screens } from './it/screens';
import { it as settingsFile } from './it/settingsFile';
import { it as sound } from './it/sound';
import { it as verbs } from './it/verbs';

export const it: Dictionary = {
  ...autoAnswer,
  ...autoAnswerSettings,
  ...bridge,
  ...calls,
  ...colleagues,
  ...conference,
  ...contacts,
  ...core,
  ...devices,
  ...dialText,
  ...dtmf,
  ...history,
  ...hotkeys,
  ...integra,
  ...limits,
  ...links,
  ...phonebook,
  ...presence,
  ...provisioning,
  ...pwa,
  ...recording,
  ...screens,
  ...settingsFile,
  ...sound,
  ...verbs,
};
