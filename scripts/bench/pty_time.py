#!/usr/bin/env python3
"""Runs a command inside a pseudo-terminal, as a user's terminal would, and times it from exec to exit.

Usage: pty_time.py [--runs N] [--warmup N] [--cols C] [--rows R] [--send TEXT ...] [--send-delay S]
                   [--timeout S] -- command args...

Each --send is typed into the terminal (backslash escapes such as \\r, \\t and \\x1b[B are decoded) --send-delay
seconds after the previous one. The pty's output is read and discarded as it comes, so a full pty buffer never
stalls the program. Prints one JSON object: each run's wall time in ms, the median and the exit codes. (For peak
RSS wrap the command in scripts/bench/peak-rss.c: Linux carries peak RSS across exec, so this harness's own
size would show in the child's.)
"""
import argparse
import codecs
import fcntl
import json
import os
import select
import signal
import statistics
import struct
import sys
import termios
import time


def spawn(argv, args, env):
    """posix_spawn with the pty's slave as stdin, stdout, stderr and controlling terminal; cheaper to start
    than fork, so less of the harness is in the time."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
    name = os.ttyname(slave)
    actions = [
        (os.POSIX_SPAWN_CLOSE, master),
        (os.POSIX_SPAWN_CLOSE, slave),
        (os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0),
        (os.POSIX_SPAWN_DUP2, 0, 1),
        (os.POSIX_SPAWN_DUP2, 0, 2),
    ]
    pid = os.posix_spawnp(argv[0], argv, env, file_actions=actions, setsid=True)
    os.close(slave)
    return pid, master


def run_once(argv, args, env, sends):
    # The clock starts before the spawn: a short program may finish before posix_spawn returns.
    start = time.perf_counter()
    pid, fd = spawn(argv, args, env)
    pending = list(sends)
    next_send = start + args.send_delay
    result = None
    while result is None:
        now = time.perf_counter()
        if now - start > args.timeout:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            result = (status, True)
            break
        if pending and now >= next_send:
            os.write(fd, pending.pop(0))
            next_send = now + args.send_delay
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            result = (status, False)
    elapsed = (time.perf_counter() - start) * 1000
    os.close(fd)
    status, killed = result
    return elapsed, (-9 if killed else os.waitstatus_to_exitcode(status))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24)
    parser.add_argument("--send", action="append", default=[])
    parser.add_argument("--send-delay", type=float, default=0.2)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    argv = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not argv:
        parser.error("no command given")
    sends = [codecs.decode(text, "unicode_escape").encode("utf-8") for text in args.send]
    env = dict(os.environ, TERM=os.environ.get("TERM") or "xterm-256color")
    for _ in range(args.warmup):
        run_once(argv, args, env, sends)
    times, codes = [], []
    for _ in range(args.runs):
        elapsed, code = run_once(argv, args, env, sends)
        times.append(round(elapsed, 3))
        codes.append(code)
    print(json.dumps({"runs_ms": times, "median_ms": round(statistics.median(times), 3), "exit_codes": codes}))
    return 0 if all(code == 0 for code in codes) else 1


if __name__ == "__main__":
    sys.exit(main())
