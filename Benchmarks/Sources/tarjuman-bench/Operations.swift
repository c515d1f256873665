import ICUBaseline
import Tarjuman

// The one place where operations are declared. To benchmark something new
// (an Arabic normalization profile, tokenization ...), add an entry to
// `allOperations()`: a name, the Swift call, and — when there is one — the
// same work done against ICU directly (in ICUBaseline). Helpers below build
// the common shapes: a String -> String transform, and segmentation.

/// One way of doing an operation: the Swift API, or a baseline.
struct Implementation {
    /// Shown in the table's "baseline" column ("Swift" for the library).
    let name: String
    /// One pass over `corpus` in `mode`; with `digest`, also hash all outputs.
    let run: (_ corpus: Corpus, _ mode: Mode, _ digest: Bool) -> Outcome
}

/// An operation to benchmark.
struct Operation {
    /// Its name on the command line (`--ops nfc,words`).
    let name: String
    /// Its name in the table.
    let title: String
    /// Slow operations (transliteration) run on the smaller `--heavy-size` input.
    var heavy = false
    /// Run by default (the others only with `--ops all` or by name).
    var byDefault = true
    /// The most Swift's time may be over a baseline's (the project's target:
    /// 1.15 for normalization and segmentation); nil for no target.
    var goal: Double? = 1.15
    /// Whether the baselines do the same work as Swift, so their outputs must
    /// match byte for byte (false for a reference point such as "the Arabic
    /// profile against ICU's NFKC of the same text").
    var comparable = true
    /// Opens what the operation needs (normalizers, iterators) and returns the
    /// Swift implementation followed by the baselines (possibly none).
    let prepare: () throws -> (swift: Implementation, baselines: [Implementation])
}

/// Every operation, in table order.
///
/// A Swift-only `String -> String` operation (no baseline, no target) is one entry:
///
///     Operation(name: "arabic", title: "Arabic profile", goal: nil) {
///         let profile = ...  // opened once, outside the timed runs
///         return (Operation.transform { profile.normalize($0) }, [])
///     },
func allOperations() -> [Operation] {
    [
        .normalization(.nfc, name: "nfc"),
        .normalization(.nfkc, name: "nfkc"),
        .normalization(.nfkcCasefold, name: "nfkc_cf"),
        .normalization(.nfd, name: "nfd", byDefault: false),
        .normalization(.nfkd, name: "nfkd", byDefault: false),
        .segmentation(.word, name: "words", title: "words (forEachSegment)"),
        .segmentation(.word, name: "words-array", title: "words (segments(of:))", collect: true, byDefault: false),
        .segmentation(.sentence, name: "sentences", title: "sentences", byDefault: false),
        .transliteration("Any-Latin; Latin-ASCII", name: "translit"),
        .arabicSearchProfile(),
        .scheme(.buckwalter, name: "buckwalter"),
        .schemeVersusArabicLatin(.buckwalter, name: "buckwalter-vs-arabic-latin"),
        .schemeVersusArabicLatin(.scholarly, name: "scholarly-vs-arabic-latin"),
        .tokenization(clitics: false, name: "tokens"),
        .tokenization(clitics: true, name: "tokens-clitics"),
    ]
}

extension Operation {
    /// Tarjuman's Arabic `.search` normalization profile, against ICU's NFKC
    /// of the same text (the project's target: at least as fast).
    static func arabicSearchProfile() -> Operation {
        Operation(name: "arabic-search", title: "Arabic .search profile vs NFKC", goal: 1.0, comparable: false) {
            let profile = TextNormalizer(arabic: .search, english: .none)
            let nfkc = try Operation.normalization(.nfkc, name: "nfkc").prepare()
            let swiftNFKC = Implementation(name: "ICU NFKC via Swift API", run: nfkc.swift.run)
            return (transform { profile.normalize($0) }, [swiftNFKC] + nfkc.baselines.prefix(1))
        }
    }

    /// A transliteration scheme's direct table, against ICU's rule-based
    /// transliterator compiled from the same table (same output).
    static func scheme(_ scheme: TransliterationScheme, name: String) -> Operation {
        Operation(name: name, title: "\(scheme.rawValue) table vs ICU rules", heavy: true, goal: 1.0) {
            guard let rules = scheme.table.icuRules else { throw BenchError.icu("no ICU rules for \(scheme.rawValue)", 0) }
            let icu = try Transliterator(rules: rules)
            let icuRules = Implementation(name: "ICU rules (Swift API)", run: transform { icu.transliterate($0) }.run)
            return (transform { scheme.transliterate($0) }, [icuRules])
        }
    }

    /// A scheme against ICU's built-in Arabic-Latin on the same text (the
    /// issue's target: at least 10 times faster; outputs differ by design).
    static func schemeVersusArabicLatin(_ scheme: TransliterationScheme, name: String) -> Operation {
        Operation(name: name, title: "\(scheme.rawValue) vs ICU Arabic-Latin", heavy: true, goal: 0.1, comparable: false) {
            let arabicLatin = try Operation.transliteration("Arabic-Latin", name: "arabic-latin").prepare()
            let swiftICU = Implementation(name: "ICU Arabic-Latin via Swift API", run: arabicLatin.swift.run)
            return (transform { scheme.transliterate($0) }, [swiftICU] + arabicLatin.baselines)
        }
    }

