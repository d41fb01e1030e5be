#!/usr/bin/env python3
"""modelcheck.py - compile rustmem's bundled std model with rustc itself and compare.

The four bundled crates (core.rs, alloc.rs, std.rs, hashbrown.rs) become modules of one
#![no_core] crate (paths rewritten: `crate::x` -> `crate::<krate>::x`, `std::x` ->
`crate::std::x`, ...), every type of types.txt gets a #[rustc_layout(debug)] alias, and
layout_dump.py condenses rustc's layouts of the MODEL. On x86_64 they are compared with the
layouts of the REAL std recorded in facts-x86_64.txt (size, align, field offsets, largest niche,
variants); on other targets (no real std installed there) the model's layouts are printed, as
the expected values for rustmem's own engine on that target.

With --pts, each type is instead probed with -Zprint-type-sizes (one compile per type, as
record.sh does for the real std) and the printed blocks are compared: inside the probe crate the
model's modules are named std, alloc, core and hashbrown, so rustc prints the same paths as for
the real std. Known differences are listed in KNOWN_PTS_DIFFS.

With --heap, the heap-side types of heap.txt are compared with heap-x86_64.txt the same way.

usage: modelcheck.py [--target TRIPLE] [--dump LAYOUT_DUMP] [--keep FILE.rs] [--pts | --heap]
exit status 1 when a type differs (x86_64) or rustc rejects the model.
"""
import argparse, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
STD_DIR = os.path.join(HERE, '..', '..', '..', 'main', 'resources', 'dev', 'rustmem', 'std')
CRATES = ['core', 'alloc', 'std', 'hashbrown']

PRELUDE = """#![feature(no_core, lang_items, rustc_attrs, never_type, auto_traits, negative_impls,
    transparent_unions, intrinsics)]
#![no_core]
#![allow(dead_code, internal_features, unused, non_camel_case_types, improper_ctypes_definitions)]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
#[lang = "neg"] pub trait Neg { type Output; fn neg(self) -> Self::Output; }
impl Neg for i8 { type Output = i8; fn neg(self) -> i8 { loop {} } }
impl Neg for isize { type Output = isize; fn neg(self) -> isize { loop {} } }
#[rustc_intrinsic] pub const fn size_of<T>() -> usize;
"""

# Lang items that change layouts; the others only matter to a real compiler's type checker.
KEEP_LANG = {'unsafe_cell', 'phantom_data', 'manually_drop', 'dyn_metadata'}
AUTO_TRAITS = {'Send', 'Sync', 'Unpin'}


def rewrite(krate, text):
    out = []
    for line in text.split('\n'):
        s = line.strip()
        if s.startswith('//!'):
            line = line.replace('//!', '//', 1)
        m = re.match(r'(\s*)#\[rustc_intrinsic\]\s*pub (?:const )?(?:unsafe )?fn (\w+)', line)
        if m:
            # Free functions (their bodies live in the interpreter): keep the name for imports.
            out.append('%spub fn %s() { loop {} }' % (m.group(1), m.group(2)))
            continue

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


def heap_texts():
    out = []
    with open(os.path.join(HERE, 'heap.txt')) as f:
        for l in f:
            if l.strip() and not l.lstrip().startswith('#'):
                out.append(l.split(' ;; ')[1].strip())
    return out


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


def pts_blocks(text):
    """-Zprint-type-sizes output -> {type header: block text}."""
    blocks, cur = {}, None
    for l in text.splitlines():
        if l.startswith('print-type-size type:'):
            cur = l
            blocks[cur] = [l]
        elif l.startswith('print-type-size ') and cur is not None:
            blocks[cur].append(l)
        else:
            cur = None
    return {k: '\n'.join(v) for k, v in blocks.items()}


def facts_pts():
    """type text -> {header: block} of the real std."""
    out, cur, buf = {}, None, []
    with open(os.path.join(HERE, 'facts-x86_64.txt')) as f:
        for l in f:
            if l.startswith('### '):
                if cur is not None:
                    out[cur] = pts_blocks(''.join(buf))
                cur, buf = l[4:].strip(), []
            elif l.startswith('print-type-size'):
                buf.append(l)
    if cur is not None:
        out[cur] = pts_blocks(''.join(buf))
    return out


# Blocks the model prints differently on purpose (see the comments at the definitions).
KNOWN_PTS_DIFFS = [
    re.compile(r'core::num::niche_types::NonZero(U|I)(8|16|32|64|128|size)Inner'),
    re.compile(r'core::num::niche_types::NonZeroInner<'),
    re.compile(r'dyn (Tr\b|std::ops::Fn\(\))'),
    # pts mode compiles unions as structs (see pts_check); their blocks print differently.
    re.compile(r'`std::mem::MaybeUninit<|std::sync::lazy_lock::Data<|`std::sync::LazyLock<'),
    re.compile(r'`std::cell::UnsafeCell<(\(\)|std::mem::ManuallyDrop<.*)>`'),
    # Real core builds signed NonZero/NotAllOnes niches as pattern types whose const evaluation
    # computes these layouts too (panic machinery); they are not part of the type's closure.
    re.compile(r"`std::panic::Location<'_>`|`std::ptr::NonNull<str>`|`std::marker::PhantomData<&str>`|`std::option::Option<(i8|i16|i32|i64|isize)>`"),
    # The model's VTable is a plain struct, DynMetadata's closure prints differently.
    re.compile(r'`std::ptr::NonNull<std::ptr::metadata::VTable>`|`std::ptr::DynMetadata<'),
]


