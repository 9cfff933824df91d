//! CPython 3.11's `set` hash table (`Objects/setobject.c`), slot for slot.
//!
//! Python promises no order for sets, yet programs print them all the time and tandem's output is
//! compared with CPython's. The order CPython shows is just the slot order of its open-addressing
//! table, a deterministic function of the element hashes and of the exact history of adds,
//! discards, resizes and bulk operations. So this table reproduces that history rather than an
//! approximation of it: the same slot array (`PySet_MINSIZE` 8), the same probe sequence (up to
//! `LINEAR_PROBES` 9 neighbours, then `i = i*5 + 1 + (perturb >>= PERTURB_SHIFT)`), dummies left by
//! discards, the `fill`/`used` accounting, the resize points, the `pop` finger, and for every bulk
//! operation the fast path CPython takes, which operand it iterates and in what order it adds.
//!
//! The table knows nothing about Python objects. Callers pass each key's Python `hash()` (never
//! -1; for ints `n mod (2**61-1)` with the sign, `hash(-1) == -2`) and an equality callback, which
//! may run user code and fail, hence `Result<bool, E>`. Callbacks get the key already stored in
//! the probed table first and the probing key second, as `PyObject_RichCompareBool(startkey, key)`
//! does; the identity shortcut (`startkey is key`) and the exact-`str` shortcut are the caller's
//! business inside the callback. A table is borrowed while a callback runs, so user code cannot
//! mutate it mid-probe: CPython's "restart the lookup" case cannot arise here.
//!
//! # Operands that are not sets, and other recipes
//!
//! The methods taking a `&SetTable` cover CPython's paths for set operands (`PyAnySet_Check`).
//! Other operands follow CPython with the primitives below:
//!
//! * `set(it)`, `s.update(it)`, `BUILD_SET` for non-constant displays: [`SetTable::insert`] each
//!   item in order. A set operand (also a frozenset) goes through [`SetTable::merge`] instead,
//!   whose one up-front resize gives a different layout.
//! * An exact dict operand (`set(d)`, `s.update(d)`): [`SetTable::presize_for_dict`] with
//!   `len(d)`, then insert the keys in dict order with the dict's stored hashes. Dict subclasses
//!   and views are plain iterables.
//! * A display whose elements are all constants and that has more than two of them (`{3, 1, 2}`)
//!   compiles to `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`. The constant is built twice: the
//!   AST optimizer inserts the elements in source order, then the compiler's constant merging
//!   builds a fresh frozenset by inserting the first one's elements in its iteration order. At run
//!   time the display is `SetTable::new()` merged with that constant. `for x in {consts}` (and
//!   `x in {consts}`) use the twice-built frozenset itself, with no merge.
//! * `s.intersection(it)`: a new table; for each item, if `s` contains it, insert it into the new
//!   table, and stop as soon as the new table is as long as `s`. `s.intersection_update(it)` is
//!   that followed by [`SetTable::replace_body`].
//! * `s.difference_update(it)`: [`SetTable::remove`] each item, then
//!   [`SetTable::compact_if_many_dummies`] once. `s.difference(it)` does that on `s.copy()`. For a
//!   dict `d`, `s.difference(d)` does the same when `len(s) >> 2 > len(d)`; otherwise it builds a
//!   new table by inserting, in `s`'s order, the elements of `s` not in `d`.
//! * `s.symmetric_difference_update(it)`: build a temporary table by inserting the items, then
//!   [`SetTable::symmetric_difference_update`] with it. For a dict, remove each key from `s` and
//!   insert it when it was absent. `s.symmetric_difference(it)`: build the temporary table as
//!   `set(it)` would, call its `symmetric_difference_update(&s)` and return it (the result starts
//!   from the operand).
//! * `s.issubset(it)`: build a temporary table by inserting the items, then
//!   [`SetTable::is_subset`]. `s.issuperset(it)` and `s.isdisjoint(it)`: look each item up in
//!   `s`, stopping at the first miss / hit.
//! * An operand that is the very same object: `s.update(s)` and `s |= s` change nothing;
//!   `s -= s`, `s.difference_update(s)`, `s ^= s` and `s.symmetric_difference_update(s)` are
//!   [`SetTable::clear`]; `s &= s` is `s.replace_body(s.copy())`. The non-mutating methods detect
//!   the shared reference themselves.
//! * `a.union(b, c)`: `a.copy()` merged with each operand in turn (skipping operands that are
//!   `a`); `a.intersection(b, c)`: `(a & b) & c`; `a.difference(b, c)`: `a - b`, then
//!   `difference_update` with `c`. With no operands all three are `a.copy()`.
//! * Set iterators keep a slot position and `len()` at creation (see [`SetTable::next_from`]);
//!   CPython raises `RuntimeError("Set changed size during iteration")` when `len()` differs.

/// Slots in an empty table (`PySet_MINSIZE`); CPython keeps them inline in the object.
const MINSIZE: usize = 8;
/// Neighbouring slots examined after the home slot before jumping elsewhere.
const LINEAR_PROBES: usize = 9;
/// How many bits of the hash each jump folds in.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    /// Never used since the last rebuild: ends every probe sequence.
    Empty,
    /// A discarded element (`dummy`, hash -1): probes go on past it, `add` may reuse it.
    Dummy,
    Active {
        hash: i64,
        key: K,
    },
}

/// A set's hash table, laid out exactly as CPython 3.11 lays out the same history of operations.
///
/// `Clone` duplicates the table byte for byte (dummies and pop finger included), which is what a
/// caller wants for a snapshot; Python's `set.copy()` is [`SetTable::copy`], which re-lays it out.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    /// `mask + 1` slots, a power of two.
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots: what the load factor is measured on.
    fill: usize,
    /// Active slots: `len()`.
    used: usize,
    /// Where the next `pop()` starts looking; survives `clear()` as in CPython.
    finger: usize,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// The home slot: the hash as `size_t`, masked.
fn home(hash: i64, mask: usize) -> usize {
    (hash as u64 & mask as u64) as usize
}

/// The next probe after the linear run at `i`, in CPython's unsigned arithmetic.
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    let next = (i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb);
    (next & mask as u64) as usize
}

/// The last slot of the linear run starting at `i`: runs never wrap around the table's end.
fn run_end(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        i + LINEAR_PROBES
    } else {
        i
    }
}

/// `set_insert_clean`: places a key known to be absent into the first empty slot of its probe
/// sequence (dummies count as occupied, but rebuilt tables have none).
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = home(hash, mask);
    let target = loop {
        let run = &slots[i..=run_end(i, mask)];
        if let Some(offset) = run.iter().position(|slot| matches!(slot, Slot::Empty)) {
            break i + offset;
        }
        i = next_probe(i, &mut perturb, mask);
    };
    slots[target] = Slot::Active { hash, key };
}

