/**
 * The dependency rules of docs/architecture.md ("Dependency rules (enforced in lint)"), checked by
 * dependency-cruiser over every TypeScript and JavaScript file of the project.
 *
 * `tsPreCompilationDeps: true` makes `import type` visible as dependencies of type "type-only", which is how the
 * mini-program's rule tells a (permitted) type import of core/ from a (forbidden) value import.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Run-time cycles make load order matter. A cycle closed only by `import type` edges is erased at compile ' +
        'time and allowed (a module may name the type of the report it feeds).',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'core/domain imports only core/domain and small pure libraries (dayjs, chinese-days, zod).',
      from: { path: '^core/domain/' },
      to: { pathNot: ['^core/domain/', '(^|/)node_modules/(dayjs|chinese-days|zod)/'] },
    },
    {
      name: 'app-uses-ports',
      severity: 'error',
      comment:
        'core/app imports only core/domain, core/ports, core/contracts (and itself): I/O goes through ports. ' +
        'zod is allowed because the contracts (the schemas the app validates with) are written in it.',
      from: { path: '^core/app/' },
      to: { pathNot: ['^core/(app|domain|ports|contracts)/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'core-is-not-a-host',
      severity: 'error',
      comment: 'core/ knows nothing of its hosts: cloud functions, local-cloud, the mini-program, tests.',
      from: { path: '^core/' },
      to: { path: '^(cloudfunctions|local-cloud|miniprogram|tests|bench|scripts)/' },
    },
    {
      name: 'wx-server-sdk-only-in-adapters',
      severity: 'error',
      comment:
        'Only core/adapters/cloudbase and function entries import wx-server-sdk in production code; tests, ' +
        'benchmarks and scripts drive the real SDK against local-cloud on purpose.',
      from: { pathNot: '^(core/adapters/cloudbase|cloudfunctions/[^/]+/src|tests|bench|scripts)/' },
      to: { path: '(^|/)node_modules/wx-server-sdk/|^wx-server-sdk$' },
    },
    {
      name: 'miniprogram-imports-core-types-only',
      severity: 'error',
      comment:
        'The mini-program ships only miniprogram/: core/ may be imported with `import type` (erased at compile ' +
        'time); any other import leaving miniprogram/ would not exist on the phone.',
      from: { path: '^miniprogram/' },
      to: { pathNot: '^miniprogram/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'miniprogram-types-from-core-only',
      severity: 'error',
      comment: 'Even type imports from the mini-program go to core/ only (contracts and domain), never to hosts.',
      from: { path: '^miniprogram/' },
      to: { path: '^(cloudfunctions|local-cloud|tests|bench|scripts|database)/' },
    },
    {
      name: 'local-cloud-is-a-cloudbase',
      severity: 'error',
      comment: 'local-cloud is a CloudBase, not part of the app: it imports nothing from core/ or cloudfunctions/.',
      from: { path: '^local-cloud/' },
      to: { path: '^(core|cloudfunctions|miniprogram)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: '(^|/)(miniprogram_npm|\\.tsbuild|\\.build|\\.local-cloud[^/]*|coverage)/|^cloudfunctions/[^/]+/index\\.js$',
    },
    tsPreCompilationDeps: true,
    moduleSystems: ['cjs', 'es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
