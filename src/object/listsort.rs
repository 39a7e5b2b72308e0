//! `list.sort`'s timsort, as CPython 3.11's `Objects/listobject.c` (`list_sort_impl`, described
//! in `Objects/listsort.txt`) runs it: `count_run` (strictly descending runs reversed in place),
//! `merge_compute_minrun`, `binarysort` to extend short runs, the run stack merged by the
//! powersort policy (`found_new_run`/`powerloop`), `merge_lo`/`merge_hi` with galloping
//! (`gallop_left`/`gallop_right`, `min_gallop` adaptation around `MIN_GALLOP`) and
//! `merge_force_collapse`; plus the pre-sort type check choosing the key compare
//! (`unsafe_long_compare`, `unsafe_float_compare`, `unsafe_latin_compare`,
//! `unsafe_tuple_compare`, `unsafe_object_compare`, `safe_object_compare`).
//!
//! Invariants: for any input the same `a < b` comparisons are made in the same order as
//! CPython, so `__lt__` side effects, an exception after N comparisons, and the order NaNs end
//! up in all match. Keys (and their values, in lockstep) are moved bitwise, never cloned;
//! whenever a comparison returns `Err` (or panics) every slot still holds exactly one of the
//! original elements (a merge's temp copy is written back by a drop guard, CPython's `Fail:`
//! exits), the same permutation CPython leaves behind.

use super::list::lt;
use super::{attr, PyErr, PyResult, PyStr, PyType, Value};
use crate::vm::Vm;
use std::ptr;
use std::rc::Rc;

/// `MIN_GALLOP`: the initial `min_gallop`.
pub const MIN_GALLOP: usize = 7;
/// `MAX_MERGE_PENDING`: more pending runs than powersort can ever stack (for `usize` lengths).
const MAX_MERGE_PENDING: usize = 85;

/// `sortslice`: a position in the keys and the same position in the values. `V` is `()` when
/// there are no separate values (no key function): every value move then compiles to nothing.
struct SortSlice<K, V> {
    k: *mut K,
    v: *mut V,
}

impl<K, V> Clone for SortSlice<K, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<K, V> Copy for SortSlice<K, V> {}

impl<K, V> SortSlice<K, V> {
    #[inline(always)]
    fn add(self, n: usize) -> Self {
        SortSlice {
            k: self.k.wrapping_add(n),
            v: self.v.wrapping_add(n),
        }
    }
    #[inline(always)]
    fn sub(self, n: usize) -> Self {
        SortSlice {
            k: self.k.wrapping_sub(n),
            v: self.v.wrapping_sub(n),
        }
    }
    /// The key here. Safety: in bounds and initialised.
    #[inline(always)]
    unsafe fn key<'a>(self) -> &'a K {
        &*self.k
    }
    /// `sortslice_memcpy`: `n` elements from `src` (not overlapping) to here.
    #[inline(always)]
    unsafe fn copy_from(self, src: Self, n: usize) {
        ptr::copy_nonoverlapping(src.k, self.k, n);
        ptr::copy_nonoverlapping(src.v, self.v, n);
    }
    /// `sortslice_memmove`: `n` elements from `src` (may overlap) to here.
    #[inline(always)]
    unsafe fn move_from(self, src: Self, n: usize) {
        ptr::copy(src.k, self.k, n);
        ptr::copy(src.v, self.v, n);
    }
    /// `reverse_sortslice`.
    unsafe fn reverse(self, n: usize) {
        std::slice::from_raw_parts_mut(self.k, n).reverse();
        std::slice::from_raw_parts_mut(self.v, n).reverse();
    }
}

/// A sortable key. `prefetch` asks the cache for the object a boxed key points to: the
/// merge loops prefetch the next candidates of both runs while the current compare runs
/// (a sort of heap objects in random order otherwise waits on a cache miss per compare).
pub trait SortKey {
    #[inline(always)]
    fn prefetch(&self) {}
    /// `prefetch`, plus what that object points to (an instance's `__dict__`): called on a
    /// key whose object was prefetched a compare earlier.
    #[inline(always)]
    fn prefetch_deep(&self) {
        self.prefetch()
    }
}

#[inline(always)]
fn prefetch_ptr<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint; it never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

