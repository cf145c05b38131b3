"""Build PeerDesk's one-folder bundle for this platform, then smoke-test the built program.

    uv run --group packaging python packaging/build.py        # build + checks (+ tarball on Linux)
    uv run --group packaging python packaging/build.py --skip-build   # check an existing bundle

Steps, each timed:
1. PyInstaller with ``packaging/peerdesk.spec`` into ``dist/`` (work files in ``build/``);
2. ``peerdesk --version`` must print ``PeerDesk <version>`` and nothing on standard error;
3. ``peerdesk --smoke-test`` (see ``ui/smoke.py``) with a private home and temp folder: it must
   exit 0, end with "smoke test passed", print nothing on standard error and leave nothing in the
   temp folder. On Linux without a D-Bus session it runs inside a throw-away one with an unlocked
   GNOME Keyring (``.ci/start-keyring.sh``), because the smoke test wants a usable keyring;
4. ``peerdesk --demo --exit-when-ready`` offscreen: the window really opens;
5. Linux: the unpacked bundle must stay under 150 MB; then the tarball
   ``dist/peerdesk-<version>-linux-x86_64.tar.gz`` with an install script and desktop files.

Exit status 0 when everything passed, 1 otherwise (the failing step is named on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "peerdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.peerdesk.PeerDesk"
SIZE_LIMIT = 150_000_000  # bytes, unpacked Linux bundle
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
STEP_TIMEOUT = 600  # seconds for any one run of the built program


class BuildFailed(Exception):
    pass


def version() -> str:
    text = (ROOT / "peerdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise BuildFailed("peerdesk/__init__.py has no __version__")
    return found.group(1)


def bundle_dir() -> Path:
    return DIST / "peerdesk"


def executable() -> Path:
    """The program the checks run: the console one on Windows, the one inside the .app on macOS."""
    if sys.platform == "win32":
        return bundle_dir() / "peerdesk-cli.exe"
    if sys.platform == "darwin":
        return DIST / "PeerDesk.app" / "Contents" / "MacOS" / "peerdesk"
    return bundle_dir() / "peerdesk"


def tree_size(path: Path) -> int:
    """Bytes of every file under ``path``, as unpacked on disk (symlinks counted once)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


# --- steps --------------------------------------------------------------------------------------


def run_pyinstaller(clean: bool) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildFailed(
            "PyInstaller is not installed: run `uv run --group packaging python "
            "packaging/build.py` (or `uv run --with pyinstaller ...`)"
        )
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN",
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise BuildFailed("PyInstaller failed (see its output above)")
    if not executable().is_file():
        raise BuildFailed(f"PyInstaller made no {executable()}")


