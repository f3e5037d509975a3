/**
 * Layer rules (docs/architecture.md): tab → shared ← bot; shared does no I/O; no import cycles; use cases see
 * ports, never adapters or SDKs; adapters never call up into use cases or transports; each SDK (botbuilder,
 * teamsfx, better-sqlite3, Azure Storage, the Graph client, express) stays in its folder; production code
 * imports no test code.
 */
module.exports = {
  forbidden: [
    { name: 'shared-is-independent', severity: 'error', from: { path: '^shared/' }, to: { path: '^(bot|tab)/' } },
    {
      name: 'shared-does-no-io',
      severity: 'error',
      comment: 'shared/ runs in the browser too: no node builtins, no botbuilder, no React, no Graph.',
      from: { path: '^shared/src', pathNot: '\\.test(-helper)?\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-frameworks',
      severity: 'error',
      from: { path: '^shared/src' },
      to: { path: 'node_modules/(botbuilder|react|react-dom|@fluentui|@microsoft|better-sqlite3|express)' },
    },
    { name: 'tab-not-bot', severity: 'error', from: { path: '^tab/' }, to: { path: '^bot/' } },
    { name: 'bot-not-tab', severity: 'error', from: { path: '^bot/' }, to: { path: '^tab/' } },
    {
      name: 'botbuilder-only-in-teams',
      severity: 'error',
      comment: 'botbuilder is archived: keep it behind bot/src/teams/ so replacing it is contained.',
      from: { path: '^bot/src/', pathNot: '^bot/src/teams/' },
      to: { path: 'node_modules/botbuilder' },
    },
    {
      name: 'teamsfx-only-in-graph',
      severity: 'error',
      from: { path: '^(bot|tab|shared)/', pathNot: '^bot/src/graph/' },
      to: { path: 'node_modules/@microsoft/teamsfx' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: a cycle hides which layer depends on which.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'production-imports-no-test-code',
      severity: 'error',
      from: { path: '^(bot|shared|tab)/src/', pathNot: '\\.test(-helper)?\\.tsx?$' },
      to: { path: '(\\.test-helper\\.ts$|^test/)' },
    },
    {
      name: 'use-cases-use-ports-not-adapters',
      severity: 'error',
      comment: 'Use cases see ports (store/ports*.ts) and the domain; never an adapter, a transport or an SDK.',
      from: { path: '^bot/src/usecases/' },
      to: { path: '^bot/src/(store/(sqlite|sharepoint|azure)|teams|api|export|graph)/|node_modules/(botbuilder|express|better-sqlite3|@azure|@microsoft/microsoft-graph-client)' },
    },
    {
      name: 'adapters-do-not-call-use-cases',
      severity: 'error',
      comment: 'Storage and Graph adapters implement ports; the rules that use them live above them.',
      from: { path: '^bot/src/(store|graph)/' },
      to: { path: '^bot/src/(usecases|conversation|teams|api|export)/' },
    },
    {
      name: 'storage-adapters-do-not-call-messaging',
      severity: 'error',
      from: { path: '^bot/src/store/' },
      to: { path: '^bot/src/messaging/' },
    },
    {
      name: 'sqlite-only-in-its-adapter',
      severity: 'error',
      from: { path: '^(bot|shared|tab)/src/', pathNot: '^bot/src/store/sqlite/' },
      to: { path: 'node_modules/better-sqlite3' },
    },
    {
      name: 'azure-only-in-its-adapter',
      severity: 'error',
      from: { path: '^(bot|shared|tab)/src/', pathNot: '^bot/src/store/azure/' },
      to: { path: 'node_modules/@azure/(storage|data)' },
    },
    {
      name: 'graph-client-only-in-graph-and-sharepoint',
      severity: 'error',
      from: { path: '^(bot|shared|tab)/src/', pathNot: '^bot/src/(graph|store/sharepoint)/' },
      to: { path: 'node_modules/@microsoft/microsoft-graph-client' },
    },
    {
      name: 'express-only-at-the-http-edge',
      severity: 'error',
      comment: 'HTTP lives in the transports: the tab API, the download links, the bot endpoint (teams/) and server.ts.',
      from: { path: '^(bot|shared|tab)/src/', pathNot: '^bot/src/(api/|export/|teams/|server\\.ts$)' },
      to: { path: 'node_modules/express' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
