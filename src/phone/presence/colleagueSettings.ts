// The colleagues setting: whose lines to watch, the PBX's pickup code and the mailbox number.

export interface ColleagueSettings {
  /** Dial strings (extensions), in the order the list shows them. */
  watched: readonly string[];
  /** The PBX's directed pickup code, dialled before a ringing colleague's extension ('*8'); '' none. */
  pickupPrefix: string;
  /** What the voicemail button dials; '' hides the button. */
  voicemailNumber: string;
}

export const MAX_WATCHED = 100;

export const DEFAULT_COLLEAGUE_SETTINGS: ColleagueSettings = {
  watched: [],
  pickupPrefix: '',
  voicemailNumber: '',
};
