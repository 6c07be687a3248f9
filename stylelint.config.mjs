// Stylelint for the project's own stylesheets (the site's and the apps' static/ files): plain
// CSS, no build step. Vendored styles (node_modules, .venv, static_collected) are left out.
// The standard rules, less those that only restyle the files, and set for old browsers: the
// learners' laptops and phones are often years behind.
export default {
  extends: ["stylelint-config-standard"],
  ignoreFiles: [".venv/**", "node_modules/**", "static_collected/**"],
  rules: {
    // BEM names: block, __element, --modifier (which may be an exercise type: scam_check).
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9_]+(-[a-z0-9_]+)*)?$",
      { message: "Expected a BEM class name: block__element--modifier, in kebab-case" },
    ],
    // Short rules are written on one line, and blank lines group them by hand.
    "declaration-block-single-line-max-declarations": null,
    "comment-empty-line-before": null,
    "rule-empty-line-before": null,
    "at-rule-empty-line-before": null,
    "declaration-empty-line-before": null,
    // rgba(0, 0, 0, 0.2) and (min-width: 40em): the modern forms fail in older browsers.
    "color-function-notation": "legacy",
    "color-function-alias-notation": null,
    "alpha-value-notation": "number",
    "media-feature-range-notation": "prefix",
    // Safari before 16 and old iOS still need these prefixes; clip hides .visually-hidden text
    // where clip-path is missing.
    "property-no-vendor-prefix": [
      true,
      { ignoreProperties: ["-webkit-text-size-adjust", "-webkit-user-select"] },
    ],
    "property-no-deprecated": [true, { ignoreProperties: ["clip"] }],
    // currentColor, as SVG and most stylesheets spell it.
    "value-keyword-case": ["lower", { camelCaseSvgKeywords: true }],
    // The stylesheet is read top to bottom; the rule mostly flags selectors of unrelated
    // elements that share a class name's end.
    "no-descending-specificity": null,
  },
};
