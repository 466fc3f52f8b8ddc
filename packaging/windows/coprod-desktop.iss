; Inno Setup recipe: a per-user Windows installer around the one-folder bundle, with the
; .coprod file association and Start-menu shortcut. Build the bundle first (py dev.py bundle),
; then: iscc packaging\windows\coprod-desktop.iss   ->  dist\coprod-desktop-setup.exe
; Per user (no administrator rights): everything goes under the user's profile and HKCU.

#define AppName "CoProd Desktop"
#define AppExe "coprod-desktop.exe"
#define AppId "uk.coprod.CoProdDesktop"
#define ProgId "CoProdDesktop.Workshop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The CoProd Desktop authors
DefaultDirName={localappdata}\Programs\CoProd Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=coprod-desktop-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "cy"; MessagesFile: "compiler:Languages\Welsh.isl"

[Files]
Source: "..\..\dist\coprod-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; .coprod -> CoProdDesktop.Workshop -> "coprod-desktop.exe" "%1" (the app previews the file
; for import, or hands it to the copy already running).
Root: HKCU; Subkey: "Software\Classes\.coprod"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.coprod"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-coprod-workshop"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CoProd Desktop workshop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
