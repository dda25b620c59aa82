import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** The unpacked Chrome build; NKTL_DIST points tests at another build (see NKTL_OUT_DIR in vite.config.ts). */
export const DIST_CHROME = resolve(
  process.env.NKTL_DIST ?? resolve(import.meta.dirname, '../../dist/chrome'),
);

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium (or CHROMIUM_PATH). Fails loudly: tests must never skip for want of a browser. */
export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'Chromium was not found at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium ' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return found;
}

/**
 * Flags for a quiet, offline Chromium: no sandbox (we run as root in CI), and
 * none of Chromium's own background traffic, so every request a test sees is
 * one the page or the extension made.
 */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-features=MediaRouter,OptimizationHints,Translate,AutofillServerCommunication',
  '--metrics-recording-only',
  '--password-store=basic',
];

export interface LaunchOptions {
  headless: boolean;
  /** Route all traffic, loopback included, through this HTTP proxy (host:port). */
  proxy?: string;
  extraArgs?: string[];
  viewport?: { width: number; height: number } | null;
  /** The unpacked build to load; DIST_CHROME unless given (the bench compares two builds). */
  dist?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** Launches Chromium with the built extension loaded and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const dist = options.dist ?? DIST_CHROME;
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}. Run: npm run build`);
  }
  const args = [
    ...QUIET_FLAGS,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    ...(options.proxy ? [`--proxy-server=http://${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ...(options.extraArgs ?? []),
  ];
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: options.headless,
    args,
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
