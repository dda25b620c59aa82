/**
 * Unit tests run outside an extension, where webextension-polyfill refuses
 * to load. vitest.config.ts aliases it to this in-memory stand-in: storage
 * areas that really store, and messaging that goes nowhere.
 */
function storageArea() {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string | string[] | null) {
      if (keys === undefined || keys === null) {
        return structuredClone(data);
      }
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        wanted.filter((key) => key in data).map((key) => [key, structuredClone(data[key])]),
      );
    },
    async set(items: Record<string, unknown>) {
      data = { ...data, ...structuredClone(items) };
    },
    async remove(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) {
        delete data[key];
      }
    },
    async clear() {
      data = {};
    },
  };
}

const listeners = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });

const browser = {
  runtime: {
    id: 'test-extension-id',
    getURL: (path: string) => `chrome-extension://test-extension-id/${path}`,
    getManifest: () => ({ version: '0.0.0-test' }),
    sendMessage: async () => undefined,
    onMessage: listeners(),
  },
  tabs: { query: async () => [], sendMessage: async () => undefined },
  action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
  storage: { local: storageArea(), session: storageArea(), onChanged: listeners() },
};

export default browser;
