; Inno Setup script: installs the PyInstaller one-dir build of withings-gui.
; Built by packaging/windows/build.ps1 (which passes /DAppVersion and /DSourceDir):
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\build\dist\withings-gui packaging\windows\withings-gui.iss
;
; Per-user or per-machine install (the user is asked; per-user needs no admin rights),
; a Start-menu entry, an optional desktop icon, an optional "Start at login" task (HKCU Run
; key, removed again on uninstall).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\withings-gui"
#endif
#define AppName "Withings GUI"
#define AppExe "withings-gui.exe"

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6B0C1B7E-5F3A-4E0B-9C1D-57A1D0E3C9A4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=withings-gui developers
AppPublisherURL=https://github.com/withings-gui/withings-gui
AppSupportURL=https://github.com/withings-gui/withings-gui/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Let the user choose "only for me" (no admin) or "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=out
OutputBaseFilename=withings-gui-{#AppVersion}-setup
SetupIconFile=withings-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The tray may be running during an upgrade or uninstall: ask to close it.
CloseApplications=yes
RestartApplications=no
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "Start Withings GUI when I log in (tray icon)"; GroupDescription: "Start-up:"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Withings measurements into Home Assistant"
Name: "{group}\{#AppName} setup wizard"; Filename: "{app}\{#AppExe}"; Parameters: "setup"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Start at login: the same Run value the app's own "start at login" option writes, so the
; two agree. uninsdeletevalue removes it on uninstall whoever wrote it.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "Withings GUI"; ValueData: """{app}\{#AppExe}"" tray"; Tasks: startatlogin; Flags: uninsdeletevalue
; Without the task, still remove a value the app may have written itself.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueName: "Withings GUI"; ValueType: none; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Stop a running tray so its files can be deleted.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /IM {#AppExe}"; Flags: runhidden; RunOnceId: "StopTray"

[UninstallDelete]
; Files the app may create next to itself at run time (none expected; belt and braces).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
