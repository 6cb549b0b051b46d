// PIDF bodies (RFC 3863) of the `presence` event package, read for one thing only: whether the
// colleague can be reached at all. A tuple whose basic status is `open` means a registered phone;
// `closed` everywhere means none. Notes, activities and other extensions are not read.
import { childrenOf, isNode, readXml, textOf } from './xmlBody';

/** `closed`: the PBX knows no registered phone of the colleague. */
export type Reachability = 'open' | 'closed';

/** More than any user has phones; a document with more is refused. */
export const MAX_TUPLES = 32;

/** What the document says, or undefined for a body that is not PIDF or is refused. */
export function parsePidf(body: string): Reachability | undefined {
  const root = readXml(body)?.presence;
  if (!isNode(root)) return undefined;
  const tuples = childrenOf(root, 'tuple');
  if (tuples.length > MAX_TUPLES) return undefined;
  let closed = false;
  for (const tuple of tuples) {
    const status = isNode(tuple.status) ? tuple.status : undefined;
    const basic = textOf(status?.basic).trim().toLowerCase();
    if (basic === 'open') return 'open';
    if (basic === 'closed') closed = true;
    else if (basic !== '') return undefined;
  }
  // A document without any basic status says nothing of reachability.
  return closed ? 'closed' : undefined;
}
