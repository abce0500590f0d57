"""Writes withings_gui/tray/glyph_outlines.py: the tray icon's characters as outlines taken from
a font and fitted to the pixel grid, so that the tray draws type without a font engine.

    python scripts/make_tray_glyphs.py [--font PATH] [--stdout]

Needs fontTools (a test dependency, not a run-time one) and DejaVu Sans Condensed Bold
(Debian/Ubuntu: fonts-dejavu-extra). tests/tray/test_glyph_outlines.py checks that the module in
the repository is what this script makes.

Grid fitting, for every digit height the icons up to 32 px use (5-15 px): the baseline, the
digits' height, the x-height, the ascender and the descender land on whole pixels (overshoots
are dropped: under half a pixel at these sizes); every stem (a stroke between two parallel
edges, found from the outline's direction) gets a whole number of pixels, at least one, with
its edges on the grid; the rest of the outline follows by piecewise-linear interpolation
between those edges, on each axis, so curves and diagonals keep their shape. Taller digits
(those of the 44, 48 and 64 px icons, which panels at device-pixel ratio 2 also use) scale the
font's own outlines.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import pprint
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "withings_gui" / "tray" / "glyph_outlines.py"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf")
FONT_PACKAGE = "fonts-dejavu-extra"
CHARACTERS = "0123456789.–kglbst "
FITTED_HEIGHTS = range(5, 16)  # glyphs.fit_height goes no lower than 5; 24 px icons reach 15
SUBPIXELS = 64  # fitted coordinates are stored in 1/64 px, as FreeType's 26.6 numbers

Point = tuple[float, float, bool]  # x, y (font units, y up), on the curve


@dataclass(frozen=True)
class Edge:
    """A place where the outline runs parallel to an axis: a straight side or an extremum."""
    position: float  # the coordinate across the edge (y for a horizontal edge)
    low: float  # its extent along the edge
    high: float
    ink_above: bool  # ink on the higher-coordinate side: the lower edge of a stroke


@dataclass(frozen=True)
class Zone:
    """Outline coordinates from low to high land on target (in pixels)."""
    low: float
    high: float
    target: int


def contours_of(font, char: str) -> list[list[Point]]:
    glyf = font["glyf"]
    glyph = glyf[font.getBestCmap()[ord(char)]]
    if glyph.numberOfContours <= 0:
        return []
    coordinates, ends, flags = glyph.getCoordinates(glyf)
    contours, start = [], 0
    for end in ends:
        points = zip(coordinates[start:end + 1], flags[start:end + 1])
        contours.append([(float(x), float(y), bool(flag & 1)) for (x, y), flag in points])
        start = end + 1
    return contours


def edges_of(contours: list[list[Point]], axis: int) -> list[Edge]:
    """Edges across ``axis`` (1: horizontal edges, positioned by y; 0: vertical ones, by x).

    TrueType draws outer contours clockwise and holes anticlockwise, so the direction of travel
    along an edge says on which side the ink is."""
    along = 1 - axis
    found: dict[tuple[float, bool], list[tuple[float, float]]] = {}
    for contour in contours:
        count = len(contour)
        for i, point in enumerate(contour):
            if not point[2]:
                continue
            before, after = contour[i - 1], contour[(i + 1) % count]
            flat = [q for q in (before, after) if q[axis] == point[axis]]
            if not flat:
                continue
            travel = (after[along] - before[along]) if len(flat) == 2 else \
                (after[along] - point[along] if flat[0] is after else point[along] - before[along])
            if travel == 0:
                continue
            # Horizontal edge travelled leftwards, vertical one upwards: ink above/right.
            ink_above = (travel < 0) if axis == 1 else (travel > 0)
            span = [point[along]] + [q[along] for q in flat]
            found.setdefault((point[axis], ink_above), []).append((min(span), max(span)))
    return [Edge(position, min(s[0] for s in spans), max(s[1] for s in spans), ink_above)
            for (position, ink_above), spans in sorted(found.items())]


def stems_of(edges: list[Edge], most: float) -> list[tuple[Edge, Edge]]:
    """Strokes: a lower edge with ink above paired with the nearest upper edge with ink below
    that faces it (their extents overlap) at most ``most`` units away; thinnest first."""
    candidates = sorted(
        ((upper.position - lower.position, lower, upper)
         for lower in edges if lower.ink_above
         for upper in edges if not upper.ink_above
         and 0 < upper.position - lower.position <= most
         and upper.low <= lower.high + most / 2 and lower.low <= upper.high + most / 2),
        key=lambda c: (c[0], c[1].position))
    used: set[Edge] = set()
    stems = []
    for _, lower, upper in candidates:
        if lower not in used and upper not in used:
            used.update((lower, upper))
            stems.append((lower, upper))
    return stems


def half_up(value: float) -> int:
    return math.floor(value + 0.5)


def fit_axis(edges: list[Edge], zones: list[Zone], scale: float, most: float,
             pins: dict[float, float] | None = None) -> list[tuple[float, float]]:
    """Key positions (outline units → pixels) for one axis: edges in a zone on its target,
    stems a whole number of pixels wide on whole pixels. A stem that would cross a key already
    placed, or close a gap of the outline that shows (≥ ¾ px), moves a pixel or is left out."""
    keys: dict[float, float] = dict(pins or {})

    def zone_of(position: float) -> Zone | None:
        return next((z for z in zones if z.low <= position <= z.high), None)

    def fits(new: dict[float, float]) -> bool:
        merged = sorted({**keys, **new}.items())
        return all(later[1] > earlier[1] or
                   (later[1] == earlier[1] and (later[0] - earlier[0]) * scale < 0.75)
                   for earlier, later in zip(merged, merged[1:]))

    for edge in edges:
        zone = zone_of(edge.position)
        if zone is not None and fits({edge.position: zone.target}):
            keys[edge.position] = zone.target
    stems = stems_of(edges, most)
    # Stems held by a zone first: their placement is not negotiable.
    stems.sort(key=lambda s: (zone_of(s[0].position) is None and zone_of(s[1].position) is None,
                              s[0].position))
    for lower, upper in stems:
        width = max(1, half_up((upper.position - lower.position) * scale))
        # An edge already placed (by a zone, or as part of another stem) holds the stem.
        held_upper, held_lower = (keys.get(edge.position, getattr(zone_of(edge.position),
                                                                  "target", None))
                                  for edge in (upper, lower))
        if held_upper is not None and held_lower is not None:
            continue
        for thickness in (width, width - 1) if width > 1 else (width,):
            if held_upper is not None:
                starts = [held_upper - thickness]
            elif held_lower is not None:
                starts = [held_lower]
            else:
                start = half_up((lower.position + upper.position) / 2 * scale - thickness / 2)
                starts = [start, start + 1, start - 1]
            placed = next((start for start in starts
                           if fits({lower.position: start, upper.position: start + thickness})),
                          None)
            if placed is not None:
                keys[lower.position] = placed
                keys[upper.position] = placed + thickness
                break
    return sorted(keys.items())


def warp(keys: list[tuple[float, float]], scale: float):
    """The piecewise-linear map through the keys, the plain scale beyond them."""
    def mapped(value: float) -> float:
        if not keys:
            return value * scale
        if value <= keys[0][0]:
            return keys[0][1] + (value - keys[0][0]) * scale
        if value >= keys[-1][0]:
            return keys[-1][1] + (value - keys[-1][0]) * scale
        for (x0, y0), (x1, y1) in zip(keys, keys[1:]):
            if x0 <= value <= x1:
                return y0 + (value - x0) * (y1 - y0) / (x1 - x0)
        raise AssertionError("keys are sorted")
    return mapped


def segments(contour: list[tuple[float, float, bool]]) -> tuple[tuple[float, ...], ...]:
    """A closed contour as (x, y) to start, then (x, y) lines and (cx, cy, x, y) quadratic
    curves, with TrueType's implied on-curve points between two off-curve ones made explicit."""
    if not any(on for _, _, on in contour):
        (x0, y0, _), (x1, y1, _) = contour[-1], contour[0]
        contour = [((x0 + x1) / 2, (y0 + y1) / 2, True)] + contour
    start = next(i for i, (_, _, on) in enumerate(contour) if on)
    points = contour[start:] + contour[:start]
    result: list[tuple[float, ...]] = [points[0][:2]]
    control = None
    for x, y, on in points[1:] + points[:1]:
        if on:
            result.append((*control, x, y) if control else (x, y))
            control = None
        elif control:
            middle = ((control[0] + x) / 2, (control[1] + y) / 2)
            result.append((*control, *middle))
            control = (x, y)
        else:
            control = (x, y)
    return tuple(result)


