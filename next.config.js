/** @type {import('next').NextConfig} */
module.exports = {
  // wink-nlp loads its model with a runtime require that the bundler must not inline.
  serverExternalPackages: ['wink-nlp', 'wink-eng-lite-web-model'],
  poweredByHeader: false,
};
