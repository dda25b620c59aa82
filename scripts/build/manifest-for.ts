import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type TargetBrowser = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

const manifestPath = fileURLToPath(new URL('../../manifest.json', import.meta.url));

/**
 * The manifest for one browser. Firefox MV3 runs the background as an event
 * page (background.scripts), has sidebar_action instead of side_panel, and
 * needs a gecko id for storage to work.
 */
export function manifestFor(browser: TargetBrowser): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  if (browser === 'chrome') {
    return manifest as unknown as ManifestV3Export;
  }
  const {
    side_panel: sidePanel,
    background,
    permissions,
    ...rest
  } = manifest as Manifest & {
    side_panel: { default_path: string };
    permissions: string[];
  };
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: { default_panel: sidePanel.default_path, default_title: 'NK Threat Lens' },
    permissions: permissions.filter((permission) => permission !== 'sidePanel'),
    browser_specific_settings: { gecko: { id: 'nk-threat-lens@example.org', strict_min_version: '128.0' } },
  } as unknown as ManifestV3Export;
}