impl<K: Clone> SetTable<K> {
    /// An empty set with the 8-slot table every new CPython set starts with.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Truthiness of the set.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in the table (`mask + 1`), for `__sizeof__` and for tests of the resize policy.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// CPython's growth target after an add or a purge of dummies.
    fn grow_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_lookkey`: the index of the active slot holding a key equal to the probe, if any.
    fn lookup<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        debug_assert_ne!(hash, -1, "-1 is never a Python hash");
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = home(hash, mask);
        loop {
            for j in i..=run_end(i, mask) {
                match &self.slots[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active { hash: h, key } if *h == hash && eq(key)? => return Ok(Some(j)),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Membership (`key in s`); `eq(stored)` compares a stored key with the probe.
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    /// `set_add_entry`, the single-element add behind `s.add(x)`, `BUILD_SET` and `set(list)`.
    /// Returns whether the key was added; an equal key already present is kept and `key` dropped,
    /// as CPython keeps the first object. `eq(stored, &key)` compares on hash matches.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        debug_assert_ne!(hash, -1, "-1 is never a Python hash");
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = home(hash, mask);
        // CPython remembers the *last* dummy seen before the empty slot that ends the search.
        let mut freeslot = None;
        let empty = 'search: loop {
            for j in i..=run_end(i, mask) {
                match &self.slots[j] {
                    Slot::Empty => break 'search j,
                    Slot::Active {
                        hash: h,
                        key: stored,
                    } if *h == hash && eq(stored, &key)? => {
                        return Ok(false);
                    }
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active { .. } => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.used += 1;
        if let Some(j) = freeslot {
            // Reusing a dummy leaves `fill` alone, so it never triggers a resize.
            self.slots[j] = Slot::Active { hash, key };
            return Ok(true);
        }
        self.slots[empty] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(self.grow_target());
        }
        Ok(true)
    }

    /// `set_discard_entry`, behind `remove`/`discard`: turns the slot into a dummy (never shrinks
    /// the table) and hands back the stored key, `None` when absent.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.lookup(hash, eq)?.map(|j| self.take(j).1))
    }

    /// Empties an active slot into a dummy.
    fn take(&mut self, j: usize) -> (i64, K) {
        match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active { hash, key } => {
                self.used -= 1;
                (hash, key)
            }
            _ => unreachable!("only active slots are taken"),
        }
    }

    /// `set.pop()`: the first active slot at or after the finger (wrapping), left as a dummy;
    /// `None` on an empty set (CPython's `KeyError: 'pop from an empty set'`).
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.slots[j], Slot::Active { .. }) {
            j = if j == mask { 0 } else { j + 1 };
        }
        self.finger = j + 1;
        Some(self.take(j))
    }

    /// `set.clear()`: back to the 8 empty slots. The pop finger is kept, as CPython keeps it.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MINSIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// The elements with their hashes, in CPython's iteration (and `repr`) order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// `set_next`, for iterators that must not hold a borrow between steps: the first element at
    /// slot `pos` or later, with the position to resume from. Start at 0.
    pub fn next_from(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(j, slot)| match slot {
                Slot::Active { hash, key } => Some((j + 1, *hash, key)),
                _ => None,
            })
    }

    /// `set_table_resize`: rebuilds into the smallest power of two above `minused` (at least 8),
    /// dropping dummies and reinserting the survivors in old slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            // Still the inline table and no dummies to purge: CPython does nothing.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// The part of `set_merge` that never compares: the up-front resize and the two fast paths
    /// for an empty target. Returns false when element-by-element adds are still needed.
    fn merge_without_compare(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        // One big resize at the start, expecting few overlapping keys.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: copy slot by slot, so the copy has the original's layout.
            for (dst, src) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active { hash, key } = src {
                    *dst = Slot::Active {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
            return true;
        }
        false
    }

    /// `set_merge`, behind `s.update(t)`, `s |= t` and `set(t)` for a set or frozenset `t`: one
    /// up-front resize, then a verbatim or clean copy into an empty table, or adds in `other`'s
    /// slot order. `other` must not be `self` (for that, CPython does nothing).
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.merge_without_compare(other) {
            return Ok(());
        }
        for (hash, key) in other.iter() {
            self.insert(hash, key.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// `set_update_internal`'s pre-sizing for a dict operand, done once before inserting its keys.
    pub fn presize_for_dict(&mut self, dict_len: usize) {
        if (self.fill + dict_len) * 5 >= self.mask() * 3 {
            self.resize((self.used + dict_len) * 2);
        }
    }

    /// `set.copy()`, `set(s)`, `frozenset(s)`: a fresh set (finger 0) merged with this one, which
    /// keeps the layout when no resize is needed and no dummies exist, and re-lays it out
    /// otherwise. No comparisons happen, so it cannot fail.
    pub fn copy(&self) -> Self {
        let mut result = Self::new();
        let done = result.merge_without_compare(self);
        debug_assert!(done, "merging into an empty table never compares");
        result
    }

    /// `set_swap_bodies` as `intersection_update` uses it: takes `other`'s table and counts but
    /// keeps this set's pop finger.
    pub fn replace_body(&mut self, other: SetTable<K>) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// The tail of `set_difference_update_internal`: when more than a quarter of the slots are
    /// dummies, rebuild. Call once after removing the items of a non-set operand.
    pub fn compact_if_many_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grow_target());
        }
    }

    /// `a | b` / `a.union(b)`: a copy of `self` merged with `other`.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = self.copy();
        if !std::ptr::eq(self, other) {
            result.merge(other, eq)?;
        }
        Ok(result)
    }

    /// `a & b` / `a.intersection(b)`: iterates the smaller operand (`other` when the sizes are
    /// equal), probing the larger, and adds the iterated operand's keys, so `{1} & {1.0}` is
    /// `{1.0}`. `a & a` is `a.copy()`.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (probed, iterated) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Self::new();
        for (hash, key) in iterated.iter() {
            if probed.contains(hash, |stored| eq(stored, key))? {
                result.insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a &= b` / `a.intersection_update(b)`: the intersection swapped into `self`. `other` must
    /// not be `self` (see the module docs).
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let result = self.intersection(other, eq)?;
        self.replace_body(result);
        Ok(())
    }

    /// `a - b` / `a.difference(b)`: when `len(a) >> 2 > len(b)`, a copy of `a` minus `b`'s
    /// elements; otherwise `a`'s elements not in `b`, added one by one to a new set.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = Self::new();
        for (hash, key) in self.iter() {
            if !other.contains(hash, |stored| eq(stored, key))? {
                result.insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a -= b` / `a.difference_update(b)`: removes `b`'s elements in `b`'s order (only the
    /// common ones, found by intersection, when `b` is over 8 times larger), then rebuilds if
    /// over a quarter of the slots are dummies. `other` must not be `self` (that is `clear()`).
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let common;
        let other = if (other.used >> 3) > self.used {
            common = self.intersection(other, &mut eq)?;
            &common
        } else {
            other
        };
        for (hash, key) in other.iter() {
            self.remove(hash, |stored| eq(stored, key))?;
        }
        self.compact_if_many_dummies();
        Ok(())
    }

    /// `a ^= b` / `a.symmetric_difference_update(b)`: for each of `b`'s elements in order,
    /// remove it from `a`, or add it when absent. No compaction, so dummies stay. `other` must
    /// not be `self` (that is `clear()`).
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in other.iter() {
            if self.remove(hash, |stored| eq(stored, key))?.is_none() {
                self.insert(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` / `a.symmetric_difference(b)`: CPython copies `b` and applies `a` to the copy, so
    /// the result is laid out from the right operand.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }

    /// `a <= b` / `a.issubset(b)`: false at once when `a` is longer, else probes `b` with each of
    /// `a`'s elements in order.
    pub fn is_subset<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if self.used > other.used {
            return Ok(false);
        }
        for (hash, key) in self.iter() {
            if !other.contains(hash, |stored| eq(stored, key))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a >= b` / `a.issuperset(b)`: `b <= a`.
    pub fn is_superset<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        other.is_subset(self, eq)
    }

    /// `a == b` between sets: equal lengths, then `a <= b`. (CPython also answers false early when
    /// two frozensets have cached, different hashes; that is the caller's business.)
    pub fn set_eq<E>(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.used == other.used && self.is_subset(other, eq)?)
    }

    /// `a.isdisjoint(b)`: iterates the smaller operand (`other` on a tie), probing the larger.
    pub fn is_disjoint<E>(
        &self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if std::ptr::eq(self, other) {
            return Ok(self.is_empty());
        }
        let (probed, iterated) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        for (hash, key) in iterated.iter() {
            if probed.contains(hash, |stored| eq(stored, key))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `hash(frozenset)`, CPython's `frozenset_hash`: order-independent, so only active entries
    /// count (CPython folds in every slot and then cancels the empty and dummy ones).
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash = self
            .iter()
            .fold(0u64, |acc, (h, _)| acc ^ shuffle_bits(h as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

#[cfg(test)]
mod tests {
    //! The expected orders below were printed by CPython 3.11.7 running the same operations on
    //! real sets (ints, and objects with chosen hashes that log their `__eq__` calls).

    use super::SetTable;
    use std::collections::HashMap;

    const MERSENNE_61: u128 = (1 << 61) - 1;

    /// Python's `hash()` of an int.
    fn int_hash(n: i128) -> i64 {
        let m = (n.unsigned_abs() % MERSENNE_61) as i64;
        match if n < 0 { -m } else { m } {
            -1 => -2,
            h => h,
        }
    }

    /// The generator's LCG stream, so large inputs need not be spelled out.
    fn lcg_values(args: &[i128]) -> Vec<i128> {
        let [seed, n, modulus, offset, mult] = args else {
            panic!("lcg takes 5 numbers")
        };
        let mut x = *seed as u64;
        (0..*n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((x ^ (x >> 31)) as i128 % modulus + offset) * mult
            })
            .collect()
    }

    fn fnv(values: &[i128]) -> u64 {
        let text = values
            .iter()
            .map(i128::to_string)
            .collect::<Vec<_>>()
            .join(",");
        text.bytes().fold(0xcbf29ce484222325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
        })
    }

    /// Keys are ints, or indices into a pool of objects `value:hash` whose comparisons are logged
    /// as `(stored, probe)` pairs, skipping identical objects as `PyObject_RichCompareBool` does.
    struct Keys {
        pool: Option<Vec<(i128, i64)>>,
        calls: Vec<(i128, i128)>,
    }

    impl Keys {
        fn hash(&self, k: i128) -> i64 {
            match &self.pool {
                Some(pool) => pool[k as usize].1,
                None => int_hash(k),
            }
        }

        fn eq(&mut self, stored: &i128, probe: &i128) -> Result<bool, ()> {
            match &self.pool {
                _ if stored == probe => Ok(true),
                Some(pool) => {
                    self.calls.push((*stored, *probe));
                    Ok(pool[*stored as usize].0 == pool[*probe as usize].0)
                }
                None => Ok(false),
            }
        }

        fn cmp(&mut self) -> impl FnMut(&i128, &i128) -> Result<bool, ()> + '_ {
            move |a, b| self.eq(a, b)
        }

        fn build(&mut self, values: &[i128]) -> SetTable<i128> {
            let mut table = SetTable::new();
            for &v in values {
                table.insert(self.hash(v), v, |a, b| self.eq(a, b)).unwrap();
            }
            table
        }

        /// A dict's keys (first occurrences, in order) and a table to look them up in. Building
        /// it compares too, but CPython's log is taken once the dict exists.
        fn dict(&mut self, values: &[i128]) -> (SetTable<i128>, Vec<i128>) {
            let mut dict = SetTable::new();
            let mut dict_keys = Vec::new();
            for &v in values {
                if dict.insert(self.hash(v), v, self.cmp()).unwrap() {
                    dict_keys.push(v);
                }
            }
            self.calls.clear();
            (dict, dict_keys)
        }

        fn remove_all(&mut self, table: &mut SetTable<i128>, values: &[i128]) {
            for &v in values {
                table.remove(self.hash(v), |a| self.eq(a, &v)).unwrap();
            }
        }
    }

    fn order(table: &SetTable<i128>) -> Vec<i128> {
        table.iter().map(|(_, k)| *k).collect()
    }

    fn num(tok: &str) -> i128 {
        tok.parse().unwrap_or_else(|_| panic!("bad number {tok}"))
    }

    /// Runs one case of the script, one operation per line, checking every expectation.
    fn run_case(name: &str, lines: &[Vec<&str>]) {
        let mut sets: HashMap<String, SetTable<i128>> = HashMap::new();
        let mut keys = Keys {
            pool: None,
            calls: Vec::new(),
        };
        for line in lines {
            let (op, args) = (line[0], &line[1..]);
            let at = || format!("case {name}: {}", line.join(" "));
            if !matches!(op, "calls" | "expect" | "digest" | "cap") {
                keys.calls.clear();
            }
            let get = |sets: &HashMap<String, SetTable<i128>>, n: &str| sets[n].clone();
            let vals = |from: usize| args[from..].iter().map(|t| num(t)).collect::<Vec<_>>();
            match op {
                "pool" => {
                    let parse = |t: &&str| {
                        let (v, h) = t.split_once(':').unwrap();
                        (num(v), num(h) as i64)
                    };
                    keys.pool = Some(args.iter().map(parse).collect());
                }
                "new" => {
                    sets.insert(args[0].into(), SetTable::new());
                }
                "add" | "updlist" => {
                    let mut t = sets.remove(args[0]).unwrap();
                    for v in vals(1) {
                        t.insert(keys.hash(v), v, keys.cmp()).unwrap();
                    }
                    sets.insert(args[0].into(), t);
                }
                "lcg" => {
                    let mut t = sets.remove(args[0]).unwrap();
                    for v in lcg_values(&vals(1)) {
                        t.insert(keys.hash(v), v, keys.cmp()).unwrap();
                    }
                    sets.insert(args[0].into(), t);
                }
                "range" => {
                    let t = keys.build(&(0..num(args[1])).collect::<Vec<_>>());
                    sets.insert(args[0].into(), t);
                }
                "lit" | "forlit" => {
                    let v = vals(1);
                    let t = if op == "lit" && v.len() <= 2 {
                        keys.build(&v)
                    } else {
                        let first = keys.build(&v);
                        let konst = keys.build(&order(&first));
                        if op == "forlit" {
                            konst
                        } else {
                            let mut t = SetTable::new();
                            t.merge(&konst, keys.cmp()).unwrap();
                            t
                        }
                    };
                    sets.insert(args[0].into(), t);
                }
                "discard" => {
                    let t = sets.get_mut(args[0]).unwrap();
                    keys.remove_all(t, &vals(1));
                }
                "pop" => {
                    let t = sets.get_mut(args[0]).unwrap();
                    let popped: Vec<i128> = vals(1).iter().map(|_| t.pop().unwrap().1).collect();
                    assert_eq!(popped, vals(1), "{}", at());
                }
                "clear" => sets.get_mut(args[0]).unwrap().clear(),
                "copy" => {
                    let t = sets[args[1]].copy();
                    sets.insert(args[0].into(), t);
                }
                "union" | "inter" | "diff" | "sym" => {
                    let a = &sets[args[1]];
                    // The same name is the same object: pass one reference twice.
                    let b = &sets[args[2]];
                    let t = match op {
                        "union" => a.union(b, keys.cmp()),
                        "inter" => a.intersection(b, keys.cmp()),
                        "diff" => a.difference(b, keys.cmp()),
                        _ => a.symmetric_difference(b, keys.cmp()),
                    };
                    sets.insert(args[0].into(), t.unwrap());
                }
                "update" | "iinter" | "idiff" | "isym" => {
                    let b = get(&sets, args[1]);
                    let same = args[0] == args[1];
                    let a = sets.get_mut(args[0]).unwrap();
                    match op {
                        "update" if same => {}
                        "update" => a.merge(&b, keys.cmp()).unwrap(),
                        "iinter" if same => a.replace_body(a.copy()),
                        "iinter" => a.intersection_update(&b, keys.cmp()).unwrap(),
                        _ if same => a.clear(),
                        "idiff" => a.difference_update(&b, keys.cmp()).unwrap(),
                        _ => a.symmetric_difference_update(&b, keys.cmp()).unwrap(),
                    }
                }
                "subset" | "superset" | "disjoint" | "seteq" => {
                    let (a, b) = (&sets[args[0]], &sets[args[1]]);
                    let got = match op {
                        "subset" => a.is_subset(b, keys.cmp()),
                        "superset" => a.is_superset(b, keys.cmp()),
                        "disjoint" => a.is_disjoint(b, keys.cmp()),
                        _ => a.set_eq(b, keys.cmp()),
                    };
                    assert_eq!(got.unwrap(), args[2] == "1", "{}", at());
                }
                "fhash" => {
                    assert_eq!(
                        i128::from(sets[args[0]].frozenset_hash()),
                        num(args[1]),
                        "{}",
                        at()
                    );
                }
                "dictupd" => {
                    let (_, dict_keys) = keys.dict(&vals(1));
                    let t = sets.get_mut(args[0]).unwrap();
                    t.presize_for_dict(dict_keys.len());
                    for v in dict_keys {
                        t.insert(keys.hash(v), v, keys.cmp()).unwrap();
                    }
                }
                "diffdict" => {
                    let (dict, dict_keys) = keys.dict(&vals(2));
                    let a = &sets[args[1]];
                    let t = if (a.len() >> 2) > dict_keys.len() {
                        let mut t = a.copy();
                        keys.remove_all(&mut t, &dict_keys);
                        t.compact_if_many_dummies();
                        t
                    } else {
                        let mut t = SetTable::new();
                        for (h, k) in a.iter() {
                            if !dict.contains(h, |s| keys.eq(s, k)).unwrap() {
                                t.insert(h, *k, keys.cmp()).unwrap();
                            }
                        }
                        t
                    };
                    sets.insert(args[0].into(), t);
                }
                "isymdict" => {
                    let (_, dict_keys) = keys.dict(&vals(1));
                    let t = sets.get_mut(args[0]).unwrap();
                    for v in dict_keys {
                        let h = keys.hash(v);
                        if t.remove(h, |s| keys.eq(s, &v)).unwrap().is_none() {
                            t.insert(h, v, keys.cmp()).unwrap();
                        }
                    }
                }
                "isymiter" => {
                    let tmp = keys.build(&vals(1));
                    let t = sets.get_mut(args[0]).unwrap();
                    t.symmetric_difference_update(&tmp, keys.cmp()).unwrap();
                }
                "subsetiter" => {
                    let tmp = keys.build(&vals(2));
                    let got = sets[args[0]].is_subset(&tmp, keys.cmp()).unwrap();
                    assert_eq!(got, args[1] == "1", "{}", at());
                }
                "supersetiter" | "disjointiter" => {
                    let a = &sets[args[0]];
                    let mut got = true;
                    for v in vals(2) {
                        let found = a.contains(keys.hash(v), |s| keys.eq(s, &v)).unwrap();
                        if found == (op == "disjointiter") {
                            got = false;
                            break;
                        }
                    }
                    assert_eq!(got, args[1] == "1", "{}", at());
                }
                "diffiter" => {
                    let mut t = sets[args[1]].copy();
                    keys.remove_all(&mut t, &vals(2));
                    t.compact_if_many_dummies();
                    sets.insert(args[0].into(), t);
                }
                "dupditer" => {
                    let t = sets.get_mut(args[0]).unwrap();
                    keys.remove_all(t, &vals(1));
                    t.compact_if_many_dummies();
                }
                "interiter" => {
                    let a = &sets[args[1]];
                    let mut t = SetTable::new();
                    for v in vals(2) {
                        let h = keys.hash(v);
                        if a.contains(h, |s| keys.eq(s, &v)).unwrap() {
                            t.insert(h, v, keys.cmp()).unwrap();
                            if t.len() >= a.len() {
                                break;
                            }
                        }
                    }
                    sets.insert(args[0].into(), t);
                }
                "symiter" => {
                    let mut t = keys.build(&vals(2));
                    t.symmetric_difference_update(&sets[args[1]], keys.cmp())
                        .unwrap();
                    sets.insert(args[0].into(), t);
                }
                "expect" => assert_eq!(order(&sets[args[0]]), vals(1), "{}", at()),
                "digest" => {
                    let got = order(&sets[args[0]]);
                    let want = (
                        num(args[1]) as usize,
                        u64::from_str_radix(args[2], 16).unwrap(),
                    );
                    assert_eq!((got.len(), fnv(&got)), want, "{}: got {got:?}", at());
                }
                "cap" => assert_eq!(sets[args[0]].capacity() as i128, num(args[1]), "{}", at()),
                "calls" => {
                    let want: Vec<(i128, i128)> = args
                        .iter()
                        .map(|t| {
                            let (a, b) = t.split_once(',').unwrap();
                            (num(a), num(b))
                        })
                        .collect();
                    assert_eq!(keys.calls, want, "{}", at());
                }
                _ => panic!("unknown operation {op}"),
            }
        }
    }

    /// Splits the script into cases; indented lines continue the line above.
    fn run_script(script: &str) -> usize {
        let mut lines: Vec<String> = Vec::new();
        for raw in script.lines().filter(|l| !l.trim().is_empty()) {
            match raw.strip_prefix("  ") {
                Some(more) => {
                    let last = lines.last_mut().unwrap();
                    last.push(' ');
                    last.push_str(more);
                }
                None => lines.push(raw.to_string()),
            }
        }
        let mut cases = 0;
        let mut current: Option<(&str, Vec<Vec<&str>>)> = None;
        for line in &lines {
            let toks: Vec<&str> = line.split(' ').collect();
            if toks[0] == "case" {
                if let Some((name, ops)) = current.take() {
                    run_case(name, &ops);
                    cases += 1;
                }
                current = Some((toks[1], Vec::new()));
            } else {
                current.as_mut().unwrap().1.push(toks);
            }
        }
        if let Some((name, ops)) = current {
            run_case(name, &ops);
            cases += 1;
        }
        cases
    }

    #[test]
    fn matches_cpython_scripts() {
        assert_eq!(run_script(CPYTHON_3_11), 80);
    }

    #[test]
    fn brief_examples_spelled_out() {
        let mut keys = Keys {
            pool: None,
            calls: Vec::new(),
        };
        let s = keys.build(&[3, 1, 2, 100, -5, 1 << 40]);
        assert_eq!(order(&s), [1 << 40, 1, 2, 3, 100, -5]);
        let r = keys.build(&(0..20).collect::<Vec<_>>());
        let d = r
            .difference(&keys.build(&[3]), |a, b| keys.eq(a, b))
            .unwrap();
        assert_eq!(
            order(&d),
            [
                0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
            ]
        );
        // set.pop() walks on from where the last pop stopped, even across clear().
        let mut p = keys.build(&[5, 6, 7]);
        assert_eq!(p.pop(), Some((5, 5)));
        p.clear();
        for v in [1, 2, 9] {
            p.insert(v as i64, v, |a, b| keys.eq(a, b)).unwrap();
        }
        assert_eq!(p.pop(), Some((9, 9)));
        assert_eq!(
            (p.pop(), p.pop(), p.pop()),
            (Some((1, 1)), Some((2, 2)), None)
        );
    }

    #[test]
    fn comparison_errors_propagate() {
        let mut s: SetTable<i128> = SetTable::new();
        s.insert(8, 8, |_, _| Err::<bool, &str>("unreachable"))
            .unwrap();
        assert_eq!(s.insert(8, 16, |_, _| Err("boom")), Err("boom"));
        assert_eq!(s.contains(8, |_| Err("boom")), Err("boom"));
        assert_eq!(s.remove(8, |_| Err("boom")), Err("boom"));
        assert_eq!(s.len(), 1);
        // Misses never compare: different hashes are enough.
        assert_eq!(s.contains(9, |_| Err("boom")), Ok(false));
    }

    #[test]
    fn iterating_by_position() {
        let mut keys = Keys {
            pool: None,
            calls: Vec::new(),
        };
        let s = keys.build(&[40, 3, 11]);
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((next, hash, key)) = s.next_from(pos) {
            assert_eq!(hash, int_hash(*key));
            seen.push(*key);
            pos = next;
        }
        assert_eq!(seen, order(&s));
    }

    const CPYTHON_3_11: &str = "
case brief_display
lit A 3 1 2 100 -5 1099511627776
expect A 1099511627776 1 2 3 100 -5
cap A 16
new B
add B 3 1 2 100 -5 1099511627776
expect B 1099511627776 1 2 3 100 -5
cap B 32
range R 20
lit T 3
diff D R T
digest D 19 f28dcabf39221808
cap D 64
lit X 1 2 3
lit Y 10 20
union U X Y
expect U 1 2 3 20 10
cap U 16
lit N -1 -2 0 1
expect N 0 1 -1 -2
cap N 8
lit M 0 8 16 24 32 40
expect M 0 32 16 8 24 40
cap M 16
pop M 0 32 16
expect M 8 24 40
cap M 16
case forlit_constants
forlit F0 -30064771072 -672 224 -608 -2048 -107374182400 -2176 5242880 -2097152 296 -136 -592 8
  -320 -8589934592 832 -60129542144 19456 448 -38654705664
expect F0 -30064771072 -2048 -2176 -107374182400 5242880 -2097152 -8589934592 -60129542144 8
  19456 -38654705664 -608 296 -592 448 -320 832 224 -672 -136
forlit F1 37 26 6 13 7 14 4 3 24 -1 17 33 -7 32 14 -9 11 34 23 15 13 -4 32
expect F1 3 4 6 7 11 13 14 15 17 23 24 26 32 33 34 37 -9 -7 -4 -1
forlit F2 -511 26 2305843009213693953 32 -2305843009213693934 2305843009213693950 4752 23 11
  -2305843009213693952 5 13 3318 17
expect F2 32 -511 2305843009213693953 5 11 13 4752 17 -2305843009213693934 3318 23
  2305843009213693950 26 -2305843009213693952
forlit F3 -385 1071
expect F3 -385 1071
forlit F4 -39936 576 39936 -184 -42949672960 0 1024 64 -992 -192 23552 192 -544 312 248
  73014444032 2097152 -1984 448 -29360128 -32 6291456 -256 -416 -1408 154618822656 -992 1152
expect F4 -39936 39936 1024 -42949672960 0 23552 73014444032 2097152 -29360128 6291456
  154618822656 -992 1152 312 192 -1984 64 576 -192 448 -184 -1408 -544 -32 -416 248 -256
forlit F5 -30720 -2240 2112 30408704 -64 -576 464 -928 -2048 -192 960 7340032 -68719476736
  60129542144
expect F5 -30720 30408704 2112 -2240 -64 -576 -928 -2048 -192 960 7340032 -68719476736
  60129542144 464
forlit F6 -6917529027641081851 -4 -3 -2305843009213693952 10 18446744073709551618 23 14336 29 36
  -2305843009213693952 -2305843009213693952 -1 -17408 -8 9223372036854775805
  -2305843009213693951 -2305843009213693950 -1 4611686018427387918 -64 6
expect F6 14336 -17408 9223372036854775805 -6917529027641081851 -2305843009213693951
  -2305843009213693950 6 10 18446744073709551618 4611686018427387918 23 29 36 -64
  -2305843009213693952 -8 -4 -3 -1
forlit F7 30 29 -10 -3 8 25 -3 7340032 1074 784 15 18446744073709551618 29 -913 0 33
  -4611686018427387887 -2305843009213693951 3 -3 365 120259084288 19456 -3 3534
  4611686018427387916 -918 2305843009213693950
expect F7 7340032 0 -2305843009213693951 3 120259084288 19456 8 18446744073709551618
  4611686018427387916 15 784 -4611686018427387887 25 29 30 33 1074 3534 -918 365 -913 -10 -3
  2305843009213693950
case literal_displays
lit L0 -6 -10 0 -10 34 25 16 33 -10 9 15 29 1 24 7 35 9 -5 0 -9 34 -3 18 -7 -6 12 -2 4 37 28 20
  10 36 28 -1 31 -6
digest L0 29 3ee2a5a1a7d05136
cap L0 64
lit L1 -115964116992 704 111669149696 896 107374182400 94489280512 -133143986176 98784247808 640
  23552 -28672 2240 146028888064 -1280 -15728640 608 96 27648 0 -1216 17408 -1024 256 -19922944
  -640 -368 -3145728 -40894464 -224 208 146028888064 2304
digest L1 31 73c79aac3c426823
cap L1 64
lit L2 4611686018427387897 -6917529027641081835 -4611686018427387899
expect L2 4611686018427387897 -6917529027641081835 -4611686018427387899
cap L2 8
lit L3 32 15 20 -5 9 36 11 39 32 24 18 -3 31
expect L3 32 36 39 9 11 15 18 20 24 -5 -3 31
cap L3 32
lit L4 740 -20 3217 2526 1106 2008 3808 3306 560 2393 1670 3899 -473 479
digest L4 14 dd8e64ad63566774
cap L4 32
lit L5 -24576 -27262976 96 -98784247808 -832 56 200 17408 -51539607552 77309411328 32 -512 176
  -90194313216 -560 10240 576 2496 16 -320 16384 -2368 28672 -38797312 103079215104 15728640
  -1152 -2560 88 -163208757248 184 256 -1088 -9216 -36700160 -768
digest L5 36 f240d2670620ddc2
cap L5 128
lit L6 2834 1235 -493 2213
expect L6 2834 -493 2213 1235
cap L6 8
lit L7 64 304 -432
expect L7 64 304 -432
cap L7 8
lit L8 38 33 32 -7 24 16 36 19 21 -9 13 9 17 -6 9 8 -3 33 32 29 22 -7 -3 -2 12 37 3 39
digest L8 23 e0ab4d862d41c892
cap L8 64
lit L9 1807 2055 4790 -8 1717 2345 2948 -86 -444 2010 4390 -694 2286 2135 1257 2912 1733 560 341
  -828 3400 4320 3156 1864 2442 2917 4712 705 386 1471 4 2467 3200
digest L9 33 37c0a7d8a6d03207
cap L9 128
case insert_0
new A
lcg A 993954 700 50 -10 1
digest A 50 6d22e298d01a8147
cap A 128
fhash A -2543738307791169906
case insert_1
new A
add A -699 1872 212 2000 4761 -657 4940 4241 1007 -608 1950 -254 2883 3352 4602 3305 3649 4919
  -65 4187 1635 4071 1332 3012 1165 1285 3756 1518 2620 2654
digest A 30 5201caadcb6fef8
cap A 128
fhash A -5788892725832638795
case insert_2
new A
add A 4611686018427387904 -4611686018427387893 12 -6917529027641081834 -2305843009213693946
  -4611686018427387903 -2305843009213693950 -5 8 -4611686018427387897 4611686018427387912 9
  -2305843009213693946 -2305843009213693950 4611686018427387916 7 -6917529027641081841
  4611686018427387919 4611686018427387912 -6917529027641081837 4611686018427387901
  -4611686018427387903 -2305843009213693952 2305843009213693955 -2305843009213693948
  -4611686018427387902 -4 2305843009213693964 19 -4611686018427387895
digest A 26 f2764ec9909b6b54
cap A 128
fhash A -4956439873127355137
case insert_3
new A
add A 18446744073709551613 -2 -2 -2305843009213693952 2969
expect A 2969 18446744073709551613 -2 -2305843009213693952
cap A 8
fhash A -758955840991305916
case insert_4
new A
add A -232 -32768 12884901888
expect A -232 -32768 12884901888
cap A 8
fhash A 3234896012652737309
case insert_5
new A
add A -3 4611686018427387911 -31457280 -4611686018427387897 -2305843009213693952
expect A -31457280 -4611686018427387897 4611686018427387911 -3 -2305843009213693952
cap A 32
fhash A -4604219458970924611
case insert_6
new A
add A 3410 17 -6917529027641081857 2305843009213693950 -3 -1 0
expect A 0 17 3410 -1 -6917529027641081857 -3 2305843009213693950
cap A 32
fhash A 6605990184528389939
case insert_7
new A
add A 32 -4 -3 -2305843009213693952 21 2305843009213693948 33 -984 81 -64 3199 -5
  1152921504606846979 25 -9 3721 1152921504606846977 -4 -100
digest A 18 af8fc6862e3a6b32
cap A 32
fhash A -7206629125167714437
case insert_8
new A
add A 2305843009213693950 32 21
expect A 32 21 2305843009213693950
cap A 8
fhash A -3305266162847507277
case insert_9
new A
add A 11 -9 28 12 29 19 1
expect A 1 11 12 19 -9 28 29
cap A 32
fhash A -1569533404151865830
case insert_10
new A
add A 2305843009213693966 -6917529027641081853 -4611686018427387887 -5 -2305843009213693943
expect A -6917529027641081853 -2305843009213693943 2305843009213693966 -4611686018427387887 -5
cap A 32
fhash A -7526414110001227086
case insert_11
new A
add A 3731 1657 2032
expect A 2032 1657 3731
cap A 8
fhash A -1711397461566446135
case churn_0
new A
add A -9 8 25 27 -10
expect A 8 -10 -9 25 27
cap A 32
discard A 2 14 32
expect A 8 -10 -9 25 27
cap A 32
pop A 8 -10 -9
expect A 25 27
cap A 32
add A 7 36 27 35 -2 25
expect A 35 36 7 25 27 -2
cap A 32
discard A 7 33
expect A 35 36 25 27 -2
cap A 32
add A 25 27 -2 33 38 25
expect A 33 35 36 38 25 27 -2
cap A 32
add A 27
expect A 33 35 36 38 25 27 -2
cap A 32
discard A 36 33 8
expect A 35 38 25 27 -2
cap A 32
add A 25 27 27
expect A 35 38 25 27 -2
cap A 32
discard A 36 38 33 2 27
expect A 35 25 -2
cap A 32
discard A -2 8 35 14 2 7 -2 -9
expect A 25
cap A 32
discard A -2 25 33 38 8 32
expect A
cap A 32
copy B A
expect B
cap B 8
fhash A 133146708735736
case churn_1
new A
discard A -2240 -288 25769803776 -272 25165824
expect A
cap A 8
add A -128 80 -2240 -1472 -272 25769803776 28672
expect A -128 -2240 -1472 25769803776 28672 -272 80
cap A 32
discard A -32 25165824 -128 28672 -1472 -176 24
expect A -2240 25769803776 -272 80
cap A 32
discard A 0 -32 -2240 -1472 25165824 80 25769803776
expect A -272
cap A 32
discard A 28672 -128
expect A -272
cap A 32
add A 80 -288 -32 25165824 28672 -144 272 -128
expect A -128 28672 25165824 -32 -288 -272 80 -144 272
cap A 32
add A 24 -272 -288 -1472 -128 0
expect A -128 28672 25165824 -32 -288 -1472 0 -272 80 -144 272 24
cap A 32
add A 80
expect A -128 28672 25165824 -32 -288 -1472 0 -272 80 -144 272 24
cap A 32
clear A
expect A
cap A 8
add A -128 -2240 25165824 -32 -1472 272 24
expect A -128 25165824 -2240 -32 -1472 272 24
cap A 32
add A 25769803776 -176 28672 25165824 -128 24
expect A -128 25165824 -2240 -32 -1472 25769803776 28672 272 -176 24
cap A 32
discard A -288
expect A -128 25165824 -2240 -32 -1472 25769803776 28672 272 -176 24
cap A 32
discard A -32 -144 25165824 24
expect A -128 -2240 -1472 25769803776 28672 272 -176
cap A 32
add A -28311552 -144 -176 -128 -32 0 24
expect A -128 -32 -2240 -28311552 -1472 25769803776 28672 0 272 -176 -144 24
cap A 32
add A 25769803776
expect A -128 -32 -2240 -28311552 -1472 25769803776 28672 0 272 -176 -144 24
cap A 32
pop A -128 -32 -2240 -28311552
expect A -1472 25769803776 28672 0 272 -176 -144 24
cap A 32
copy B A
expect B -1472 25769803776 28672 0 272 -176 -144 24
cap B 32
fhash A 3708845286685872658
case churn_2
new A
add A -6 -5 33 24 3 -6 19 -3
expect A 33 3 19 24 -6 -5 -3
cap A 32
add A 25 7 1 7 11 30 20
digest A 13 d895969372d8ac7d
cap A 32
add A 4 24 37 -7 30
digest A 16 1b45313b6753ca71
cap A 32
discard A 20 25 10 33 3 34 15 -7
expect A 1 4 37 7 11 19 24 -6 -5 -3 30
cap A 32
discard A 21 28 20 23 29 -6 -9
expect A 1 4 37 7 11 19 24 -5 -3 30
cap A 32
add A 24
expect A 1 4 37 7 11 19 24 -5 -3 30
cap A 32
discard A 15 10 36
expect A 1 4 37 7 11 19 24 -5 -3 30
cap A 32
add A 12 21 21 25
digest A 13 92085d96e7319de3
cap A 32
clear A
expect A
cap A 8
discard A 18 26 -7 12 7 21
expect A
cap A 8
add A -5
expect A -5
cap A 8
add A 36 -3 -6 21 37 15 16
expect A 36 37 15 16 21 -6 -5 -3
cap A 32
discard A 7 11 -3
expect A 36 37 15 16 21 -6 -5
cap A 32
clear A
expect A
cap A 8
discard A 29 -6 -7
expect A
cap A 8
discard A 7 4 38 29 11 21 26
expect A
cap A 8
pop A
expect A
cap A 8
copy B A
expect B
cap B 8
fhash A 133146708735736
case churn_3
new A
add A -6917529027641081841
expect A -6917529027641081841
cap A 8
add A 4611686018427387915 4611686018427387901 -2305843009213693951
expect A -2305843009213693951 4611686018427387915 -6917529027641081841 4611686018427387901
cap A 8
add A 707 -161
expect A -2305843009213693951 707 4611686018427387915 -6917529027641081841 4611686018427387901
  -161
cap A 32
add A 18446744073709551617 -1 4 39 18 -7
expect A -2305843009213693951 707 4 39 18446744073709551617 4611686018427387915
  -6917529027641081841 18 -1 -7 4611686018427387901 -161
cap A 32
discard A 4 22 4063 -1920 -1152
expect A -2305843009213693951 707 39 18446744073709551617 4611686018427387915
  -6917529027641081841 18 -1 -7 4611686018427387901 -161
cap A 32
discard A 5
expect A -2305843009213693951 707 39 18446744073709551617 4611686018427387915
  -6917529027641081841 18 -1 -7 4611686018427387901 -161
cap A 32
add A -34359738368 2305843009213693952 -6917529027641081850 707
digest A 14 fb2089a1e7da5be7
cap A 32
discard A 17 2305843009213693955 2900 -2
digest A 14 fb2089a1e7da5be7
cap A 32
add A -2305843009213693952 -34359738368 27 1267650600228229401496703205376 -2305843009213693952
  -7 21
digest A 18 c921b1bd696feab7
cap A 32
discard A 1267650600228229401496703205376 27 2305843009213693952
digest A 15 38fa84676089ff83
cap A 32
discard A 4611686018427387915 29 -7 39
expect A -2305843009213693951 -34359738368 707 -6917529027641081850 18446744073709551617
  -6917529027641081841 18 21 -1 -2305843009213693952 4611686018427387901 -161
cap A 32
pop A -2305843009213693951
expect A -34359738368 707 -6917529027641081850 18446744073709551617 -6917529027641081841 18 21
  -1 -2305843009213693952 4611686018427387901 -161
cap A 32
add A 24 4719 128 21 3144 -3 39 -73014444032
digest A 18 487563171eae96f1
cap A 64
discard A -2305843009213693942 27 4611686018427387901
digest A 17 de118435fea43771
cap A 64
discard A -1920 -2305843009213693939 1152921504606846979 -4611686018427387901 24 -1
  2305843009213693952 4
digest A 15 9864d648c18efa4f
cap A 64
discard A -6917529027641081841 -4611686018427387901 31457280 -6917529027641081841
digest A 14 111eb8d7b60682a1
cap A 64
pop A 128 -73014444032
expect A -34359738368 707 -6917529027641081850 3144 18446744073709551617 18 21 -161 39 4719
  -2305843009213693952 -3
cap A 64
copy B A
expect B -34359738368 707 -6917529027641081850 39 3144 18446744073709551617 4719 18 21 -3
  -2305843009213693952 -161
cap B 32
fhash A 7739382112457020452
case churn_4
new A
add A 4892 4076 1132
expect A 4076 1132 4892
cap A 8
add A -805 4013 575 75
expect A 75 4076 1132 4013 -805 4892 575
cap A 32
discard A 3443 2790 3438 4961 3335
expect A 75 4076 1132 4013 -805 4892 575
cap A 32
add A 4961 3572
expect A 4961 75 4076 1132 4013 3572 -805 4892 575
cap A 32
add A 2801
expect A 4961 75 4076 1132 4013 2801 3572 -805 4892 575
cap A 32
discard A -500 3335 1322 -721
expect A 4961 75 4076 1132 4013 2801 3572 -805 4892 575
cap A 32
add A 3438 3811 -755 4555 3616 763 -521 2074
digest A 18 a67c65e4886cbc91
cap A 32
add A 2197 444 -721 4742
digest A 22 aef728189aae7eec
cap A 128
discard A 4826 2074
digest A 21 b1ffc60342e7bd1d
cap A 128
discard A 3446
digest A 21 b1ffc60342e7bd1d
cap A 128
discard A 181
digest A 21 b1ffc60342e7bd1d
cap A 128
add A 3811
digest A 21 b1ffc60342e7bd1d
cap A 128
discard A 4298 2131 2759 2502 -721
digest A 20 d1f56860d3fda1f6
cap A 128
discard A -892
digest A 20 d1f56860d3fda1f6
cap A 128
discard A 4961
digest A 19 c88ec060b022c63c
cap A 128
copy B A
digest B 19 a832915ce6943840
cap B 64
fhash A 163211815818602937
case churn_5
new A
discard A -38797312 -264 128 272 -2240 -11534336
expect A
cap A 8
add A 0 -34359738368
expect A 0 -34359738368
cap A 8
discard A -1280
expect A 0 -34359738368
cap A 8
add A -128 -264 -384 -1024
expect A 0 -34359738368 -128 -384 -1024 -264
cap A 32
add A 496 -2176 144 1536 2432 -576
expect A 0 -34359738368 -128 -384 -1024 -2176 1536 2432 -576 496 144 -264
cap A 32
discard A 56 1472 -336 2432 1184 -704 -34359738368
expect A 0 -128 -384 -1024 -2176 1536 -576 496 144 -264
cap A 32
add A 13312 10485760 141733920768 56 -576 -384 -34359738368 128
digest A 16 ed8649f2a5817f93
cap A 32
discard A 34603008 13312 144
digest A 14 7b30ae0f23bb11a
cap A 32
discard A 1088
digest A 14 7b30ae0f23bb11a
cap A 32
discard A -38797312 240 -1024 1184 120
digest A 13 8419953c77c284ba
cap A 32
discard A 56 -1088 1536 -2176 29360128
expect A 0 10485760 -128 -384 -576 141733920768 -34359738368 128 496 -264
cap A 32
add A 144 2432 -704 -384 29360128 312 -38797312 -384
digest A 16 96faf77efc843c8f
cap A 32
copy B A
digest B 16 9ab0c6a10e88409
cap B 64
fhash A -744510739657630799
case churn_6
new A
add A 1
expect A 1
cap A 8
discard A 39 2 16 34 17
expect A 1
cap A 8
pop A 1
expect A
cap A 8
add A 20 2 32 29 33
expect A 32 33 2 20 29
cap A 32
discard A 7
expect A 32 33 2 20 29
cap A 32
discard A 17 20 11 36 31 34
expect A 32 33 2 29
cap A 32
add A 39 34 2 33 18
expect A 32 33 2 34 39 18 29
cap A 32
add A 18 25 2 2
expect A 32 33 2 34 39 18 25 29
cap A 32
discard A 5 39 9 -2
expect A 32 33 2 34 18 25 29
cap A 32
clear A
expect A
cap A 8
pop A
expect A
cap A 8
add A 5 2 17
expect A 17 2 5
cap A 8
copy B A
expect B 17 2 5
cap B 8
fhash A 4883584416310659462
case churn_7
new A
pop A
expect A
cap A 8
pop A
expect A
cap A 8
add A 464 3981 -690 2485 4281 -591 2888
expect A 2888 3981 -690 464 -591 2485 4281
cap A 32
add A 861 2888 3981 900 2673
expect A 900 2888 3981 -690 464 -591 2673 2485 4281 861
cap A 32
discard A 2340 1554
expect A 900 2888 3981 -690 464 -591 2673 2485 4281 861
cap A 32
discard A 2340 2888
expect A 900 3981 -690 464 -591 2673 2485 4281 861
cap A 32
add A 3623 464 2673 2888 3949 4281 861 1554
digest A 13 5573afb378a28c2
cap A 32
pop A 900 3623 2888
expect A 3981 -690 3949 464 -591 2673 1554 2485 4281 861
cap A 32
add A -591 4443
expect A 3981 -690 3949 464 -591 2673 1554 2485 4281 4443 861
cap A 32
discard A 2888 464 3299 -591 4300 2673 4008
expect A 3981 -690 3949 1554 2485 4281 4443 861
cap A 32
add A 464 2485 861 900 3299 464 1035
expect A 3299 900 1035 3981 -690 3949 464 1554 2485 4281 4443 861
cap A 32
add A 3981 900 -591 4281 4443 2485
digest A 13 44bceec94f07e9b9
cap A 32
discard A 4443 4281 2673 4300 1035
expect A 3299 900 3981 -690 3949 -591 464 1554 2485 861
cap A 32
copy B A
expect B 3299 900 3981 -690 3949 464 -591 1554 2485 861
cap B 32
fhash A 5758952222044735979
case pops_0
new A
add A 38654705664 -4611686018427387896 -3 4 0 1152921504606846977 20 29 -2305843009213693951 2
  10 32 3735 141733920768 -10 2 2732 0 -3 -9223372036854775809 4611686018427387902
  2305843009213693950 23 -6917529027641081841 -6917529027641081847 -1237940039285380274899124226
  1152921504606846978 -10 -624 12 -1 4611686018427387917 -9223372036854775806
  2305843009213693952 -2305843009213693934 4797 -4 81604378624 28 -2 -7 -2305843009213693942 24
  -3
pop A 38654705664 0 1152921504606846977 -2305843009213693951
add A -154618822656 15
digest A 37 1c5281c7954ec02a
cap A 128
pop A 4 2
add A 10 7
digest A 36 52a4aded4dae4b87
cap A 128
pop A 141733920768
add A 384 -6 30
digest A 38 2afbab7a5091c8ef
cap A 128
pop A -4611686018427387896 4611686018427387902 -6917529027641081847 10 1152921504606846978
add A -128 2305843009213693948 25
digest A 36 85b7a354ece7c59d
cap A 128
pop A 12
add A 4611686018427387905 4611686018427387907 -1
digest A 37 9cdcdc41be9386da
cap A 128
pop A -6917529027641081841 2305843009213693952 4611686018427387917 -624 -2305843009213693942
  -2305843009213693934
add A 4611686018427387920 1267650600228229401496703205378 2805 -4 3983
digest A 35 691d26b9ac7c3521
cap A 128
clear A
add A -8 28 -6 22 10 31 7 -9 12 21 6 31
pop A 21 22 -9 -8 -6 28 31 6 7 10 12
expect A
cap A 32
case pops_1
new A
add A -2 1152921504606846973 26 13 24 -2240 4522 -3 272 18446744073709551617
  -9223372036854775811 4010 457 -2305843009213693934 -960 723 2305843009213693950 896 5
  9223372036854775806 18446744073709551615
pop A 896 9223372036854775806 5 18446744073709551615
add A 39 33
digest A 19 318e391696601f09
cap A 128
pop A 18446744073709551617 13 272 -2305843009213693934 24
add A 21 -3 20 -10
digest A 17 beba255f02699a67
cap A 128
pop A 26
add A 26 -6 -10 13
digest A 19 f33c8b143b9ecbd2
cap A 128
pop A 33 39 4522 4010 -2240 -960 457
add A -2305843009213693942 1088 -2 624
digest A 15 8a38690dcfbb749a
cap A 128
pop A 723 624
add A -464
digest A 14 4a4fce0b0d4479a1
cap A 128
pop A 1152921504606846973 -2 -10 -9223372036854775811 -6
add A -3
expect A -2305843009213693942 13 20 21 26 -464 1088 -3 2305843009213693950
cap A 128
clear A
add A 39 -7 18 -5 38 -3 15 38 15 -2 30 4
pop A -5 -3 -2 4 38 39 15 18 30 -7
expect A
cap A 32
case pops_2
new A
add A -2305843009213693952 18 -26624 9223372036854775810 -3 -34603008 2305843009213693950 19 261
  556 1267650600228229401496703205377 21 2260 11 2305843009213693950 2305843009213693954 4637
  -61 4204 2305843009213693950 2 -192 -2305843009213693951 -2305843009213693947
  2305843009213693950 -2 240 -7 -2305843009213693951 1945
pop A -26624 -34603008
add A 35 -2305843009213693951
digest A 25 712bd22594b484a9
cap A 128
pop A 1267650600228229401496703205377 2305843009213693954 2 261 9223372036854775810
  -2305843009213693951
add A -1 4611686018427387917 -25165824 -379
digest A 23 14be6f83e04d8283
cap A 128
pop A -2305843009213693947 11 4611686018427387917 18
add A 128849018880 11 18 -9223372036854775806
digest A 23 cb92ad4afd4539b2
cap A 128
pop A 19 21 1945 4637 35 556
add A 24117248 15 -2305843009213693951
digest A 20 c71f0275133a7577
cap A 128
pop A -192 -61 2260 4204
add A 39 136 18 756 1280
digest A 20 a2a3c79102c9f4a9
cap A 128
pop A 240 756 -2305843009213693952 -2 -1 -7
add A 5 1099511627779
digest A 16 f961df7cf0b146b2
cap A 128
clear A
add A 16 -2 -4 19 -9 11 39 -6 21 28 26 11
pop A -6 -4 -2 26 39 11 28 16 19 21 -9
expect A
cap A 32
case pops_3
new A
add A 4 4277 18 2368 18446744073709551618 -1 -2305843009213693952 -6 -1 -85899345920
  2305843009213693950 26 12 18446744073709551617 -128 21 20 -433 8 -1344 -2305843009213693952 -6
  -3
pop A -85899345920 -128 4 8 18446744073709551617 18446744073709551618 12
add A 1152921504606846978
digest A 14 4b4b68e3a1176a76
cap A 128
pop A 18 20 21 26 4277 2368
add A 15 2480 -1
expect A 1152921504606846978 15 2480 -1344 -433 2305843009213693950 -1 -6 -3
  -2305843009213693952
cap A 128
pop A -1344 -433
add A 264 -3
expect A 1152921504606846978 264 15 2480 2305843009213693950 -1 -6 -3 -2305843009213693952
cap A 128
pop A 2305843009213693950 -1 -6
add A -2305843009213693952 1007 30 -1237940039285380274899124225
expect A 1152921504606846978 264 15 30 2480 1007 -3 -2305843009213693952
  -1237940039285380274899124225
cap A 128
pop A -3 -2305843009213693952 -1237940039285380274899124225 1152921504606846978 264 15
add A 0
expect A 0 30 2480 1007
cap A 128
pop A 30 2480 1007 0
add A 5 160 -17408 -1237940039285380274899124223 107374182400
expect A 107374182400 -1237940039285380274899124223 -17408 5 160
cap A 128
clear A
add A 25 23 -6 -7 30 33 5 -8 22 25 23 35
pop A 35 5 22 23 -8 25 -6 -7 30 33
expect A
cap A 32
case algebra_0
lit A 36864 -256 -32 -11534336 27262976 17825792 -288 176 -19922944 -240 -1088 304 864
new B
lcg B 67107 0 4611686018427387904 -2305843009213693952 1
range C 400
copy D A
digest D 13 d6b975fc1df6dd69
cap D 32
sym D A A
expect D
cap D 32
fhash C 680873561120059042
isym A B
digest A 13 d6b975fc1df6dd69
cap A 32
fhash A -4544677458271126579
disjoint A B 1
seteq C A 0
idiff B A
expect B
cap B 8
fhash A -4544677458271126579
case algebra_1
new A
lcg A 241577 40 50 -10 1
new B
lcg B 746299 6 4611686018427387904 -2305843009213693952 1
range C 0
idiff B A
expect B 135158333851101954 1661821586641127750 1292277430054182579 409532468723195347
  1084755287102995128 -123689591295699363
cap B 32
disjoint A B 1
disjoint A C 1
inter D B B
expect D 135158333851101954 1292277430054182579 409532468723195347 1661821586641127750
  1084755287102995128 -123689591295699363
cap D 16
subset C C 1
disjoint A A 0
update C B
expect C 135158333851101954 1292277430054182579 409532468723195347 1661821586641127750
  1084755287102995128 -123689591295699363
cap C 16
isym C A
digest C 36 2db57db598001666
cap C 64
fhash A -8164557405022611462
case algebra_2
lit A 29 33 38 19 34 35 23 10
discard A 23 35 34
new B
lcg B 971548 120 6000 -1000 1
discard B 1059 -57 2867 -706 4622 1064 4467 834 122 364 2625 4031 1401 105
range C 400
discard C 313 278 180 44 236 396 374 167 335 291 350 119 51 204 254 226
inter D C B
expect D 290 329 301 240 311
cap D 32
disjoint C C 0
fhash A 4290329495664803626
subset C B 0
update B A
digest B 111 25b7a5822ff8f938
cap B 512
idiff B A
digest B 106 fbe882677f65a707
cap B 512
disjoint B B 0
sym E A A
expect E
cap E 16
fhash A 4290329495664803626
case algebra_3
range A 400
new B
lcg B 538863 6 6000 -1000 1
new C
lcg C 993500 40 40 -20 2305843009213693951
discard C -39199331156632797167 -4611686018427387902 0 2305843009213693951 29975959119778021363
  16140901064495857657
idiff A A
expect A
cap A 8
union D C C
digest D 19 217a5bb449b86616
cap D 64
diff E A C
expect E
cap E 8
superset A A 1
union D C C
digest D 19 217a5bb449b86616
cap D 64
diff D A C
expect D
cap D 8
iinter A B
expect A
cap A 8
fhash A 133146708735736
fhash A 133146708735736
case algebra_4
range A 0
range B 20
range C 5
iinter C B
expect C 0 1 2 3 4
cap C 32
diff E A A
expect E
cap E 8
fhash A 133146708735736
iinter C B
expect C 0 1 2 3 4
cap C 32
fhash C -6574606388428675546
disjoint A C 1
iinter B C
expect B 0 1 2 3 4
cap B 32
sym D A B
expect D 0 1 2 3 4
cap D 16
fhash A 133146708735736
case algebra_5
new A
lcg A 75279 2 6000 -1000 1
discard A 36
new B
lcg B 253390 40 50 -10 1
discard B 22 2 0 15 34
new C
lcg C 795103 15 50 -10 1
discard C -7 18 9 13
superset B A 0
update B C
digest B 27 1dff85b27155f7b1
cap B 128
union E A C
expect E 3 6 10 4334 20 -2 -9 24 -1
cap E 32
copy D B
digest D 27 f2d65a9af70be617
cap D 64
diff D A B
expect D 4334
cap D 8
union E A C
expect E 3 6 10 4334 20 -2 -9 24 -1
cap E 32
subset C A 0
superset C C 1
fhash A -5584407574074407872
case algebra_6
new A
lcg A 964232 120 50 -10 1
range B 400
discard B 89 306 389 333 218
range C 5
subset B A 0
idiff C B
expect C
cap C 32
copy D A
digest D 46 da21b5fcf7e2fc82
cap D 128
diff D A B
expect D -10 -9 -8 -7 -6 -5 -4 -3 -1 -2
cap D 32
union E B B
digest E 395 e58be6812cda693d
cap E 1024
superset B C 1
iinter B B
digest B 395 e58be6812cda693d
cap B 1024
update B A
digest B 405 c8cbebbb3baa7671
cap B 1024
fhash A -7260590838192181034
case algebra_7
lit A -3 1152921504606846975 -3 36 23 32 -3 -9 11 34 11 22 2305843009213693948 15 4170 934
  -2305843009213693954 4168 -3 -98784247808 -9223372036854775805 -2305843009213693945
  2305843009213693950 -2 1
new B
lcg B 544365 15 50 -10 1
new C
lcg C 802404 40 50 -10 1
inter E A A
digest E 21 d9a1c8c86196cf5f
cap E 64
sym D C B
digest D 26 ec72f3742d5cd220
cap D 64
copy D B
digest D 13 17eea429b184b5c7
cap D 32
copy D B
digest D 13 17eea429b184b5c7
cap D 32
sym D A A
expect D
cap D 64
sym E C A
digest E 36 97e4eae4a88c0dba
cap E 256
copy D B
digest D 13 17eea429b184b5c7
cap D 32
superset A B 0
fhash A -7670743399297941565
case algebra_8
new A
lcg A 225417 6 6000 -1000 1
new B
lcg B 978413 0 50 -10 1
new C
lcg C 91896 15 4611686018427387904 -2305843009213693952 1
iinter C A
expect C
cap C 8
seteq B A 0
copy D B
expect D
cap D 8
subset B C 1
idiff B A
expect B
cap B 8
idiff C A
expect C
cap C 8
fhash A -8406311166299908646
superset C C 1
fhash A -8406311166299908646
case algebra_9
new A
lcg A 24151 40 6000 -1000 1
discard A 1643 2140 4439 2209 4582 4015 4071
new B
lcg B 704968 2 50 -10 1
new C
lcg C 931420 6 80 -40 1024
sym D C C
expect D
cap D 16
seteq A C 0
subset B A 0
subset C A 0
disjoint C C 0
subset B B 1
diff D B A
expect D 33 13
cap D 8
fhash B 5105477159744247422
fhash A 6467876899525094895
case algebra_10
new A
lcg A 489789 0 50 -10 1
new B
lcg B 472782 2 6000 -1000 1
new C
lcg C 747251 2 50 -10 1
inter D C B
expect D
cap D 8
iinter A A
expect A
cap A 8
disjoint A C 1
inter E A B
expect E
cap E 8
idiff B C
expect B 2217 -468
cap B 8
union E B A
expect E 2217 -468
cap E 8
update B B
expect B 2217 -468
cap B 8
diff D A A
expect D
cap D 8
fhash A 133146708735736
case algebra_11
new A
lcg A 917950 6 6000 -1000 1
new B
lcg B 688142 0 50 -10 1
new C
lcg C 878875 0 50 -10 1
update C A
expect C 4831 211 1496 -649 1976 -625
cap C 16
diff E C A
expect E
cap E 8
fhash A 5359815025783675623
isym B A
expect B 1496 -625 211 -649 1976 4831
cap B 32
idiff C B
expect C
cap C 8
disjoint A B 0
superset B C 1
superset B A 1
fhash A 5359815025783675623
case algebra_12
new A
lcg A 386936 2 50 -10 1
lit B 15728640 -29696 -144 -32 -416 -12884901888 264 -288 1184 -77309411328 -28672 128 -16
  -42949672960 -160 160 -288 32 -224 -38797312 9437184 -17408 -98784247808
new C
lcg C 904346 15 40 -20 2305843009213693951
discard C 32281802128991715314 41505174165846491118 -41505174165846491118 -2305843009213693951
  2305843009213693951
superset B C 0
inter D B B
digest D 22 7adabad902cfa0bd
cap D 64
union D A A
expect D 8 9
cap D 8
isym B A
digest B 24 1ed6c570189542c6
cap B 64
sym E B C
digest E 31 e2958b7904199d8b
cap E 64
inter D A A
expect D 8 9
cap D 8
update B B
digest B 24 1ed6c570189542c6
cap B 64
superset B C 0
fhash A 491189059155611496
case algebra_13
new A
lcg A 532800 120 6000 -1000 1
new B
lcg B 238081 15 4611686018427387904 -2305843009213693952 1
range C 0
subset A A 1
iinter B C
expect B
cap B 8
copy D B
expect D
cap D 8
fhash B 133146708735736
iinter A A
digest A 119 36697db9a3ce9179
cap A 256
inter D C A
expect D
cap D 8
sym E B A
digest E 119 36697db9a3ce9179
cap E 256
inter E B B
expect E
cap E 8
fhash A -3493093090719378052
case algebra_14
new A
lcg A 377924 40 6000 -1000 1
discard A 4212 3135 1606 1082 1080 -925 3587 -947 3764 920 1005 2612 2421 3130 4554
range B 0
new C
lcg C 177375 0 50 -10 1
union D A C
digest D 25 f93eec3fd22bb746
cap D 64
seteq B C 1
diff D A A
expect D
cap D 8
superset B C 1
diff D A C
digest D 25 f93eec3fd22bb746
cap D 64
iinter B B
expect B
cap B 8
inter D B A
expect D
cap D 8
subset B B 1
fhash A -6776671586512899556
case algebra_15
new A
lcg A 193001 15 40 -20 2305843009213693951
range B 1
lit C -1237940039285380274899124221 -1237940039285380274899124224 -4611686018427387889 736 -960
  -1 -18874368 -4 30 -1237940039285380274899124221 -2305843009213693944 2305843009213693957
iinter B C
expect B
cap B 8
update C B
expect C -1237940039285380274899124224 736 -960 -1237940039285380274899124221 -18874368
  2305843009213693957 -2305843009213693944 -4611686018427387889 -1 -4 30
cap C 32
copy D A
digest D 14 ce67c87a88d8431d
cap D 32
superset A A 1
union D C A
digest D 25 5bc12105daca9afb
cap D 64
superset B A 0
idiff C B
expect C -1237940039285380274899124224 736 -960 -1237940039285380274899124221 -18874368
  2305843009213693957 -2305843009213693944 -4611686018427387889 -1 -4 30
cap C 32
diff D A A
expect D
cap D 8
fhash A 1997101891562473
case algebra_16
new A
lcg A 968933 40 50 -10 1
discard A 38 21 14 37 22 36 -2
range B 0
range C 20
seteq B C 0
update A C
digest A 33 280613f7a1f71d2c
cap A 128
copy D B
expect D
cap D 8
disjoint C B 1
idiff C A
expect C
cap C 128
sym D A C
digest D 33 6236f3784032070a
cap D 128
iinter C A
expect C
cap C 8
inter D A C
expect D
cap D 8
fhash A -3164265466992508412
case algebra_17
new A
lcg A 146334 15 40 -20 2305843009213693951
discard A -20752587082923245559 18446744073709551608 -34587645138205409265 -32281802128991715314
  -2305843009213693951 41505174165846491118 -25364273101350633461
lit B 176 -160 -115964116992 -312 -120259084288 -18432 -624 -2048 128 0 576 -768 111669149696
  -15360 -288 -17408 448
lit C 4 18 -8 17 31 17 17 23 38 21 -4 24
inter E B A
expect E
cap E 8
subset C C 1
inter E B C
expect E
cap E 8
diff D A B
expect D 2305843009213693951 -41505174165846491118 20752587082923245559 -36893488147419103216
cap D 8
subset C B 0
update C C
expect C 4 38 17 18 21 23 -8 24 -4 31
cap C 32
isym C B
digest C 27 25726c4ac9b746a
cap C 128
union D C B
digest D 27 539772b3193c5222
cap D 128
fhash A 666064876447666
case algebra_18
range A 0
range B 400
new C
lcg C 28620 40 40 -20 2305843009213693951
discard C -2305843009213693951
subset C B 0
update B C
digest B 423 c4018ce128420358
cap B 2048
copy D C
digest D 24 6fae27d0b401e49a
cap D 64
isym B C
digest B 399 18065513046769c9
cap B 2048
iinter B A
expect B
cap B 8
diff E B B
expect E
cap E 8
seteq B A 1
superset C B 1
fhash A 133146708735736
case algebra_19
new A
lcg A 319036 0 50 -10 1
new B
lcg B 744593 2 6000 -1000 1
discard B 3511 -638
range C 400
subset A A 1
sym E B B
expect E
cap E 8
diff E B B
expect E
cap E 8
superset B C 0
isym B A
expect B
cap B 8
disjoint A B 1
copy D B
expect D
cap D 8
copy D C
digest D 400 dff229149225a465
cap D 1024
fhash A 133146708735736
case algebra_20
range A 0
range B 5
range C 5
discard C 0 4
idiff B A
expect B 0 1 2 3 4
cap B 32
superset B B 1
superset C A 1
iinter C C
expect C 1 2 3
cap C 8
inter D A C
expect D
cap D 8
subset B B 1
inter D A B
expect D
cap D 8
update B A
expect B 0 1 2 3 4
cap B 32
fhash A 133146708735736
case algebra_21
new A
lcg A 543376 0 50 -10 1
lit B -320 32768 48 -96 12288 -576 -4194304 -29360128 14336 -624 448 672 8192
lit C 6 -35651584 18 -160 18446744073709551613 -2305843009213693952
  -1237940039285380274899124225 -672 10 7 32 4 9223372036854775807 2305843009213693950
  -2305843009213693951 16 4377 75 -6 -120 18 38 -6 -124554051584
discard C 4377 -672 -6 75 7 -124554051584 6 -2305843009213693951 10 32 18446744073709551613
  -1237940039285380274899124225 2305843009213693950
superset B C 0
sym E B C
digest E 22 c12e9c3d7a3359b6
cap E 128
iinter C B
expect C
cap C 8
superset B A 1
subset B A 0
sym E A A
expect E
cap E 8
copy D C
expect D
cap D 8
iinter A A
expect A
cap A 8
fhash A 133146708735736
case algebra_22
new A
lcg A 169272 0 4611686018427387904 -2305843009213693952 1
range B 20
new C
lcg C 506850 15 50 -10 1
discard C 20 23 31 -4 37 -9 12 0 -6 18 7
update A B
digest A 20 5dcdab9972b08ea5
cap A 64
disjoint C C 0
update A B
digest A 20 5dcdab9972b08ea5
cap A 128
diff E A C
digest E 19 c643005e422bf71
cap E 64
update C B
digest C 22 3dc217b0a0a33337
cap C 64
sym E C C
expect E
cap E 64
iinter B C
digest B 20 5dcdab9972b08ea5
cap B 128
superset B B 1
fhash A 7026028923906358870
case algebra_23
new A
lcg A 187093 15 80 -40 1024
lit B 19 10 20 20 5 39 1 38 29 7 -1 32 31 32 0 29 8 -7 16 35
new C
lcg C 784287 120 6000 -1000 1
union E C C
digest E 120 a72e3d5b061d8e91
cap E 256
update A A
digest A 14 1cfff856d02b761b
cap A 32
idiff A B
digest A 14 1cfff856d02b761b
cap A 32
subset A A 1
update B B
digest B 17 f1c0458b494a585
cap B 64
copy D A
digest D 14 1cfff856d02b761b
cap D 32
isym A B
digest A 31 4a179a4e28742c69
cap A 128
idiff A A
expect A
cap A 8
fhash A 133146708735736
case ratio_0
range R 1000
new S
lcg S 794150 1 1010 -5 1
diff D R S
digest D 999 64091a14668cd5f5
cap D 2048
diff E S R
expect E
cap E 8
copy T S
idiff T R
expect T
cap T 8
copy U R
idiff U S
digest U 999 64091a14668cd5f5
cap U 2048
inter I S R
expect I 567
cap I 8
sym X S R
digest X 999 64091a14668cd5f5
cap X 2048
sym Y R S
digest Y 999 64091a14668cd5f5
cap Y 2048
case ratio_1
range R 100
new S
lcg S 100682 1 110 -5 1
diff D R S
digest D 99 cc22ef7eb250dedb
cap D 256
diff E S R
expect E
cap E 8
copy T S
idiff T R
expect T
cap T 8
copy U R
idiff U S
digest U 99 cc22ef7eb250dedb
cap U 256
inter I S R
expect I 35
cap I 8
sym X S R
digest X 99 cc22ef7eb250dedb
cap X 256
sym Y R S
digest Y 99 cc22ef7eb250dedb
cap Y 512
case ratio_2
range R 100
new S
lcg S 906733 11 110 -5 1
diff D R S
digest D 92 963face3da625d6a
cap D 256
diff E S R
expect E 102 -2
cap E 8
copy T S
idiff T R
expect T 102 -2
cap T 16
copy U R
idiff U S
digest U 92 963face3da625d6a
cap U 256
inter I S R
expect I 71 12 15 16 87 24 89 94
cap I 32
sym X S R
digest X 94 eac82519eeec5d2e
cap X 256
sym Y R S
digest Y 94 eac82519eeec5d2e
cap Y 512
case ratio_3
range R 1000
new S
lcg S 676708 2 1010 -5 1
diff D R S
digest D 998 5fd6e72b00d0a9a5
cap D 2048
diff E S R
expect E
cap E 8
copy T S
idiff T R
expect T
cap T 8
copy U R
idiff U S
digest U 998 5fd6e72b00d0a9a5
cap U 2048
inter I S R
expect I 64 310
cap I 8
sym X S R
digest X 998 5fd6e72b00d0a9a5
cap X 2048
sym Y R S
digest Y 998 5fd6e72b00d0a9a5
cap Y 2048
case ratio_4
range R 333
new S
lcg S 62538 1 343 -5 1
diff D R S
digest D 332 497aae151db7952b
cap D 1024
diff E S R
expect E
cap E 8
copy T S
idiff T R
expect T
cap T 8
copy U R
idiff U S
digest U 332 497aae151db7952b
cap U 1024
inter I S R
expect I 176
cap I 8
sym X S R
digest X 332 497aae151db7952b
cap X 1024
sym Y R S
digest Y 332 497aae151db7952b
cap Y 2048
case ratio_5
range R 100
new S
lcg S 741285 2 110 -5 1
diff D R S
digest D 98 718e043beb80f8c9
cap D 256
diff E S R
expect E
cap E 8
copy T S
idiff T R
expect T
cap T 8
copy U R
idiff U S
digest U 98 718e043beb80f8c9
cap U 256
inter I S R
expect I 50 38
cap I 8
sym X S R
digest X 98 718e043beb80f8c9
cap X 256
sym Y R S
digest Y 98 718e043beb80f8c9
cap Y 512
case ratio_6
range R 20
new S
lcg S 246407 5 30 -5 1
diff D R S
digest D 18 f0b5d9789faaf90b
cap D 64
diff E S R
expect E 20 21
cap E 8
copy T S
idiff T R
expect T 20 21
cap T 16
copy U R
idiff U S
digest U 18 f0b5d9789faaf90b
cap U 64
inter I S R
expect I 2 19
cap I 8
sym X S R
digest X 20 1d534950ea9cf850
cap X 64
sym Y R S
digest Y 20 1d534950ea9cf850
cap Y 128
case ratio_7
range R 100
new S
lcg S 657196 11 110 -5 1
diff D R S
digest D 90 f9a281cb6012265f
cap D 256
diff E S R
expect E -1
cap E 8
copy T S
idiff T R
expect T -1
cap T 8
copy U R
idiff U S
digest U 90 f9a281cb6012265f
cap U 256
inter I S R
expect I 65 34 97 76 50 54 28 29 62 31
cap I 32
sym X S R
digest X 91 fa3f2925aba04727
cap X 256
sym Y R S
digest Y 91 fa3f2925aba04727
cap Y 512
case large
range R 60000
digest R 60000 9c88079ba3726fb5
cap R 131072
new S
lcg S 77 400 70000 -100 1
digest S 398 7f8857a2b288073
cap S 2048
diff D R S
digest D 59670 4f1903275bd3b3b4
cap D 131072
inter I S R
digest I 330 c45aa6266fb1cc8a
cap I 2048
sym X S R
digest X 59738 5f48dbe7b7a180d
cap X 131072
new W
lcg W 99 100001 4611686018427387904 -2305843009213693952 1
digest W 100001 f7102fed7f7ac258
cap W 262144
idiff W R
digest W 100001 f7102fed7f7ac258
cap W 262144
update W S
digest W 100399 51855d79f45eb1d0
cap W 262144
pop W 1833406211824287745 -1087160237503545339 -1301329612620693498 -729518827308843000
  -912327748288511992
digest W 100394 338e455eb14428d6
cap W 262144
case identity
new A0
add A0 3385 2705 3370 518 851 3053 1026 -837 4727 3637
discard A0 1026 518
update A0 A0
expect A0 3370 3053 2705 851 3637 4727 3385 -837
cap A0 32
add A0 4813 300 3988 1822
expect A0 3370 300 3053 4813 2705 851 3988 3637 4727 3385 -837 1822
cap A0 32
new A1
add A1 -633 2053 2304 196 -537 -788 932 3116 4312 4753 4070 1234 4717 -47 -661 814 538 1623 149
  809
discard A1 2304 2053
iinter A1 A1
digest A1 18 e80b9b727aafc9fc
cap A1 64
add A1 119 256 4143 4844
digest A1 22 bc18f0c9158d76a8
cap A1 64
new A2
add A2 3256 261 1900 688 1863 178 1813 3170 4906 3491 3748 -766 3393 2078 1911 1799 3831 4914
discard A2 3393 3170
idiff A2 A2
expect A2
cap A2 8
add A2 2846 802 44 -988
expect A2 802 44 2846 -988
cap A2 8
new A3
add A3 1369 2085 3559 3417 2410 513 -375 1535 -207 4288 3107 4425 4260 890 3703 4630 -435 4923
  4336 44 -394 4899 573 3016 501 3519
discard A3 513 -375
isym A3 A3
expect A3
cap A3 8
add A3 4590 465 1765 2921
expect A3 2921 465 1765 4590
cap A3 8
new A4
add A4 3231 2919 1231
discard A4 1231 2919
union D4 A4 A4
expect D4 3231
cap D4 8
add A4 1613 4106 361 1104
expect A4 361 4106 1613 1104 3231
cap A4 32
new A5
add A5 -442 4818 3425 4656 3008 2132 504 4060 894 3734 3103 3071
discard A5 3008 3425
inter D5 A5 A5
expect D5 -442 4656 3103 4818 2132 3734 504 4060 894 3071
cap D5 32
add A5 1125 1077 -948 3394
digest A5 14 ce998fcba79dc8f2
cap A5 32
new A6
add A6 -340 479 4497 418 2702 1070 2812 4358 -330 -929 2761 2318 2895 4471 1087 1627 4264
discard A6 418 4358
diff D6 A6 A6
expect D6
cap D6 8
add A6 185 2970 -895 1455
digest A6 19 89fd19d1f0caa5a1
cap A6 128
new A7
add A7 4827 -922 -297 1061 3665 452 2283 1184 2050 1391 901 4601 210 3263 3856 3839
discard A7 1184 2050
sym D7 A7 A7
expect D7
cap D7 32
add A7 4870 2259 415 3217
digest A7 18 2cabd5b7673fcd38
cap A7 128
new A8
add A8 3671 466 1662 1896 4169 -484 4049 2798 1947 -264 295 2906 4598 3906 -702 -993 4089 662
  -856 -161 -75 555 -151 1344 -455 801 421
discard A8 662 1947
subset A8 A8 1
add A8 3576 -924 2703 2192
digest A8 29 edf9ced595aac3b7
cap A8 128
new A9
add A9 3715 160 527 1148 3842
discard A9 160 3842
disjoint A9 A9 0
add A9 4511 1213 863 -993
expect A9 3715 -993 527 863 1148 1213 4511
cap A9 32
new A10
add A10 935 -530 386 2129 1244 180 1379 3154 1230 2689 4014 2099 633 -240 2826 2162 1473 1275
  426 3581 4651 185
discard A10 2689 386
seteq A10 A10 1
add A10 2115 2107 2620 2295
digest A10 24 2bb8dfc1d621f0c1
cap A10 128
case iterables_0
new A
lcg A 940675 59 50 -10 1
updlist A -3 -4 27
digest A 33 d3569de2f563b269
cap A 128
dictupd A 6 16 -8 11 31 36 2 13
digest A 36 1dde4fc0e0c22c3
cap A 128
diffiter B A 39 14 30 37 -5 31
digest B 30 dfd4857a7162cddd
cap B 128
interiter C A 19 20 15 33 21 12 12 -10 27 14 16 0 21 5 -7
expect C 33 5 12 14 15 16 19 20 21 -7 27
cap C 32
symiter D A
digest D 36 1dde4fc0e0c22c3
cap D 128
dupditer A -5 32
digest A 34 a69c5cd41ef5a35a
cap A 128
new E
dictupd E -4 31 8 15 5 15 13 33 8 12 -5 19 3 -2 37 39 30 38 8
digest E 16 e111738b99cc7c86
cap E 64
diffdict F E
digest F 16 e111738b99cc7c86
cap F 64
diffdict F A -1 -7
digest F 33 7349a5ced820ce9c
cap F 128
isymdict E 14 7 5 14 39 21 15 19 27 13 -6 19 30
digest E 15 a1af5f2cc268eeb3
cap E 64
isymiter A 32 17 7 31 26 -3 23 32 33 -4
digest A 29 751cd2e39e3b1c48
cap A 128
subsetiter E 0 -8 27 38 15 15 7 19 36 36 21 -6 18 23 21 6 -4 8 9 -1 -5
supersetiter E 0 -4 33 25 3 37 8 10 -3 19 14 38 -6 31 21 -2 10 16 37 36 29 18 39
disjointiter D 0 -8 16 10 7 33 10 -4 14 7 1 10 -3 -6 18 39 23 23 23 -10 19 9 -5 -3 -1 36 -10
case iterables_1
new A
lcg A 623016 34 50 -10 1
discard A 4 9 12 13 16 18 19 21 22 24 25 26 27 28 29 30 32 33 38 39 -8 -4
updlist A 5 -3 -3 -1 -5 -1 -3 -3 -2 -1 31
expect A 5 31 -2 -5 -3 -1
cap A 128
dictupd A 37 -3 38 -1 -8 -1 34 22 11 34 -3 -1 19 -3 -1 -1 -1 -3 13 -3 14 22
digest A 15 f2e55598aa2e1205
cap A 128
diffiter B A -1 12 -1
digest B 14 2ad17a31979f24c1
cap B 32
interiter C A -1 -3 18 -3 16 17 28 -3 -3 -3 -1 -1 -3 -8 -1 -3 -3 -1
expect C -8 -3 -1
cap C 8
symiter D A 21 23 -1
digest D 16 ff9c282b80e55873
cap D 32
dupditer A -3 -3 23 -3 -1 -5 30 15 -3 12 -3 -1 -1 -1 -1 5 -3 22 17 -1 -1 -3 -1 -1 4 -1
expect A 11 13 14 19 31 34 37 38 -2 -8
cap A 128
new E
dictupd E -6 -1 26 -3 2 37 12 13 2 19 -3 -9 -3 -3 -3 31 -3 -8 24 -3 -1 -3 -1 -6 -1 35 -3 32 39
digest E 16 f9f7f7159a0ebce7
cap E 64
diffdict F E -3 26 -1 -1 -3
digest F 13 739b795874286425
cap F 64
diffdict F A -3 -3 -3 17 -3
expect F 34 37 38 11 13 14 19 -8 -2 31
cap F 32
isymdict E -1 -1 -3 -6 -1 -3 -1
digest E 13 d14304deaf79622
cap E 64
isymiter A 1 7 27 -1
digest A 14 874ffaad644b3e29
cap A 128
subsetiter C 1 -3 -1 32 23 31 -8 11 -1 -1 -1 -3 11 -3 18 -3 -1 17 -3 -3 -3 25 35 -1
supersetiter C 0 -7 -1 -2 -3 8 -7 -1 -1 -1 9 -3 -1 -1 -1 -3 -3 -1 -3 23 4 -1 -3 20 -1 24 15
disjointiter A 0 -1 -3 25 7 -6 -1 3 14 7 21 -1 22
case iterables_2
new A
lcg A 837172 26 50 -10 1
discard A 4 5
updlist A 21 -5 27 -6 35 24 6 11 35 -7 16 -9 39 17 19
digest A 24 1d302041b75a3734
cap A 128
dictupd A -7 27 35 -6 29 15 -1 21 -1 -7 31 -10 39 31 35 31 24 39 14 24 34 24 34 16
digest A 27 79dec7d76f5a00af
cap A 128
diffiter B A -9 39 9 25 11 29 12 10 7
digest B 20 d06fe40e3a7c42d3
cap B 64
interiter C A 5 25
expect C 25
cap C 8
symiter D A 12 9 36 13 21 31 25 -9 -10 8 -8 29 11 2 25 16
digest D 18 c981a82b5a142c69
cap D 64
dupditer A 39 -9 -4 35 12 39 36 16 1 3 -4 -8 38 3 31 21 -8 -7 -5 -1 28 33 18 -6 21 33 35 34 25
  -8 36 29 34 27 5 15 36 11 22
expect A 6 9 14 17 19 24 26 -10
cap A 128
new E
dictupd E 28 27 6 34 -5 -9 3 18 34 6 12 27 -4 39 12 22 26 28 21 25 30 4
digest E 17 bdf39cda6c9583d8
cap E 64
diffdict F E
digest F 17 bdf39cda6c9583d8
cap F 64
diffdict F A 25
expect F 6 9 14 17 19 -10 24 26
cap F 32
isymdict E 22 5 27 -8 -10 29 16 10 11 6 17 17 29 24
digest E 23 4b381ff4ad0bc38a
cap E 64
isymiter A 31 -5 16 -9 25 6 12 26 38 0 11 34 33
digest A 17 6ff22bd5754a2bb6
cap A 128
subsetiter A 0 35 27 12
supersetiter C 0 31 28 26 34 -5 26 12 0 24 -8
disjointiter D 0 9 21 -2 12 -6 31 12 11 -8 -10 -1 0 -7 12 27 0 31 2 18 9 1 31 26 26 22 11 38
case iterables_3
new A
lcg A 183652 4 50 -10 1
discard A 18 28 14 39
updlist A 20 17 19 16 -1 23 8 13 15
expect A 8 13 15 16 17 19 20 23 -1
cap A 64
dictupd A 22 18 -10 22 30 27 21
digest A 15 550b3947a626c81d
cap A 64
diffiter B A 3 -1 32 25 -2 14 7 -6 2 32 -8 12 -7 9 9 6 13 25 4
digest B 13 34bbb7ce5a3329b3
cap B 32
interiter C A -2 5 39 -7 34 4 18 0 4 34 0 -4 29 11
expect C 18
cap C 8
symiter D A 7 -8 29 35 -1 19 10 6 34 -9 -1 17 6 9 0
digest D 22 f104a934208971e5
cap D 128
dupditer A 12 10 22 34 20 -4 -8 3 1
digest A 13 cf9bfde00172f4c5
cap A 64
new E
dictupd E 39 33 17
expect E 33 17 39
cap E 8
diffdict F E
expect F 33 17 39
cap F 8
diffdict F A 0 39
digest F 13 336c72ce6e89415
cap F 32
isymdict E 18 12 25 30 38 12 21 21 2 8 18 37
expect E 33 2 37 38 39 8 12 17 18 21 25 30
cap E 32
isymiter A 11 22 11 15 -4 33 -4 28 15
digest A 17 17b334ac86106be6
cap A 64
subsetiter A 0 14 -6 15 35
supersetiter D 0 32 -7 17 5 9 -4 11 14 -1 -4 8 11 27 -8 7 30
disjointiter A 0 -10 30 32 27 22 -1 25 14 24 7 17 35 24 6 22 5 27 31 21 27 -10 12
case iterables_4
new A
lcg A 963956 38 6000 -1000 1
updlist A 4757 38 330 26 4983 11 28 -34 330 21 13 12 -2 -7 1
digest A 48 5cbad273af70c735
cap A 128
dictupd A 3545 16 -5 960 3357 4983 27 -4 1986 34 15 21 581 0 9 1986 -2 3776 9 20 32 2263 692 960
  -6 32
digest A 59 9c5002ecef050dca
cap A 128
diffiter B A 581 -5 692 2834 -1 720 -10 2748 22 11 3357 -8 18
digest B 51 17941add5f851f40
cap B 128
interiter C A 4757 36 4066 4586 -5 330 24 2127 3357 0 4431 3545 23 228
expect C 0 4066 228 330 4586 2127 4431 4757 3545 -5 3357
cap C 32
symiter D A 2127 2748 30 2834 2976 3370 11 2113 -10 16 1986 16 25
digest D 53 71965e370c0a35bf
cap D 128
dupditer A 30 23 2945 35 935 3675 2263 4 20 24 27 36 3258 11 6 34 -6 581 3258 1144 26 2945 0
  3545
digest A 44 e4f8f7f8657bf507
cap A 128
new E
dictupd E 6 15 -8 37 2834 22 32 4431
expect E 32 37 6 15 4431 2834 22 -8
cap E 32
diffdict F E -805 0 3370 3357 -5 22 24 3370 2945 2127 22 2263 720 -1 10 227 22 7 26 3776
expect F 32 37 6 4431 15 2834 -8
cap F 32
diffdict F A
digest F 44 25b8f5d6eef2d08d
cap F 128
isymdict E
expect E 32 37 6 15 4431 2834 22 -8
cap E 32
isymiter A 21 4066 3675 17 3545 23 -805 692 -1 228 2834 -6
digest A 44 195ad097ae62d9fa
cap A 128
subsetiter B 0 -773 2945 4757 33 30 2748 34 -5 2834 2263 1986 -10 236 25 2800 2800 -7 4 2 34
  3545 -7 2489 2976
supersetiter D 0 2976 1 -6 20 14 -2 935 4757 4983
disjointiter B 0 2834 20 0 37 6 -34 2834 1986 -2
case iterables_5
new A
lcg A 481629 48 6000 -1000 1
updlist A 14 23 34 2068 -189 29 9 -3 3319 18
digest A 54 ca75b0522d21b7a0
cap A 128
dictupd A 2068 35 13 1 35 35 1430 -1 36 4 2068 23 22 4313
digest A 61 f2195ebafb90ab2c
cap A 128
diffiter B A 3319
digest B 60 d1382a7157e5c6f0
cap B 128
interiter C A 227 20 30 140 574 2937 3389 -5 -446 8 6
expect C -446 227 140 2937 3389 574
cap C 32
symiter D A -2 -1 8 3708 9 19 -5 23 34 -892
digest D 59 14f7b67e36bbd266
cap D 128
dupditer A -687 7 25 22 4 13 574 2414 3710 35 -51 19 159 2904 21 1526 -189 22 1425 10 28 -892
  602 -2 -189 361 7 33 2391
digest A 43 2bb83302383ea745
cap A 128
new E
dictupd E 2472 361 4180 2391 -298 361 97 -5 32 12
expect E 32 97 2472 361 12 4180 -298 2391 -5
cap E 32
diffdict F E 2542
expect F 32 97 2472 361 12 4180 -298 2391 -5
cap F 32
diffdict F A
digest F 43 4097bf0bcbbe0597
cap F 128
isymdict E -10 1425 -850 31 -5 25 159 227 3389 4 -51 20 38 -850 4370 -51 3389
digest E 21 66c17120cec11dc0
cap E 128
isymiter A 14 1430 4116 3389 21 28 1430 2244 14 -687 227
digest A 40 2917843d00415879
cap A 128
subsetiter E 0 602 97 2542 0 2472 -1 -417 14 5 9 2244 9 3117 8 227 19 32 32 -687 -850 22 159 574
  19 4180 26 2068 1425 2068
supersetiter E 0 -446 17 26 159 -189 11 4916
disjointiter E 0 2068 1394 15 8 34 574 144 4 26 361 38 3710 2063 13 37 36 21 4116
case objects_0
pool 7:3 12:0 0:0 3:3 10:2 8:0 7:3 13:1 6:2 0:0 11:3 3:3 0:0 13:1 7:3 12:0 13:1 2:2 2:2 1:1 6:2
  3:3 4:0 11:3
new A
calls
add A 17 10 6 16 12 8 4 23 5 14 3 15
calls 10,6 17,8 17,4 8,4 6,23 10,23 12,5 6,14 6,3 10,3 12,15 5,15
expect A 12 16 17 6 10 8 4 5 3 15
cap A 32
new B
calls
add B 3 2 4 23 6 1 14 7 16 10 5 18
calls 3,23 3,6 23,6 2,1 23,14 3,14 6,14 7,16 23,10 2,5 1,5 4,18
expect B 2 1 4 23 3 6 7 5 18
cap B 32
new C
calls
add C 6 21 13 17 7 3 18 11 2 10
calls 6,21 13,7 6,3 21,3 17,18 6,11 21,11 21,10 6,10
expect C 2 13 17 21 6 10
cap C 32
union D B A
calls 2,12 7,16 4,17 18,17 23,6 3,6 23,10 4,8 18,8 2,5 1,5 23,3 2,15 1,15
expect D 2 1 4 23 3 6 7 5 18 8
cap D 64
subset A C 0
calls
subsetiter A 0 7 11 20 8 21 0
calls 20,8 11,21 11,0
discard A 13 9 4 8 16 11
calls 16,13 12,9 17,4 8,4 17,8 6,11 10,11 3,11
expect A 17 6 10 5 15
cap A 32
dictupd B 7 20 5
calls 4,20 18,20 2,5 1,5
expect B 2 1 4 23 3 6 7 5 18 20
cap B 32
subsetiter B 0 4
calls
isymiter A 16 8 15
calls 5,15 17,8 17,8
expect A 17 6 10 5 8 16
cap A 32
dictupd B 11 23 9
calls 23,11 3,11 2,9
expect B 2 1 4 23 3 6 7 5 18 20
cap B 32
interiter D B 2 8 14 11 13
calls 4,8 18,8 20,8 23,14 3,14 6,14 23,11 3,11 14,11 7,13
expect D 2 13 8 11 14
cap D 32
inter D C C
calls
expect D 2 13 17 21 6 10
cap D 16
case objects_1
pool 0:0 2:2199023255552 4:4398046511104 4:4398046511104 2:2199023255552 1:1099511627776
  5:5497558138880 4:4398046511104 10:10995116277760 6:6597069766656 9:9895604649984
  13:14293651161088 13:14293651161088 5:5497558138880 6:6597069766656 13:14293651161088
  4:4398046511104 12:13194139533312 12:13194139533312 9:9895604649984 5:5497558138880
  10:10995116277760 13:14293651161088 1:1099511627776
new A
calls
add A
calls
expect A
cap A 8
new B
calls
add B 20 13 23 4 6
calls 20,13 20,6
expect B 20 23 4
cap B 8
new C
calls
add C 0 13 8 16 19 6 15 23 14 12 18 2
calls 13,6 15,12 16,2
expect C 0 13 19 8 16 15 23 14 18
cap C 32
discard B 3 15
calls
expect B 20 23 4
cap B 8
isymdict B 17 7
calls
expect B 20 23 7 4 17
cap B 32
diffiter D A 17 13 6 15 11
calls
expect D
cap D 8
dupditer C 3 6
calls 16,3 13,6
expect C 0 19 8 15 23 14 18
cap C 32
fhash A 133146708735736
calls
disjoint B B 0
calls
add C 23 21 11
calls 8,21 15,11
expect C 0 19 8 15 23 14 18
cap C 32
isymiter B 7 8 12 20 6 3 4
calls 20,6 7,3
expect B 23 8 12 17
cap B 32
symiter D A 4 8 1 11 18 12 23
calls 4,1 11,12
expect D 4 8 23 11 18
cap D 32
superset C A 1
calls
case objects_2
pool 9:1 8:0 0:0 7:3 3:3 7:3 2:2 0:0 1:1 6:2 3:3 5:1 11:3 11:3 11:3 8:0 10:2 9:1 13:1 2:2 0:0
  3:3 1:1 1:1
new A
calls
add A 18 11
calls 18,11
expect A 18 11
cap A 8
new B
calls
add B 7 23 4 2 14
calls 7,2 4,14
expect B 7 23 4 14
cap B 8
new C
calls
add C 14 6 16 7 18 8 10 23 2 5 0 13 17
calls 6,16 18,8 14,10 18,23 8,23 7,2 14,5 10,5 18,0 8,0 14,13 18,17 8,17 0,17
expect C 7 18 16 6 14 8 10 5 0
cap C 32
seteq B B 1
calls 4,14
isymiter A 13 12 3 1 6 23 14
calls 13,12 13,3 3,14 13,14 18,23 11,23 18,23 11,23 3,13 3,13
expect A 1 18 6 11 23 3 13
cap A 32
superset B C 0
calls
isymiter C 4 21 16 3 10 19
calls 4,21 4,3 4,10 16,19 14,3 10,3 5,3 16,19 6,19 14,4 10,4
expect C 7 18 14 8 0
cap C 32
iinter A B
calls 1,7 18,23 11,23 3,4 13,4 3,14 13,14
expect A 23 14
cap A 8
disjointiter A 1 9 0 3 18
calls 23,0 14,3 23,18
dictupd B 15 7 16 22 21 0
calls 7,15 23,22 4,21 23,0
expect B 7 23 15 4 14 16 0
cap B 32
isymiter A 16 9 4
calls 16,9 14,4 14,4 16,9 16,9
expect A 23 16 4 14 9
cap A 32
case objects_3
pool 4:4398046511104 8:8796093022208 5:5497558138880 13:14293651161088 2:2199023255552
  3:3298534883328 9:9895604649984 9:9895604649984 8:8796093022208 10:10995116277760
  1:1099511627776 1:1099511627776 6:6597069766656 3:3298534883328 7:7696581394432
  3:3298534883328 9:9895604649984 11:12094627905536 12:13194139533312 1:1099511627776
  10:10995116277760 0:0 2:2199023255552 4:4398046511104
new A
calls
add A 19 12 17 5 18 8 11 15 13 22 9 6 14
calls 19,11 5,15 5,13
expect A 19 12 18 17 5 8 22 9 6 14
cap A 32
new B
calls
add B 8 1 22 11 14 3 4 7
calls 8,1 22,4
expect B 8 22 3 11 14 7
cap B 32
new C
calls
add C
calls
expect C
cap C 8
isymiter B 6 21 19 12 7
calls 6,7 7,6 11,19
expect B 8 22 3 12 14 21
cap B 32
pop C
calls
expect C
cap C 8
supersetiter B 0 0 10 11 9 12
calls
dictupd C 15 5 20 0 22 14 3
calls
expect C 15 20 0 22 14 3
cap C 16
isymiter A 9 16
calls 6,16
expect A 19 12 18 17 5 8 22 14
cap A 32
disjoint A A 0
calls
union D C B
calls
expect D 15 20 0 22 14 3 8 12 21
cap D 32
disjointiter B 0 21 10 1 15
calls
supersetiter A 1 8
calls
case objects_4
pool 5:1 13:4 3:1 3:1 9:3 5:1 13:4 7:2 12:4 11:3 0:0 12:4 10:3 8:2 3:1 1:0 5:1 9:3 6:2 12:4 11:3
  3:1 7:2 6:2
new A
calls
add A 11 15 17 5 8 6 3
calls 11,8 11,6 5,3
expect A 15 5 3 17 11 6
cap A 32
new B
calls
add B 11 0 4 1 23 18 16 21
calls 11,1 23,18 0,16 0,21
expect B 0 23 4 11 1 21
cap B 32
new C
calls
add C 0 7 1 13 18 20 21 3
calls 7,13 7,18 13,18 0,21 0,3 21,3
expect C 0 18 7 13 1 20 21
cap C 32
interiter D A 13 11 12 17 15 20
calls 17,12 17,20
expect D 15 17 11
cap D 8
sym D B C
calls 18,23 20,4 20,4 1,11 1,11
expect D 7 13 20 4 11
cap D 32
interiter D C 17 2
calls 20,17 0,2 21,2
expect D 2
cap D 8
pop A 15 5
calls
expect A 3 17 11 6
cap A 32
discard B 21
calls 0,21
expect B 0 23 4 11 1
cap B 32
seteq B A 0
calls
symiter D B 17 18 16 23
calls 18,23 16,0 18,23 17,4 11,1 11,1
expect D 11 1
cap D 16
copy D A
calls
expect D 3 17 11 6
cap D 8
isymdict B 10 4 14 8 5 0
calls 0,14 0,14 11,8 0,5
expect B 10 23 1 14
cap B 32
isymdict C 1 5 18 12 13
calls 0,5 20,12 20,12 7,13
expect C 7 12 20 21
cap C 32
case objects_5
pool 0:0 1:1 8:0 3:3 11:3 11:3 13:1 3:3 0:0 5:1 6:2 1:1 10:2 2:2 3:3 10:2 9:1 3:3 4:0 7:3 6:2
  5:1 13:1 11:3
new A
calls
add A 14 16 0 17 10
calls 14,17
expect A 0 16 10 14
cap A 8
new B
calls
add B 4 17 16 14 3 18 0 22 21 10 11 13
calls 4,17 4,14 17,14 4,3 17,3 18,0 16,22 16,21 22,21 16,11 22,11 21,11 10,13
expect B 18 16 0 17 4 22 21 10 11 13
cap B 32
new C
calls
add C 21 4
calls
expect C 21 4
cap C 8
dictupd B 15 3 8 0
calls 10,15 13,15 17,3 18,8 0,8
expect B 18 16 0 17 4 22 21 10 11 13 15
cap B 32
dictupd A 6 8 19
calls 16,6 0,8 14,19
expect A 0 16 10 14 6 19
cap A 16
diff D A C
calls 21,16 4,14 21,6 16,6 4,19 14,19
expect D 0 16 10 14 6 19
cap D 32
disjoint A C 1
calls 16,21 6,21 14,4 19,4
subset A A 1
calls 16,6 14,19
update A B
calls 0,18 14,17 14,4 19,4 16,22 6,22 16,21 6,21 16,11 6,11 21,11 10,13 10,15 13,15
expect A 0 16 10 14 6 19 18 4 21 11 13 15
cap A 64
diff D B A
calls 0,18 14,17 14,4 19,4 16,22 6,22 16,21 6,21 16,11 6,11 21,11 10,13 10,15 13,15
expect D
cap D 8
dictupd B 15 20 7 5
calls 10,15 13,15 10,20 17,7 17,5 4,5
expect B 18 16 0 17 4 22 21 10 11 13 15
cap B 32
case finger_0
new A
lcg A 934606 15 50 -10 1
new B
lcg B 671975 11 50 -10 1
pop A 0 3 8 13
idiff A B
pop A 15 17 20
expect A -9 -8 -3
cap A 32
iinter A A
pop A -3 -9
expect A -8
cap A 8
case finger_1
new A
lcg A 920487 15 50 -10 1
new B
lcg B 291023 16 50 -10 1
pop A 0 37 38 7
isym A B
pop A 13 14 17
digest A 14 ec8ece0525935461
cap A 128
iinter A A
pop A 22 -9
expect A 35 4 37 6 39 -8 24 -6 27 28 -3 30
cap A 32
case finger_2
new A
lcg A 401866 32 50 -10 1
new B
lcg B 366943 10 50 -10 1
pop A 4
iinter A B
pop A 30 39 36
expect A
cap A 8
iinter A A
pop A
expect A
cap A 8
case finger_3
new A
lcg A 896366 18 50 -10 1
new B
lcg B 185035 28 50 -10 1
pop A 0 1 2 35
iinter A B
pop A 12 15 16
expect A 17 -3
cap A 32
iinter A A
pop A 17 -3
expect A
cap A 8
case intersection_ties
new A0
add A0 -960 -8388608 272 -16384 -896 -256 10485760
new B0
add B0 -896 272 10485760 -8388608 -256 -960 -16777216
inter D0 A0 B0
expect D0 -896 -256 -960 10485760 -8388608 272
cap D0 32
inter E0 B0 A0
expect E0 -960 -8388608 -256 -896 10485760 272
cap E0 32
new A1
add A1 608 -22020096 -32 -30720 96 -1984 384
new B1
add B1 96 384 -1984 137438953472 2112 208 24117248
inter D1 A1 B1
expect D1 96 -1984 384
cap D1 8
inter E1 B1 A1
expect E1 96 -1984 384
cap E1 8
new A2
add A2 832 -20480 416 103079215104 -25165824 352 224 480 136 -124554051584 16 120259084288
  -34603008 576 150323855360 137438953472 14336 -432
new B2
add B2 136 -124554051584 120259084288 137438953472 14336 -432 -20480 150323855360 16 -34603008
  -146028888064 -40894464 -704 256 -19922944 -171798691840 8 80
inter D2 A2 B2
expect D2 -124554051584 14336 -20480 120259084288 137438953472 150323855360 -34603008 136 -432
  16
cap D2 32
inter E2 B2 A2
expect E2 -20480 -124554051584 120259084288 -34603008 150323855360 137438953472 14336 136 16
  -432
cap E2 32
new A3
add A3 -13631488 35651584 304 -26624 21504 176 -96 32 -4096 9216 -26214400 272 -35840 232
new B3
add B3 176 -608 -672 26624 38654705664 -288 -64 640 55834574848 18874368 -21474836480 -25600 288
  -2097152
inter D3 A3 B3
expect D3 176
cap D3 8
inter E3 B3 A3
expect E3 176
cap E3 8
new A4
add A4 -39936 -64 15728640 32 111669149696 -94489280512 -2368 11264 768 64 432 -184 -1184
new B4
add B4 111669149696 432 -184 -33792 -81604378624 36864 -560 352 -128849018880 0 29696 5242880
  -736
inter D4 A4 B4
expect D4 111669149696 -184 432
cap D4 8
inter E4 B4 A4
expect E4 111669149696 -184 432
cap E4 8
new A5
add A5 -2176 -16777216 1024 -14336 -3145728 24576
new B5
add B5 -16777216 -14336 -2176 24576 1024 -3145728
inter D5 A5 B5
expect D5 -16777216 -14336 -2176 24576 1024 -3145728
cap D5 32
inter E5 B5 A5
expect E5 -2176 -16777216 1024 -3145728 -14336 24576
cap E5 32
case objects_ties
pool 0:0 0:0 1:1 1:1 2:2 2:2 3:3 3:3 4:4 4:4 5:0 5:0 6:1 6:1 7:2 7:2 8:3 8:3 9:4 9:4 10:0 10:0
  11:1 11:1
new A0
calls
add A0 10 16 22 18 8 2 12 4 20
calls 18,8 22,2 22,12 2,12 10,20
expect A0 10 22 2 16 18 8 12 4 20
cap A0 32
new B0
calls
add B0 11 19 21 5 3 17 23 9 13
calls 11,21 3,23 19,9 3,13 23,13
expect B0 11 21 5 3 19 17 23 9 13
cap B0 32
inter D0 A0 B0
calls 10,11 10,21 20,21 11,21 4,5 22,3 2,3 18,19 16,17 22,23 3,23 18,9 8,9 19,9 22,13 2,13 12,13
  3,13 23,13
expect D0 11 21 5 3 19 17 23 9 13
cap D0 32
disjoint A0 B0 0
calls 10,11
union U0 A0 B0
calls 10,11 10,21 20,21 4,5 22,3 2,3 18,19 16,17 22,23 18,9 8,9 22,13 2,13 12,13
expect U0 10 22 2 16 18 8 12 4 20
cap U0 32
sym S0 A0 B0
calls 11,10 3,22 23,22 3,2 17,16 19,18 9,8 13,12 5,4 21,20
expect S0
cap S0 32
new A1
calls
add A1 14 8 12 20 6 4 16
calls 14,4 6,16
expect A1 20 12 14 6 8 4 16
cap A1 32
new B1
calls
add B1 13 5 21 15 7 9 17
calls 5,15 7,17
expect B1 21 13 5 15 7 9 17
cap B1 32
inter D1 A1 B1
calls 20,21 12,13 14,5 4,5 14,15 5,15 6,7 8,9 6,17 16,17 7,17
expect D1 21 13 5 15 7 9 17
cap D1 32
disjoint A1 B1 0
calls 20,21
union U1 A1 B1
calls 20,21 12,13 14,5 4,5 14,15 6,7 8,9 6,17 16,17
expect U1 20 12 14 6 8 4 16
cap U1 32
sym S1 A1 B1
calls 21,20 13,12 5,14 15,14 7,6 9,8 5,4 17,16
expect S1
cap S1 16
new A2
calls
add A2 0
calls
expect A2 0
cap A2 8
new B2
calls
add B2 1
calls
expect B2 1
cap B2 8
inter D2 A2 B2
calls 0,1
expect D2 1
cap D2 8
disjoint A2 B2 0
calls 0,1
union U2 A2 B2
calls 0,1
expect U2 0
cap U2 8
sym S2 A2 B2
calls 1,0
expect S2
cap S2 8
new A3
calls
add A3 4 14
calls 4,14
expect A3 4 14
cap A3 8
new B3
calls
add B3 15 5
calls 15,5
expect B3 15 5
cap B3 8
inter D3 A3 B3
calls 4,15 14,15 4,5 15,5
expect D3 15 5
cap D3 8
disjoint A3 B3 0
calls 4,15 14,15
union U3 A3 B3
calls 4,15 14,15 4,5
expect U3 4 14
cap U3 8
sym S3 A3 B3
calls 15,4 5,4 15,14
expect S3
cap S3 8
case objects_difference_update_ratio
pool 1:5 0:5 1:5 2:5 100:1000 101:1001 102:1002 103:1003 104:1004 105:1005 106:1006 107:1007
  108:1008 109:1009 110:1010 111:1011 112:1012 113:1013 114:1014 115:1015 116:1016 117:1017
  118:1018 119:1019
new A
calls
add A 0
calls
expect A 0
cap A 8
new B
calls
add B 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
calls 1,2 1,3 2,3
digest B 23 1b46feb72cfdbbc9
cap B 128
idiff A B
calls 2,0
expect A
cap A 8
new A
calls
add A 0 3
calls 0,3
expect A 3 0
cap A 8
idiff A B
calls 0,2
expect A
cap A 8
";
}
