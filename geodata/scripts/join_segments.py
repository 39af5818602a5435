#!/usr/bin/env python3
"""Assemble the Euphrates from fragmented GSHHG/WDBII river segments.

Input: multi-segment text written by `gmt coast -I1 -M` (river level 1) and
`gmt coast -N1 -M` (national borders).  Output: geodata/rivers.geojson and
geodata/lines.geojson.  Pure standard library, deterministic.

Method (see geodata/README-reference.md):
  1. read the segments, drop degenerate ones (GMT emits 2-point, zero-length
     pieces on bin edges);
  2. cluster segment endpoints that lie within JOIN_TOL_M of each other and
     treat each cluster as a graph node, each segment as an edge;
  3. take the shortest path (Dijkstra, by length) from the segment nearest
     UPSTREAM_ANCHOR to the segment nearest DOWNSTREAM_ANCHOR - this keeps
     the main stem and leaves every branch and tributary out;
  4. orient the pieces downstream and concatenate them; cut the line where
     it first crosses latitude START_LAT (in Turkey) and where it first
     crosses longitude END_LON (Iraq), interpolating the cut points;
  5. simplify (Douglas-Peucker, SIMPLIFY_TOL_M) and round to 5 decimals;
  6. validate: no self-intersections, sanity places near the line and in
     downstream order, simplification error below the tolerance;
  7. derive the deconfliction line: the river from the point nearest the
     Tabqa Dam to where the river crosses the Syria-Iraq border.
"""
import argparse
import heapq
import json
import math
import re
import sys

EARTH_R = 6371008.8  # mean Earth radius, metres

JOIN_TOL_M = 1000.0          # endpoints closer than this are joined
SIMPLIFY_TOL_M = 50.0        # Douglas-Peucker tolerance
MAX_ERROR_M = 100.0          # validation limit for simplification error
START_LAT = 37.25            # start cut: first southward crossing (Turkey)
END_LON = 43.80              # end cut: first eastward crossing (Iraq, near Fallujah)
UPSTREAM_ANCHOR = (37.90, 37.25)
DOWNSTREAM_ANCHOR = (43.80, 33.37)

TABQA_DAM = (38.5667, 35.8722)     # start of the deconfliction line
ABU_KAMAL = (40.92, 34.45)         # picks the border crossing of the river

# (name, lon, lat) - places the river must pass within SANITY_LIMIT_M,
# listed in downstream order.
SANITY = [
    ("Jarabulus", 38.01, 36.82),
    ("Tabqa dam", 38.56, 35.87),
    ("Raqqa", 39.01, 35.94),
    ("Deir ez-Zor", 40.14, 35.34),
    ("Mayadin", 40.45, 35.02),
    ("Abu Kamal", 40.92, 34.45),
    ("al-Qaim", 41.07, 34.37),
    ("Haditha", 42.36, 34.13),
]
SANITY_LIMIT_M = 3000.0

DECONFLICTION_SOURCES = [
    {
        "title": "Battle of Khasham (Feb 7, 2018): US and Russian Forces "
                 "(Wagner Group) Clash in Syria",
        "seed": "000_5de0546176a6674a.txt",
    },
]


def log(*args):
    print(*args, file=sys.stderr)


# ---------------------------------------------------------------- geometry

def haversine(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_R * math.asin(math.sqrt(h))


def local_xy(p, origin):
    """Equirectangular metres relative to origin (fine for tens of km)."""
    k = math.cos(math.radians(origin[1]))
    return (math.radians(p[0] - origin[0]) * k * EARTH_R,
            math.radians(p[1] - origin[1]) * EARTH_R)


def point_segment(p, a, b):
    """Distance (m) from p to segment ab, and the fraction t along ab."""
    ax, ay = local_xy(a, p)
    bx, by = local_xy(b, p)
    dx, dy = bx - ax, by - ay
    dd = dx * dx + dy * dy
    t = 0.0 if dd == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / dd))
    return math.hypot(ax + t * dx, ay + t * dy), t


