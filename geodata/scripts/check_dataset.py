#!/usr/bin/env python3
"""Validate geodata/sites.geojson and geodata/incidents.geojson.

Standard library only (no jsonschema package). The script:

1. validates every feature against geodata/schema/site.schema.json or
   geodata/schema/incident.schema.json with a small JSON Schema
   (draft 2020-12) validator. It implements exactly the keywords those schemas
   use and rejects any other keyword, so a schema edit cannot be silently
   ignored;
2. runs the cross-record checks a schema cannot express: unique ids, siteId
   refers to a site, valid calendar dates, start <= end, day/month/range
   precision rules, the 2014-2021 window, the bounding box, 5-decimal
   coordinates, location precision bands, min <= max casualties, features
   sorted by date.start, seed files present and cited titles found in them.

Usage:  python3 geodata/scripts/check_dataset.py [--seeds DIR]
The seeds directory defaults to ../shared/seeds beside the repository, then
/work/shared/seeds. Exit status 0 when everything passes, 1 otherwise; the
last line is "N passed, M failed".
"""
import argparse
import calendar
import datetime as dt
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEODATA = os.path.dirname(HERE)
REPO = os.path.dirname(GEODATA)

LON_RANGE = (35.0, 44.5)
LAT_RANGE = (32.0, 37.5)
FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2021, 12, 31)
MIN_SITES = 20
MIN_INCIDENTS = 40
REQUIRED_SITE_IDS = ["al-tanf", "conoco", "qamishli", "al-omar"]
# uncertaintyMetres allowed for each location precision (lower bound exclusive, upper inclusive)
PRECISION_BANDS = {
    "exact": (-1, 2000),
    "town": (2000, 10000),
    "district": (10000, 50000),
    "region": (50000, math.inf),
}

# --------------------------------------------------------------------------
# Minimal JSON Schema (2020-12) validator


ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "$comment"}
SUPPORTED = {
    "$ref", "type", "const", "enum", "pattern", "required", "properties",
    "additionalProperties", "items", "prefixItems", "minItems", "maxItems",
    "minimum", "maximum", "minLength", "uniqueItems", "oneOf",
}


def _is_type(value, t):
    if t == "null":
        return value is None
    if t == "boolean":
        return isinstance(value, bool)
    if t == "object":
        return isinstance(value, dict)
    if t == "array":
        return isinstance(value, list)
    if t == "string":
        return isinstance(value, str)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if t == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    raise ValueError(f"unsupported type {t!r}")


