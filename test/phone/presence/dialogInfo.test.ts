// dialog-info bodies as Kamailio's pua_dialoginfo and other PBXs write them, and hostile ones.
import { describe, expect, it } from 'vitest';
import {
  applyDialogInfo,
  colleagueOf,
  type Dialogs,
  MAX_DIALOGS,
  parseDialogInfo,
} from '../../../src/phone/presence/dialogInfo';
import { MAX_XML_BODY_CHARS } from '../../../src/phone/presence/xmlBody';

const doc = (dialogs: string, state = 'full', version = '3') =>
  `<?xml version="1.0"?>
<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="${version}" state="${state}" entity="sip:101@voispeed.local">
${dialogs}
</dialog-info>`;
const dialog = (id: string, state: string, direction = 'initiator') =>
  `<dialog id="${id}" call-id="c${id}" direction="${direction}"><state>${state}</state>
  <remote><identity>sip:102@voispeed.local</identity></remote></dialog>`;

const stateOf = (body: string, known: Dialogs = new Map()) => {
  const info = parseDialogInfo(body);
  if (!info) throw new Error('not parsed');
  return colleagueOf(applyDialogInfo(known, info));
};

describe('parseDialogInfo', () => {
  it.each([
    ['no dialog', doc(''), 'idle', false],
    ['calling out (Trying)', doc(dialog('a', 'Trying')), 'ringing', false],
    ['calling out (early)', doc(dialog('a', 'early')), 'ringing', false],
    ['called and ringing', doc(dialog('a', 'early', 'recipient')), 'ringing', true],
    ['in a call', doc(dialog('a', 'confirmed')), 'busy', false],
    ['ended', doc(dialog('a', 'terminated')), 'idle', false],
    [
      'in a call and a second call rings',
      doc(dialog('a', 'confirmed') + dialog('b', 'proceeding', 'recipient')),
      'ringing',
      true,
    ],
    [
      'a state with attributes',
      doc(
        '<dialog id="a" direction="recipient"><state event="rejected" code="486">confirmed</state></dialog>',
      ),
      'busy',
      false,
    ],
    [
      'a namespace prefix',
      '<d:dialog-info xmlns:d="urn:ietf:params:xml:ns:dialog-info" version="1" state="full" entity="sip:1@x"><d:dialog id="a"><d:state>confirmed</d:state></d:dialog></d:dialog-info>',
      'busy',
      false,
    ],
  ])('reads %s', (_name, body, state, canPickUp) => {
    expect(stateOf(body)).toEqual({ state, canPickUp });
  });

  it('merges a partial document into what is known, and a full one replaces it', () => {
    const first = parseDialogInfo(
      doc(dialog('a', 'confirmed') + dialog('b', 'early', 'recipient')),
    );
    if (!first) throw new Error('not parsed');
    const known = applyDialogInfo(new Map(), first);
    expect(stateOf(doc(dialog('b', 'terminated'), 'partial', '4'), known)).toEqual({
      state: 'busy',
      canPickUp: false,
    });
    expect(stateOf(doc('', 'full', '5'), known).state).toBe('idle');
  });

  it('reads a prototype attribute without touching any prototype', () => {
    const body = doc('<dialog id="a" __proto__="x" constructor="y"><state>early</state></dialog>');
    expect(stateOf(body).state).toBe('ringing');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps the entity as text only', () => {
    expect(parseDialogInfo(doc(''))?.entity).toBe('sip:101@voispeed.local');
    const body = doc('').replace('sip:101@voispeed.local', '&lt;img src=x onerror=alert(1)&gt;');
    expect(parseDialogInfo(body)?.entity).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each([
    ['empty', ''],
    ['not XML', 'Messages-Waiting: yes'],
    ['unclosed', '<dialog-info version="1" state="full"><dialog id="a">'],
    ['another document', '<presence><tuple id="a"/></presence>'],
    ['no version', doc('').replace('version="3"', '')],
    ['a negative version', doc('', 'full', '-1')],
    ['an unknown document state', doc('', 'some')],
    ['a dialog without id', doc('<dialog><state>confirmed</state></dialog>')],
    ['an unknown dialog state', doc(dialog('a', 'dancing'))],
    ['a DOCTYPE', `<!DOCTYPE dialog-info [<!ENTITY x "confirmed">]>${doc(dialog('a', '&x;'))}`],
    ['an ENTITY on its own', `<!ENTITY x SYSTEM "file:///etc/passwd">${doc('')}`],
    [
      'a billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><dialog-info version="1" state="full">&lol2;</dialog-info>`,
    ],
    ['an entity as the state', doc(dialog('a', '&confirmed;'))],
    [
      'too many dialogs',
      doc(Array.from({ length: MAX_DIALOGS + 1 }, (_, i) => dialog(`d${i}`, 'early')).join('')),
    ],
    ['over the size limit', doc(`<!-- ${'x'.repeat(MAX_XML_BODY_CHARS)} -->`)],
    ['nested too deep', doc(`${'<x>'.repeat(50)}${'</x>'.repeat(50)}`)],
  ])('refuses %s', (_name, body) => {
    expect(parseDialogInfo(body)).toBeUndefined();
  });
});
