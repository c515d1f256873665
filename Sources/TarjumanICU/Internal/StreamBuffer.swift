/// A growable byte buffer that a streaming caller reuses from one block of
/// input to the next (the command-line tools read and write blocks of whole
/// lines): the library's block-level entry points append their output to it,
/// so streaming allocates nothing per line or per block.
///
/// Package API: one buffer belongs to one stream (it is not thread-safe).
package final class StreamBuffer {
    /// The storage: `count` bytes from `base` are filled, `capacity` are allocated.
    package private(set) var base: UnsafeMutablePointer<UInt8>
    package var count = 0
    package private(set) var capacity: Int

    package init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The filled bytes (valid until the next change to the buffer).
    package var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Empties the buffer, keeping its storage.
    package func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes after `count`.
    @inline(__always)
    package func reserve(_ extra: Int) {
        if capacity - count < extra { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        let grown = max(capacity * 2, needed)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }

    /// Appends bytes.
    package func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Takes the storage back from a writer it was lent to (`base`,
    /// `count` and `capacity` handed over): the writer may have grown it,
    /// freeing the old storage, so nothing is freed here. The storage must come
    /// from `UnsafeMutablePointer<UInt8>.allocate`.
    package func adopt(base newBase: UnsafeMutablePointer<UInt8>, count newCount: Int, capacity newCapacity: Int) {
        base = newBase
        count = newCount
        capacity = newCapacity
    }
}
