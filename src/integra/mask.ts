// Hides secrets in an expanded command before it reaches the Integra log, which the user may
// screenshot or share: URL passwords and the values of parameters whose name looks secret.

const MASK = '***';
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'token',
  'key',
  'apikey',
  'auth',
  'sig',
  'signature',
]);

// scheme://user:password@ — the password ends at the last '@' before the path.
const USERINFO = /(\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:)[^\s/?#]*@/g;
// name=value after the start, a space, ?, &, ;, # or a leading -- (a shell option).
const PARAM = /(^|[\s?&;#]|--)([A-Za-z0-9_.%-]{1,64})=([^\s&#;]*)/g;

export function maskSecrets(text: string): string {
  return text
    .replace(USERINFO, `$1${MASK}@`)
    .replace(PARAM, (whole, before: string, name: string, value: string) =>
      value !== '' && looksSecret(name) ? `${before}${name}=${MASK}` : whole,
    );
}

/** access_token, apiKey, X-Api-Key, client_secret: any word of the name, or all of it, is secret. */
export function looksSecret(name: string): boolean {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.%-]+/);
  const joined = words.join('');
  return SECRET_WORDS.has(joined) || words.some((word) => SECRET_WORDS.has(word));
}
