#!/usr/bin/env node
import { startServer } from './server';

/** `keyproof-language-server [--stdio]`: the LSP server on stdin/stdout (the only transport). */
startServer();
