import CTarjumanData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The binary pack of built-in data (`Sources/CTarjumanData/tarjuman.pack`),
/// written by `make data` from the text sources in `Data/` and compiled into
/// the library, so loading it reads no text and copies nothing.
///
/// Layout (little-endian):
/// - header, 32 bytes: magic `TJMD`, format version (UInt32), section count
///   (UInt32), 4 reserved bytes, total size (UInt64), checksum of the
///   directory (UInt64);
/// - directory, 48 bytes a section: name (24 bytes, NUL-padded ASCII),
///   offset, length and checksum (UInt64 each);
/// - the sections, each at a 16-byte boundary, each with its own checksum
///   (``checksum(_:)``), verified when the section is first read.
///
/// What a section holds is written by ``BinaryWriter`` and read back by
/// ``BinaryReader``, in the file of the type it serves.
package struct DataPack: @unchecked Sendable {
    /// Version of the layout above and of every section's encoding.
    package static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("TJMD".utf8)
    static let headerSize = 32, entrySize = 48, nameSize = 24

    /// One section: where it is and what its bytes must hash to.
    struct Entry {
        let offset: Int
        let length: Int
        let checksum: UInt64
    }

    let bytes: UnsafeRawBufferPointer
    let entries: [String: Entry]

    /// The names of the sections, sorted.
    package var sectionNames: [String] { entries.keys.sorted() }

    /// Reads a pack's header and directory (the sections are checked when read).
    package init(bytes: UnsafeRawBufferPointer) throws(DataError) {
        guard 1.littleEndian == 1 else { throw DataError(section: "pack", message: "big-endian hosts are not supported") }
        guard bytes.count >= Self.headerSize, Array(bytes[0..<4]) == Self.magic else {
            throw DataError(section: "pack", message: "not a Tarjuman data pack")
        }
        var reader = BinaryReader(bytes, section: "pack")
        reader.skip(4)
        let version = try reader.u32(), count = Int(try reader.u32())
        reader.skip(4)
        let total = Int(try reader.u64()), directorySum = try reader.u64()
        guard version == Self.formatVersion else {
            throw DataError(section: "pack", message: "format version \(version), this library reads \(Self.formatVersion); run `make data`")
        }
        guard total == bytes.count, count <= 1024, Self.headerSize + count * Self.entrySize <= bytes.count else {
            throw DataError(section: "pack", message: "truncated pack (\(bytes.count) of \(total) bytes)")
        }
        let directory = UnsafeRawBufferPointer(rebasing: bytes[Self.headerSize..<(Self.headerSize + count * Self.entrySize)])
        guard Self.checksum(directory) == directorySum else {
            throw DataError(section: "pack", message: "directory checksum mismatch")
        }
        var entries: [String: Entry] = [:]
        for _ in 0..<count {
            let nameBytes = try reader.bytes(Self.nameSize).prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let offset = Int(try reader.u64()), length = Int(try reader.u64()), sum = try reader.u64()
            guard offset >= 0, length >= 0, offset <= bytes.count - length, offset % 16 == 0 else {
                throw DataError(section: name, message: "section outside the pack")
            }
            entries[name] = Entry(offset: offset, length: length, checksum: sum)
        }
        self.bytes = bytes
        self.entries = entries
    }

    /// The bytes of section `name`, after checking its checksum.
    package func section(_ name: String) throws(DataError) -> UnsafeRawBufferPointer {
        guard let entry = entries[name] else { throw DataError(section: name, message: "no such section in the pack") }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)])
        guard Self.checksum(slice) == entry.checksum else { throw DataError(section: name, message: "checksum mismatch") }
        return slice
    }

    /// The pack's 64-bit checksum of `bytes` (computed in C; see `tarjuman_data.h`).
    package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = bytes.baseAddress else { return tarjuman_data_checksum(nil, 0) }
        return tarjuman_data_checksum(base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    /// The pack compiled into the library.
    package static let builtIn: DataPack = {
        let bytes = UnsafeRawBufferPointer(start: tarjuman_data_bytes(), count: tarjuman_data_size())
        do {
            return try DataPack(bytes: bytes)
        } catch {
            // The tests load every section, so a broken pack fails the build's tests, not a user's run.
            fatalError("Tarjuman's built-in data cannot be read (\(error)); rebuild it with `make data`")
        }
    }()

    /// Decodes built-in section `name` with `decode`; a section that cannot
    /// be decoded stops the process with a message (see ``builtIn``).
    package static func load<T>(_ name: String, _ decode: (inout BinaryReader) throws(DataError) -> T) -> T {
        // TARJUMAN_TRACE_DATA=1: say on standard error which built-in each
        // process loads (how the tests check that a tool loads no more than it needs).
        if getenv("TARJUMAN_TRACE_DATA") != nil {
            let line = Array("tarjuman: data: \(name)\n".utf8)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        do {
            var reader = BinaryReader(try builtIn.section(name), section: name)
            let value = try decode(&reader)
            try reader.expectEnd()
            return value
        } catch {
            fatalError("Tarjuman's built-in data cannot be read (\(error)); rebuild it with `make data`")
        }
    }

    /// A pack of `sections` (name and encoded bytes), in the given order.
    package static func pack(_ sections: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        func aligned(_ n: Int) -> Int { (n + 15) / 16 * 16 }
        var offset = aligned(headerSize + sections.count * entrySize)
        var directory: [UInt8] = []
        var body: [UInt8] = []
        for section in sections {
            precondition(section.name.utf8.count < nameSize, "section name too long: \(section.name)")
            var name = Array(section.name.utf8)
            name += [UInt8](repeating: 0, count: nameSize - name.count)
            directory += name
            let sum = section.bytes.withUnsafeBytes { checksum($0) }
            for value in [UInt64(offset), UInt64(section.bytes.count), sum] { directory += BinaryWriter.littleEndian(value) }
            body += section.bytes
            body += [UInt8](repeating: 0, count: aligned(section.bytes.count) - section.bytes.count)
            offset += aligned(section.bytes.count)
        }
        var header = magic
        header += BinaryWriter.littleEndian(formatVersion)
        header += BinaryWriter.littleEndian(UInt32(sections.count))
        header += [0, 0, 0, 0]
        header += BinaryWriter.littleEndian(UInt64(offset))
        header += BinaryWriter.littleEndian(directory.withUnsafeBytes { checksum($0) })
        var result = header + directory
        result += [UInt8](repeating: 0, count: aligned(result.count) - result.count)
        return result + body
    }
}

/// Why a data pack or one of its sections cannot be read.
package struct DataError: Error, Sendable, CustomStringConvertible {
    /// The section (or `pack` for the header).
    package let section: String
    /// What is wrong.
    package let message: String
    package var description: String { "section \(section): \(message)" }
}

/// Writes a section: little-endian scalars, and arrays that start at an
/// 8-byte boundary so that a reader can view them in place.
package struct BinaryWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    package mutating func u8(_ value: UInt8) { bytes.append(value) }
    package mutating func u32(_ value: UInt32) { bytes += Self.littleEndian(value) }
    package mutating func u64(_ value: UInt64) { bytes += Self.littleEndian(value) }
    package mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }
    package mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func align() { while bytes.count % 8 != 0 { bytes.append(0) } }

    /// A count, then the elements at an 8-byte boundary.
    package mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        int(values.count)
        align()
        for value in values { bytes += Self.littleEndian(value) }
        align()
    }

    package mutating func doubles(_ values: [Double]) { array(values.map(\.bitPattern)) }

    /// A count, the UTF-8 of each string, and where each one starts.
    package mutating func strings(_ values: [String]) {
        var offsets: [UInt32] = [0]
        var text: [UInt8] = []
        for value in values {
            text += value.utf8
            offsets.append(UInt32(text.count))
        }
        array(offsets)
        array(text)
    }

    /// A ``WordTable``: the words sorted by their bytes, without repeats.
    package mutating func wordTable(_ words: some Sequence<String>, values: [String: UInt32]? = nil) {
        let sorted = Set(words).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        strings(sorted)
        array(values.map { v in sorted.map { v[$0] ?? 0 } } ?? [])
    }
}

