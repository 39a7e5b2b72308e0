//! Size invariants the VM's performance depends on.

#[test]
fn value_is_16_bytes() {
    assert_eq!(std::mem::size_of::<coil::object::Value>(), 16);
}

#[test]
fn instr_is_8_bytes() {
    assert_eq!(std::mem::size_of::<coil::bytecode::Instr>(), 8);
}

#[test]
fn pyresult_of_value_stays_small() {
    assert!(std::mem::size_of::<coil::object::PyResult<coil::object::Value>>() <= 16);
}