@dataclass(frozen=True)
class Metrics:
    digit_height: float  # the flat top of the digits ("1", "5", "7")
    x_height: float
    ascender: float
    descender: float
    overshoot: float
    gap: float  # between two glyphs' ink: a digit's two side bearings
    space: float
    most_stem: float


def metrics_of(font) -> Metrics:
    glyf, cmap, hmtx = font["glyf"], font.getBestCmap(), font["hmtx"]

    def glyph(char: str):
        return glyf[cmap[ord(char)]]

    zero = glyph("0")
    gap = hmtx[cmap[ord("0")]][0] - (zero.xMax - zero.xMin)
    digit_height = glyph("1").yMax
    return Metrics(digit_height=digit_height, x_height=glyph("x").yMax,
                   ascender=glyph("l").yMax, descender=glyph("g").yMin,
                   overshoot=zero.yMax - digit_height + 10, gap=gap,
                   space=hmtx[cmap[ord(" ")]][0] - gap, most_stem=0.3 * digit_height)


def fitted_glyph(char: str, contours, metrics: Metrics, height: int):
    """(ink width in px, contours in 1/64 px: x from the ink's left, y down from the baseline).
    The decimal point comes out square: the font's is nearly so (325 × 387 units), and a
    1 × 2 px dot would read as a bar."""
    scale = height / metrics.digit_height
    overshoot = metrics.overshoot

    def zone(position: float, below: bool = False) -> Zone:
        low, high = (position - overshoot, position + 10) if below else \
            (position - 10, position + overshoot)
        return Zone(low, high, half_up(position * scale))

    y_zones = [zone(0, below=True), zone(metrics.x_height), zone(metrics.ascender),
               zone(metrics.descender, below=True), Zone(metrics.digit_height - 10,
                                                         metrics.digit_height + overshoot, height)]
    xs = [x for contour in contours for x, _, _ in contour]
    left, right = min(xs), max(xs)
    width = max(1, half_up((right - left) * scale))
    if char == ".":
        width = max(1, half_up(max(y for contour in contours for _, y, _ in contour) * scale))
    x_zones = [Zone(left, left, 0), Zone(right, right, width)]
    to_x = warp(fit_axis(edges_of(contours, 0), x_zones, scale, metrics.most_stem,
                         pins={left: 0, right: width}), scale)
    to_y = warp(fit_axis(edges_of(contours, 1), y_zones, scale, metrics.most_stem), scale)
    return width, outline([segments([(round(to_x(x) * SUBPIXELS), -round(to_y(y) * SUBPIXELS),
                                       on) for x, y, on in contour]) for contour in contours])


