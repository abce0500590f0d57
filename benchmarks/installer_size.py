"""Size of the Linux installer: .deb, installed size, PyInstaller bundle, build time.

Builds the .deb with packaging/linux/build-deb (which records its numbers in
packaging/linux/out/build-info.txt) and writes the "Installer size" section of
docs/BENCHMARKS.md.

    python -m benchmarks.installer_size [--reuse]

--reuse takes the last build of the same source tree (its numbers, build time included,
are those of that build).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from benchmarks.report import write_section

ROOT = Path(__file__).resolve().parent.parent
BUILD_DEB = ROOT / "packaging" / "linux" / "build-deb"
GOAL_MB = 150


def read_info(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the .deb of the same source tree if one was built")
    args = parser.parse_args()
    cmd = ["bash", str(BUILD_DEB)] + (["--reuse"] if args.reuse else [])
    deb = Path(subprocess.run(cmd, check=True, capture_output=True, text=True)
               .stdout.strip().splitlines()[-1])
    info = read_info(deb.parent / "build-info.txt")
    deb_mb = int(info["deb_bytes"]) / 1e6
    installed_mib = int(info["installed_size_kib"]) / 1024
    bundle_mib = int(info["bundle_kib"]) / 1024
    verdict = "within" if deb_mb <= GOAL_MB else "OVER"
    body = f"""
| what | size |
| --- | --- |
| `{info['deb']}` (xz -{info['xz_level']}) | **{deb_mb:.1f} MB** ({int(info['deb_bytes']):,} bytes) — {verdict} the {GOAL_MB} MB goal |
| installed size (`Installed-Size`, /opt/withings-gui + menu entry + icons) | {installed_mib:.0f} MiB |
| PyInstaller one-dir bundle, before stripping | {bundle_mib:.0f} MiB |
| build time: PyInstaller bundle | {info['bundle_seconds']} s |
| build time: whole .deb (bundle, strip, icons, dependencies, xz) | {info['total_seconds']} s |

What keeps it small (packaging/withings-gui.spec): only the Qt modules the app uses
(Widgets, Network, Svg, Charts, DBus, WebEngine and the libraries WebEngine links:
Qml/Quick/Positioning/WebChannel); no QML tree, no Qt UI translations, 7 Chromium locales,
no devtools resources, no FFmpeg/Multimedia/3D/Pdf/Designer; system libraries (X11/xcb,
NSS, ALSA, fontconfig, OpenSSL, libstdc++ ...) are not bundled but declared as `Depends`
(computed by dpkg-shlibdeps). libQt6WebEngineCore alone is ~195 MiB of the bundle. A naive
one-dir build of the same app was ~593 MB (a 168 MB .deb after a first trim).
"""
    write_section("installer_size", "Installer size", "python -m benchmarks.installer_size",
                  body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
