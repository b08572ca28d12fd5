/**
 * Pull-style reading over a stream of byte chunks, with hard limits: containers (JSONL, WARC) are read
 * record by record in constant memory, whatever the size of the file or of one malformed line.
 */

export class ByteReader {
  // A growable window [start, end) over `store`: appending doubles the capacity when needed, so
  // accumulating a long record costs linear, not quadratic, copying.
  private store: Buffer = Buffer.alloc(0);
  private start = 0;
  private end = 0;
  private done = false;
  /** Bytes consumed so far (for error messages). */
  position = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  static of(stream: AsyncIterable<Uint8Array>): ByteReader {
    return new ByteReader(stream[Symbol.asyncIterator]());
  }

  private get buf(): Buffer {
    return this.store.subarray(this.start, this.end);
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = next.value;
    const used = this.end - this.start;
    if (this.end + chunk.length > this.store.length) {
      const needed = used + chunk.length;
      if (needed <= this.store.length / 2) {
        this.store.copy(this.store, 0, this.start, this.end);
      } else {
        const grown = Buffer.allocUnsafe(Math.max(needed, this.store.length * 2, 64 * 1024));
        this.store.copy(grown, 0, this.start, this.end);
        this.store = grown;
      }
      this.start = 0;
      this.end = used;
    }
    this.store.set(chunk, this.end);
    this.end += chunk.length;
    return true;
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    while (this.buf.length === 0) if (!(await this.fill())) return true;
    return false;
  }

  /**
   * The bytes up to (not including) `delimiter`, which is consumed. Returns `{ tooLong }` after
   * skipping to the delimiter when more than `max` bytes come first; `{ eof }` with what was left
   * when the stream ends without the delimiter.
   */
  async readUntil(delimiter: Buffer, max: number): Promise<{ bytes: Buffer; eof: boolean; tooLong: boolean }> {
    let from = 0;
    let skipping = false;
    for (;;) {
      const at = this.buf.indexOf(delimiter, from);
      if (at >= 0) {
        const bytes = this.buf.subarray(0, at);
        this.take(at + delimiter.length);
        return { bytes: skipping ? Buffer.alloc(0) : Buffer.from(bytes), eof: false, tooLong: skipping || bytes.length > max };
      }
      if (this.buf.length > max + delimiter.length) {
        // Keep only the tail that might hold the start of the delimiter: memory stays bounded.
        skipping = true;
        const keep = delimiter.length - 1;
        this.take(this.buf.length - keep);
      }
      from = Math.max(0, this.buf.length - delimiter.length + 1);
      if (!(await this.fill())) {
        const bytes = skipping ? Buffer.alloc(0) : Buffer.from(this.buf);
        this.take(this.buf.length);
        return { bytes, eof: true, tooLong: skipping };
      }
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async readExact(n: number): Promise<Buffer> {
    while (this.buf.length < n) if (!(await this.fill())) break;
    const bytes = Buffer.from(this.buf.subarray(0, Math.min(n, this.buf.length)));
    this.take(bytes.length);
    return bytes;
  }

  /** Skips `n` bytes without keeping them; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      const k = Math.min(left, this.buf.length);
      this.take(k);
      left -= k;
    }
    return n - left;
  }

  private take(n: number): void {
    this.start += n;
    this.position += n;
    if (this.start === this.end) this.start = this.end = 0;
  }
}

const NEWLINE = Buffer.from('\n');

export type Line = { readonly ok: true; readonly bytes: Buffer; readonly number: number } | { readonly ok: false; readonly number: number };

/** Lines of at most `max` bytes; a longer line is skipped (constant memory) and reported as not ok. */
export async function* lines(stream: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<Line> {
  const reader = ByteReader.of(stream);
  let number = 0;
  while (!(await reader.atEnd())) {
    number++;
    const { bytes, tooLong } = await reader.readUntil(NEWLINE, max);
    yield tooLong ? { ok: false, number } : { ok: true, bytes: bytes.at(-1) === 13 ? bytes.subarray(0, -1) : bytes, number };
  }
}
