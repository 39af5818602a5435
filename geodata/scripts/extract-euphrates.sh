#!/bin/sh
# Regenerate geodata/rivers.geojson and geodata/lines.geojson from the
# GSHHG/WDBII river and border data shipped with GMT.
#
# Needs (Debian 12): apt-get install -y gmt gmt-gshhg-full ; python3
# Usage: geodata/scripts/extract-euphrates.sh   (from anywhere)
# The output is deterministic: same GMT/GSHHG versions -> identical files.
set -eu

SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
GEODATA_DIR=$(dirname "$SCRIPT_DIR")

# Search window: lon 36..44.5 E, lat 32.5..38.5 N.  GMT writes whole
# GSHHG bins that touch the window, so the pieces reach a little beyond it.
REGION=36/44.5/32.5/38.5

command -v gmt >/dev/null 2>&1 || { echo "gmt not found (apt-get install gmt gmt-gshhg-full)" >&2; exit 1; }

GMT_VERSION=$(gmt --version)
if [ -z "${GSHHG_VERSION:-}" ]; then
    GSHHG_VERSION=$(dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null | sed 's/-[^-]*$//' || true)
fi
[ -n "$GSHHG_VERSION" ] || { echo "cannot tell the GSHHG version; set GSHHG_VERSION" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
cd "$WORK"

# Level-1 rivers ("permanent major rivers") at full resolution.  The
# Euphrates main stem is entirely level 1; Khabur, Balikh and Sajur are not.
gmt coast -R$REGION -Df -I1 -M --GMT_HISTORY=false > rivers_l1.txt
# National boundaries, used only to end the deconfliction line at the
# Syria-Iraq border.
gmt coast -R$REGION -Df -N1 -M --GMT_HISTORY=false > borders.txt

python3 "$SCRIPT_DIR/join_segments.py" \
    --rivers rivers_l1.txt \
    --borders borders.txt \
    --source "GSHHG $GSHHG_VERSION WDBII rivers (level 1, full resolution), extracted with GMT $GMT_VERSION" \
    --out-river "$GEODATA_DIR/rivers.geojson" \
    --out-line "$GEODATA_DIR/lines.geojson"
