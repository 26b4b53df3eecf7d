#!/usr/bin/env node
// `npm run demo`: the main job on the sample filing pair in corpora/.
console.log('demo: to be written');
