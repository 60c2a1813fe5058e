import Foundation

/// The real checking tools: `validate-office` (from ../shared/tools) and LibreOffice.
/// Each returns nil when the tool is missing, and says why, so that a test can skip.
public enum OfficeTools {
  /// Why a tool is unavailable, for `XCTSkip`.
  public static var validatorMissingReason: String? {
    guard let shared = Paths.shared else { return "../shared is absent (a user's clone): validate-office not run" }
    if !FileManager.default.fileExists(atPath: shared.appendingPathComponent("tools/validate-office").path) {
      return "../shared/tools/validate-office is absent"
    }
    if Command.which("jing") == nil || Command.which("xmllint") == nil {
      return "jing or xmllint missing: run `make test`, which installs them"
    }
    return nil
  }

  /// Runs validate-office on a file: whether it passed, and its report.
  public static func validate(_ file: URL) throws -> (passed: Bool, report: String)? {
    guard validatorMissingReason == nil, let shared = Paths.shared else { return nil }
    let result = try Command.run(
      "/usr/bin/env", ["python3", shared.appendingPathComponent("tools/validate-office").path, file.path])
    return (result.status == 0, result.stdoutText + result.stderr)
  }

  public static var libreOfficeMissingReason: String? {
    Command.which("soffice") == nil ? "LibreOffice (soffice) missing: run `make test`, which installs it" : nil
  }

  /// LibreOffice's own text export of a document (its reading of every paragraph, in order).
  public static func textExport(_ file: URL) throws -> String? {
    guard libreOfficeMissingReason == nil, let soffice = Command.which("soffice") else { return nil }
    let out = Paths.temporaryFolder()
    let profile = Paths.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: profile)
    }
    _ = try Command.run(
      soffice,
      [
        "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
        "--outdir", out.path, file.path,
      ])
    let txt = out.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".txt")
    return try? String(contentsOf: txt, encoding: .utf8)
  }
}

extension OfficeTools {
  /// LibreOffice's text export of several documents in one run (one start of LibreOffice for
  /// all), by file name without its extension; nil when LibreOffice is missing.
  public static func textExports(_ files: [URL]) throws -> [String: String]? {
    guard libreOfficeMissingReason == nil, let soffice = Command.which("soffice") else { return nil }
    let out = Paths.temporaryFolder()
    let profile = Paths.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: profile)
    }
    _ = try Command.run(
      soffice,
      [
        "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
        "--outdir", out.path,
      ] + files.map(\.path))
    var texts: [String: String] = [:]
    for file in files {
      let name = file.deletingPathExtension().lastPathComponent
      texts[name] = try? String(contentsOf: out.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }
    return texts
  }
}

/// Compares text ignoring all white space, for "no word lost" checks.
public func squeezed(_ s: String) -> String {
  String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}