impl SortKey for Value {
    #[inline(always)]
    fn prefetch(&self) {
        match self {
            Value::Instance(i) => prefetch_ptr(Rc::as_ptr(i)),
            Value::Tuple(t) => prefetch_ptr(Rc::as_ptr(t)),
            Value::Str(s) => prefetch_ptr(Rc::as_ptr(s)),
            Value::List(l) => prefetch_ptr(Rc::as_ptr(l)),
            _ => {}
        }
    }
    #[inline(always)]
    fn prefetch_deep(&self) {
        if let Value::Instance(i) = self {
            if let Some(d) = &i.dict {
                prefetch_ptr(Rc::as_ptr(d));
            }
        }
        self.prefetch()
    }
}

impl SortKey for *const PyStr {
    #[inline(always)]
    fn prefetch(&self) {
        prefetch_ptr(*self)
    }
}

impl SortKey for i64 {}
impl SortKey for f64 {}
impl SortKey for u64 {}
impl SortKey for usize {}

/// One pending run (`struct s_slice`): start index, length, powersort power.
#[derive(Clone, Copy, Default)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// `merge_lo`'s hole: the `len` elements of run A still parked in the temp array at `src`
/// belong at `dst`. Dropping copies them there (CPython's `Succeed:`/`Fail:` exits).
struct HoleLo<K, V> {
    src: SortSlice<K, V>,
    dst: SortSlice<K, V>,
    len: usize,
}

impl<K, V> Drop for HoleLo<K, V> {
    fn drop(&mut self) {
        // SAFETY: the hole [dst, dst+len) holds no live element and the temp holds `len`.
        unsafe { self.dst.copy_from(self.src, self.len) }
    }
}

/// `merge_hi`'s hole: the first `nb` elements of the temp array (`baseb`, run B's remaining
/// prefix) belong in the `nb` slots ending at `dest` inclusive.
struct HoleHi<K, V> {
    baseb: SortSlice<K, V>,
    dest: SortSlice<K, V>,
    nb: usize,
}

impl<K, V> Drop for HoleHi<K, V> {
    fn drop(&mut self) {
        if self.nb > 0 {
            // SAFETY: as for `HoleLo`.
            unsafe { self.dest.sub(self.nb - 1).copy_from(self.baseb, self.nb) }
        }
    }
}

/// `MergeState`.
struct MergeState<K, V, C> {
    base: SortSlice<K, V>,
    listlen: usize,
    min_gallop: usize,
    pending: [Run; MAX_MERGE_PENDING],
    n: usize,
    /// Temp storage (`ms->a`): capacity only, the length stays 0 (never drops elements).
    tmp_k: Vec<K>,
    tmp_v: Vec<V>,
    lt: C,
}

