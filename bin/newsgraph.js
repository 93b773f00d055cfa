#!/usr/bin/env node
// Runs the compiled CLI (`npm ci` builds it through the `prepare` script). The call is explicit:
// npm starts this file through links (node_modules/.bin, npm exec, global or linked installs).
require('../dist/cli/main.js').runCli();
