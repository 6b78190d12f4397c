"""Names the functions a callgrind profile of a stripped binary ran, from
the linker's map of the same build: scripts/startup-order runs it.

Usage: startup_order.py MAP CALLGRIND_OUT BINARY > list
Prints each function's symbol once, in the order of its first call.
"""

import bisect
import re
import sys


def text_symbols(map_path):
    """The start address and name of each symbol in the map's `.text`."""
    symbols = []
    in_text = False
    for line in open(map_path, encoding="utf-8", errors="replace"):
        cols = line.split()
        if len(cols) != 5 or not re.fullmatch(r"[0-9a-f]+", cols[0]):
            continue
        name = cols[4]
        if name.startswith("."):
            in_text = name == ".text"
        elif in_text and ":(" not in name:
            symbols.append((int(cols[0], 16), name))
    symbols.sort()
    return symbols


def called(calls_path, binary):
    """The addresses callgrind names in `binary`, in first-call order."""
    objects = {}
    ob = cob = None
    seen = []
    for line in open(calls_path, encoding="utf-8", errors="replace"):
        m = re.match(r"(c?ob)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if m:
            if m.group(3):
                objects[m.group(2)] = m.group(3)
            if m.group(1) == "ob":
                ob = cob = objects.get(m.group(2))
            else:
                cob = objects.get(m.group(2))
            continue
        m = re.match(r"(c?fn)=\((\d+)\) (0x[0-9a-f]+)$", line.rstrip("\n"))
        if m:
            where = ob if m.group(1) == "fn" else cob
            if where is not None and where.endswith(binary):
                seen.append(int(m.group(3), 16))
        if line.startswith(("fn=", "calls=")):
            cob = ob
    return seen


def main():
    map_path, calls_path, binary = sys.argv[1:4]
    symbols = text_symbols(map_path)
    starts = [s for s, _ in symbols]
    printed = set()
    for address in called(calls_path, binary):
        i = bisect.bisect_right(starts, address) - 1
        if i < 0:
            continue
        name = symbols[i][1]
        if name not in printed:
            printed.add(name)
            print(name)


main()
