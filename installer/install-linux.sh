#!/usr/bin/env bash
# Installs this TOIMI Desktop bundle for the current user: the program folder to
# ~/.local/opt/toimi-desktop, a `toimi-desktop` command in ~/.local/bin, the menu entry and
# its icon. Run it from the bundle folder: `bash install-linux.sh`. Nothing needs root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/toimi-desktop"

mkdir -p "$target" "$HOME/.local/bin" "$prefix/applications" \
         "$prefix/icons/hicolor/scalable/apps"
if [ "$here" != "$target" ]; then
    rm -rf "$target"
    cp -a "$here" "$target"
fi
ln -sf "$target/toimi-desktop" "$HOME/.local/bin/toimi-desktop"
cp "$here/toimi-desktop.svg" "$prefix/icons/hicolor/scalable/apps/toimi-desktop.svg"
# The menu entry names the program by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=toimi-desktop|Exec=$target/toimi-desktop|" "$here/toimi-desktop.desktop" \
    > "$prefix/applications/toimi-desktop.desktop"
command -v update-desktop-database >/dev/null \
    && update-desktop-database "$prefix/applications" >/dev/null 2>&1 || true
echo "TOIMI Desktop installed: start it from the menu or with $target/toimi-desktop"
