import Foundation

/// Runs one of the package's built executables.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The directory holding the built products (next to the test bundle).
    static let binDirectory: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = bundle.deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir
    }()

    static func run(_ tool: String, _ arguments: [String], stdin: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        try run(binDirectory.appendingPathComponent(tool), arguments, in: root, stdin: stdin, environment: environment)
    }

    /// Runs any program in `folder`, with `environment` added to the test's.
    static func run(_ program: URL, _ arguments: [String], in folder: URL, stdin: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // Feed and drain concurrently so large inputs and outputs cannot deadlock.
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errData = LockedData()
        let errReader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: outData,
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// Runs `command` (a shell command line) piped into `head -1`, which
    /// closes the pipe after one line; returns the command's exit status and
    /// its standard error.
    static func runIntoClosedPipe(_ command: String) throws -> (status: String, stderr: String) {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "\(command) | head -1 >/dev/null; echo ${PIPESTATUS[0]}"]
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        return (status.trimmingCharacters(in: .whitespacesAndNewlines),
                String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    /// A temporary file with `data`.
    static func temporaryFile(_ data: Data, name: String = UUID().uuidString) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tarjuman-\(name)")
        try data.write(to: url)
        return url.path
    }

    static func seedPath(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)) ?? []
        return "seeds/" + (names.sorted().first { $0.hasPrefix(prefix) } ?? "")
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false
    func set(_ d: Data) { lock.lock(); data = d; done = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return done }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