/// Reads what ``BinaryWriter`` wrote, in place; every read is bounds-checked.
package struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    let section: String
    var position = 0

    package init(_ bytes: UnsafeRawBufferPointer, section: String) {
        self.bytes = bytes
        self.section = section
    }

    func corrupt(_ what: String) -> DataError { DataError(section: section, message: "corrupt \(what) at byte \(position)") }

    mutating func skip(_ count: Int) { position += count }

    mutating func bytes(_ count: Int) throws(DataError) -> UnsafeRawBufferPointer {
        guard count >= 0, position <= bytes.count - count else { throw corrupt("data") }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)])
    }

    mutating func scalar<T: FixedWidthInteger>(_: T.Type) throws(DataError) -> T {
        let raw = try bytes(MemoryLayout<T>.size)
        return T(littleEndian: raw.loadUnaligned(as: T.self))
    }

    package mutating func u8() throws(DataError) -> UInt8 { try scalar(UInt8.self) }
    package mutating func u32() throws(DataError) -> UInt32 { try scalar(UInt32.self) }
    package mutating func u64() throws(DataError) -> UInt64 { try scalar(UInt64.self) }
    package mutating func int() throws(DataError) -> Int {
        let value = Int64(bitPattern: try u64())
        guard value >= Int64(Int.min), value <= Int64(Int.max) else { throw corrupt("integer") }
        return Int(value)
    }
    package mutating func f64() throws(DataError) -> Double { Double(bitPattern: try u64()) }

    mutating func align() { position = (position + 7) / 8 * 8 }

    /// An array of ``BinaryWriter/array(_:)``, viewed in place (the pack is
    /// 16-byte aligned and arrays start at 8-byte boundaries).
    package mutating func array<T: FixedWidthInteger>(_: T.Type) throws(DataError) -> UnsafeBufferPointer<T> {
        let count = try int()
        align()
        guard count >= 0, count <= bytes.count / MemoryLayout<T>.size else { throw corrupt("array") }
        let raw = try bytes(count * MemoryLayout<T>.size)
        align()
        guard count > 0, let base = raw.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        guard Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 else { throw corrupt("alignment") }
        return UnsafeBufferPointer(start: base.assumingMemoryBound(to: T.self), count: count)
    }

    package mutating func doubles() throws(DataError) -> [Double] {
        let bits = try array(UInt64.self)
        // The same 8 bytes: one copy, fast even in a debug build.
        return bits.withMemoryRebound(to: Double.self) { Array($0) }
    }

    package mutating func strings() throws(DataError) -> [String] {
        let table = try stringTable()
        return (0..<table.count).map { table.string($0) }
    }

    mutating func stringTable() throws(DataError) -> StringTable {
        let offsets = try array(UInt32.self), text = try array(UInt8.self)
        // The section's checksum vouches for the offsets in between (checking
        // them all here would cost what the pack saves).
        guard let last = offsets.last, Int(last) == text.count, offsets.first == 0 else { throw corrupt("string table") }
        return StringTable(offsets: offsets, text: text)
    }

    package mutating func wordTable() throws(DataError) -> WordTable {
        let table = try stringTable(), values = try array(UInt32.self)
        guard values.isEmpty || values.count == table.count else { throw corrupt("word table") }
        return WordTable(table: table, values: values, owner: nil)
    }

    /// Throws unless every byte was read.
    package func expectEnd() throws(DataError) {
        guard position == bytes.count else { throw corrupt("trailing data") }
    }
}

