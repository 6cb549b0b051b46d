// One limit of this browser, said where the feature it takes away is offered (the shortcut help
// says the clipboard key cannot read the clipboard); nothing where the browser has the feature.
import {
  browserCapabilities,
  type Capabilities,
  type Limit,
  limitsOf,
} from '../browser/capabilities';
import { useT } from './useT';

export function BrowserLimitNote({
  limit,
  capabilities = browserCapabilities(),
}: {
  limit: Limit;
  /** This browser's; component tests pass others. */
  capabilities?: Capabilities;
}) {
  const t = useT();
  if (!limitsOf(capabilities).includes(limit)) return null;
  return <p className="hint">{t(`limits.${limit}`)}</p>;
}
