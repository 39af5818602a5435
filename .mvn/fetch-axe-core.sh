#!/usr/bin/env bash
# Puts axe-core (the accessibility rules engine the browser tests run in the page) into the test classpath, taken
# from the npm registry as the pinned version and checked against its pinned sha512 integrity. npm's cache keeps it,
# so later builds need no network. Does nothing when that version is already in place.
#
# Usage: fetch-axe-core.sh VERSION SHA512_INTEGRITY TARGET_FOLDER
# Writes TARGET_FOLDER/axe.min.js and TARGET_FOLDER/VERSION.
set -euo pipefail

version="$1"
integrity="$2"
target="$3"

if [ -f "${target}/axe.min.js" ] && [ "$(cat "${target}/VERSION" 2>/dev/null)" = "${version}" ]; then
    exit 0
fi
npm_command=$(command -v npm || true)
if [ -z "${npm_command}" ]; then
    for candidate in "${HOME}"/.vaadin/node-v*/bin/npm; do
        [ -x "${candidate}" ] && npm_command="${candidate}"
    done
fi
if [ -z "${npm_command}" ]; then
    echo "fetch-axe-core: npm not found; the accessibility browser test will fail until axe-core ${version} is in ${target}" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "${npm_command}" pack --silent --prefer-offline "axe-core@${version}" >/dev/null)
archive="$work/axe-core-${version}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$archive" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
    echo "fetch-axe-core: axe-core ${version} has integrity ${actual}, expected ${integrity}" >&2
    exit 1
fi
mkdir -p "$target"
tar -xzf "$archive" -C "$work" package/axe.min.js
mv "$work/package/axe.min.js" "$target/axe.min.js"
echo "$version" > "$target/VERSION"