/// Strings stored as one UTF-8 buffer and the offset where each starts.
struct StringTable: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<UInt32>
    let text: UnsafeBufferPointer<UInt8>

    var count: Int { max(0, offsets.count - 1) }

    func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(offsets[i])..<Int(offsets[i + 1])])
    }

    func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }
}

/// A sorted set of words, optionally each with a count, searched in place
/// (binary search over UTF-8 bytes): the built-in word lists are read from the
/// data pack without building a hash set.
package struct WordTable: @unchecked Sendable {
    let table: StringTable
    let values: UnsafeBufferPointer<UInt32>
    /// Keeps memory alive for tables built at run time (nil for the pack's).
    let owner: AnyObject?

    /// A table from words (and their counts), built in memory.
    package init(_ words: some Sequence<String>, values: [String: UInt32]? = nil) {
        var writer = BinaryWriter()
        writer.wordTable(words, values: values)
        let storage = Storage(writer.bytes)
        var reader = BinaryReader(UnsafeRawBufferPointer(storage.buffer), section: "word table")
        // Written just above, so it reads back.
        let read = try? reader.wordTable()
        self.table = read?.table ?? StringTable(offsets: .init(start: nil, count: 0), text: .init(start: nil, count: 0))
        self.values = read?.values ?? .init(start: nil, count: 0)
        self.owner = storage
    }

    init(table: StringTable, values: UnsafeBufferPointer<UInt32>, owner: AnyObject?) {
        self.table = table
        self.values = values
        self.owner = owner
    }

    /// How many words.
    package var count: Int { table.count }

    /// The index of `word`'s bytes, or nil.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        var low = 0, high = table.count
        while low < high {
            let mid = (low + high) / 2
            let candidate = table.bytes(mid)
            if candidate.lexicographicallyPrecedes(word) {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return low < table.count && table.bytes(low).elementsEqual(word) ? low : nil
    }

    func index(of word: some Collection<UInt8>) -> Int? {
        if let found = word.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        return Array(word).withUnsafeBufferPointer { index(of: $0) }
    }

    /// Whether the table holds `word` (compared by UTF-8 bytes).
    package func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { index(of: $0) } != nil
    }

    func contains(_ bytes: some Collection<UInt8>) -> Bool { index(of: bytes) != nil }

    /// The count stored with `word`, or 0.
    package func value(_ word: String) -> UInt32 {
        var word = word
        guard let i = word.withUTF8({ index(of: $0) }), i < values.count else { return 0 }
        return values[i]
    }

    /// Every word, in byte order.
    package var words: [String] { (0..<table.count).map { table.string($0) } }

    /// Memory that a run-time table owns.
    final class Storage: @unchecked Sendable {
        let buffer: UnsafeMutableRawBufferPointer
        init(_ bytes: [UInt8]) {
            buffer = .allocate(byteCount: max(bytes.count, 1), alignment: 16)
            buffer.copyBytes(from: bytes)
        }
        deinit { buffer.deallocate() }
    }
}
