#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The fuzz targets, one per entry point of Tarjuman that takes text. Each
/// checks properties of the result, not only that nothing crashed; a
/// violated property is a crash for libFuzzer (see ``FuzzInput/require(_:_:line:)``).
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `TextNormalizer` under every preset: idempotence, the offset map.
    case normalize
    /// `Tokenizer` with clitic segmentation: token ranges and texts.
    case tokenize
    /// `TransliterationScheme`: forward, and the round trip of reversible schemes.
    case scheme
    /// `Romanizer`: candidates' scores and order.
    case romanize
    /// `Arabizer`: candidates' scores and order.
    case arabize
    /// `NameMatcher`: probabilities in [0, 1], symmetry.
    case score
    /// `ReportAligner`: every span inside its document.
    case align
    /// The text entry points: four times the input takes at most about four times as long.
    case linear

    /// Creates the target's shared objects (normalizers, models, aligner), so
    /// that the first input does not pay for them.
    func prepare() {
        switch self {
        case .normalize: NormalizeTarget.prepare()
        case .tokenize: TokenizeTarget.prepare()
        case .scheme: SchemeTarget.prepare()
        case .romanize: NameTargets.prepareRomanizer()
        case .arabize: NameTargets.prepareArabizer()
        case .score: NameTargets.prepareMatcher()
        case .align: AlignTarget.prepare()
        case .linear: LinearTarget.prepare()
        }
    }

    /// Runs one input.
    func run(_ input: FuzzInput) {
        switch self {
        case .normalize: NormalizeTarget.run(input)
        case .tokenize: TokenizeTarget.run(input)
        case .scheme: SchemeTarget.run(input)
        case .romanize: NameTargets.romanize(input)
        case .arabize: NameTargets.arabize(input)
        case .score: NameTargets.score(input)
        case .align: AlignTarget.run(input)
        case .linear: LinearTarget.run(input)
        }
    }
}

/// The target named by `TARJUMAN_FUZZ_TARGET`, read once (a global is
/// initialized lazily, on first use, and only once). Exits with status 2
/// when the variable is missing or names no target.
let selectedTarget: FuzzTarget = {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
    guard let raw = getenv("TARJUMAN_FUZZ_TARGET") else {
        printError("tarjuman-fuzz: set TARJUMAN_FUZZ_TARGET to one of: \(names)\n")
        exit(2)
    }
    let name = String(cString: raw)
    guard let target = FuzzTarget(rawValue: name) else {
        printError("tarjuman-fuzz: unknown TARJUMAN_FUZZ_TARGET '\(name)'; targets: \(names)\n")
        exit(2)
    }
    return target
}()

/// libFuzzer's set-up hook: picks the target and builds its shared objects
/// before the first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>,
                           _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    selectedTarget.prepare()
    return 0
}

/// libFuzzer's entry point: runs one input through the selected target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let target = selectedTarget
    target.run(FuzzInput(bytes: UnsafeBufferPointer(start: data, count: size), target: target.rawValue))
    return 0
}
