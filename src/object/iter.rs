//! Builtin iterator objects (list/tuple/str/range/dict iterators, enumerate, zip, map, filter,
//! reversed) with fast paths the VM's `FOR_ITER` can use without dynamic dispatch.
