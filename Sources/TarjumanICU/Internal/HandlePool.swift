internal import CICUShim

/// An ICU object type that carries state while it works (a transliterator,
/// a break iterator), and so must never be used by two threads at once.
protocol ICUHandleKind: Sendable {
    /// Clones a handle (`utrans_clone`, `ubrk_clone`); nil on failure.
    static func clone(_ handle: OpaquePointer) -> OpaquePointer?
    /// Closes a handle (`utrans_close`, `ubrk_close`).
    static func close(_ handle: OpaquePointer)
}

/// A pool of clones of one stateful ICU object.
///
/// Each call takes a clone from the pool (cloning the prototype when the pool
/// is empty), uses it alone, and puts it back, so concurrent callers never share
/// an ICU object and a steady stream of calls creates no ICU objects at all.
/// Measured against one object guarded by a lock, the pool lets 8 tasks run in
/// parallel instead of in turn; against a clone per call, it saves the clone
/// (for a break iterator, as long as segmenting a short sentence).
///
/// It is `@unchecked Sendable` because its only mutable state, the list of idle
/// clones, sits behind a `Locked` (a pthread mutex); the prototype is only read, by `clone`, and
/// that also happens under the lock. A handle is used by one thread between
/// `take` and `give`.
final class ICUHandlePool<Kind: ICUHandleKind>: @unchecked Sendable {
    /// A handle that moves between threads through the pool. `@unchecked
    /// Sendable`: it is used by one thread at a time, which the pool ensures.
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let prototype: OpaquePointer
    private let idle = Locked<[Handle]>([])
    private let maxIdle: Int

    /// Takes ownership of `prototype`; it is closed with the pool.
    init(prototype: OpaquePointer, maxIdle: Int = 16) {
        self.prototype = prototype
        self.maxIdle = maxIdle
    }

    deinit {
        idle.withLock { handles in
            for handle in handles { Kind.close(handle.pointer) }
            handles.removeAll()
        }
        Kind.close(prototype)
    }

    /// Runs `body` with a handle no other thread is using.
    func withHandle<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R {
        let prototype = Handle(pointer: self.prototype)
        let handle: Handle? = idle.withLock { handles in
            handles.popLast() ?? Kind.clone(prototype.pointer).map(Handle.init)
        }
        guard let handle else {
            // Cloning failed (out of memory): fall back to the prototype itself,
            // used while holding the lock so that it stays one thread at a time.
            return try idle.withLock { _ in try body(prototype.pointer) }
        }
        defer {
            let extra: Handle? = idle.withLock { handles in
                if handles.count < maxIdle {
                    handles.append(handle)
                    return nil
                }
                return handle
            }
            if let extra { Kind.close(extra.pointer) }
        }
        return try body(handle.pointer)
    }
}