def unions_as_structs(src):
    """rustc rejects the model's unions in a #![no_core] crate (it does not accept our ManuallyDrop
    as the union-field exemption), which is fatal for --emit=obj. For the printing checks they
    become structs whose fields are wrapped in UnsafeCell: same size, and no niche, like a union."""
    def fix(m):
        body = re.sub(r'(\w+): ([^,]+),', r'\1: crate::std::cell::UnsafeCell<\2>,', m.group(2))
        return 'pub struct' + m.group(1) + body + '}'
    return re.sub(r'\bpub union\b([^{]*\{)([^}]*)\}', fix, src)


def pts_check(base_src, tys, target, jobs):
    import concurrent.futures
    d = tempfile.mkdtemp()
    base_src = unions_as_structs(base_src)

    def probe(i):
        t = tys[i].replace('dyn Fn()', 'dyn Tr') if i >= 0 else None
        p = os.path.join(d, 'p%d.rs' % i)
        with open(p, 'w') as f:
            # As record.sh does for the real std: only size_of, so only T's layout closure.
            f.write(base_src + ('pub fn __probe() -> usize { const S: usize = crate::size_of::<%s>(); S }\n' % t
                                if t else ''))
        r = subprocess.run(['rustc', '--crate-type', 'lib', '--edition', '2024', '--target', target,
                            '-Zprint-type-sizes', '--emit=obj', '-o', p + '.o', p],
                           capture_output=True, text=True, cwd=d, env=dict(os.environ, RUSTC_BOOTSTRAP='1'))
        return i, r
    want = facts_pts()
    # A lib crate prints every non-generic type it defines: those blocks are not the probe's.
    _, r = probe(-1)
    baseline = set(pts_blocks(r.stdout))
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for i, r in sorted(ex.map(probe, range(len(tys)))):
            t = tys[i]
            if r.returncode != 0:
                print('FAIL     %s\n%s' % (t, r.stderr[-2000:]))
                bad += 1
                continue
            got = pts_blocks(r.stdout)
            exp = want.get(t, {})
            known = lambda h: any(k.search(h) for k in KNOWN_PTS_DIFFS)
            missing = [h for h in exp if h not in got and not known(h)]
            extra = [h for h in got if h not in exp and h not in baseline and not known(h)]
            differ = [h for h in exp if h in got and got[h] != exp[h] and not known(h)]
            if missing or extra or differ:
                bad += 1
                print('DIFF     %s' % t)
                for h in missing:
                    print('  rustc only: ' + exp[h].replace('\n', '\n      '))
                for h in extra:
                    print('  model only: ' + got[h].replace('\n', '\n      '))
                for h in differ:
                    print('  rustc: ' + exp[h].replace('\n', '\n      '))
                    print('  model: ' + got[h].replace('\n', '\n      '))
    print('%d of %d std types print the same blocks as rustc' % (len(tys) - bad, len(tys)))
    return 1 if bad else 0


def heap_check(base_src, target, jobs):
    """heap.txt: the model's block for each heap-side type against heap-x86_64.txt."""
    import concurrent.futures
    lines = []
    with open(os.path.join(HERE, 'heap.txt')) as f:
        for l in f:
            if l.strip() and not l.lstrip().startswith('#'):
                name, text, _ = [x.strip() for x in l.split(' ;; ')]
                lines.append((name, text))
    want, cur = {}, None
    with open(os.path.join(HERE, 'heap-x86_64.txt')) as f:
        for l in f:
            if l.startswith('### '):
                cur = l[4:].strip()
                want[cur] = ''
            elif l.startswith('print-type-size') and cur is not None:
                want[cur] += l
    d = tempfile.mkdtemp()
    src = unions_as_structs(base_src)

    def probe(i):
        p = os.path.join(d, 'h%d.rs' % i)
        with open(p, 'w') as f:
            f.write(src + 'pub fn __probe() -> usize { const S: usize = crate::size_of::<%s>(); S }\n' % lines[i][1])
        r = subprocess.run(['rustc', '--crate-type', 'lib', '--edition', '2024', '--target', target,
                            '-Zprint-type-sizes', '--emit=obj', '-o', p + '.o', p],
                           capture_output=True, text=True, cwd=d, env=dict(os.environ, RUSTC_BOOTSTRAP='1'))
        return i, r
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for i, r in sorted(ex.map(probe, range(len(lines)))):
            name = lines[i][0]
            got = pts_blocks(r.stdout)
            header = [h for h in got if h.startswith('print-type-size type: `%s`: ' % name)]
            mine = got[header[0]] + '\n' if header else None
            if r.returncode != 0 or mine != want.get(name):
                bad += 1
                print('DIFF     %s\n  rustc: %s\n  model: %s' % (name, want.get(name), mine or r.stderr[-1500:]))
    print('%d of %d heap-side types print the same block as rustc' % (len(lines) - bad, len(lines)))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--target', default='x86_64-unknown-linux-gnu')
    ap.add_argument('--dump', default='src/test/resources/oracle/layout_dump.py')
    ap.add_argument('--keep')
    ap.add_argument('--pts', action='store_true')
    ap.add_argument('--heap', action='store_true')
    ap.add_argument('--jobs', type=int, default=2)
    a = ap.parse_args()
    src = PRELUDE
    for k in CRATES:
        with open(os.path.join(STD_DIR, k + '.rs')) as f:
            src += rewrite(k, f.read())
    src += imports() + '\n'
    tys = types()
    if not a.target.startswith('x86_64') and not a.pts and not a.heap:
        tys += heap_texts()  # no facts for them on x86_64, but the model's layouts elsewhere
    if a.pts:
        return pts_check(src, tys, a.target, a.jobs)
    if a.heap:
        return heap_check(src, a.target, a.jobs)
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
