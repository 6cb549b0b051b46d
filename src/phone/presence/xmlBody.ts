// The one reader of XML from the network (NOTIFY bodies): a size limit, no document type (so no
// entity can be declared), fast-xml-parser with entity expansion off, namespace prefixes dropped.
import { XMLParser } from 'fast-xml-parser';

/** Larger than any dialog-info of a few calls; a body over it is refused unread. */
export const MAX_XML_BODY_CHARS = 64 * 1024;

/** Elements that may repeat are always arrays, so one and many read alike. */
const REPEATED = new Set(['dialog', 'tuple']);

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  maxNestedTags: 20,
  isArray: (name) => REPEATED.has(name),
});

/** A parsed element: attributes under '@name', children by name, text under '#text'. */
export type XmlNode = { readonly [name: string]: unknown };

/** The document's elements, or undefined for a body too big, with a DOCTYPE, or not XML. */
export function readXml(body: string): XmlNode | undefined {
  if (body.length > MAX_XML_BODY_CHARS) return undefined;
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) return undefined;
  try {
    const parsed: unknown = parser.parse(body, true);
    return isNode(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An element's text: a string child, or its '#text'; '' when there is none. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return '';
}

export function attributeOf(node: XmlNode, name: string): string {
  const value = node[`@${name}`];
  return typeof value === 'string' ? value : '';
}

export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isNode(item) ? item : { '#text': textOf(item) }));
}
