//! CRC-32 (IEEE 802.3, the checksum of zip and PNG), written out here
//! rather than taken from a crate: it is a dozen lines, the core has no
//! dependencies, and the first build never carries it. A link's checksum
//! catches every change of one character and every cut at its end, so a
//! damaged link is refused rather than read as another dose. It is not a
//! signature: it stops accidents, not someone who means to forge a link
//! (every number is still checked against the content's ranges).

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
