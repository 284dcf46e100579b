/**
 * Prettier, so formatting is never a review topic (`npm run format`, `npm run format:check`). The
 * settings follow the code as it was written: single quotes, semicolons, trailing commas, two-space
 * indents, and long lines (150 columns: 99% of lines already fit, and the long ones are mostly
 * messages and JSX that read better whole).
 */
export default {
  singleQuote: true,
  trailingComma: 'all',
  printWidth: 150,
};