/// `merge_compute_minrun`.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the powersort power of the boundary between the run `[s1, s1+n1)` and the
/// following run of length `n2`, in a list of `n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `gallop_left`: the leftmost index in sorted `a[..n]` where `key` belongs (a[k-1] < key <=
/// a[k]), starting the search at `hint`. Safety: `a[..n]` initialised, `hint < n`.
unsafe fn gallop_left<K, C>(
    lt: &mut C,
    key: &K,
    a: *const K,
    n: usize,
    hint: usize,
) -> PyResult<usize>
where
    C: FnMut(&K, &K) -> PyResult<bool>,
{
    let at = |i: isize| &*a.offset(i);
    let hint = hint as isize;
    let n = n as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(at(hint), key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(at(hint + ofs), key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(at(hint - ofs), key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: like `gallop_left` but the rightmost index (a[k-1] <= key < a[k]).
unsafe fn gallop_right<K, C>(
    lt: &mut C,
    key: &K,
    a: *const K,
    n: usize,
    hint: usize,
) -> PyResult<usize>
where
    C: FnMut(&K, &K) -> PyResult<bool>,
{
    let at = |i: isize| &*a.offset(i);
    let hint = hint as isize;
    let n = n as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, at(hint))? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, at(hint - ofs))? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, at(hint + ofs))? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

impl<K: SortKey, V, C> MergeState<K, V, C>
where
    C: FnMut(&K, &K) -> PyResult<bool>,
{
    /// `count_run`: the length of the run starting at `lo` (at most `hi - lo`), and whether it
    /// is strictly descending.
    unsafe fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let k = self.base.k;
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut p = lo + 2;
        if (self.lt)(&*k.add(lo + 1), &*k.add(lo))? {
            while p < hi && (self.lt)(&*k.add(p), &*k.add(p - 1))? {
                p += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            while p < hi && !(self.lt)(&*k.add(p), &*k.add(p - 1))? {
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `binarysort`: `[lo, start)` is sorted; insert `[start, hi)` one by one (stable: an
    /// element goes after the ones equal to it). Nothing moves until a position is found, so
    /// an error leaves a permutation.
    unsafe fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        let k = self.base.k;
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = &*k.add(start);
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, &*k.add(p))? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            if l < start {
                let s = self.base.add(start);
                let d = self.base.add(l);
                let pk = ptr::read(s.k);
                let pv = ptr::read(s.v);
                d.add(1).move_from(d, start - l);
                ptr::write(d.k, pk);
                ptr::write(d.v, pv);
            }
            start += 1;
        }
        Ok(())
    }

    /// `MERGE_GETMEM`: temp room for `need` elements.
    fn getmem(&mut self, need: usize) -> SortSlice<K, V> {
        if self.tmp_k.capacity() < need {
            self.tmp_k.reserve(need);
            self.tmp_v.reserve(need);
        }
        SortSlice {
            k: self.tmp_k.as_mut_ptr(),
            v: self.tmp_v.as_mut_ptr(),
        }
    }

    /// `merge_lo`: merge the `na` elements at `ssa` with the `nb` at `ssb` (right after),
    /// `na <= nb`, with A in the temp array.
    unsafe fn merge_lo(
        &mut self,
        ssa: SortSlice<K, V>,
        mut na: usize,
        mut ssb: SortSlice<K, V>,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp = self.getmem(na);
        tmp.copy_from(ssa, na);
        // From here the hole guard owns A: `h.src` is A's cursor in the temp array, `h.dst`
        // the merge destination, `h.len` == na.
        let mut h = HoleLo {
            src: tmp,
            dst: ssa,
            len: na,
        };
        macro_rules! copy_b {
            () => {{
                h.dst.copy_from(ssb, 1);
                h.dst = h.dst.add(1);
                ssb = ssb.add(1);
            }};
        }
        macro_rules! copy_a {
            () => {{
                h.dst.copy_from(h.src, 1);
                h.dst = h.dst.add(1);
                h.src = h.src.add(1);
            }};
        }
        copy_b!();
        nb -= 1;
        if nb == 0 {
            return Ok(());
        }
        if na == 1 {
            return copy_b_tail(h, ssb, nb);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            // Straightforward merging until one run wins consistently.
            loop {
                // The next compare takes one of these: fetch them while this one runs
                // (and, one step ahead, the objects after them).
                h.src.add(1).key().prefetch_deep();
                if na > 2 {
                    h.src.add(2).key().prefetch();
                }
                if nb > 1 {
                    ssb.add(1).key().prefetch_deep();
                    if nb > 2 {
                        ssb.add(2).key().prefetch();
                    }
                }
                if (self.lt)(ssb.key(), h.src.key())? {
                    copy_b!();
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(());
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    copy_a!();
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    h.len = na;
                    if na == 1 {
                        return copy_b_tail(h, ssb, nb);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping, until neither run wins consistently anymore.
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = gallop_right(&mut self.lt, ssb.key(), h.src.k, na, 0)?;
                acount = k;
                if k > 0 {
                    h.dst.copy_from(h.src, k);
                    h.dst = h.dst.add(k);
                    h.src = h.src.add(k);
                    na -= k;
                    h.len = na;
                    if na == 1 {
                        return copy_b_tail(h, ssb, nb);
                    }
                    // Impossible for a consistent `<`, but it may not be.
                    if na == 0 {
                        return Ok(());
                    }
                }
                copy_b!();
                nb -= 1;
                if nb == 0 {
                    return Ok(());
                }
                let k = gallop_left(&mut self.lt, h.src.key(), ssb.k, nb, 0)?;
                bcount = k;
                if k > 0 {
                    h.dst.move_from(ssb, k);
                    h.dst = h.dst.add(k);
                    ssb = ssb.add(k);
                    nb -= k;
                    if nb == 0 {
                        return Ok(());
                    }
                }
                copy_a!();
                na -= 1;
                h.len = na;
                if na == 1 {
                    return copy_b_tail(h, ssb, nb);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1; // penalize leaving galloping mode
            self.min_gallop = min_gallop;
        }
    }

    /// `merge_hi`: like `merge_lo` but `na > nb`, B in the temp array, merging from the right.
    unsafe fn merge_hi(
        &mut self,
        ssa: SortSlice<K, V>,
        mut na: usize,
        ssb: SortSlice<K, V>,
        nb: usize,
    ) -> PyResult<()> {
        let tmp = self.getmem(nb);
        tmp.copy_from(ssb, nb);
        let basea = ssa;
        // `h.dest` is the last unfilled slot, `h.nb` B's remaining count, B's remaining
        // elements are `tmp[..nb]`; `pa`/`pb` point at the last remaining A/B element.
        let mut h = HoleHi {
            baseb: tmp,
            dest: ssb.add(nb - 1),
            nb,
        };
        let mut pa = ssa.add(na - 1);
        let mut pb = tmp.add(nb - 1);
        macro_rules! copy_a {
            () => {{
                h.dest.copy_from(pa, 1);
                h.dest = h.dest.sub(1);
                pa = pa.sub(1);
            }};
        }
        macro_rules! copy_b {
            () => {{
                h.dest.copy_from(pb, 1);
                h.dest = h.dest.sub(1);
                pb = pb.sub(1);
            }};
        }
        copy_a!();
        na -= 1;
        if na == 0 {
            return Ok(());
        }
        if h.nb == 1 {
            return copy_a_head(h, pa, na);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                pb.sub(1).key().prefetch_deep();
                if h.nb > 2 {
                    pb.sub(2).key().prefetch();
                }
                if na > 1 {
                    pa.sub(1).key().prefetch_deep();
                    if na > 2 {
                        pa.sub(2).key().prefetch();
                    }
                }
                if (self.lt)(pb.key(), pa.key())? {
                    copy_a!();
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 0 {
                        return Ok(());
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    copy_b!();
                    bcount += 1;
                    acount = 0;
                    h.nb -= 1;
                    if h.nb == 1 {
                        return copy_a_head(h, pa, na);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = na - gallop_right(&mut self.lt, pb.key(), basea.k, na, na - 1)?;
                acount = k;
                if k > 0 {
                    h.dest = h.dest.sub(k);
                    pa = pa.sub(k);
                    h.dest.add(1).move_from(pa.add(1), k);
                    na -= k;
                    if na == 0 {
                        return Ok(());
                    }
                }
                copy_b!();
                h.nb -= 1;
                if h.nb == 1 {
                    return copy_a_head(h, pa, na);
                }
                let k = h.nb - gallop_left(&mut self.lt, pa.key(), tmp.k, h.nb, h.nb - 1)?;
                bcount = k;
                if k > 0 {
                    h.dest = h.dest.sub(k);
                    pb = pb.sub(k);
                    h.dest.add(1).copy_from(pb.add(1), k);
                    h.nb -= k;
                    if h.nb == 1 {
                        return copy_a_head(h, pa, na);
                    }
                    // Impossible for a consistent `<`, but it may not be.
                    if h.nb == 0 {
                        return Ok(());
                    }
                }
                copy_a!();
                na -= 1;
                if na == 0 {
                    return Ok(());
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// `merge_at`: merge pending runs `i` and `i+1` (`i` is the second or third last).
    unsafe fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        if i + 3 == self.n {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.n -= 1;
        let mut ssa = self.base.add(a.base);
        let ssb = self.base.add(b.base);
        let mut na = a.len;
        // Where does b start in a? Elements of a before that are already in place.
        let k = gallop_right(&mut self.lt, ssb.key(), ssa.k, na, 0)?;
        ssa = ssa.add(k);
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements of b after that are already in place.
        let nb = gallop_left(&mut self.lt, ssa.add(na - 1).key(), ssb.k, b.len, b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    /// `found_new_run`: a run of length `n2` follows the top run: merge while the stack's
    /// powers say so, then record the new boundary's power.
    unsafe fn found_new_run(&mut self, n2: usize) -> PyResult<()> {
        if self.n > 0 {
            let top = self.pending[self.n - 1];
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.n > 1 && self.pending[self.n - 2].power > power {
                self.merge_at(self.n - 2)?;
            }
            self.pending[self.n - 1].power = power;
        }
        Ok(())
    }

    /// `merge_force_collapse`: merge everything left on the stack.
    unsafe fn merge_force_collapse(&mut self) -> PyResult<()> {
        while self.n > 1 {
            let mut n = self.n - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }
}

/// `merge_lo`'s `CopyB:` exit: A's last element belongs after B's remaining `nb`.
unsafe fn copy_b_tail<K, V>(mut h: HoleLo<K, V>, ssb: SortSlice<K, V>, nb: usize) -> PyResult<()> {
    h.dst.move_from(ssb, nb);
    h.dst = h.dst.add(nb);
    h.len = 1;
    Ok(()) // `h` drops: A's last element goes in
}

/// `merge_hi`'s `CopyA:` exit: B's first element belongs before A's remaining `na`.
unsafe fn copy_a_head<K, V>(mut h: HoleHi<K, V>, pa: SortSlice<K, V>, na: usize) -> PyResult<()> {
    h.dest.sub(na - 1).move_from(pa.sub(na - 1), na);
    h.dest = h.dest.sub(na);
    h.nb = 1;
    Ok(()) // `h` drops: B's first element goes in
}

/// Timsort `keys` by the fallible `lt` (`a < b`), moving `values` in lockstep (pass a slice
/// of `()` when there are none). On `Err`, the slices hold a permutation of their elements
/// (CPython's partial result).
pub fn timsort<K: SortKey, V, C>(keys: &mut [K], values: &mut [V], lt: C) -> PyResult<()>
where
    C: FnMut(&K, &K) -> PyResult<bool>,
{
    let n = keys.len();
    assert_eq!(values.len(), n, "timsort: keys and values differ in length");
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        base: SortSlice {
            k: keys.as_mut_ptr(),
            v: values.as_mut_ptr(),
        },
        listlen: n,
        min_gallop: MIN_GALLOP,
        pending: [Run::default(); MAX_MERGE_PENDING],
        n: 0,
        tmp_k: Vec::new(),
        tmp_v: Vec::new(),
        lt,
    };
    // SAFETY: every pointer stays inside `keys`/`values` or the temp arrays; elements are
    // only moved bitwise, and each merge's hole guard restores a permutation on every exit.
    unsafe {
        let minrun = merge_compute_minrun(n);
        let mut lo = 0;
        let mut nremaining = n;
        while nremaining > 0 {
            let (mut run, descending) = ms.count_run(lo, lo + nremaining)?;
            if descending {
                ms.base.add(lo).reverse(run);
            }
            if run < minrun {
                let force = nremaining.min(minrun);
                ms.binarysort(lo, lo + force, lo + run)?;
                run = force;
            }
            ms.found_new_run(run)?;
            ms.pending[ms.n] = Run {
                base: lo,
                len: run,
                power: 0,
            };
            ms.n += 1;
            lo += run;
            nremaining -= run;
        }
        ms.merge_force_collapse()
    }
}

/// `timsort` without separate values.
pub fn timsort_keys<K: SortKey, C>(keys: &mut [K], lt: C) -> PyResult<()>
where
    C: FnMut(&K, &K) -> PyResult<bool>,
{
    let mut units = vec![(); keys.len()];
    timsort(keys, &mut units, lt)
}

// ---------------------------------------------------------------------------------------
// The pre-sort check and the key compares.

/// The compare `list_sort_impl`'s pre-sort check picks for the keys (or, for tuple keys, for
/// their first items).
enum KeyCompare {
    /// `unsafe_long_compare`: every key is a small int.
    Int,
    /// Every key is an int, some outside `i64` (`long_richcompare` natively).
    Ints,
    /// `unsafe_float_compare`.
    Float,
    /// `unsafe_latin_compare` (and `unicode_richcompare` for wider strings: same order).
    Str,
    /// `unsafe_object_compare` for one heap class: its `__lt__` called directly, the full
    /// `PyObject_RichCompareBool` only when that returns NotImplemented.
    Object,
    /// `safe_object_compare` (`PyObject_RichCompareBool(v, w, Py_LT)`); also used for one
    /// builtin type, whose `tp_richcompare` has no side effects to tell the two apart.
    Safe,
}

/// A key's exact type, cheaply (`Py_TYPE(key)` pointer identity).
#[derive(PartialEq, Clone, Copy)]
enum TypeTag {
    Int,
    Float,
    Str,
    Bool,
    Tuple,
    Class(*const PyType),
    Other,
}

fn type_tag(v: &Value) -> TypeTag {
    match v {
        Value::Int(_) | Value::Long(_) => TypeTag::Int,
        Value::Float(_) => TypeTag::Float,
        Value::Str(_) => TypeTag::Str,
        Value::Bool(_) => TypeTag::Bool,
        Value::Tuple(_) => TypeTag::Tuple,
        Value::Instance(i) => TypeTag::Class(Rc::as_ptr(&i.class)),
        _ => TypeTag::Other,
    }
}

/// `Py_TYPE(a) == Py_TYPE(b)`.
fn same_type(vm: &Vm, tag: TypeTag, first: &Value, v: &Value) -> bool {
    let t = type_tag(v);
    if t != tag {
        return false;
    }
    if t == TypeTag::Other {
        return Rc::ptr_eq(&vm.type_of(first), &vm.type_of(v));
    }
    true
}

fn nonempty_tuple(v: &Value) -> Option<&Value> {
    match v {
        Value::Tuple(t) => t.as_slice().first(),
        _ => None,
    }
}

/// The pre-sort check of `list_sort_impl`: `(compare, keys_are_in_tuples)`; with tuples the
/// compare is `unsafe_tuple_compare` using the returned one for the first items. `keys` has
/// at least two items.
fn pre_sort_check(vm: &Vm, keys: &[Value]) -> (KeyCompare, bool) {
    let mut in_tuples = nonempty_tuple(&keys[0]).is_some();
    let first = nonempty_tuple(&keys[0]).unwrap_or(&keys[0]);
    let tag = type_tag(first);
    let mut same = true;
    let mut ints_bounded = true;
    for k in keys {
        let key = if in_tuples {
            match nonempty_tuple(k) {
                Some(x) => x,
                None => {
                    in_tuples = false;
                    same = false;
                    break;
                }
            }
        } else {
            k
        };
        if same && !same_type(vm, tag, first, key) {
            same = false;
            if !in_tuples {
                break;
            }
        }
        if same && matches!(key, Value::Long(_)) {
            ints_bounded = false;
        }
    }
    let cmp = if !same {
        KeyCompare::Safe
    } else {
        match tag {
            TypeTag::Int if ints_bounded => KeyCompare::Int,
            TypeTag::Int => KeyCompare::Ints,
            TypeTag::Float => KeyCompare::Float,
            TypeTag::Str => KeyCompare::Str,
            TypeTag::Class(_) => match first {
                Value::Instance(i) if i.class.flags.heap => KeyCompare::Object,
                _ => KeyCompare::Safe,
            },
            _ => KeyCompare::Safe,
        }
    };
    if in_tuples && tag == TypeTag::Tuple {
        // Tuples of tuples: the first items compare with `safe_object_compare`.
        return (KeyCompare::Safe, true);
    }
    (cmp, in_tuples)
}

/// `unsafe_object_compare` for keys of one heap class: `slot_tp_richcompare` (the `__lt__`
/// of `a`'s class, looked up now: `__class__` may have been reassigned), and the generic
/// comparison when that is NotImplemented.
fn object_lt(vm: &mut Vm, name: &Rc<PyStr>, a: &Value, b: &Value) -> PyResult<bool> {
    let t = match a {
        Value::Instance(i) if i.class.flags.heap => &i.class,
        _ => return lt(vm, a, b),
    };
    let r = match attr::lookup_cached(vm, t, name) {
        None | Some(Value::None) => Value::NotImplemented,
        Some(f @ Value::Function(_)) => vm.call(&f, &[a.clone(), b.clone()])?,
        // A builtin or other descriptor: the generic path calls it the same way.
        Some(_) => return lt(vm, a, b),
    };
    match r {
        Value::Bool(x) => Ok(x),
        Value::NotImplemented => lt(vm, a, b),
        other => vm.truthy(&other),
    }
}

/// `a < b` for two ints (`Value::Int` or `Value::Long`; a `Long` is outside the `i64` range).
#[inline]
fn int_lt(a: &Value, b: &Value) -> bool {
    use num_bigint::Sign;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Long(x), Value::Long(y)) => **x < **y,
        (Value::Int(_), Value::Long(y)) => y.sign() == Sign::Plus,
        (Value::Long(x), Value::Int(_)) => x.sign() == Sign::Minus,
        _ => false,
    }
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)` (identity first).
#[inline]
fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Ok(x.to_bits() == y.to_bits() || x == y),
        _ => vm.eq(a, b),
    }
}

/// The chosen compare on one pair of keys (or first tuple items).
#[inline(always)]
fn key_lt(vm: &mut Vm, cmp: &KeyCompare, name: &Rc<PyStr>, a: &Value, b: &Value) -> PyResult<bool> {
    match (cmp, a, b) {
        (KeyCompare::Int, Value::Int(x), Value::Int(y)) => Ok(x < y),
        (KeyCompare::Ints, _, _) => Ok(int_lt(a, b)),
        (KeyCompare::Float, Value::Float(x), Value::Float(y)) => Ok(x < y),
        (KeyCompare::Str, Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        (KeyCompare::Object, _, _) => object_lt(vm, name, a, b),
        _ => lt(vm, a, b),
    }
}

/// `unsafe_tuple_compare`: the first index where the items are not equal decides; index 0
/// uses the pre-sort check's compare, later ones the generic `<`.
fn tuple_lt(
    vm: &mut Vm,
    cmp: &KeyCompare,
    name: &Rc<PyStr>,
    a: &Value,
    b: &Value,
) -> PyResult<bool> {
    let (Value::Tuple(x), Value::Tuple(y)) = (a, b) else {
        return lt(vm, a, b);
    };
    let (xs, ys) = (x.as_slice(), y.as_slice());
    let n = xs.len().min(ys.len());
    let mut i = 0;
    while i < n {
        if !eq_bool(vm, &xs[i], &ys[i])? {
            break;
        }
        i += 1;
    }
    if i >= n {
        return Ok(xs.len() < ys.len());
    }
    if i == 0 {
        key_lt(vm, cmp, name, &xs[0], &ys[0])
    } else {
        lt(vm, &xs[i], &ys[i])
    }
}

/// `count_run` from the start over all-int or all-float keys: when the whole slice is one
/// run, reverse it if strictly descending (moving `values` along) and return true.
fn single_run<V>(keys: &mut [Value], values: &mut [V]) -> bool {
    #[inline(always)]
    fn less(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => x < y,
            (Value::Float(x), Value::Float(y)) => x < y,
            _ => false,
        }
    }
    let descending = less(&keys[1], &keys[0]);
    let whole = if descending {
        keys.windows(2).all(|w| less(&w[1], &w[0]))
    } else {
        keys.windows(2).all(|w| !less(&w[1], &w[0]))
    };
    if whole && descending {
        keys.reverse();
        values.reverse();
    }
    whole
}

/// Sort `keys` (moving `values` in lockstep) with the compare the pre-sort check picks.
/// All-int and all-float keys sort as unboxed `i64`/`f64` (then written back).
fn sort_keys<V>(vm: &mut Vm, keys: &mut [Value], values: &mut [V], reverse: bool) -> PyResult<()> {
    let n = keys.len();
    let (cmp, in_tuples) = pre_sort_check(vm, keys);
    if reverse {
        keys.reverse();
        values.reverse();
    }
    let name = vm.types.names.lt.clone();
    let r = match (&cmp, in_tuples) {
        // Already one run (sorted, or strictly descending): timsort's first `count_run`
        // says so and reverses it; no need to unbox.
        (KeyCompare::Int | KeyCompare::Float, false) if single_run(keys, values) => Ok(()),
        (KeyCompare::Int, false) => {
            let mut raw: Vec<i64> = Vec::with_capacity(n);
            raw.extend(keys.iter().map(|k| match k {
                Value::Int(i) => *i,
                _ => 0,
            }));
            let r = timsort(&mut raw, values, |a, b| Ok(a < b));
            for (slot, x) in keys.iter_mut().zip(raw) {
                *slot = Value::Int(x);
            }
            r
        }
        (KeyCompare::Float, false) => {
            let mut raw: Vec<f64> = Vec::with_capacity(n);
            raw.extend(keys.iter().map(|k| match k {
                Value::Float(f) => *f,
                _ => 0.0,
            }));
            let r = timsort(&mut raw, values, |a, b| Ok(a < b));
            for (slot, x) in keys.iter_mut().zip(raw) {
                *slot = Value::Float(x);
            }
            r
        }
        (KeyCompare::Str, false) => {
            // Sort the bare `PyStr` pointers (half the bytes to move), then move the `Rc`s
            // back into `keys` in their new order: the pointers are a permutation of the
            // ones `keys` owns, so every reference count stays as it was. Nothing between
            // can run Python code or fail.
            let mut raw: Vec<*const PyStr> = Vec::with_capacity(n);
            raw.extend(keys.iter().map(|k| match k {
                Value::Str(s) => Rc::as_ptr(s),
                _ => ptr::null(),
            }));
            if raw.iter().any(|p| p.is_null()) {
                return Err(PyErr::runtime_error("sort: str keys changed type"));
            }
            // SAFETY: every pointer is a live `PyStr` owned by `keys` until the write-back.
            let r = timsort(&mut raw, values, |a, b| unsafe {
                Ok((**a).as_str() < (**b).as_str())
            });
            for (slot, p) in keys.iter_mut().zip(raw) {
                // SAFETY: see above; the old slot's `Rc` lives on in its new slot.
                unsafe { ptr::write(slot, Value::Str(Rc::from_raw(p))) }
            }
            r
        }
        (KeyCompare::Ints, false) => timsort(keys, values, |a, b| Ok(int_lt(a, b))),
        (KeyCompare::Object, false) => timsort(keys, values, |a, b| object_lt(vm, &name, a, b)),
        (KeyCompare::Safe, false) => timsort(keys, values, |a, b| lt(vm, a, b)),
        (_, true) => timsort(keys, values, |a, b| tuple_lt(vm, &cmp, &name, a, b)),
    };
    if reverse {
        keys.reverse();
        values.reverse();
    }
    r
}

/// `list.sort`'s keyword arguments as Argument Clinic parses them (shared with `sorted`):
/// `key` (None means no key) and `reverse`, a C int (`_PyLong_AsInt`: `__index__`, then
/// OverflowError outside the C int range).
pub fn sort_kwargs(
    vm: &mut Vm,
    kw: crate::builtins::args::Kwargs,
) -> PyResult<(Option<Value>, bool)> {
    if kw.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            kw.len()
        )));
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse")
    {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            k.as_str()
        )));
    }
    let [key, reverse] = crate::builtins::args::take_kwargs("sort", kw, ["key", "reverse"])?;
    let key = key.filter(|k| !k.is_none());
    let reverse = match reverse {
        None => false,
        Some(r) => match vm.index(&r)? {
            Value::Int(i) if i32::try_from(i).is_ok() => i != 0,
            _ => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C int",
                ))
            }
        },
    };
    Ok((key, reverse))
}

/// `list_sort_impl` on `items` (already detached from their list): keys from `key` are
/// computed once each, in order (an exception there leaves `items` unchanged); `reverse`
/// reverses, sorts stably and reverses back, also when a comparison raises.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    match key {
        None => {
            if items.len() < 2 {
                return Ok(());
            }
            let mut units = vec![(); items.len()];
            sort_keys(vm, items, &mut units, reverse)
        }
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(vm.call(f, std::slice::from_ref(x))?);
            }
            if items.len() < 2 {
                return Ok(());
            }
            sort_keys(vm, &mut keys, items, reverse)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_is_stable_like_cpython() {
        // python3: data = [(i * 7919) % 13 for i in range(100)];
        //          [i for i in sorted(range(100), key=lambda i: data[i])][:12]
        let data: Vec<i64> = (0..100).map(|i| (i * 7919) % 13).collect();
        let mut keys = data.clone();
        let mut idx: Vec<usize> = (0..100).collect();
        timsort(&mut keys, &mut idx, |a, b| Ok(a < b)).unwrap();
        assert_eq!(&idx[..12], &[0, 13, 26, 39, 52, 65, 78, 91, 7, 20, 33, 46]);
        assert!(idx
            .windows(2)
            .all(|w| data[w[0]] < data[w[1]] || (data[w[0]] == data[w[1]] && w[0] < w[1])));
    }

    /// A deterministic pseudo-random sequence (xorshift).
    fn noise(n: usize, seed: u64, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn timsort_sorts_stably_every_shape_with_galloping() {
        for (n, modulo) in [
            (0, 1),
            (1, 5),
            (63, 1000),
            (64, 3),
            (1000, 10),
            (5000, 1 << 40),
        ] {
            let mut data = noise(n, 88172645463325252, modulo);
            // Runs: an ascending block and a descending block inside random noise.
            if n > 200 {
                data[10..110].sort();
                data[120..200].sort_by(|a, b| b.cmp(a));
            }
            let mut keys = data.clone();
            let mut idx: Vec<usize> = (0..n).collect();
            timsort(&mut keys, &mut idx, |a, b| Ok(a < b)).unwrap();
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| data[i]); // std's sort is stable too
            assert_eq!(idx, want);
        }
    }

    #[test]
    fn timsort_error_midway_leaves_a_permutation() {
        for stop in [1, 50, 500, 2000, 5000] {
            let data = noise(3000, 7, 100);
            let mut keys = data.clone();
            let mut idx: Vec<usize> = (0..3000).collect();
            let mut calls = 0;
            let r = timsort(&mut keys, &mut idx, |a, b| {
                calls += 1;
                if calls == stop {
                    return Err(crate::object::PyErr::value_error("stop"));
                }
                Ok(a < b)
            });
            assert!(r.is_err());
            let mut seen = idx.clone();
            seen.sort();
            assert_eq!(seen, (0..3000).collect::<Vec<_>>());
            assert!(idx.iter().zip(&keys).all(|(&i, &k)| data[i] == k));
        }
    }

    #[test]
    fn minrun_and_powerloop_match_cpython() {
        assert_eq!(merge_compute_minrun(63), 63);
        assert_eq!(merge_compute_minrun(64), 32);
        assert_eq!(merge_compute_minrun(65), 33);
        assert_eq!(merge_compute_minrun(1_000_000), 62);
        assert_eq!(powerloop(0, 32, 32, 128), 2);
        assert_eq!(powerloop(0, 64, 64, 128), 1);
    }
}
