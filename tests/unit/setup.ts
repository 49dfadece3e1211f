// Shared setup for unit tests. fake-indexeddb/auto (loaded before this file) gives happy-dom an IndexedDB.
export {};
