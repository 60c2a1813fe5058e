import ArgumentParser
import Foundation
import PrepExport

/// Options every reading command shares.
struct InputOptions: ParsableArguments {
  @Argument(
    help: "Prep Markdown files, read as one document in order ('-' or none with piped input: stdin).",
    completion: .file(extensions: ["md", "markdown"]))
  var inputs: [String] = []

  @Option(
    name: .long, help: ArgumentHelp("The user's answers, in Markdown.", valueName: "file"),
    completion: .file(extensions: ["md", "markdown"]))
  var answers: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Language tag (BCP 47), e.g. zh-CN, ja-JP, en-US; overrides front matter and detection.", valueName: "tag"))
  var lang: String?

  @Option(
    name: .customLong("cjk-font"),
    help: ArgumentHelp("East Asian font name; overrides front matter fonts.cjk.", valueName: "name"))
  var cjkFont: String?

  @Flag(name: .long, help: "An answer heading that matches no topic is an error, and nothing is written.")
  var strict = false

  func validate() throws {
    if let lang, LanguageTag(parsing: lang) == nil {
      throw ValidationError("--lang \(lang) is not a language tag such as zh-CN, ja-JP or en-US")
    }
  }

  /// Reads the inputs (the file-system edge) and the model, printing warnings. `keepAlive`
  /// keeps the model until the process exits (a one-shot export); `watch` reads again and again.
  func readDocument(keepAlive: Bool = true) throws -> PrepDocument {
    try NoInputGuide.check(
      inputs, command: CommandLine.arguments.dropFirst().first ?? "", stdinIsTerminal: isatty(0) != 0)
    let files = try InputLoader.load(inputs)
    let answerFile = try answers.map { try InputLoader.load(path: $0) }
    try InputCheck.refuseNonMarkdown(files, answers: answerFile)
    let result = try PrepReader.read(
      consume files, answers: consume answerFile,
      options: ReadOptions(lang: lang.flatMap(LanguageTag.init(parsing:)), cjkFont: cjkFont, strict: strict))
    for warning in result.warnings { Console.warning(warning.description) }
    if keepAlive { ProcessLifetime.keep(result.document) }
    return result.document
  }
}

/// Keeps the model alive until the process exits: the operating system reclaims it at once,
/// where freeing a large model node by node would cost a tenth of the run time.
enum ProcessLifetime {
  nonisolated(unsafe) private static var kept: [Any] = []
  static func keep(_ value: Any) { kept.append(value) }
}

/// Reads input files and stdin into bytes.
enum InputLoader {
  static func load(_ paths: [String]) throws -> [InputFile] {
    if paths.isEmpty {
      if isatty(0) != 0 {
        throw ValidationError("no input: give a Markdown file, or pipe one in")
      }
      return [try load(path: "-")]
    }
    return try paths.map { try load(path: $0) }
  }

  static func load(path: String) throws -> InputFile {
    if path == "-" {
      return InputFile(name: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReadError.missingFile(path)
    }
    if isDirectory.boolValue { throw ReadError.isDirectory(path) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadError.unreadable(path, reason: "permission denied")
    }
    return InputFile(name: path, bytes: Array(data))
  }
}
