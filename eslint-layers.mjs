/**
 * The layers of src/, top to bottom: a file imports only from its own layer and the layers below
 * it. A `domain/` or `events/` folder is stricter: it imports only `common/` and the `domain/` and
 * `events/` folders of its own layer and the layers below (pure deciders never reach a store, a
 * query, a projection or GraphQL). A folder of src/ that is in no layer fails the lint: give it a
 * floor here first.
 */
import boundaries from 'eslint-plugin-boundaries';

export const LAYERS = [
  { name: 'cli', folders: ['cli'], why: 'the command line: demo, token, rebuild, schema, bench' },
  { name: 'app', folders: ['app'], why: 'boot and wiring: modules, stores chosen, caches, the cluster' },
  { name: 'api', folders: ['api'], why: 'GraphQL and HTTP plumbing: errors, limits, hooks, headers' },
  { name: 'imports', folders: ['imports'], why: 'facts coming in many at a time: the systems\' batch, file imports, mappings' },
  { name: 'edge', folders: ['health', 'audit', 'security'], why: 'health, the audit trail, authentication and the policy table' },
  { name: 'exports', folders: ['exports'], why: 'rankings, indicator reports and ledgers as Excel and CSV files' },
  { name: 'integrity', folders: ['integrity'], why: 'detectors of gaming and the findings staff verify (核查)' },
  { name: 'notifications', folders: ['notifications'], why: 'the bell: what supervision addressed to each officer' },
  { name: 'supervision', folders: ['supervision'], why: 'visits, problems, letters, interviews, listings, appeals, suggestions' },
  { name: 'bulletins', folders: ['bulletins'], why: 'the daily bulletin' },
  { name: 'scoring', folders: ['scoring'], why: 'indicators, rule sets, scores and rankings' },
  { name: 'facts', folders: ['facts'], why: 'warnings, losses, strikes, recoveries and their catalogue' },
  { name: 'organization', folders: ['organization'], why: 'units, defense areas and chiefs' },
  { name: 'recording', folders: ['recording'], why: 'the write path: a request to appended, projected events' },
  { name: 'read-store', folders: ['read-store'], why: 'the read-model port, adapters and projection runner' },
  { name: 'event-store', folders: ['event-store'], why: 'the event-store port and adapters' },
  { name: 'config', folders: ['config'], why: 'configuration from the environment' },
  { name: 'common', folders: ['common'], why: 'days, money, ratios, ids, deciders: imports nothing of src' },
];

const CORE_FOLDERS = '@(domain|events)';
const coreType = (layer) => `${layer.name} (domain/events)`;

const elements = LAYERS.flatMap((layer) =>
  layer.folders.flatMap((folder) => [
    { type: coreType(layer), pattern: `src/${folder}/**/${CORE_FOLDERS}`, partialMatch: false },
    { type: layer.name, pattern: `src/${folder}`, partialMatch: false },
  ]),
);

const below = (index) => LAYERS.slice(index);
const policies = LAYERS.flatMap((layer, index) => [
  {
    from: { element: { type: layer.name } },
    allow: { to: { element: { types: { anyOf: below(index).flatMap((l) => [l.name, coreType(l)]) } } } },
  },
  {
    from: { element: { type: coreType(layer) } },
    allow: { to: { element: { types: { anyOf: [...below(index).map(coreType), 'common'] } } } },
  },
]);

export const layersConfig = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    // src/main.ts, the entry point above every layer, is the one file outside them.
    'boundaries/include': ['src/*/**/*.ts'],
    'import/resolver': { node: { extensions: ['.ts', '.js'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{from.element.type}} may not import {{to.element.type}}: imports run down the layers of eslint-layers.mjs, ' +
          'and a domain/ or events/ folder imports only common/ and the domain/ and events/ folders of its layer and below',
        policies,
      },
    ],
    'boundaries/no-unknown-files': 'error',
  },
};
