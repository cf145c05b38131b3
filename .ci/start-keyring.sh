#!/usr/bin/env bash
# Start a throw-away GNOME Keyring (the freedesktop Secret Service) whose "login"
# collection exists, is the default collection and is unlocked, so that the
# Python `keyring` library's SecretService backend stores and reads passwords
# without any prompt.
#
# It must run inside a D-Bus session bus (DBUS_SESSION_BUS_ADDRESS set):
#
#   dbus-run-session -- bash .ci/start-keyring.sh CMD [ARG...]
#       starts the keyring, runs CMD, stops the keyring, deletes its files and
#       exits with CMD's exit status.
#
#   dbus-run-session -- bash -c '. .ci/start-keyring.sh && CMD; peerdesk_keyring_stop'
#       when sourced it starts the keyring and exports its environment; call
#       peerdesk_keyring_stop to kill the daemon and delete its files.
#
# HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR (mode
# 0700) point into a new `mktemp -d` directory, so a developer's real keyrings
# and configuration are never read or touched. uv's cache and its managed
# Pythons stay where they were (UV_CACHE_DIR / UV_PYTHON_INSTALL_DIR).
# Needs: gnome-keyring (gnome-keyring-daemon), dbus-bin (dbus-send).

_peerdesk_keyring_log() { printf 'start-keyring: %s\n' "$*" >&2; }

# Export the NAME=value lines that gnome-keyring-daemon prints (if any).
_peerdesk_keyring_export() {
    local line
    while IFS= read -r line; do
        if [[ "$line" =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]]; then
            export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
            _peerdesk_keyring_log "export ${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
        fi
    done <<<"$1"
}

# Print the PID of the process that owns bus name $1, or fail.
_peerdesk_keyring_owner_pid() {
    local reply
    reply=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        "string:$1" 2>/dev/null) || return 1
    reply=${reply##* }   # "   uint32 1234" -> "1234"
    [[ "$reply" =~ ^[0-9]+$ ]] || return 1
    printf '%s\n' "$reply"
}

