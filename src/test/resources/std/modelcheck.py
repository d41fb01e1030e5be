#!/usr/bin/env python3
"""modelcheck.py - compile rustmem's bundled std model with rustc itself and compare.

The four bundled crates (core.rs, alloc.rs, std.rs, hashbrown.rs) become modules of one
#![no_core] crate (paths rewritten: `crate::x` -> `crate::<krate>::x`, `std::x` ->
`crate::std::x`, ...), every type of types.txt gets a #[rustc_layout(debug)] alias, and
layout_dump.py condenses rustc's layouts of the MODEL. On x86_64 they are compared with the
layouts of the REAL std recorded in facts-x86_64.txt (size, align, field offsets, largest niche,
variants); on other targets (no real std installed there) the model's layouts are printed, as
the expected values for rustmem's own engine on that target.

usage: modelcheck.py [--target TRIPLE] [--dump LAYOUT_DUMP] [--keep FILE.rs]
exit status 1 when a type differs (x86_64) or rustc rejects the model.
"""
import argparse, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
STD_DIR = os.path.join(HERE, '..', '..', '..', 'main', 'resources', 'dev', 'rustmem', 'std')
CRATES = ['core', 'alloc', 'std', 'hashbrown']

PRELUDE = """#![feature(no_core, lang_items, rustc_attrs, never_type, auto_traits, negative_impls,
    transparent_unions)]
#![no_core]
#![allow(dead_code, internal_features, unused, non_camel_case_types, improper_ctypes_definitions)]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[lang = "neg"] pub trait Neg { type Output; fn neg(self) -> Self::Output; }
impl Neg for i8 { type Output = i8; fn neg(self) -> i8 { loop {} } }
impl Neg for isize { type Output = isize; fn neg(self) -> isize { loop {} } }
impl Copy for () {}
"""

# Lang items that change layouts; the others only matter to a real compiler's type checker.
KEEP_LANG = {'unsafe_cell', 'phantom_data'}
AUTO_TRAITS = {'Send', 'Sync', 'Unpin'}


def rewrite(krate, text):
    out = []
    for line in text.split('\n'):
        s = line.strip()
        if s.startswith('//!'):
            line = line.replace('//!', '//', 1)
        m = re.match(r'\s*#\[lang = "([a-z_A-Z]+)"\]', line)
        if m and m.group(1) not in KEEP_LANG:
            continue
        m = re.match(r'(\s*)pub trait (\w+)\b', line)
        sized = m and m.group(2) == 'Sized'
        if m and m.group(2) in AUTO_TRAITS:
            line = line.replace('pub trait', 'pub auto trait', 1)
        line = re.sub(r'(?<![\w:])crate::', 'crate::%s::' % krate, line)
        line = re.sub(r'(?<![\w:])(std|core|alloc|hashbrown)::', r'crate::\1::', line)
        line = re.sub(r'\?Sized\b', '?crate::Sized', line)
        if sized:
            line = m.group(1) + 'pub use crate::Sized;'
        out.append(line)
    return 'pub mod %s {\n%s\n}\n' % (krate, '\n'.join(out))


def types():
    with open(os.path.join(HERE, 'types.txt')) as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith('#')]


def imports():
    lines = []
    with open(os.path.join(HERE, 'probe_prelude.rs')) as f:
        for l in f:
            if l.startswith('use '):
                lines.append(re.sub(r'^use (std)::', r'use crate::\1::', l.rstrip()))
    lines.append('use crate::std::prelude::rust_2024::*;')
    lines.append('pub trait Tr {}')
    # Bounds rustc checks (rustmem ignores trait bounds on ADT parameters).
    lines.append('impl crate::std::alloc::Allocator for crate::std::alloc::Global {}')
    lines.append('impl crate::std::alloc::Allocator for crate::std::alloc::System {}')
    lines.append('impl crate::std::clone::Clone for u8 {}')
    return '\n'.join(lines)


def facts():
    """type text -> layout JSON of the real std (facts-x86_64.txt)."""
    out, cur = {}, None
    with open(os.path.join(HERE, 'facts-x86_64.txt')) as f:
        for l in f:
            if l.startswith('### '):
                cur = l[4:].strip()
            elif l.startswith('layout ') and cur is not None:
                out[cur] = json.loads(l[7:])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--target', default='x86_64-unknown-linux-gnu')
    ap.add_argument('--dump', default='/work/shared/oracle/tools/layout_dump.py')
    ap.add_argument('--keep')
    a = ap.parse_args()
    src = PRELUDE
    for k in CRATES:
        with open(os.path.join(STD_DIR, k + '.rs')) as f:
            src += rewrite(k, f.read())
    src += imports() + '\n'
    tys = types()
    for i, t in enumerate(tys):
        # The model's Fn traits are plain traits: no parenthesized sugar for rustc here.
        src += '#[rustc_layout(debug)] type T%d = %s;\n' % (i, t.replace('dyn Fn()', 'dyn Tr'))
    d = tempfile.mkdtemp()
    p = a.keep or os.path.join(d, 'model.rs')
    with open(p, 'w') as f:
        f.write(src)
    cmd = [a.dump, p, '--target', a.target]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        sys.stderr.write(r.stderr[-6000:])
        return 1
    got = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    if len(got) != len(tys):
        sys.stderr.write('expected %d dumps, got %d\n%s' % (len(tys), len(got), r.stderr[-3000:]))
        return 1
    if not a.target.startswith('x86_64'):
        for t, g in zip(tys, got):
            print('%s\t%s' % (t, json.dumps(g['layout'], separators=(',', ':'), sort_keys=True)))
        return 0
    want = facts()
    bad = 0
    for t, g in zip(tys, got):
        w = want.get(t)
        if w is None:
            print('NO FACT  %s' % t)
            bad += 1
        elif w != g['layout']:
            bad += 1
            print('DIFF     %s\n  rustc: %s\n  model: %s' % (t, json.dumps(w, sort_keys=True),
                                                         json.dumps(g['layout'], sort_keys=True)))
    print('%d of %d std types match rustc' % (len(tys) - bad, len(tys)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
