#!/usr/bin/env python3
"""ui-pty.py KHABAR MODE: run the reader on a real pseudo-terminal as VTE and check
the bidi mode sequences: explicit mode (ESC[8l) on start, implicit (ESC[8h) again
on quit (MODE=quit) or after SIGTERM (MODE=term).  MODE=color and MODE=nocolor
check that the first screen sets colours (MODE=color256: the 256-colour shades) (SGR 30-37, 38;5, 40-47, 48;5) only
when NO_COLOR is not set.  Waits for output, never sleeps blindly; exits 0 when
the sequences are right."""
import os, pty, select, signal, sys

khabar, mode = sys.argv[1], sys.argv[2]
env = dict(os.environ, TERM="xterm-256color", VTE_VERSION="7000", COLUMNS="80", LINES="24")
env.pop("KHABAR_TEST_SCRIPT", None)
env.pop("TMUX", None)
env.pop("NO_COLOR", None)
if mode == "nocolor":
    env["NO_COLOR"] = "1"
pid, fd = pty.fork()
if pid == 0:
    os.execve(khabar, [khabar], env)

def read_until(needle, limit=20.0, quiet=None):
    """Read until needle has come (then, with quiet, until nothing more comes for that long)."""
    data = b""
    while needle not in data or quiet:
        r, _, _ = select.select([fd], [], [], limit if needle not in data else quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data

start = read_until(b"4 Source", quiet=0.3)  # the first full screen (the title bar, then the rest)
ok = start.startswith(b"\x1b[8l") and b"4 Source" in start
if mode == "color256":
    # The dates and the pane titles are grey 242, legible on light and dark backgrounds.
    ok = ok and b"38;5;242m" in start
    mode = "quit"
if mode in ("color", "nocolor"):
    import re
    # Colour parameters in any SGR sequence: 3x/4x (not 39/49, the defaults), 38;5 / 48;5.
    sgr = re.findall(rb"\x1b\[([0-9;]*)m", start)
    coloured = any(re.search(rb"(^|;)([34][0-8]|[34]8;5;[0-9]+)(;|$)", p) for p in sgr)
    ok = ok and coloured == (mode == "color")
    print("# %d SGR sequences, colours %s" % (len(sgr), "set" if coloured else "not set"))
    mode = "quit"
if mode == "tstp":
    # Ctrl-Z is a key in raw mode.  The reader gives the terminal back and
    # stops; a process group without a job-control shell (this one) is not
    # stopped by the kernel, so it comes straight back, as after fg.
    os.write(fd, b"\x1a")
    back = read_until(b"4 Source", quiet=0.3)
    i = back.find(b"\x1b[8h")
    ok = ok and i >= 0 and back.find(b"\x1b[8l", i) > i and b"4 Source" in back
    mode = "quit"
if mode == "quit":
    os.write(fd, b"q")
else:
    os.kill(pid, signal.SIGTERM)
rest = read_until(b"\x1b[8h")
_, status = os.waitpid(pid, 0)
ok = ok and b"\x1b[8h" in rest
if mode == "quit":
    ok = ok and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
else:
    ok = ok and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
print("# start %r... end %r" % (start[:24], rest[-40:]))
sys.exit(0 if ok else 1)
