/**
 * How deeply the MIME parts of a raw message nest, found in one pass over its lines without
 * parsing it: every `multipart/*` with a boundary and every `message/rfc822` opens a level; a
 * boundary line closes the levels opened inside its part. Run before the parser so a hostile
 * nesting costs one linear scan.
 */
export function mimeDepth(raw: Buffer): number {
  const text = raw.toString('latin1');
  const pattern = /^(?:content-type:[ \t]*(?:(multipart\/[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)|(message\/rfc822))|--([^\r\n]+?)[ \t]*)$/gim;
  const stack: (string | null)[] = [];
  let deepest = 0;
  for (const [, multipart, embedded, boundaryLine] of text.matchAll(pattern)) {
    if (multipart !== undefined) {
      const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(multipart);
      stack.push(boundary ? (boundary[1] ?? boundary[2] ?? null) : null);
    } else if (embedded !== undefined) {
      stack.push(null); // an embedded message ends where its parent's part ends
    } else if (boundaryLine !== undefined) {
      const closing = boundaryLine.endsWith('--');
      const index = stack.lastIndexOf(closing ? boundaryLine.slice(0, -2) : boundaryLine);
      if (index >= 0) stack.length = closing ? index : index + 1;
    }
    deepest = Math.max(deepest, stack.length);
  }
  return deepest;
}
