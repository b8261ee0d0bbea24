"""Delivery under failure, measured with the real bot process against the local Bot API emulator.

    python scripts/delivery_probe.py crash --mode polling     # SIGKILL during a burst, restart
    python scripts/delivery_probe.py crash --mode webhook
    python scripts/delivery_probe.py pause --mode polling     # a 429 with retry_after 5

`crash`: 150 updates (one chat each) arrive together; the bot is killed (SIGKILL) once 30 replies
were sent and started again; prints the updates never answered (lost) and those answered twice
(duplicated). `pause`: 60 ordinary replies are waiting when Telegram answers 429 with
retry_after 5, and an emergency arrives 1.5 s into the pause; prints how many replies were sent
inside the pause and where the emergency's reply came after it. `--bot-dir` runs another checkout
of the bot (e.g. an older commit) against the same emulator. Loopback only; bounded in time.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.delivery_harness import crash_run, pause_run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("probe", choices=["crash", "pause"])
    parser.add_argument("--mode", choices=["polling", "webhook"], default="polling")
    parser.add_argument("--updates", type=int, default=150, help="crash: updates in the burst")
    parser.add_argument("--kill-after", type=int, default=30, help="crash: replies sent before the kill")
    parser.add_argument("--waiting", type=int, default=60, help="pause: ordinary replies waiting")
    parser.add_argument("--retry-after", type=int, default=5, help="pause: Telegram's retry_after")
    parser.add_argument("--bot-dir", type=Path, default=ROOT, help="the checkout of the bot to run")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as work:
            if args.probe == "crash":
                r = crash_run(Path(work), args.mode, args.updates, args.kill_after, args.bot_dir)
                done = f"{r.seconds_to_all:.1f} s" if r.seconds_to_all is not None else "never"
                print(f"crash {r.mode:8} updates {r.updates}  replies before the kill {r.replies_before_kill:3}  "
                      f"lost {r.lost:3}  duplicated {r.duplicated:3}  all answered after {done}  "
                      f"exit code after SIGTERM {r.exit_code}")
            else:
                p = pause_run(Path(work), args.mode, args.waiting, args.retry_after, args.bot_dir)
                after = (f"{p.emergency_seconds_after_pause:.2f} s" if p.emergency_seconds_after_pause is not None
                         else "never")
                print(f"pause {p.mode:8} waiting {p.waiting}  retry_after {p.retry_after} s  "
                      f"sent inside the pause {p.inside_pause} ({p.inside_after(0.3)} after its first 0.3 s, "
                      f"{p.inside_after(2.0)} after 2 s)  "
                      f"answered {p.answered} of {p.waiting + 1}  emergency reply: #{p.emergency_position} "
                      f"after the pause, {after} after it ended")
    return 0


if __name__ == "__main__":
    sys.exit(main())
