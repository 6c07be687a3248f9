// ESLint for the project's own scripts: the site's and the apps' static/ files and the offline
// worker, plain scripts run as they are (no build step). Vendored code (node_modules, the H5P
// player) and what other packages bring (.venv, static_collected) are left out.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: [
      ".venv/",
      "static_collected/",
      "test-artifacts/",
      "media/",
      "h5p_files/",
      "**/*.js",
      "!**/static/**/*.js",
      "!offline/service_worker.js",
    ],
  },
  js.configs.recommended,
  {
    rules: {
      // `catch (error) {}` where a failure is expected and has no use (storage refused, a
      // message from a closed frame): kept as written, since ES2019's bare `catch {}` would
      // stop the whole script in the oldest browsers learners still have.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    files: ["**/static/**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "script",
      globals: globals.browser,
    },
  },
  {
    files: ["offline/service_worker.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "script",
      globals: globals.serviceworker,
    },
  },
];
