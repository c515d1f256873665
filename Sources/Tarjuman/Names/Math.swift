#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm (the C library's, without Foundation).
@inline(__always) package func log(_ x: Double) -> Double {
    #if canImport(Glibc)
    Glibc.log(x)
    #else
    Darwin.log(x)
    #endif
}

/// e to the power `x`.
@inline(__always) package func exp(_ x: Double) -> Double {
    #if canImport(Glibc)
    Glibc.exp(x)
    #else
    Darwin.exp(x)
    #endif
}

/// Levenshtein distance of two symbol sequences (insertions, deletions and
/// substitutions cost 1): the one edit distance of the package.
package func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// 1 − edit distance / the longer length, in [0, 1] (1 for two empty sequences).
package func levenshteinSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
    if a.isEmpty && b.isEmpty { return 1 }
    return 1 - Double(editDistance(a, b)) / Double(max(a.count, b.count))
}
