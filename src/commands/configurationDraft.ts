// An autoconfiguration link's account as the account draft the confirmation applies. Pure, so
// what "Apply" changes is tested without a dialog.
import type { AccountDraft } from '../phone/account';
import type { Account } from '../phone/sipPort';
import type { LinkAccount } from './types';

/**
 * The link sets the address, password, extension and PBX URLs. The display name is kept when the
 * address stays the same (and so do whether sip: links may call other domains and the DTMF method), the STUN/TURN
 * servers always (they belong to the network, not the
 * user). The link's MD5 is the SIP password as given, or, when `passwordIsHa1`, a digest HA1
 * (written in lower case, as the digest computation wants it).
 */
export function configurationDraft(
  link: LinkAccount,
  current: Account | undefined,
  passwordIsHa1: boolean,
): AccountDraft {
  const sipAddress = `${link.user}@${link.domain}`;
  return {
    sipAddress,
    authorizationUser: '',
    password: passwordIsHa1 ? link.passwordMd5.toLowerCase() : link.passwordMd5,
    passwordIsHa1,
    extension: link.extension,
    displayName: current?.sipAddress === sipAddress ? current.displayName : '',
    url: link.url,
    url2: link.url2,
    iceServers: current?.iceServers.join('\n') ?? '',
    otherDomains: current?.sipAddress === sipAddress && current.otherDomains === true,
    ...(current?.sipAddress === sipAddress && current.dtmf ? { dtmf: current.dtmf } : {}),
  };
}
