// The dial plan's shape and defaults, apart from its checker: the store and the app's start need
// these, and importing them must not pull libphonenumber's metadata into the first load.
import type { CountryCode } from 'libphonenumber-js/min';

export type { CountryCode };

export interface DialPlan {
  /** ISO 3166 alpha-2: numbers written without an international prefix belong here. */
  country: CountryCode;
  /** Digits dialled before every external number to get a line ('0' on many PBXs); '' for none. */
  outsideLinePrefix: string;
  /** Digits that start an international call from `country` ('00' in most of the world). */
  internationalPrefix: string;
}

export const DEFAULT_DIAL_PLAN: Readonly<DialPlan> = {
  country: 'IT',
  outsideLinePrefix: '',
  internationalPrefix: '00',
};
