import * as v from 'valibot';
import { err, ok, type Result } from '../result';

/** What we know about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** 'extension' is any of our own pages or the background; 'content' is our content script in a tab. */
export type SenderKind = 'content' | 'extension' | 'foreign';

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://abc/" */
  origin: string;
}

/**
 * Messages from other extensions and from pages really arrive in some set-ups
 * (and a compromised renderer can claim anything it likes), so each receiver
 * decides from the sender, not from the message, who it is talking to.
 */
export function classifySender(sender: SenderInfo, self: Self): SenderKind {
  if (sender.id !== self.id) {
    return 'foreign';
  }
  if (sender.url?.startsWith(self.origin)) {
    return 'extension';
  }
  return sender.tab ? 'content' : 'foreign';
}

type AnyRequest = { type: string };
type Schema<Req> = v.GenericSchema<unknown, Req>;

export type Handlers<Req extends AnyRequest, Res extends Record<Req['type'], unknown>, Ctx> = {
  [K in Req['type']]: (request: Extract<Req, { type: K }>, context: Ctx) => Promise<Res[K]> | Res[K];
};

export interface Route<Ctx> {
  /** Message types this route owns start with this prefix ("content/", "ui/", "bg/"). */
  prefix: string;
  /** Only these senders may use the route. */
  from: readonly SenderKind[];
  schema: Schema<AnyRequest>;
  handlers: Record<string, (request: never, context: Ctx) => unknown>;
}

export function route<Req extends AnyRequest, Res extends Record<Req['type'], unknown>, Ctx>(
  prefix: string,
  from: readonly SenderKind[],
  schema: Schema<Req>,
  handlers: Handlers<Req, Res, Ctx>,
): Route<Ctx> {
  return { prefix, from, schema, handlers: handlers as unknown as Route<Ctx>['handlers'] };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Validates an incoming message against the routes and runs its handler.
 * Takes `unknown` and never throws: every failure, including a throwing
 * handler, comes back as an error value the sender can read.
 */
export async function dispatch<Ctx>(
  message: unknown,
  sender: SenderInfo,
  self: Self,
  routes: readonly Route<Ctx>[],
  context: Ctx,
): Promise<Result<unknown>> {
  const kind = classifySender(sender, self);
  if (kind === 'foreign') {
    return err('foreign-sender', 'Messages are only accepted from this extension.');
  }
  if (typeof message !== 'object' || message === null || typeof (message as AnyRequest).type !== 'string') {
    return err('bad-message', 'A message must be an object with a string "type".');
  }
  const type = (message as AnyRequest).type;
  const target = routes.find((candidate) => type.startsWith(candidate.prefix) && type in candidate.handlers);
  if (!target || !Object.hasOwn(target.handlers, type)) {
    return err('unknown-type', `Unknown message type "${type.slice(0, 80)}".`);
  }
  if (!target.from.includes(kind)) {
    return err('forbidden', `"${type}" may not be sent from a ${kind} context.`);
  }
  const parsed = v.safeParse(target.schema, message);
  if (!parsed.success) {
    return err('bad-message', `Malformed "${type}": ${describeIssues(parsed.issues)}`);
  }
  try {
    const handler = target.handlers[type] as (request: AnyRequest, context: Ctx) => unknown;
    return ok(await handler(parsed.output, context));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err((error as { code?: string }).code ?? 'internal', detail);
  }
}
