// PIDF bodies as Kamailio's presence_xml and other PBXs write them, and hostile ones: only
// whether the colleague can be reached is read.
import { describe, expect, it } from 'vitest';
import { MAX_TUPLES, parsePidf } from '../../../src/phone/presence/pidf';
import { MAX_XML_BODY_CHARS } from '../../../src/phone/presence/xmlBody';

const doc = (tuples: string) =>
  `<?xml version="1.0"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" entity="sip:101@voispeed.local">
${tuples}
</presence>`;
const tuple = (basic: string, id = 't1') =>
  `<tuple id="${id}"><status><basic>${basic}</basic></status></tuple>`;

describe('parsePidf', () => {
  it.each([
    ['one open tuple (pua_usrloc)', doc(tuple('open')), 'open'],
    ['the offline body', doc(tuple('closed')), 'closed'],
    ['one phone open among closed ones', doc(tuple('closed') + tuple('open', 't2')), 'open'],
    ['upper case and spaces', doc(tuple(' Open ')), 'open'],
    [
      'a namespace prefix',
      '<p:presence xmlns:p="urn:ietf:params:xml:ns:pidf" entity="sip:1@x"><p:tuple id="a"><p:status><p:basic>closed</p:basic></p:status></p:tuple></p:presence>',
      'closed',
    ],
    [
      'a note and an activity beside the status',
      doc(
        '<tuple id="a"><status><basic>open</basic></status><note>In a meeting</note></tuple><dm:person id="p"><rpid:activities xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"><rpid:busy/></rpid:activities></dm:person>',
      ),
      'open',
    ],
  ])('reads %s', (_name, body, expected) => {
    expect(parsePidf(body)).toBe(expected);
  });

  it.each([
    ['no tuple at all', doc('')],
    ['a tuple without a status', doc('<tuple id="a"><note>x</note></tuple>')],
    ['an unknown basic status', doc(tuple('away'))],
    ['another document', '<dialog-info version="1" state="full"/>'],
    ['not XML', 'open'],
    ['unclosed', '<presence><tuple><status><basic>open'],
    ['a DOCTYPE', `<!DOCTYPE presence [<!ENTITY x "open">]>${doc(tuple('&x;'))}`],
    ['an entity as the status', doc(tuple('&open;'))],
    [
      'a billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><presence>&lol2;</presence>`,
    ],
    [
      'too many tuples',
      doc(Array.from({ length: MAX_TUPLES + 1 }, (_, i) => tuple('open', `t${i}`)).join('')),
    ],
    ['over the size limit', doc(`<!-- ${'x'.repeat(MAX_XML_BODY_CHARS)} -->${tuple('open')}`)],
  ])('says nothing for %s', (_name, body) => {
    expect(parsePidf(body)).toBeUndefined();
  });

  it('refuses a prototype-named element, touching no prototype', () => {
    expect(parsePidf(doc(`<__proto__><basic>open</basic></__proto__>${tuple('closed')}`))).toBe(
      undefined,
    );
    expect(({} as Record<string, unknown>).basic).toBeUndefined();
  });
});