def nearest_on_line(p, line):
    """(distance m, segment index, t) of the point of line nearest to p."""
    best = None
    for i in range(len(line) - 1):
        d, t = point_segment(p, line[i], line[i + 1])
        if best is None or d < best[0]:
            best = (d, i, t)
    return best


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def line_length(line):
    return sum(haversine(line[i], line[i + 1]) for i in range(len(line) - 1))


def seg_intersection(p1, p2, p3, p4):
    """Intersection point of segments p1p2 and p3p4 (planar lon/lat), or None."""
    d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0])
    if d == 0:
        return None
    t = ((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0])) / d
    u = ((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0])) / d
    if 0 <= t <= 1 and 0 <= u <= 1:
        return t, lerp(p1, p2, t)
    return None


def self_intersections(line):
    """Pairs of non-adjacent segments that touch or cross."""
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on_seg(a, b, c):
        return (min(a[0], b[0]) <= c[0] <= max(a[0], b[0])
                and min(a[1], b[1]) <= c[1] <= max(a[1], b[1]))

    def touch(a, b, c, d):
        o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
        if o1 != o2 and o3 != o4:
            return True
        return ((o1 == 0 and on_seg(a, b, c)) or (o2 == 0 and on_seg(a, b, d))
                or (o3 == 0 and on_seg(c, d, a)) or (o4 == 0 and on_seg(c, d, b)))

    n = len(line) - 1
    boxes = [(min(line[i][0], line[i + 1][0]), max(line[i][0], line[i + 1][0]),
              min(line[i][1], line[i + 1][1]), max(line[i][1], line[i + 1][1]))
             for i in range(n)]
    order = sorted(range(n), key=lambda i: boxes[i][0])
    hits = []
    active = []
    for i in order:
        x0 = boxes[i][0]
        active = [j for j in active if boxes[j][1] >= x0]
        for j in active:
            if abs(i - j) <= 1:
                continue
            bi, bj = boxes[i], boxes[j]
            if bi[3] < bj[2] or bj[3] < bi[2]:
                continue
            if touch(line[i], line[i + 1], line[j], line[j + 1]):
                hits.append((min(i, j), max(i, j)))
        active.append(i)
    return sorted(hits)


def douglas_peucker(line, tol):
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = -1.0, None
        for k in range(i + 1, j):
            d, _ = point_segment(line[k], line[i], line[j])
            if d > best:
                best, idx = d, k
        if idx is not None and best > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [k for k in range(len(line)) if keep[k]]


# ---------------------------------------------------------------- input

def read_segments(path):
    segs, cur = [], None
    with open(path, encoding="ascii") as fh:
        for raw in fh:
            line = raw.strip()
            if not line:
                continue
            if line.startswith(">"):
                cur = []
                segs.append(cur)
                continue
            if cur is None:          # data before any header
                cur = []
                segs.append(cur)
            x, y = line.split()[:2]
            pt = (float(x), float(y))
            if not cur or cur[-1] != pt:
                cur.append(pt)
    return [s for s in segs if len(s) >= 2]


# ---------------------------------------------------------------- assembly

