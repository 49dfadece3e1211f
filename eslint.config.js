// Lint: TypeScript rules, the layer boundaries of src/ (who may import whom), no import cycles,
// no browser globals in the pure core, and no HTML-string sinks anywhere in the product.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/** Layers of src/ and what each may not import (see README, "Architecture"). */
const zones = [
  { target: './src/core', from: './src', except: ['./core'], message: 'src/core is pure: it imports only src/core.' },
  { target: './src/platform', from: './src', except: ['./platform', './core'], message: 'platform/ wraps browser APIs only.' },
  { target: './src/messaging', from: ['./src/storage', './src/background', './src/content', './src/sidepanel', './src/popup', './src/ui', './src/settings'] },
  { target: './src/settings', from: ['./src/storage', './src/background', './src/content', './src/sidepanel', './src/popup', './src/ui', './src/messaging'] },
  { target: './src/storage', from: ['./src/background', './src/content', './src/sidepanel', './src/popup', './src/ui', './src/settings'] },
  { target: './src/background', from: ['./src/content', './src/sidepanel', './src/popup', './src/ui'] },
  { target: './src/content', from: ['./src/storage', './src/background', './src/sidepanel', './src/popup'], message: 'Content scripts never touch IndexedDB: ask the background.' },
  { target: './src/ui', from: ['./src/storage', './src/background', './src/content', './src/sidepanel', './src/popup'] },
  { target: './src/sidepanel', from: ['./src/storage', './src/background', './src/content', './src/popup'] },
  { target: './src/popup', from: ['./src/storage', './src/background', './src/content', './src/sidepanel'] },
  // The page loader runs on every page: the cheap article check and its own few files, nothing else.
  {
    target: './src/loader',
    from: './src',
    except: ['./loader', './core/analysis/looks-like-article.ts', './messaging/envelope.ts', './core/limits.ts'],
    message: 'The page loader is tiny: only looksLikeArticle, the snapshot cap (core/limits) and src/loader (types from messaging/envelope).',
  },
  { target: './src/library', from: ['./src/storage', './src/background', './src/content', './src/popup'] },
  { target: './src/options', from: ['./src/storage', './src/background', './src/content', './src/sidepanel', './src/popup'] },
  { target: './src/welcome', from: ['./src/storage', './src/background', './src/content', './src/sidepanel', './src/popup'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node, __TARGET__: 'readonly' } },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      // Hostile page text is cleaned of control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never use innerHTML/outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'Never document.write.' },
      ],
    },
  },
  {
    // The pure core: functions over a Document passed in, runnable in Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'navigator', 'browser', 'chrome', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The CLI and build helpers run in Node; the CLI may use happy-dom's document.write on its own window.
    files: ['src/cli/**/*.ts', 'src/build/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