    /// Tokens with kinds, scripts and normalized forms, against ICU's bare
    /// word segmentation of the same text (the floor of the work).
    static func tokenization(clitics: Bool, name: String) -> Operation {
        Operation(name: name, title: clitics ? "tokens + clitics" : "tokens", goal: nil, comparable: false) {
            let tokenizer = try Tokenizer(options: .init(clitics: clitics))
            if clitics { _ = tokenizer.tokens(in: "وقال") }  // load the lexicon outside the timed runs
            let swift = Implementation(name: "Swift") { corpus, mode, _ in
                var outcome = Outcome()
                for text in corpus.strings(mode) { outcome.units &+= UInt64(tokenizer.tokens(in: text).count) }
                return outcome
            }
            let words = try Operation.segmentation(.word, name: "words", title: "words").prepare()
            return (swift, words.baselines)
        }
    }
}

// MARK: - Shapes

extension Operation {
    /// A `String -> String` operation: the Swift call on each string of the
    /// pass, output bytes counted (and hashed when verifying).
    static func transform(_ body: @escaping (String) -> String) -> Implementation {
        Implementation(name: "Swift") { corpus, mode, digest in
            var outcome = Outcome()
            var hash = Digest()
            for text in corpus.strings(mode) {
                let out = body(text)
                outcome.units &+= UInt64(out.utf8.count)
                if digest { hash.add(line: out) }
            }
            if digest { outcome.digest = hash.value }
            return outcome
        }
    }

    static func normalization(_ form: NormalizationForm, name: String, byDefault: Bool = true) -> Operation {
        Operation(name: name, title: form.rawValue, byDefault: byDefault) {
            let shimForm: Int32 = switch form {
            case .nfc: 0
            case .nfd: 1
            case .nfkc: 2
            case .nfkd: 3
            case .nfkcCasefold: 4
            }
            var status: Int32 = 0
            guard let handle = bl_norm_open(shimForm, &status) else { throw BenchError.icu("bl_norm_open", status) }
            let normalizer = Handle(handle, close: bl_norm_close)
            func variant(_ v: Int32, _ label: String) -> Implementation {
                Implementation(name: label) { corpus, mode, digest in
                    corpus.withSpans(mode) { text, spans, count in
                        Outcome(bl_norm_run(normalizer.pointer, v, text, spans, count, digest ? 1 : 0))
                    }
                }
            }
            return (transform { form.normalize($0) }, [
                variant(0, "C UTF-16"),
                variant(1, "C UTF-16 + quick check"),
                variant(2, "C++ UTF-8 (same path)"),
                variant(3, "C++ normalizeUTF8 only"),
            ])
        }
    }

    static func segmentation(_ unit: SegmentationUnit, name: String, title: String,
                             collect: Bool = false, byDefault: Bool = true) -> Operation {
        Operation(name: name, title: title, byDefault: byDefault) {
            let segmenter = try Segmenter(unit)
            let swift = Implementation(name: "Swift") { corpus, mode, digest in
                var tally = SegmentTally(digest: digest)
                for text in corpus.strings(mode) {
                    if collect {
                        for segment in segmenter.segments(of: text) { tally.add(segment) }
                    } else {
                        segmenter.forEachSegment(in: text) { tally.add($0) }
                    }
                }
                return tally.outcome
            }
            var status: Int32 = 0
            let type: Int32 = switch unit {
            case .graphemeCluster: 0
            case .word: 1
            case .line: 2
            case .sentence: 3
            }
            guard let handle = bl_brk_open(type, "", &status) else {
                throw BenchError.icu("bl_brk_open", status)
            }
            let breaker = Handle(handle, close: bl_brk_close)
            let c = Implementation(name: "C UText") { corpus, mode, digest in
                corpus.withSpans(mode) { text, spans, count in
                    Outcome(bl_brk_run(breaker.pointer, text, spans, count, digest ? 1 : 0))
                }
            }
            return (swift, [c])
        }
    }

    static func transliteration(_ id: String, name: String, byDefault: Bool = true) -> Operation {
        Operation(name: name, title: id, heavy: true, byDefault: byDefault, goal: nil) {
            let transliterator = try Transliterator(id: id)
            var status: Int32 = 0
            guard let handle = bl_trans_open(id, &status) else { throw BenchError.icu("bl_trans_open", status) }
            let trans = Handle(handle, close: bl_trans_close)
            let c = Implementation(name: "C UTF-16") { corpus, mode, digest in
                corpus.withSpans(mode) { text, spans, count in
                    Outcome(bl_trans_run(trans.pointer, text, spans, count, digest ? 1 : 0))
                }
            }
            return (transform { transliterator.transliterate($0) }, [c])
        }
    }
}

/// What the segmentation benchmark does with each segment, on the Swift side:
/// the same as ICUBaseline's loop does with each boundary.
struct SegmentTally {
    let digest: Bool
    private var units: UInt64 = 0
    private var check: UInt64 = 0
    private var hash = Digest()

    init(digest: Bool) { self.digest = digest }

    @inline(__always)
    mutating func add(_ segment: TextSegment) {
        let end = segment.utf8Range.upperBound
        units &+= 1
        check &+= UInt64(end) &+ UInt64(UInt32(bitPattern: segment.ruleStatus))
        if digest {
            hash.add(int32: Int32(end))
            hash.add(int32: segment.ruleStatus)
        }
    }

    var outcome: Outcome {
        var o = Outcome()
        o.units = units
        o.check = check
        o.digest = digest ? hash.value : 0
        return o
    }
}

/// Owns a baseline handle for as long as an implementation uses it.
final class Handle {
    let pointer: OpaquePointer
    private let close: (OpaquePointer) -> Void

    init(_ pointer: OpaquePointer, close: @escaping (OpaquePointer) -> Void) {
        self.pointer = pointer
        self.close = close
    }

    deinit { close(pointer) }
}

enum BenchError: Error, CustomStringConvertible {
    case icu(String, Int32)
    case usage(String)

    var description: String {
        switch self {
        case let .icu(call, status): "\(call) failed with ICU status \(status)"
        case let .usage(message): message
        }
    }
}
