/** Layer rules (docs/architecture.md): tab → shared ← bot; shared does no I/O; botbuilder and teamsfx stay in their folder. */
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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
