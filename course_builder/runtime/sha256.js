/* SHA-256 (FIPS 180-4) for the quizzes' salted digests and sealed feedback: a page served over
   plain http from an intranet host is not a secure context, so crypto.subtle is not there. */
const ROUND = [];
const INIT = [];
for (let n = 2; ROUND.length < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (INIT.length < 8) INIT.push((n ** (1 / 2) * 2 ** 32) | 0);
  ROUND.push((n ** (1 / 3) * 2 ** 32) | 0);
}
const sha256 = (bytes) => {
  const words = [];
  const bits = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 72) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  new DataView(padded.buffer).setUint32(padded.length - 4, bits);
  const h = INIT.slice();
  const view = new DataView(padded.buffer);
  for (let at = 0; at < padded.length; at += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) words[i] = view.getUint32(at + i * 4);
      else {
        const a = words[i - 15];
        const b = words[i - 2];
        words[i] = (words[i - 16] + ((a >>> 7 | a << 25) ^ (a >>> 18 | a << 14) ^ (a >>> 3)) + words[i - 7] +
          ((b >>> 17 | b << 15) ^ (b >>> 19 | b << 13) ^ (b >>> 10))) | 0;
      }
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (k + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) + ((e & f) ^ (~e & g)) +
        ROUND[i] + words[i]) | 0;
      const t2 = (((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [k, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, k].forEach((x, i) => (h[i] = (h[i] + x) | 0));
  }
  const out = new Uint8Array(32);
  h.forEach((x, i) => new DataView(out.buffer).setUint32(i * 4, x));
  return out;
};
const utf8 = (text) => new TextEncoder().encode(text);
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
/* The salted digest of parts joined by ":" (ids never hold one), as Python's seal.digest makes it. */
const digest = (...parts) => hex(sha256(utf8(parts.join(":"))));
