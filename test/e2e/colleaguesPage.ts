// The colleagues setting and list, driven by roles and labels: for the presence test and bench.
import type { Locator } from 'playwright-core';
import type { PhonePage } from './phonePage';

export interface ColleagueOptions {
  watched?: readonly string[];
  pickupPrefix?: string;
  voicemailNumber?: string;
}

/** Saves the colleagues setting through its settings section, then goes back home. */
export async function watchColleagues(
  phone: PhonePage,
  { watched = [], pickupPrefix = '', voicemailNumber = '' }: ColleagueOptions,
): Promise<void> {
  const section = await phone.openSection('Colleagues and voicemail');
  await section.getByLabel('Watched extensions', { exact: true }).fill(watched.join('\n'));
  await section.getByLabel('Pickup code', { exact: true }).fill(pickupPrefix);
  await section.getByLabel('Voicemail number', { exact: true }).fill(voicemailNumber);
  await section.getByRole('button', { name: 'Save', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await phone.home();
}

/** A colleague's row button (its name says the state), any state when none is given. */
export const colleague = (phone: PhonePage, user: string, state?: string): Locator =>
  phone.page.getByRole('button', {
    name: state === undefined ? new RegExp(`^Call ${user}, `) : `Call ${user}, ${state}`,
    exact: state !== undefined,
  });