def _resolve(root, ref):
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref supported: {ref}")
    node = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def validate(value, schema, root, path="$"):
    """Return a list of error strings (empty when valid)."""
    if schema is True:
        return []
    if schema is False:
        return [f"{path}: not allowed"]
    unknown = set(schema) - SUPPORTED - ANNOTATIONS
    if unknown:
        raise ValueError(f"schema keyword(s) not supported by this checker: {sorted(unknown)}")
    errs = []
    if "$ref" in schema:
        errs += validate(value, _resolve(root, schema["$ref"]), root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            return errs + [f"{path}: expected type {types}, got {type(value).__name__}"]
    if "const" in schema and value != schema["const"]:
        errs.append(f"{path}: must equal {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errs.append(f"{path}: {value!r} not one of {schema['enum']}")
    if "oneOf" in schema:
        ok = [s for s in schema["oneOf"] if not validate(value, s, root, path)]
        if len(ok) != 1:
            errs.append(f"{path}: must match exactly one oneOf branch (matched {len(ok)})")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errs.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "minLength" in schema and len(value) < schema["minLength"]:
            errs.append(f"{path}: shorter than {schema['minLength']}")
    if _is_type(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            errs.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errs.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errs.append(f"{path}: missing required {key!r}")
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                errs += validate(sub, props[key], root, f"{path}.{key}")
            elif "additionalProperties" in schema:
                errs += validate(sub, schema["additionalProperties"], root, f"{path}.{key}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            errs.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errs.append(f"{path}: more than {schema['maxItems']} items")
        if schema.get("uniqueItems"):
            seen = [json.dumps(v, sort_keys=True) for v in value]
            if len(seen) != len(set(seen)):
                errs.append(f"{path}: items not unique")
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            if i < len(prefix):
                errs += validate(item, prefix[i], root, f"{path}[{i}]")
            elif "items" in schema:
                errs += validate(item, schema["items"], root, f"{path}[{i}]")
    return errs


# --------------------------------------------------------------------------
# Helpers


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {message}")
        return ok


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def partial_bounds(s):
    """'2019', '2019-10' or '2019-10-16' -> (first day, last day)."""
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    d = dt.date(*parts)
    return d, d


def haversine_m(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def find_seeds(arg):
    candidates = [arg] if arg else [os.path.join(os.path.dirname(REPO), "shared", "seeds"), "/work/shared/seeds"]
    for c in candidates:
        if c and os.path.isdir(c):
            return c
    return None


# --------------------------------------------------------------------------
# Checks


def check_collection(r, fc, name):
    r.check(isinstance(fc, dict) and fc.get("type") == "FeatureCollection", f"{name}: not a FeatureCollection")
    r.check(isinstance(fc.get("features"), list), f"{name}: features is not a list")
    return fc.get("features", [])


def check_common_feature(r, f, label):
    coords = f.get("geometry", {}).get("coordinates", [])
    if len(coords) == 2 and all(isinstance(c, (int, float)) for c in coords):
        lon, lat = coords
        r.check(LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1],
                f"{label}: [{lon}, {lat}] outside bbox (lon {LON_RANGE}, lat {LAT_RANGE}); is it [lon, lat]?")
        r.check(round(lon, 5) == lon and round(lat, 5) == lat, f"{label}: coordinates not rounded to 5 decimals")
    loc = f.get("properties", {}).get("location", {})
    band = PRECISION_BANDS.get(loc.get("precision"))
    if band and isinstance(loc.get("uncertaintyMetres"), int):
        lo, hi = band
        r.check(lo < loc["uncertaintyMetres"] <= hi,
                f"{label}: uncertaintyMetres {loc['uncertaintyMetres']} outside the {loc['precision']} band ({lo}, {hi}]")


def check_sources(r, props, label, seeds_dir, seed_text):
    for s in props.get("sources", []):
        seed = s.get("seed", "")
        if seeds_dir is None:
            continue
        path = os.path.join(seeds_dir, seed)
        if r.check(os.path.isfile(path), f"{label}: seed {seed} not found in {seeds_dir}"):
            if seed not in seed_text:
                with open(path, encoding="utf-8") as fh:
                    seed_text[seed] = fh.read().lower()
            r.check(s.get("title", "").lower() in seed_text[seed],
                    f"{label}: title {s.get('title')!r} does not occur in {seed}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", help="directory holding the source documents (*.txt)")
    args = ap.parse_args()

    r = Report()
    site_schema = load(os.path.join(GEODATA, "schema", "site.schema.json"))
    inc_schema = load(os.path.join(GEODATA, "schema", "incident.schema.json"))
    sites_fc = load(os.path.join(GEODATA, "sites.geojson"))
    inc_fc = load(os.path.join(GEODATA, "incidents.geojson"))
    seeds_dir = find_seeds(args.seeds)
    r.check(seeds_dir is not None, "seeds directory not found (use --seeds DIR)")
    seed_text = {}

    # ---- sites
    sites = check_collection(r, sites_fc, "sites.geojson")
    r.check(len(sites) >= MIN_SITES, f"sites.geojson: {len(sites)} sites, need >= {MIN_SITES}")
    site_by_id = {}
    for i, f in enumerate(sites):
        label = f"site {f.get('id', i)}"
        errs = validate(f, site_schema, site_schema)
        r.check(not errs, f"{label}: schema: " + "; ".join(errs[:5]))
        if errs:
            continue
        r.check(f["id"] not in site_by_id, f"{label}: duplicate id")
        site_by_id[f["id"]] = f
        check_common_feature(r, f, label)
        check_sources(r, f["properties"], label, seeds_dir, seed_text)
        for h in f["properties"]["held"]:
            if h["from"] and h["to"]:
                r.check(partial_bounds(h["from"])[0] <= partial_bounds(h["to"])[1],
                        f"{label}: held {h['by']!r} from {h['from']} after to {h['to']}")
            for v in (h["from"], h["to"]):
                if v:
                    try:
                        partial_bounds(v)
                    except ValueError:
                        r.check(False, f"{label}: held date {v!r} is not a real date")
    for sid in REQUIRED_SITE_IDS:
        r.check(sid in site_by_id, f"sites.geojson: required site id {sid!r} missing")

    # ---- incidents
    incidents = check_collection(r, inc_fc, "incidents.geojson")
    r.check(len(incidents) >= MIN_INCIDENTS, f"incidents.geojson: {len(incidents)} incidents, need >= {MIN_INCIDENTS}")
    seen = set()
    starts = []
    for i, f in enumerate(incidents):
        label = f"incident {f.get('id', i)}"
        errs = validate(f, inc_schema, inc_schema)
        r.check(not errs, f"{label}: schema: " + "; ".join(errs[:5]))
        if errs:
            continue
        p = f["properties"]
        r.check(f["id"] not in seen, f"{label}: duplicate id")
        seen.add(f["id"])
        r.check(re.search(r"(19|20)\d\d", f["id"]) is not None, f"{label}: id should contain a year")
        check_common_feature(r, f, label)
        check_sources(r, p, label, seeds_dir, seed_text)

        d = p["date"]
        start, end = parse_date(d["start"]), parse_date(d["end"])
        if not r.check(start is not None and end is not None, f"{label}: start/end not real dates"):
            continue
        starts.append(d["start"])
        r.check(start <= end, f"{label}: start {start} after end {end}")
        r.check(FIRST_DAY <= start and end <= LAST_DAY, f"{label}: dates outside {FIRST_DAY}..{LAST_DAY}")
        if d["precision"] == "day":
            r.check(start == end, f"{label}: day precision needs start == end")
        elif d["precision"] == "month":
            last = calendar.monthrange(start.year, start.month)[1]
            r.check(start.day == 1 and end == start.replace(day=last),
                    f"{label}: month precision must span exactly one calendar month")
        else:
            r.check(start < end, f"{label}: range precision needs start < end")

        cas = p["casualties"]
        for side in ("sideA", "sideB", "civilians"):
            if cas[side] is None:
                continue
            for kind in ("killed", "wounded"):
                v = cas[side][kind]
                if v is not None:
                    r.check(v["min"] <= v["max"], f"{label}: casualties.{side}.{kind} min > max")

        if p["siteId"] is not None:
            site = site_by_id.get(p["siteId"])
            if r.check(site is not None, f"{label}: siteId {p['siteId']!r} is not a site id"):
                r.check(site["properties"]["country"] == p["country"],
                        f"{label}: country {p['country']} differs from site {p['siteId']}")
                dist = haversine_m(f["geometry"]["coordinates"], site["geometry"]["coordinates"])
                allowed = max(p["location"]["uncertaintyMetres"], site["properties"]["location"]["uncertaintyMetres"])
                r.check(dist <= allowed,
                        f"{label}: point is {dist:.0f} m from site {p['siteId']} (allowed {allowed} m)")
    r.check(starts == sorted(starts), "incidents.geojson: features not sorted by date.start")

    print(f"sites: {len(sites)}, incidents: {len(incidents)}, seeds: {seeds_dir}")
    print(f"{r.passed} passed, {r.failed} failed")
    return 0 if r.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