def main_stem(segs):
    # endpoint clustering (union-find)
    ends = []
    for i, s in enumerate(segs):
        ends.append((i, 0, s[0]))
        ends.append((i, 1, s[-1]))
    parent = list(range(len(ends)))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(len(ends)):
        for b in range(a + 1, len(ends)):
            if haversine(ends[a][2], ends[b][2]) <= JOIN_TOL_M:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    node = {(e[0], e[1]): find(k) for k, e in enumerate(ends)}

    adj = {}
    for i, s in enumerate(segs):
        u, v, w = node[(i, 0)], node[(i, 1)], line_length(s)
        adj.setdefault(u, []).append((v, w, i))
        adj.setdefault(v, []).append((u, w, i))

    def nearest_seg(p):
        return min(range(len(segs)), key=lambda i: (nearest_on_line(p, segs[i])[0], i))

    s_seg, e_seg = nearest_seg(UPSTREAM_ANCHOR), nearest_seg(DOWNSTREAM_ANCHOR)

    def dijkstra(src):
        dist, prev, heap = {src: 0.0}, {}, [(0.0, src)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u]:
                continue
            for v, w, i in sorted(adj.get(u, [])):
                if i in (s_seg, e_seg):
                    continue
                nd = d + w
                if nd < dist.get(v, math.inf):
                    dist[v], prev[v] = nd, (u, i)
                    heapq.heappush(heap, (nd, v))
        return dist, prev

    best = None
    for s_end in (0, 1):                 # the end of the first piece leading on
        src = node[(s_seg, s_end)]
        dist, prev = dijkstra(src)
        for e_end in (0, 1):             # the end of the last piece coming in
            dst = node[(e_seg, e_end)]
            if dst in dist and (best is None or dist[dst] < best[0]):
                path, v = [], dst
                while v != src:
                    u, i = prev[v]
                    path.append(i)
                    v = u
                best = (dist[dst], s_end, e_end, path[::-1])
    if best is None:
        raise SystemExit("no connected path between the anchors")
    _, s_end, e_end, mid = best

    first = segs[s_seg] if s_end == 1 else segs[s_seg][::-1]
    last = segs[e_seg] if e_end == 0 else segs[e_seg][::-1]
    pieces = [first] + [segs[i] for i in mid] + [last]

    line, gaps = list(pieces[0]), []
    for piece in pieces[1:]:
        if haversine(line[-1], piece[-1]) < haversine(line[-1], piece[0]):
            piece = piece[::-1]
        gap = haversine(line[-1], piece[0])
        if gap == 0:
            piece = piece[1:]
        else:
            gaps.append((gap, line[-1], piece[0]))
        line.extend(piece)
    return line, gaps, len(pieces)


def trim(line):
    start = end = None
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        if start is None and a[1] >= START_LAT > b[1]:
            start = (i, lerp(a, b, (a[1] - START_LAT) / (a[1] - b[1])))
        if start is not None and a[0] <= END_LON < b[0]:
            end = (i, lerp(a, b, (END_LON - a[0]) / (b[0] - a[0])))
            break
    if start is None or end is None:
        raise SystemExit("could not find the start/end cuts")
    return [start[1]] + line[start[0] + 1:end[0] + 1] + [end[1]]


def rounded(line):
    out = []
    for p in line:
        q = (round(p[0], 5), round(p[1], 5))
        if not out or out[-1] != q:
            out.append(q)
    return out


def along(line, p):
    """Distance (m) along line to the point nearest p, and that distance to p."""
    d, i, t = nearest_on_line(p, line)
    return line_length(line[:i + 1]) + haversine(line[i], line[i + 1]) * t, d


# ---------------------------------------------------------------- output

def dump(fc):
    text = json.dumps(fc, indent=2, ensure_ascii=False)
    # one [lon, lat] pair per line
    text = re.sub(r"\[\s+(-?[0-9.eE+-]+),\s+(-?[0-9.eE+-]+)\s+\]", r"[\1, \2]", text)
    return text + "\n"


