#!/bin/sh
# Install PeerDesk from this unpacked folder, with a menu entry and icons.
#
#   ./install.sh                    for you alone: ~/.local/lib/peerdesk, ~/.local/bin/peerdesk
#   sudo ./install.sh --system      for everyone:  /opt/peerdesk, /usr/local/bin/peerdesk
#   ./install.sh --uninstall        remove it again (add --system for a system-wide install)
#
# Installing over an older version replaces the program only. Your journal lives elsewhere
# (~/.local/share/PeerDesk; `peerdesk doctor` shows where) and is never touched by this script.
set -eu

APP_ID=org.peerdesk.PeerDesk
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --uninstall) ACTION=uninstall ;;
        -h | --help)
            sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "install.sh: unknown option: $arg (try --help)" >&2
            exit 2
            ;;
    esac
done

if [ "$MODE" = system ]; then
    APP_DIR=/opt/peerdesk
    BIN_DIR=/usr/local/bin
    SHARE=/usr/local/share
else
    : "${HOME:?HOME is not set}"
    APP_DIR="$HOME/.local/lib/peerdesk"
    BIN_DIR="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
ICON_SIZES="16 22 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

remove_files() {
    rm -f "$BIN_DIR/peerdesk" \
        "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    case "$APP_DIR" in
        */peerdesk) rm -rf "$APP_DIR" ;; # never anything but PeerDesk's own folder
    esac
}

if [ "$ACTION" = uninstall ]; then
    remove_files
    refresh_caches
    echo "PeerDesk was removed. Your journal was not touched."
    exit 0
fi

if [ ! -x "$HERE/peerdesk" ] || [ ! -d "$HERE/_internal" ]; then
    echo "install.sh: run me from the unpacked PeerDesk folder (peerdesk and _internal/ beside me)" >&2
    exit 1
fi

remove_files
mkdir -p "$APP_DIR" "$BIN_DIR" "$SHARE/applications" "$SHARE/metainfo" \
    "$SHARE/icons/hicolor/scalable/apps"
cp -R "$HERE/peerdesk" "$HERE/_internal" "$APP_DIR/"
ln -s "$APP_DIR/peerdesk" "$BIN_DIR/peerdesk"

# The menu entry starts the program by its full path: ~/.local/bin is not always on the PATH
# that a desktop session uses.
sed -e "s|^Exec=peerdesk|Exec=$APP_DIR/peerdesk|" -e "s|^TryExec=peerdesk|TryExec=$APP_DIR/peerdesk|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/"
for size in $ICON_SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/"
done
if [ "$MODE" = system ]; then
    chmod -R a+rX "$APP_DIR"
fi
refresh_caches

echo "PeerDesk $("$APP_DIR/peerdesk" --version | sed 's/^PeerDesk //') is installed in $APP_DIR."
echo "Start it from your applications menu, or with: $BIN_DIR/peerdesk"
