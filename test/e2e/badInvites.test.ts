// Hostile INVITEs from a raw SIP client through Kamailio to a phone in Chromium: the phone
// answers each malformed one within a second, none rings or reaches the history, and it still
// rings for well-formed calls afterwards, unusual ones included.
import { expect, it, type TestContext } from 'vitest';
import { account } from './harness';
import type { PhonePage } from './phonePage';
import {
  addHeader as add,
  type Edit,
  keep,
  rawCaller,
  ringsThenCancel,
  setHeader as set,
} from './rawCaller';
import { e2eSession } from './session';
import { ackFor, type EditedCall, inviteEdited, responseToVia, tag } from './sipWire';

const { started, registered } = e2eSession();

// Only what Kamailio relays: it refuses a missing Contact, a CSeq of another method or a short
// body itself (badRequests.test.ts covers those), and puts its own Via on top.
const HOSTILE: { name: string; reason: string; edit: (domain: string) => Edit }[] = [
  ...['&', '#', '$', ';', '😀'].map((chars) => ({
    name: `a Call-ID with ${chars}`,
    reason: 'Bad Call-ID',
    edit: () => set('Call-ID', `${tag()}${chars}x`),
  })),
  {
    name: 'a From with backticks',
    reason: 'Bad From',
    edit: (domain) => set('From', `<sip:100@${domain};x=\`id\`>;tag=${tag()}`),
  },
  {
    name: 'an unquoted non-ASCII display name',
    reason: 'Bad From',
    edit: (domain) => set('From', `Zoë <sip:100@${domain}>;tag=${tag()}`),
  },
  {
    name: 'a broken Content-Type',
    reason: 'Bad Content-Type',
    edit: () => set('Content-Type', 'sdp'),
  },
  { name: 'a broken Event', reason: 'Bad Event', edit: () => add('Event', '??') },
  { name: 'a broken Refer-To', reason: 'Bad Refer-To', edit: () => add('Refer-To', '<') },
];

const caller = () => rawCaller(started().pbx);

function warningsOf(phone: PhonePage): string[] {
  const warnings: string[] = [];
  phone.page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  return warnings;
}

it('answers every malformed INVITE within a second, without ringing, and still rings afterwards', async ({
  onTestFailed,
}: TestContext) => {
  const { pbx } = started();
  const bob = await registered('101', onTestFailed);
  const warnings = warningsOf(bob);
  const sock = await caller();
  try {
    for (const hostile of HOSTILE) {
      const call: EditedCall = await inviteEdited(
        sock,
        account(pbx, '100'),
        pbx.domain,
        '101',
        hostile.edit(pbx.domain),
      );
      const sentAt = Date.now();
      expect(call.refused?.status, `Kamailio itself refused ${hostile.name}`).toBeUndefined();
      const answer = await sock.next(responseToVia(call.via), 3_000);
      const elapsed = Date.now() - sentAt;
      sock.send(ackFor(call, answer, `sip:101@${pbx.domain}`));
      expect(`${answer.status} ${answer.reason}`, hostile.name).toBe(`400 ${hostile.reason}`);
      expect(elapsed, hostile.name).toBeLessThan(1_000);
    }
    // Every one reached the phone, and the phone said in words what was wrong with each.
    expect(await bob.receivedInvites()).toHaveLength(HOSTILE.length);
    for (const { reason } of HOSTILE) {
      expect(warnings.some((w) => w.includes(`"400 ${reason}"`))).toBe(true);
    }
    expect(await bob.page.getByRole('region', { name: /^Call with / }).count()).toBe(0);
    expect(await bob.historyEntries()).toEqual([]);
    expect(await bob.registrationText()).toMatch(/^Registered as 101\b/);

    const good = await inviteEdited(sock, account(pbx, '100'), pbx.domain, '101', keep);
    await ringsThenCancel(pbx, sock, bob, good);
  } finally {
    await sock.close();
  }
});

it('still rings for a long Call-ID of allowed characters and a Unicode display name', async ({
  onTestFailed,
}: TestContext) => {
  const { pbx } = started();
  const bob = await registered('101', onTestFailed);
  const warnings = warningsOf(bob);
  const sock = await caller();
  try {
    const unusual = [
      set('Call-ID', `${tag()}${'-.!%*_+`\'~()<>:\\"/[]?{}'.repeat(20)}@${'h'.repeat(100)}`),
      set('From', `"Zoë Ærø 日本 ☎ 😀" <sip:100@${pbx.domain}>;tag=${tag()}`),
    ];
    for (const edit of unusual) {
      const call = await inviteEdited(sock, account(pbx, '100'), pbx.domain, '101', edit);
      expect(call.refused).toBeUndefined();
      await ringsThenCancel(pbx, sock, bob, call);
    }
    expect(warnings.filter((w) => /^(Answered|Dropped)/.test(w))).toEqual([]);
  } finally {
    await sock.close();
  }
});
