#!/usr/bin/env node
// The `thrust` command: runs the compiled CLI (npm ci builds it into dist/).
import '../dist/cli/main.js';
