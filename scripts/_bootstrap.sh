# Shared by run-demo and run-tests: system packages, then the project's virtualenv in .venv.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WITHINGS_GUI_VENV:-$ROOT/.venv}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian/Ubuntu packages given that are not installed yet (one apt run).
apt_install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "Please install these packages with your package manager: ${missing[*]}" >&2
        return 1
    fi
    echo "Installing system packages: ${missing[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Libraries Qt's xcb platform plugin and QtWebEngine load at run time.
QT_RUNTIME_PACKAGES=(python3-venv libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libnss3 libfontconfig1 libdbus-1-3
    libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxi6 libasound2 fonts-dejavu-core)

make_venv() {  # make_venv EXTRAS — creates/updates .venv with the project installed
    local extras="$1"
    local stamp="$VENV/.installed$extras"
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
    fi
    # Reinstall only when the dependency list changed since the last install.
    if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
        echo "Installing withings-gui and its Python dependencies into $VENV" >&2
        "$VENV/bin/python" -m pip install -q -e "$ROOT$extras"
        touch "$stamp"
    fi
}
