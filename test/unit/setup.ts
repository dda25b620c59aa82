// Every unit test gets a fresh in-memory IndexedDB; tests that need the DOM
// opt in with `// @vitest-environment happy-dom` at the top of the file.
import 'fake-indexeddb/auto';
