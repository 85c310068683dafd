// Lets plain `node` run our TypeScript (local-cloud, seed, bench) without a build step:
// each .ts file is transpiled to CommonJS by esbuild as it is required. Types are checked by `tsc -b`, not here.
const { transformSync } = require('esbuild');
const fs = require('node:fs');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
