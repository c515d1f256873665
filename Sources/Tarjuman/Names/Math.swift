#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natural logarithm (the C library's, without Foundation).
@inline(__always) func log(_ x: Double) -> Double {
    #if canImport(Glibc)
    Glibc.log(x)
    #else
    Darwin.log(x)
    #endif
}

/// e to the power `x`.
@inline(__always) func exp(_ x: Double) -> Double {
    #if canImport(Glibc)
    Glibc.exp(x)
    #else
    Darwin.exp(x)
    #endif
}
