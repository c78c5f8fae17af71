// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * Recommended JavaScript, TypeScript and Astro rules, nothing switched off. In .ts/.tsx TypeScript
 * itself checks undefined names (typescript-eslint turns `no-undef` off there), so the globals below
 * matter for .js/.mjs; .astro files get Node globals in the front matter and browser globals in their
 * <script> tags from the Astro config.
 */
export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', '.work/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    name: 'project/browser',
    // Code that runs in the visitor's browser.
    files: ['src/client/**', 'src/islands/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node',
    // Node tools, config files, the share-card worker thread.
    files: ['tools/**', '*.config.{js,mjs,ts}', 'src/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'project/tests',
    // Tests run in Node and hand functions to the browser through Playwright.
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    name: 'project/rules',
    rules: {
      // `const { tr: _dropped, ...rest } = strings` is how the code leaves one key out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