def feature_collection(fid, props, coords):
    return {
        "type": "FeatureCollection",
        "features": [{
            "type": "Feature",
            "id": fid,
            "properties": props,
            "geometry": {"type": "LineString",
                         "coordinates": [[x, y] for x, y in coords]},
        }],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rivers", required=True, help="gmt coast -I1 -M output")
    ap.add_argument("--borders", required=True, help="gmt coast -N1 -M output")
    ap.add_argument("--source", required=True, help="value of the 'source' property")
    ap.add_argument("--out-river", required=True)
    ap.add_argument("--out-line", required=True)
    args = ap.parse_args()

    segs = read_segments(args.rivers)
    raw, gaps, npieces = main_stem(segs)
    log(f"segments read: {len(segs)}; main stem uses {npieces}, "
        f"{len(raw)} vertices, {len(gaps)} gaps bridged")
    for g, a, b in gaps:
        log(f"  gap {g:7.1f} m  {a[0]:.5f},{a[1]:.5f} -> {b[0]:.5f},{b[1]:.5f}")

    full = trim(raw)
    keep = douglas_peucker(full, SIMPLIFY_TOL_M)
    river = rounded([full[k] for k in keep])

    # simplification + rounding error: each original vertex against the
    # simplified piece that replaced it
    err = 0.0
    for a, b in zip(keep, keep[1:]):
        pa, pb = (round(full[a][0], 5), round(full[a][1], 5)), (round(full[b][0], 5), round(full[b][1], 5))
        for k in range(a, b + 1):
            err = max(err, point_segment(full[k], pa, pb)[0])
    log(f"trimmed: {len(full)} vertices, {line_length(full) / 1000:.1f} km; "
        f"simplified: {len(river)} vertices, {line_length(river) / 1000:.1f} km; "
        f"max error {err:.1f} m")
    problems = []
    if err > MAX_ERROR_M:
        problems.append(f"simplification error {err:.1f} m > {MAX_ERROR_M} m")

    hits = self_intersections(river)
    log(f"self-intersections: {len(hits)}")
    if hits:
        problems.append(f"river self-intersects at segments {hits[:5]}")

    log("sanity distances (place: distance to river, km along river):")
    last = -1.0
    for name, lon, lat in SANITY:
        s, d = along(river, (lon, lat))
        log(f"  {name:12s} {d / 1000:6.2f} km   at {s / 1000:7.1f} km")
        if d > SANITY_LIMIT_M:
            problems.append(f"{name} is {d / 1000:.2f} km from the river")
        if s <= last:
            problems.append(f"{name} is out of downstream order")
        last = s

    # deconfliction line: Tabqa Dam -> river crossing of the Syria-Iraq border
    _, si, st = nearest_on_line(TABQA_DAM, river)
    start_pt = lerp(river[si], river[si + 1], st)
    crossings = []
    for b in read_segments(args.borders):
        for j in range(len(b) - 1):
            for i in range(si, len(river) - 1):
                hit = seg_intersection(river[i], river[i + 1], b[j], b[j + 1])
                if hit:
                    crossings.append((haversine(hit[1], ABU_KAMAL), i, hit[1]))
    if not crossings:
        raise SystemExit("river does not cross a border downstream of Tabqa")
    _, ei, end_pt = min(crossings)
    line = rounded([start_pt] + river[si + 1:ei + 1] + [end_pt])
    log(f"deconfliction line: {len(line)} vertices, {line_length(line) / 1000:.1f} km, "
        f"from {line[0]} to {line[-1]} (border crossings found: {len(crossings)})")
    if self_intersections(line):
        problems.append("deconfliction line self-intersects")

    if problems:
        for p in problems:
            log("ERROR:", p)
        raise SystemExit(1)

    river_props = {
        "name": "Euphrates",
        "kind": "river",
        "description": "Main stem of the Euphrates from just north of the "
                       "Turkey-Syria border (37.25N) downstream through Syria "
                       "and western Iraq to about 43.8E near Fallujah.",
        "source": args.source,
        "licence": "LGPL-3.0-or-later (GSHHG, The GMT Team)",
    }
    line_props = {
        "name": "Euphrates deconfliction line (approximate)",
        "kind": "deconfliction-line",
        "description": "Approximation of the 2017-2019 US-Russian deconfliction "
                       "line: drawn as the Euphrates itself from the Tabqa Dam "
                       "to the Syria-Iraq border near Abu Kamal, because the "
                       "line is only described as following the river and no "
                       "authoritative geometry is public; local exceptions "
                       "(such as government-held villages on the east bank "
                       "near Deir ez-Zor) are not shown.",
        "approximate": True,
        "sources": DECONFLICTION_SOURCES,
    }
    with open(args.out_river, "w", encoding="utf-8") as fh:
        fh.write(dump(feature_collection("euphrates", river_props, river)))
    with open(args.out_line, "w", encoding="utf-8") as fh:
        fh.write(dump(feature_collection("euphrates-deconfliction-line", line_props, line)))
    log(f"wrote {args.out_river} and {args.out_line}")


if __name__ == "__main__":
    main()
