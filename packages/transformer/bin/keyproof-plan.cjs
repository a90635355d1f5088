#!/usr/bin/env node
// The bin stays a checked-in file, so installing the workspace can link it before `dist/` is built.
'use strict';
require('../dist/hosts/plan-emitted-bin.js');