peerdesk_keyring_start() {
    if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
        _peerdesk_keyring_log "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset); run me under dbus-run-session"
        return 1
    fi
    local tool
    for tool in gnome-keyring-daemon dbus-send mktemp; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            _peerdesk_keyring_log "$tool not found (apt-get install gnome-keyring dbus-bin)"
            return 1
        fi
    done
    if _peerdesk_keyring_owner_pid org.freedesktop.secrets >/dev/null; then
        _peerdesk_keyring_log "org.freedesktop.secrets is already owned on this bus; use a fresh dbus-run-session"
        return 1
    fi

    # uv locates its cache and managed Pythons through HOME/XDG_*: keep the real ones.
    export UV_CACHE_DIR="${UV_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/uv}"
    export UV_PYTHON_INSTALL_DIR="${UV_PYTHON_INSTALL_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/uv/python}"

    PEERDESK_KEYRING_TMP=$(mktemp -d "${TMPDIR:-/tmp}/peerdesk-keyring.XXXXXXXX") || return 1
    export PEERDESK_KEYRING_TMP
    export HOME="$PEERDESK_KEYRING_TMP/home"
    export XDG_DATA_HOME="$PEERDESK_KEYRING_TMP/data"
    export XDG_CONFIG_HOME="$PEERDESK_KEYRING_TMP/config"
    export XDG_CACHE_HOME="$PEERDESK_KEYRING_TMP/cache"
    export XDG_RUNTIME_DIR="$PEERDESK_KEYRING_TMP/runtime"
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" || return 1
    mkdir -m 0700 "$XDG_RUNTIME_DIR" || return 1
    # Nothing may steer keyring/gnome-keyring elsewhere.
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK PYTHON_KEYRING_BACKEND KEYRING_PROPERTY_PREFERRED_COLLECTION

    # A throw-away password; with --unlock, gnome-keyring creates the "login"
    # keyring with it (and makes it the default collection) and unlocks it.
    local pw out
    pw=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n') || return 1
    if ! out=$(printf '%s' "$pw" | gnome-keyring-daemon --unlock --components=secrets 2>"$PEERDESK_KEYRING_TMP/unlock.err"); then
        _peerdesk_keyring_log "gnome-keyring-daemon --unlock failed:"
        cat "$PEERDESK_KEYRING_TMP/unlock.err" >&2
        return 1
    fi
    _peerdesk_keyring_export "$out"

    # Wait until the daemon owns org.freedesktop.secrets; remember its PID.
    local i pid=""
    for ((i = 0; i < 100; i++)); do
        pid=$(_peerdesk_keyring_owner_pid org.freedesktop.secrets) && break
        pid=""
        sleep 0.1
    done
    if [[ -z "$pid" ]]; then
        _peerdesk_keyring_log "gnome-keyring-daemon did not take org.freedesktop.secrets within 10 s:"
        cat "$PEERDESK_KEYRING_TMP/unlock.err" >&2
        return 1
    fi
    export PEERDESK_KEYRING_PID="$pid"

    # Finish the daemon's initialisation (what a desktop session does after PAM).
    if ! out=$(gnome-keyring-daemon --start --components=secrets 2>"$PEERDESK_KEYRING_TMP/start.err"); then
        _peerdesk_keyring_log "gnome-keyring-daemon --start failed:"
        cat "$PEERDESK_KEYRING_TMP/start.err" >&2
        return 1
    fi
    _peerdesk_keyring_export "$out"
    if [[ -z "${GNOME_KEYRING_CONTROL:-}" && -S "$XDG_RUNTIME_DIR/keyring/control" ]]; then
        export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
    fi

    # The default collection must be the login keyring, and unlocked.
    local default_path locked
    default_path=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets \
        /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default 2>&1) || true
    default_path=$(printf '%s' "$default_path" | tr -d '[:space:]')
    if [[ "$default_path" != "/org/freedesktop/secrets/collection/login" ]]; then
        _peerdesk_keyring_log "default collection is '$default_path', expected the login collection"
        return 1
    fi
    locked=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets "$default_path" \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked 2>&1) || true
    if [[ "$locked" != *"boolean false"* ]]; then
        _peerdesk_keyring_log "login collection is not unlocked (Locked: $locked)"
        return 1
    fi
    _peerdesk_keyring_log "gnome-keyring-daemon (pid $pid) serves org.freedesktop.secrets; login collection is the default and unlocked; HOME=$HOME"
}

peerdesk_keyring_stop() {
    local pid="${PEERDESK_KEYRING_PID:-}" i state
    if [[ -n "$pid" && -r "/proc/$pid/comm" && "$(cat "/proc/$pid/comm" 2>/dev/null)" == gnome-keyring-d* ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 30; i++)); do
            # Gone, or a zombie waiting for a (possibly non-reaping) init.
            state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || break
            [[ -z "$state" || "$state" == Z ]] && break
            sleep 0.1
        done
        if [[ -n "${state:-}" && "$state" != Z ]] && [[ -d "/proc/$pid" ]]; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    unset PEERDESK_KEYRING_PID
    if [[ -n "${PEERDESK_KEYRING_TMP:-}" && -d "$PEERDESK_KEYRING_TMP" ]]; then
        rm -rf "$PEERDESK_KEYRING_TMP" 2>/dev/null || true
    fi
    unset PEERDESK_KEYRING_TMP
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    # Executed: start, run "$@", stop.
    set -euo pipefail
    if (($# == 0)); then
        echo "usage: dbus-run-session -- bash $0 CMD [ARG...]" >&2
        exit 2
    fi
    trap peerdesk_keyring_stop EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    peerdesk_keyring_start
    rc=0
    "$@" || rc=$?
    exit "$rc"
else
    # Sourced: start and leave the daemon running.
    peerdesk_keyring_start
fi
