//! Arbitrary bytes as an answers file for the shipped English checklist.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = escalate_fuzz::answers(data);
});
