import Foundation

/// Runs a program a format needs (the card drawing program, LibreOffice) with bytes on its
/// stdin and collects its stdout, stderr and exit status. Both outputs are read while the
/// input is written, so that no pipe fills up and stalls either side.
public enum ExternalProgram {
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
  }

  public static func run(_ program: URL, arguments: [String] = [], input: Data = Data()) throws -> Result {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    do {
      try process.run()
    } catch {
      throw ExportError.tool(program.lastPathComponent, reason: "cannot run \(program.path): \(error)")
    }
    nonisolated(unsafe) var output = Data()
    nonisolated(unsafe) var errors = Data()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { output = stdout.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { errors = stderr.fileHandleForReading.readDataToEndOfFile() }
    // The program may exit before reading everything (bad input): writing to its closed
    // stdin must be an error here, not a SIGPIPE that ends prepexport.
    let previous = signal(SIGPIPE, SIG_IGN)
    try? stdin.fileHandleForWriting.write(contentsOf: input)
    try? stdin.fileHandleForWriting.close()
    signal(SIGPIPE, previous)
    group.wait()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: output, stderr: String(decoding: errors, as: UTF8.self))
  }

  /// The full path of `name` on PATH, or nil.
  public static func onPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
