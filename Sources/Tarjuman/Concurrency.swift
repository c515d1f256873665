import Dispatch

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