def private_env(base: Path) -> dict[str, str]:
    """An environment whose home, XDG folders and temp folder are all inside ``base``."""
    env = dict(os.environ)
    for name in ("home", "data", "config", "cache", "state", "runtime", "tmp"):
        (base / name).mkdir(mode=0o700)
    env.update(
        HOME=str(base / "home"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_CACHE_HOME=str(base / "cache"),
        XDG_STATE_HOME=str(base / "state"),
        XDG_RUNTIME_DIR=str(base / "runtime"),
        TMPDIR=str(base / "tmp"),
        TEMP=str(base / "tmp"),
        TMP=str(base / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the bundle must stand alone
        env.pop(name, None)
    return env


def needs_keyring_session(env: dict[str, str], wanted: bool) -> bool:
    return wanted and sys.platform.startswith("linux") and not env.get("DBUS_SESSION_BUS_ADDRESS")


def run_program(
    args: Sequence[str], env: dict[str, str], *, keyring_session: bool, stderr_file: Path
) -> tuple[int, str, str]:
    """Run the built program; return its exit status, stdout and its own stderr."""
    command = [str(executable()), *args]
    if keyring_session:
        for tool in ("dbus-run-session", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                raise BuildFailed(
                    f"{tool} not found: the smoke test needs a keyring (apt-get install dbus "
                    "gnome-keyring), or run the build inside a desktop session"
                )
        # The private session's own messages go to our stderr; the program's go to a file.
        command = [
            "dbus-run-session", "--", "bash", str(ROOT / ".ci" / "start-keyring.sh"),
            "bash", "-c", 'err=$1; shift; exec "$@" 2>"$err"', "-", str(stderr_file), *command,
        ]  # fmt: skip
        done = subprocess.run(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=None,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        err = stderr_file.read_text(errors="replace") if stderr_file.exists() else ""
        return done.returncode, done.stdout, err
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False
    )
    return done.returncode, done.stdout, done.stderr


def check_version(expected: str) -> None:
    with tempfile.TemporaryDirectory(prefix="peerdesk-build-") as tmp:
        env = private_env(Path(tmp))
        code, out, err = run_program(
            ["--version"], env, keyring_session=False, stderr_file=Path(tmp) / "err"
        )
    if code != 0 or out.strip() != f"PeerDesk {expected}" or err:
        raise BuildFailed(f"--version: exit {code}, stdout {out!r}, stderr {err!r}")
    say(f"--version: {out.strip()}")


def check_smoke(keyring_session_wanted: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="peerdesk-build-") as tmp:
        base = Path(tmp)
        env = private_env(base)
        session = needs_keyring_session(env, keyring_session_wanted)
        if session:
            say("no D-Bus session here: the smoke test runs in a private one with GNOME Keyring")
        code, out, err = run_program(
            ["--smoke-test"], env, keyring_session=session, stderr_file=base / "smoke.err"
        )
        sys.stdout.write(out)
        leftovers = sorted(p.name for p in (base / "tmp").iterdir())
    if err:
        sys.stderr.write(err)
        raise BuildFailed("--smoke-test printed on standard error (shown above)")
    if code != 0:
        raise BuildFailed(f"--smoke-test exited with status {code}")
    if not out.rstrip().splitlines() or not out.rstrip().splitlines()[-1].startswith(
        "smoke test passed"
    ):
        raise BuildFailed("--smoke-test did not report that it passed")
    if leftovers:
        raise BuildFailed(f"--smoke-test left files in the temp folder: {leftovers}")


def check_demo_launch() -> None:
    with tempfile.TemporaryDirectory(prefix="peerdesk-build-") as tmp:
        base = Path(tmp)
        env = private_env(base)
        code, _out, err = run_program(
            ["--demo", "--demo-sessions", "200", "--exit-when-ready"],
            env,
            keyring_session=False,
            stderr_file=base / "err",
        )
        leftovers = sorted(p.name for p in (base / "tmp").iterdir())
    if code != 0 or "journal unlocked" not in err:
        sys.stderr.write(err)
        raise BuildFailed(f"--demo --exit-when-ready: exit {code}; the window did not open")
    if "Traceback" in err:
        sys.stderr.write(err)
        raise BuildFailed("--demo printed a traceback")
    if leftovers:
        raise BuildFailed(f"--demo left files in the temp folder: {leftovers}")
    say("--demo opened its window offscreen and cleaned up after itself")


def check_size() -> int:
    size = tree_size(bundle_dir())
    say(f"bundle size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB) unpacked in {bundle_dir()}")
    if sys.platform.startswith("linux") and size >= SIZE_LIMIT:
        raise BuildFailed(f"the bundle is {size / 1e6:.1f} MB, over {SIZE_LIMIT / 1e6:.0f} MB")
    return size


def make_tarball(ver: str) -> Path:
    """dist/peerdesk-<ver>-linux-<arch>.tar.gz: the bundle, install.sh and the desktop files."""
    arch = platform.machine() or "x86_64"
    top = f"peerdesk-{ver}-linux-{arch}"
    target = DIST / f"{top}.tar.gz"
    icons = ROOT / "assets" / "icons"
    linux = PACKAGING / "linux"
    extra: list[tuple[Path, str]] = [
        (linux / "install.sh", "install.sh"),
        (linux / "INSTALL.md", "INSTALL.md"),
        (PACKAGING / "RELEASE_NOTES.md", "RELEASE_NOTES.md"),
        (linux / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
        (icons / "peerdesk.svg", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
    ]
    extra += [
        (icons / "png" / f"peerdesk-{n}.png", f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png")
        for n in ICON_SIZES
    ]
    extra += [(ROOT / name, name) for name in ("LICENSE", "COPYING") if (ROOT / name).is_file()]
    missing = [str(source.relative_to(ROOT)) for source, _name in extra if not source.is_file()]
    if missing:
        raise BuildFailed(f"files for the tarball are missing: {', '.join(missing)}")

    def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = target.with_suffix(".partial")
    try:
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            for path in sorted(bundle_dir().iterdir()):
                tar.add(path, arcname=f"{top}/{path.name}", filter=owned_by_nobody)
            for source, name in extra:
                tar.add(source, arcname=f"{top}/{name}", filter=owned_by_nobody)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    digest = hashlib.sha256()
    with target.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    checksum = target.with_name(target.name + ".sha256")
    checksum.write_text(f"{digest.hexdigest()}  {target.name}\n", encoding="utf-8")
    say(f"tarball: {target.relative_to(ROOT)} ({target.stat().st_size / 1e6:.1f} MB)")
    say(f"checksum: {checksum.relative_to(ROOT)} (check with: sha256sum -c {checksum.name})")
    return target


# --- main ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="check the bundle in dist/")
    parser.add_argument("--clean", action="store_true", help="ask PyInstaller for a clean build")
    parser.add_argument("--no-tarball", action="store_true", help="do not make the tarball")
    parser.add_argument(
        "--no-keyring-session",
        action="store_true",
        help="never start a private D-Bus session and keyring for the smoke test",
    )
    args = parser.parse_args(argv)
    ver = version()
    timings: list[tuple[str, float]] = []

    def timed(name: str, step: object, *step_args: object) -> object:
        say(f"== {name}")
        started = time.monotonic()
        result = step(*step_args)  # type: ignore[operator]
        timings.append((name, time.monotonic() - started))
        return result

    try:
        if not args.skip_build:
            timed("PyInstaller", run_pyinstaller, args.clean)
        elif not executable().is_file():
            raise BuildFailed(f"--skip-build, but there is no {executable()}")
        timed("--version", check_version, ver)
        timed("--smoke-test", check_smoke, not args.no_keyring_session)
        timed("--demo launch", check_demo_launch)
        timed("size", check_size)
        if sys.platform.startswith("linux") and not args.no_tarball:
            timed("tarball", make_tarball, ver)
    except BuildFailed as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    except subprocess.TimeoutExpired as exc:
        print(f"build: FAILED: {exc.cmd[0]} did not finish in time", file=sys.stderr, flush=True)
        return 1
    for name, seconds in timings:
        say(f"{name:<16}{seconds:7.1f} s")
    say(f"PeerDesk {ver} bundle for {sys.platform} built and checked: {bundle_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
