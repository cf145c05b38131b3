"""Stale demo folders: only PeerDesk demo folders of this user whose process is gone go away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peerdesk.demo import DEMO_PREFIX, OWNER_FILE, make_demo_folder, remove_stale_demo_folders


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return int(child.stdout)


def test_a_demo_folder_is_private_and_names_its_process(tmp_path: Path) -> None:
    folder = make_demo_folder(tmp_path)
    assert folder.name.startswith(DEMO_PREFIX)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / OWNER_FILE).read_text().split()[0] == str(os.getpid())
    assert remove_stale_demo_folders(tmp_path) == []  # this process is alive: kept
    assert folder.is_dir()


def test_only_stale_demo_folders_of_this_user_are_removed(tmp_path: Path) -> None:
    dead = str(_dead_pid())
    stale = tmp_path / f"{DEMO_PREFIX}stale"
    (stale / "journal").mkdir(parents=True)
    (stale / OWNER_FILE).write_text(f"{dead} 1\n")
    (stale / "journal" / "journal.db").write_bytes(b"x" * 10)
    reused = tmp_path / f"{DEMO_PREFIX}reused"  # the pid lives, but it is another process now
    reused.mkdir()
    (reused / OWNER_FILE).write_text(f"{os.getpid()} 1\n")
    unmarked = tmp_path / f"{DEMO_PREFIX}unmarked"  # not made by make_demo_folder
    unmarked.mkdir()
    foreign = tmp_path / f"{DEMO_PREFIX}foreign"  # another user's
    foreign.mkdir()
    (foreign / OWNER_FILE).write_text(f"{dead} 1\n")
    os.chown(foreign, 54321, 54321)
    target = tmp_path / "not-a-demo"
    target.mkdir()
    (target / OWNER_FILE).write_text(f"{dead} 1\n")
    link = tmp_path / f"{DEMO_PREFIX}link"  # a link to a folder that looks stale
    link.symlink_to(target)
    other_name = tmp_path / "something-else"
    other_name.mkdir()
    (other_name / OWNER_FILE).write_text(f"{dead} 1\n")

    removed = remove_stale_demo_folders(tmp_path)

    assert sorted(p.name for p in removed) == sorted([stale.name, reused.name])
    assert not stale.exists() and not reused.exists()
    for kept in (unmarked, foreign, target, link, other_name):
        assert kept.exists(), kept
    assert (target / OWNER_FILE).exists()


def test_a_killed_demo_not_yet_reaped_counts_as_gone(tmp_path: Path) -> None:
    """SIGKILL leaves a zombie until its parent waits for it (a launcher may never do): the
    process is dead, so its folder goes at the next start."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from peerdesk.demo import make_demo_folder\n"
        "print(make_demo_folder(Path(sys.argv[1])), flush=True)\n"
        "sys.stdin.read()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    folder = Path(child.stdout.readline().strip())
    child.kill()
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # dead, still a zombie
    try:
        assert Path(f"/proc/{child.pid}").exists()
        assert remove_stale_demo_folders(tmp_path) == [folder]
        assert not folder.exists()
    finally:
        child.wait()
        assert child.stdin is not None
        child.stdin.close()
        child.stdout.close()
