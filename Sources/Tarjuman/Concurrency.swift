import Dispatch
import TarjumanICU

/// `transform` of every index in `0..<count`, on all cores, results in order:
/// the one parallel loop of the package (cross-referencing, evaluation, training).
package func concurrentMap<R: Sendable>(count: Int, _ transform: @Sendable (Int) -> R) -> [R] {
    guard count > 0 else { return [] }
    let results = ResultBuffer<R>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in results.set(i, transform(i)) }
    return results.values
}

/// `transform` over `items` on all cores, results in order.
package func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    concurrentMap(count: items.count) { transform(items[$0]) }
}

/// `transform` over `items` on all cores, results in order, reporting the
/// stage's progress: `progress(stage, 0, items.count)` first, then
/// `progress(stage, done, items.count)` as each item is done, from the
/// workers' threads (concurrently; two reports may arrive out of order).
package func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], stage: String,
                                                     progress: @Sendable (String, Int, Int) -> Void,
                                                     _ transform: @Sendable (T) -> R) -> [R] {
    progress(stage, 0, items.count)
    let done = Locked(0)
    return concurrentMap(count: items.count) { i in
        let result = transform(items[i])
        let count = done.withLock { $0 += 1; return $0 }
        progress(stage, count, items.count)
        return result
    }
}

/// Results written by concurrent workers, each to its own index.
/// `@unchecked Sendable`: no two workers write the same slot, and the values
/// are read only after all workers finished (concurrentPerform returns).
private final class ResultBuffer<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    deinit {
        buffer.baseAddress.map { _ = $0.deinitialize(count: buffer.count) }
        buffer.deallocate()
    }
    func set(_ index: Int, _ value: Value) { buffer[index] = value }
    var values: [Value] { buffer.map { $0! } }
}
