import Glibc

/// Finding bytes in bytes with `memchr` and `memcmp` (glibc's `memmem` is not exported to Swift).
enum ByteSearch {
    /// Offsets (from `hay`'s start) of each non-overlapping occurrence of `needle`, handed to `found`, which returns
    /// where to continue searching.
    static func each(_ needle: [UInt8], in hay: UnsafeRawBufferPointer, _ found: (Int) -> Int) {
        guard let first = needle.first, let base = hay.baseAddress, needle.count <= hay.count else { return }
        needle.withUnsafeBytes { n in
            guard let wanted = n.baseAddress else { return }
            var position = 0
            let last = hay.count - needle.count
            while position <= last {
                guard let hit: UnsafeMutableRawPointer = memchr(base + position, Int32(first), last - position + 1) else { return }
                let offset = UnsafeRawPointer(hit) - base
                // The last byte first: most places where the first byte matches are ruled out without a call.
                if hay[offset + needle.count - 1] == needle[needle.count - 1], memcmp(base + offset, wanted, needle.count) == 0 {
                    position = found(offset)
                } else {
                    position = offset + 1
                }
            }
        }
    }
}
