import Foundation

/// What a finished process gave.
public struct CommandResult {
  public var status: Int32
  public var stdout: Data
  public var stderr: String
  public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs programs for tests: the real `prepexport` binary and the checking tools.
public enum Command {
  /// Runs `executable` with `arguments` in `folder`, feeding `stdin`.
  @discardableResult
  public static func run(
    _ executable: String, _ arguments: [String], in folder: URL? = nil, stdin: Data? = nil,
    environment: [String: String] = [:]
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // Read both pipes concurrently so that neither fills up and blocks the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try? input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs the built `prepexport`.
  @discardableResult
  public static func prepexport(
    _ arguments: [String], in folder: URL? = nil, stdin: Data? = nil, environment: [String: String] = [:]
  ) throws -> CommandResult {
    try run(Paths.binary.path, arguments, in: folder, stdin: stdin, environment: environment)
  }

  /// The full path of a program on PATH, or nil.
  public static func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
