//! Arbitrary bytes as a checklist file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = escalate_fuzz::checklist(data);
});
