/** Article slugs are file names in content/: lowercase words joined by single hyphens, nothing that walks paths. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
