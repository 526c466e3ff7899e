import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { Mailer, OutboundMail } from '../shared/lifecycle/ports';
import { MAX_RAW_MAIL_BYTES } from '../shared/mail/limits';

/**
 * SES outbound, locally: every sent mail is an .eml file in the outbox folder, written aside and
 * renamed. Idempotent by Message-ID (docs/decisions.md#notice-outbox): each file name ends with a hash
 * of its Message-ID, and a mail whose Message-ID has a file already is not written again.
 */
export class OutboxMailer implements Mailer {
  private sequence = 0;
  private known: Promise<Set<string>> | undefined;

  constructor(
    private readonly folder: string,
    private readonly now: () => string,
    /** Called for every send; `fresh` is false when the Message-ID was sent before (no second file). */
    private readonly onSent: (mail: OutboundMail, file: string, fresh: boolean) => void = () => undefined,
  ) {}

  async send(mail: OutboundMail): Promise<void> {
    this.known ??= mkdir(this.folder, { recursive: true })
      .then(() => readdir(this.folder))
      .then((names) => new Set(names.filter((n) => n.endsWith('.eml')).map((n) => n.slice(-'.eml'.length - 16, -'.eml'.length))));
    const known = await this.known;
    const hash = createHash('sha256').update(mail.messageId).digest('hex').slice(0, 16);
    if (known.has(hash)) {
      this.onSent(mail, '', false);
      return;
    }
    known.add(hash);
    this.sequence += 1;
    const stamp = this.now().replace(/[:.]/g, '-');
    const file = join(this.folder, `${stamp}-${String(this.sequence).padStart(4, '0')}-${hash}.eml`);
    try {
      await writeFile(`${file}.part`, mail.raw);
      await rename(`${file}.part`, file);
    } catch (error) {
      known.delete(hash);
      throw error;
    }
    this.onSent(mail, file, true);
  }
}

/** S3 for raw inbound mail, locally: a folder; a `.result.json` beside each mail once it is processed. */
export class RawMailFolder {
  private sequence = 0;

  constructor(
    readonly folder: string,
    private readonly now: () => string,
  ) {}

  /** Stores the raw mail before anything else reads it (docs/decisions.md#inbound-hostile); returns its reference. */
  async put(raw: Buffer): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    this.sequence += 1;
    const name = `${this.now().replace(/[:.]/g, '-')}-${process.pid}-${String(this.sequence).padStart(6, '0')}.eml`;
    // Written aside and renamed: a crash mid-write leaves no half mail that looks stored.
    await writeFile(join(this.folder, `${name}.part`), raw);
    await rename(join(this.folder, `${name}.part`), join(this.folder, name));
    return name;
  }

  get(ref: string): Promise<Buffer> {
    return readFile(join(this.folder, ref));
  }

  async markProcessed(ref: string, result: unknown): Promise<void> {
    const file = join(this.folder, `${ref}.result.json`);
    await writeFile(`${file}.part`, JSON.stringify(result, null, 2));
    await rename(`${file}.part`, file);
  }

  async result(ref: string): Promise<unknown> {
    return JSON.parse(await readFile(join(this.folder, `${ref}.result.json`), 'utf8'));
  }

  /**
   * Mail stored but never processed (the runtime stopped in between), and mail dead-lettered
   * (its handler failed every attempt): both are processed again on start, like a redrive.
   */
  async unprocessed(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const done = new Set<string>();
    for (const name of names.filter((n) => n.endsWith('.result.json'))) {
      const ref = name.slice(0, -'.result.json'.length);
      const reason = await this.result(ref).then(
        (r) => (r && typeof r === 'object' && 'reason' in r ? r.reason : undefined),
        () => undefined,
      );
      if (reason !== 'DeadLetteredError') done.add(ref);
    }
    return names.filter((n) => n.endsWith('.eml') && !done.has(n)).sort();
  }
}

export interface InboundSmtpOptions {
  readonly port: number;
  /** Stores the raw mail and returns its reference; the SMTP reply waits for it (250 = stored). */
  readonly store: (raw: Buffer, recipients: string[]) => Promise<string>;
}

/**
 * SES inbound, locally: an SMTP server on 127.0.0.1. A mail is answered 250 only after it is stored,
 * so every accepted mail survives a crash; processing happens after the reply.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_RAW_MAIL_BYTES,
    logger: false,
    banner: 'integrations local inbound',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('message exceeds the size limit'), { responseCode: 552 }));
          return;
        }
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        options.store(Buffer.concat(chunks), recipients).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = address && typeof address === 'object' ? address.port : options.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
