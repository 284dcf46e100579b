; Included in Kindred's Windows installer by electron-builder (electron-builder.yml, nsis.include).
;
; Uninstalling keeps the facilitator's plans and backups (%APPDATA%\Kindred) so that installing
; Kindred again carries on where they left off. This asks whether to delete them too, with No as
; the answer unless they choose Yes. It never asks, and never deletes, when the uninstaller runs
; silently (/S) or as part of installing a new version over an old one (isUpdated).

!macro customUnInstall
  ${ifNot} ${Silent}
  ${AndIfNot} ${isUpdated}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Kindred is being removed from this computer. Your plans and backups are kept, in $APPDATA\${APP_FILENAME}, so if you install Kindred again they will be waiting for you.$\r$\n$\r$\nDo you want to delete your plans and backups as well? This cannot be undone." /SD IDNO IDNO kindredKeepData
      ; electron-builder's own clean-up does the same: app data is always the current user's.
      ${if} $installMode == "all"
        SetShellVarContext current
      ${endif}
      RMDir /r "$APPDATA\${APP_FILENAME}"
      ${if} $installMode == "all"
        SetShellVarContext all
      ${endif}
    kindredKeepData:
  ${endif}
!macroend
