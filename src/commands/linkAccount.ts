// The autoconfiguration command, `U{user}@{domain},{password MD5},{extension},{url1}[,{url2}]`:
// every part checked, so the confirmation shows exactly what would be applied.
import { toPbxUrl } from './pbxUrl';
import { type CommandResult, fail, failAccount, succeed } from './types';

// The same user characters the account form accepts (src/phone/account.ts).
const USER = /^[A-Za-z0-9._~+!$&'*=-]{1,64}$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MD5 = /^[0-9a-fA-F]{32}$/;
const EXTENSION = /^[0-9*#]{1,16}$/;

function isDomain(domain: string): boolean {
  return domain.length <= 253 && domain.split('.').every((label) => DOMAIN_LABEL.test(label));
}

/** Parses what follows the `U` (decoded, free of control characters). */
export function parseLinkAccount(text: string): CommandResult {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length > 5) return fail('extra-parts', parts.slice(5).join(','));
  const [address = '', password = '', extension = '', url1 = '', url2 = ''] = parts;
  // The vendor's example spaces the @ too: `Ualpha39 @ tscomm.it`.
  const at = address.indexOf('@');
  const user = at < 0 ? address : address.slice(0, at).trim();
  const domain =
    at < 0
      ? ''
      : address
          .slice(at + 1)
          .trim()
          .toLowerCase();
  if (!USER.test(user)) return failAccount('user', user);
  if (!isDomain(domain)) return failAccount('domain', domain);
  // Not echoed: it is a credential, and the message only needs to say it is not 32 hex digits.
  if (!MD5.test(password)) return failAccount('password');
  if (!EXTENSION.test(extension)) return failAccount('extension', extension);
  const url = toPbxUrl(url1);
  if (url === undefined) return failAccount('url', url1);
  // An empty last part (`…,url1,`) is a template with no second URL, not a broken one.
  const second = url2 === '' ? '' : toPbxUrl(url2);
  if (second === undefined) return failAccount('url2', url2);
  return succeed({
    kind: 'configure',
    account: { user, domain, passwordMd5: password, extension, url, url2: second },
  });
}
