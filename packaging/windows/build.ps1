# Builds the Windows installer: packaging\windows\out\withings-gui-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11+ on PATH (py launcher or python.exe) and Inno Setup 6 (iscc.exe; on a
# GitHub runner it is preinstalled, else `choco install innosetup` or winget JRSoftware.InnoSetup).
# The build venv is cached in %LOCALAPPDATA%\withings-gui-build\build-venv (or
# $env:WITHINGS_GUI_BUILD_CACHE), like packaging/make-build-venv on Linux and macOS.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Packaging = Split-Path -Parent $Here
$Root = Split-Path -Parent $Packaging
$Cache = if ($env:WITHINGS_GUI_BUILD_CACHE) { $env:WITHINGS_GUI_BUILD_CACHE } else { Join-Path $env:LOCALAPPDATA "withings-gui-build" }
$Venv = Join-Path $Cache "build-venv"
$Py = Join-Path $Venv "Scripts\python.exe"

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') exited $LASTEXITCODE" }
}

# 1. Build venv: the app's runtime dependencies + PyInstaller, pinned by build-constraints.txt.
$BasePython = if (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
$BaseArgs = if ($BasePython -eq "py") { @("-3") } else { @() }
if (-not (Test-Path $Py)) {
    New-Item -ItemType Directory -Force -Path $Cache | Out-Null
    Invoke-Checked $BasePython ($BaseArgs + @("-m", "venv", $Venv))
}
$Requirements = Join-Path $Venv "requirements.txt"
$ReadDeps = "import sys, tomllib; d = tomllib.load(open(sys.argv[1], 'rb'))['project']['dependencies']; print('\n'.join(d + ['pyinstaller']))"
$Deps = & $Py -c $ReadDeps (Join-Path $Root "pyproject.toml")
if ($LASTEXITCODE -ne 0) { throw "could not read pyproject.toml" }
$Deps | Set-Content -Encoding ascii $Requirements
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "-q", "-r", $Requirements, "-c", (Join-Path $Packaging "build-constraints.txt"))

# 2. Version and icon.
$Version = (Select-String -Path (Join-Path $Root "withings_gui\__init__.py") -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$env:WITHINGS_GUI_VERSION = $Version
Invoke-Checked $Py @((Join-Path $Packaging "render_icons.py"), "--ico", (Join-Path $Here "withings-gui.ico"))

# 3. The translations: each .ts compiled into its .qm, as scripts/build-translations does
# elsewhere (the spec bundles them and Qt's qtbase_<lang>.qm).
$Lrelease = Join-Path (Split-Path $Py) "pyside6-lrelease.exe"
foreach ($Ts in Get-ChildItem (Join-Path $Root "withings_gui\translations") -Filter *.ts) {
    Invoke-Checked $Lrelease @("-silent", $Ts.FullName, "-qm", [IO.Path]::ChangeExtension($Ts.FullName, ".qm"))
}

# 4. PyInstaller one-dir bundle.
$Build = Join-Path $Packaging "build"
$Dist = Join-Path $Build "dist"
Push-Location $Root
try {
    Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", $Dist, "--workpath", (Join-Path $Build "work"), (Join-Path $Packaging "withings-gui.spec"))
} finally { Pop-Location }
$Bundle = Join-Path $Dist "withings-gui"

# 5. Smoke test of the bundle before packaging it (the console twin prints).
$Cli = Join-Path $Bundle "withings-gui-cli.exe"
$Out = & $Cli --version
if ($LASTEXITCODE -ne 0 -or -not ($Out -like "withings-gui *")) { throw "bundle --version failed: $Out" }
$Json = & $Cli sync --once --demo --dry-run --json | Out-String
if ($LASTEXITCODE -ne 0 -or -not $Json.Contains("sensor.withings_weight_kg_alice")) { throw "bundle demo sync failed" }

# 6. Inno Setup.
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    foreach ($Candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $Candidate) { $Iscc = $Candidate; break }
    }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it (choco install innosetup)" }
Push-Location $Here
try {
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Bundle", "withings-gui.iss")
} finally { Pop-Location }
$Setup = Join-Path $Here "out\withings-gui-$Version-setup.exe"
$SizeMB = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "Built $Setup ($SizeMB MB)"
