#!/usr/bin/env python3
"""What the app's wasm is made of, in brotli bytes (the README's "Where the remaining ... goes").

Usage, after `cargo xtask dist` (needs `pip install brotli`, and wasm-bindgen and wasm-opt as
`cargo xtask setup` installs them):

    wasm-bindgen --target web --keep-debug --out-dir target/parts \
        target/wasm32-unknown-unknown/release/stance-atlas.wasm
    .tools/binaryen/node_modules/.bin/wasm-opt -Oz -g --enable-bulk-memory \
        --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
        --enable-multivalue target/parts/stance-atlas_bg.wasm -o target/parts/named.wasm
    python3 tools/wasm_parts.py dist/stance-atlas-*_bg.wasm target/parts/named.wasm

The first file (the shipped wasm) gives each section's brotli size. The second (the same code,
optimised alike but keeping function names) gives, for each part of the code, its marginal cost:
the brotli size of the code section minus that of the code section without the part's functions.
"""
import collections
import re
import sys

import brotli


def leb(b, i):
    value = shift = 0
    while True:
        byte = b[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def name(b, i):
    n, i = leb(b, i)
    return b[i:i + n].decode("utf8", "replace"), i + n


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        yield sid, b[i:i + n]
        i += n


def functions(b):
    """(name, body) of every defined function."""
    imported, bodies, names = 0, [], {}
    for sid, body in sections(b):
        if sid == 2:  # imports: count the functions among them
            count, j = leb(body, 0)
            for _ in range(count):
                _, j = name(body, j)
                _, j = name(body, j)
                kind = body[j]
                j += 1
                if kind == 0:
                    _, j = leb(body, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(body, j)
                    _, j = leb(body, j)
                    if flags & 1:
                        _, j = leb(body, j)
                elif kind == 2:
                    flags, j = leb(body, j)
                    _, j = leb(body, j)
                    if flags & 1:
                        _, j = leb(body, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            count, j = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, j)
                bodies.append(body[j:j + size])
                j += size
        elif sid == 0:
            custom, j = name(body, 0)
            if custom == "name":
                while j < len(body):
                    sub = body[j]
                    size, j = leb(body, j + 1)
                    end = j + size
                    if sub == 1:
                        count, k = leb(body, j)
                        for _ in range(count):
                            index, k = leb(body, k)
                            names[index], k = name(body, k)
                    j = end
    return [(names.get(imported + k, "?"), body) for k, body in enumerate(bodies)]


def part(fn):
    fn = re.sub(r"::h[0-9a-f]{16}", "", fn)
    for pattern, label in [
        (r"stance_atlas::components::([a-z_]+)", "component {}"),
        (r"atlas_core::([a-z_]+)", "atlas_core::{}"),
        (r"stance_atlas::([a-z_]+)", "app {}"),
    ]:
        m = re.search(pattern, fn)
        if m:
            return label.format(m.group(1))
    if "CompStateInner" in fn:
        return "yew: the components' views"
    m = re.match(r"<?(?:&(?:mut )?)?([a-z_0-9]+)", fn)
    return m.group(1) if m else "other"


def main():
    shipped, named = (open(path, "rb").read() for path in sys.argv[1:3])
    kinds = {1: "types", 2: "imports", 10: "code", 11: "data"}
    print(f"{'section':<34} {'bytes':>9} {'brotli':>9}")
    for sid, body in sections(shipped):
        print(f"{kinds.get(sid, f'section {sid}'):<34} {len(body):>9} {len(brotli.compress(body)):>9}")
    groups = collections.defaultdict(list)
    for fn, body in functions(named):
        groups[part(fn)].append(body)
    total = len(brotli.compress(b"".join(b for bodies in groups.values() for b in bodies)))
    rows = []
    for label, bodies in groups.items():
        raw = sum(map(len, bodies))
        if raw >= 3000:
            rest = b"".join(b for other, bs in groups.items() if other != label for b in bs)
            rows.append((total - len(brotli.compress(rest)), raw, label))
    print(f"\n{'part of the code':<34} {'bytes':>9} {'marginal brotli':>16}")
    for marginal, raw, label in sorted(rows, reverse=True):
        print(f"{label:<34} {raw:>9} {marginal:>16}")


if __name__ == "__main__":
    main()
