/// A flat open-addressing hash table from 31-bit keys to probabilities: the
/// emission lookups of the name model's inner loop (a few nanoseconds each).
package struct EmissionTable: Sendable {
    private(set) var keys: [UInt32]
    private(set) var values: [Double]
    private var mask: Int
    private(set) var count = 0
    static let empty = UInt32.max

    /// A table from its slots (``keys`` a power of two long).
    init(keys: [UInt32], values: [Double], count: Int) {
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
        self.count = count
    }

    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func slot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 33) & mask
    }

    @inline(__always)
    func value(_ key: UInt32) -> Double {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return 0 }
            i = (i + 1) & mask
        }
    }

    mutating func add(_ key: UInt32, _ amount: Double) {
        let i = slot(for: key)
        values[i] += amount
    }

    mutating func set(_ key: UInt32, _ value: Double) {
        let i = slot(for: key)
        values[i] = value
    }

    /// The slot holding `key`, claimed (with value 0) if the key is new.
    private mutating func slot(for key: UInt32) -> Int {
        if count * 2 >= keys.count { grow() }
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return i }
            if k == Self.empty {
                keys[i] = key
                values[i] = 0
                count += 1
                return i
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { set(k, v) }
    }

    /// All entries.
    var entries: [(key: UInt32, value: Double)] {
        zip(keys, values).filter { $0.0 != Self.empty }.map { ($0.0, $0.1) }
    }
}
