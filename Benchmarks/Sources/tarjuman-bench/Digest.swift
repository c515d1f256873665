import ICUBaseline

/// What one pass of one implementation over a corpus produced, for checking
/// that Swift and the baselines agree. Mirrors the C side's `bl_result`.
struct Outcome: Equatable {
    /// Output UTF-8 bytes (text operations) or segments (segmentation).
    var units: UInt64 = 0
    /// Segmentation: sum of end offsets plus rule statuses.
    var check: UInt64 = 0
    /// FNV-1a 64 of the outputs, in verification passes only (else 0).
    var digest: UInt64 = 0

    init() {}

    init(_ r: bl_result) {
        precondition(r.status <= 0, "ICU baseline failed with status \(r.status)")
        units = r.units
        check = r.check
        digest = r.digest
    }
}

/// FNV-1a 64, folded exactly as ICUBaseline folds it.
struct Digest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for byte in bytes {
            h ^= UInt64(byte)
            h &*= 0x100_0000_01b3
        }
        value = h
    }

    /// The string's UTF-8 bytes, then the "\n" separator the C side adds per span.
    mutating func add(line text: String) {
        var text = text
        text.withUTF8 { add($0) }
        add(byte: 0x0A)
    }

    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// A little-endian Int32, as the C side folds `int32_t` values on x86 and arm64.
    mutating func add(int32 v: Int32) {
        withUnsafeBytes(of: v.littleEndian) { add($0.assumingMemoryBound(to: UInt8.self)) }
    }
}
