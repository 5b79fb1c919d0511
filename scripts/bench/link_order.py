#!/usr/bin/env python3
"""The function order checkout-tui is linked in (linker/checkout-tui.order), and how much of it a binary still has.

Usage:
  link_order.py functions BINARY CALLGRIND_OUT...   the binary's functions the runs executed, first run first, each
                                                    in the order it was first seen; one name a line
  link_order.py coverage ORDER_FILE BINARY          "FOUND TOTAL": how many of the file's names the binary defines

Callgrind (valgrind --tool=callgrind --demangle=no) names each function once per object as `fn=(id) name`, then
by id; a recursion level shows as a 'N suffix. Its own names, "(below main)" and the unresolved 0x..., are not symbols
and are left out.
"""
import os
import re
import subprocess
import sys

DEFINITION = re.compile(r"^(c?ob|c?fn)=\((\d+)\)(?: (.*))?$")


def executed(binary, path):
    """The binary's functions in one callgrind output, in the order the output first names them."""
    objects, functions, current, names = {}, {}, None, []
    with open(path, errors="replace") as lines:
        for line in lines:
            match = DEFINITION.match(line.rstrip("\n"))
            if not match:
                continue
            kind, ident, text = match.groups()
            table = objects if kind.endswith("ob") else functions
            if text is not None:
                table[ident] = text
            if kind == "ob":
                current = objects[ident]
            elif kind == "fn" and current is not None and current.endswith("/" + os.path.basename(binary)):
                names.append(re.sub(r"'\d+$", "", functions[ident]))
    return names


def functions(binary, outputs):
    seen = set()
    for path in outputs:
        for name in executed(binary, path):
            if name not in seen and not name.startswith(("0x", "(")):
                seen.add(name)
                print(name)


def coverage(order_file, binary):
    wanted = [line.strip() for line in open(order_file) if line.strip()]
    symbols = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    defined = {line.split()[-1] for line in symbols.splitlines() if len(line.split()) >= 3}
    print(sum(name in defined for name in wanted), len(wanted))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "functions":
        functions(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "coverage":
        coverage(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
