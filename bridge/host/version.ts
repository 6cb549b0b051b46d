// The host's version, as `hello` and `--version` report it. It follows the app's package version
// so the settings page can tell a host older than the app it serves.
export const HOST_VERSION = '0.1.0';

/** The program's name: the installed binary, the .desktop file and the socket are named after it. */
export const PROGRAM = 'voispeed-bridge';
