#!/usr/bin/env bash
# Builds "Withings GUI.app" and packaging/macos/out/withings-gui-<version>-<arch>.dmg on macOS.
#
#   packaging/macos/build-app.sh
#
# Needs: Python 3.11+ (python3 on PATH, e.g. from python.org or `brew install python@3.11`)
# and the Xcode command line tools (iconutil, hdiutil, codesign).
# Optional signing: CODESIGN_IDENTITY="Developer ID Application: ..." signs the app (hardened
# runtime) and the .dmg; without it the app is ad-hoc signed, which Apple Silicon requires
# to run at all (users then open it with right-click > Open the first time).
#
# Why LSUIElement is false (a Dock icon): the first run is a wizard window that must come to
# the front with keyboard focus and appear in Cmd-Tab; an LSUIElement (agent) app gets
# neither reliably. The tray then lives in the menu bar as a QSystemTrayIcon.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGING="$(cd "$HERE/.." && pwd)"
ROOT="$(cd "$PACKAGING/.." && pwd)"
OUT="$HERE/out"
BUILD="$PACKAGING/build"
APP_NAME="Withings GUI"

[ "$(uname -s)" = "Darwin" ] || { echo "build-app.sh runs on macOS only" >&2; exit 1; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/withings_gui/__init__.py")"
export WITHINGS_GUI_VERSION="$VERSION"
ARCH="$(uname -m)"

# 1. Build venv (cached) and the icon (.icns from the SVG, rendered by Qt).
PYBIN="$("$PACKAGING/make-build-venv")"
ICONSET="$BUILD/withings-gui.iconset"
rm -rf "$ICONSET"
"$PYBIN" "$PACKAGING/render_icons.py" --iconset "$ICONSET"
iconutil -c icns "$ICONSET" -o "$HERE/withings-gui.icns"

# 2. PyInstaller: the spec makes a BUNDLE (Withings GUI.app) on macOS, with the
# translations compiled first (the spec bundles the .qm files and Qt's qtbase_<lang>.qm).
cd "$ROOT"
PYTHON="$PYBIN" "$ROOT/scripts/build-translations"
"$PYBIN" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$PACKAGING/withings-gui.spec"
APP="$BUILD/dist/$APP_NAME.app"
[ -d "$APP" ] || { echo "PyInstaller did not produce $APP" >&2; exit 1; }

# 3. Smoke test the app's executable.
"$APP/Contents/MacOS/withings-gui" --version
"$APP/Contents/MacOS/withings-gui" sync --once --demo --dry-run --json \
    | grep -q 'sensor.withings_weight_kg_alice'

# 4. Sign (ad hoc unless an identity is given).
IDENTITY="${CODESIGN_IDENTITY:--}"
SIGN_ARGS=(--force --deep --sign "$IDENTITY")
[ "$IDENTITY" != "-" ] && SIGN_ARGS+=(--options runtime --timestamp)
codesign "${SIGN_ARGS[@]}" "$APP"
codesign --verify --deep --strict "$APP"

# 5. The .dmg: the app plus an /Applications link to drag it onto.
mkdir -p "$OUT"
DMG="$OUT/withings-gui-$VERSION-$ARCH.dmg"
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$DMG"
[ "$IDENTITY" != "-" ] && codesign --sign "$IDENTITY" --timestamp "$DMG"
echo "Built $DMG ($(du -h "$DMG" | cut -f1))"
