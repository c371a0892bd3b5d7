// Reads a zip (a .vsix) from its central directory: the entry names, and one entry's bytes.
// No unzip needed.
import fs from 'node:fs';
import zlib from 'node:zlib';

function centralDirectory(file, buf) {
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return { count: buf.readUInt16LE(i + 10), at: buf.readUInt32LE(i + 16) };
  }
  throw new Error(`${file} is not a zip archive`);
}

/** [{ name, size, compressedSize, method, offset }] of every entry, in the archive's order. */
export function zipEntries(file, buf = fs.readFileSync(file)) {
  const found = centralDirectory(file, buf);
  const count = found.count;
  let at = found.at;
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bytes of entry `name` (stored or deflated). */
export function zipRead(file, name) {
  const buf = fs.readFileSync(file);
  const e = zipEntries(file, buf).find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in ${file}`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${name} in ${file}: unsupported compression ${e.method}`);
}