def plain_glyph(contours):
    """(ink width, contours) in font units, x from the ink's left, y down from the baseline."""
    if not contours:
        return 0, ""
    left = min(x for contour in contours for x, _, _ in contour)
    right = max(x for contour in contours for x, _, _ in contour)
    return int(right - left), outline([segments([(x - left, -y, on) for x, y, on in contour])
                                       for contour in contours])


def outline(contours) -> str:
    """Contours as text, which the tray parses only for the glyphs it draws: loading the
    module then costs next to nothing (a tuple per point cost it ~1.5 ms at start-up).
    Contours are separated by ";", steps by " ", numbers by ","."""
    return ";".join(" ".join(",".join(str(int(v)) for v in step) for step in contour)
                    for contour in contours)


def licence_lines(font) -> list[str]:
    names = font["name"]
    text = "\n".join(filter(None, (names.getDebugName(0), "", names.getDebugName(13))))
    return ["# " + part if part else "#" for line in text.splitlines()
            for part in (textwrap.wrap(line, 97) or [""])]


def entry(key: object, value: object, indent: int) -> list[str]:
    """``key: value,`` wrapped within 99 characters."""
    hanging = indent + len(repr(key)) + 2
    text = pprint.pformat(value, width=99 - hanging - 1, compact=True)
    first, *rest = f"{key!r}: {text},".splitlines()
    return [" " * indent + first] + [" " * hanging + line for line in rest]


def generate(font_path: Path) -> str:
    from fontTools.ttLib import TTFont

    data = font_path.read_bytes()
    font = TTFont(font_path)
    metrics = metrics_of(font)
    names = font["name"]
    glyphs = {char: contours_of(font, char) for char in CHARACTERS}
    lines = [
        f'"""The tray icon\'s characters as outlines: {names.getDebugName(4)}',
        f"{names.getDebugName(5)}, fitted to whole pixels for digit heights "
        f"{FITTED_HEIGHTS.start}-{FITTED_HEIGHTS.stop - 1} px.",
        "",
        "Generated by scripts/make_tray_glyphs.py (which says how); do not edit.",
        f"Font file {font_path.name}, sha256",
        f"{hashlib.sha256(data).hexdigest()}.",
        '"""',
        "",
        f"# The outlines are derived from {names.getDebugName(4)}, under its licence:",
        "#",
        *licence_lines(font),
        "",
        "# Font units: the digits' height, the space between two glyphs' ink, a space's width.",
        f"DIGIT_HEIGHT = {int(metrics.digit_height)}",
        f"GAP = {int(metrics.gap)}",
        f"SPACE = {int(metrics.space)}",
        f"SUBPIXELS = {SUBPIXELS}",
        "",
        "# Per character: (ink width, outline), in font units; x from the left of the ink, y",
        "# down from the baseline. The outline's contours are separated by \";\", each its",
        "# start \"x,y\", then \"x,y\" lines and \"cx,cy,x,y\" quadratic curves.",
        "PLAIN = {",
    ]
    for char, contours in glyphs.items():
        lines += entry(char, plain_glyph(contours), 4)
    lines += ["}", "",
              "# Per digit height in px: per character (ink width in px, outline in",
              "# 1/SUBPIXELS px).",
              "FITTED = {"]
    for height in FITTED_HEIGHTS:
        lines.append(f"    {height}: {{")
        for char, contours in glyphs.items():
            glyph = fitted_glyph(char, contours, metrics, height) if contours else (0, "")
            lines += entry(char, glyph, 8)
        lines.append("    },")
    lines += ["}", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--font", type=Path, default=FONT)
    parser.add_argument("--stdout", action="store_true", help="print instead of writing")
    options = parser.parse_args()
    if not options.font.is_file():
        print(f"error: no font at {options.font} (Debian/Ubuntu: apt install {FONT_PACKAGE})",
              file=sys.stderr)
        return 1
    text = generate(options.font)
    if options.stdout:
        sys.stdout.write(text)
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
