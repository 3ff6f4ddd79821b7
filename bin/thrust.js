#!/usr/bin/env node
// The `thrust` command: runs the bundled CLI (npm ci builds it into dist/bundle).
import '../dist/bundle/thrust.js';
