"""A command run on a pseudo-terminal, as typed in a terminal: its prompts are answered there."""

from __future__ import annotations

import os
import select
import subprocess
from pathlib import Path

PROMPT = b"Lock passphrase: "


def read_until(fd: int, marker: bytes) -> bytes:
    """What the terminal ``fd`` shows until ``marker`` (or the command's end)."""
    seen = b""
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            raise AssertionError(f"no {marker!r} from the command; it said {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the command ended
            break
        if not chunk:
            break
        seen += chunk
    return seen


def answered_on_a_terminal(
    command: list[str], env: dict[str, str], answer: str, until: bytes, cwd: Path | None = None
) -> tuple[int, bytes]:
    """Run ``command`` with a pseudo-terminal as its controlling one, type ``answer`` at the
    passphrase prompt, and read until ``until``: the exit status and everything shown."""
    main_fd, sub_fd = os.openpty()
    process = subprocess.Popen(
        command,
        stdin=sub_fd,
        stdout=sub_fd,
        stderr=sub_fd,
        env=env,
        cwd=cwd,
        preexec_fn=lambda: os.login_tty(sub_fd),  # the terminal must be its controlling one
    )
    os.close(sub_fd)
    seen = b""
    try:
        seen += read_until(main_fd, PROMPT)
        os.write(main_fd, answer.encode() + b"\n")
        seen += read_until(main_fd, until)
        return process.wait(timeout=120), seen
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main_fd)
