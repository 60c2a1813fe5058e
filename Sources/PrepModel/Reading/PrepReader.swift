/// Options that change how input is read.
public struct ReadOptions: Sendable {
  /// `--lang`: overrides front matter and detection.
  public var lang: LanguageTag?
  /// `--cjk-font`: overrides front matter `fonts.cjk`.
  public var cjkFont: String?
  /// `--strict`: an unmatched answer is an error.
  public var strict: Bool

  public init(lang: LanguageTag? = nil, cjkFont: String? = nil, strict: Bool = false) {
    self.lang = lang
    self.cjkFont = cjkFont
    self.strict = strict
  }
}

/// What reading gives: the model and the warnings to show.
public struct ReadResult: Sendable {
  public var document: PrepDocument
  public var warnings: [Diagnostic]
}

/// Reads prep material (one or more files, read as one document) and optional answers into
/// the model. Pure: takes bytes, returns values; the CLI does the file system.
public enum PrepReader {
  /// Reads the inputs; each input's bytes are let go as soon as it is parsed (pass them with
  /// `consume` so that a large bank is not held twice).
  public static func read(
    _ inputs: consuming [InputFile], answers: consuming InputFile? = nil, options: ReadOptions = ReadOptions()
  ) throws -> ReadResult {
    var inputs = inputs
    var answers = answers
    var warnings: [Diagnostic] = []
    var frontMatter: [(key: String, value: String, line: SourceLocation)] = []
    var fonts: [String: String] = [:]
    let byteCount = inputs.reduce(answers?.bytes.count ?? 0) { $0 + $1.bytes.count }

    var builder = ContentBuilder(capacity: byteCount)
    var blocks: [LocatedBlock] = []
    var detectLang = LanguageDetector()
    var explicitIDs: [UInt32: String] = [:]
    var files: [String] = []
    let firstName = inputs.first?.name ?? "prep"
    for index in inputs.indices {
      let name = inputs[index].name
      files.append(name)
      let file = try ParsedFile(
        take(&inputs[index]), index: UInt32(files.count - 1), into: &builder, warnings: &warnings)
      merge(file.frontMatter, into: &frontMatter, fonts: &fonts, file: name)
      fonts.merge(file.fonts) { $1 }
      detectLang.scan(file.body)
      explicitIDs.merge(ExplicitID.strip(file.blocks, in: &builder)) { $1 }
      if blocks.isEmpty { blocks = file.blocks } else { blocks += file.blocks }
    }
    var answerBlocks: [LocatedBlock] = []
    let answersName = answers?.name
    if answers != nil {
      files.append(answersName!)
      let file = try ParsedFile(
        take(&answers!), index: UInt32(files.count - 1), into: &builder, warnings: &warnings, allowEmpty: true)
      merge(file.frontMatter, into: &frontMatter, fonts: &fonts, file: answersName!)
      fonts.merge(file.fonts) { $1 }
      explicitIDs.merge(ExplicitID.strip(file.blocks, in: &builder)) { $1 }
      answerBlocks = file.blocks
    }
    let store = builder.finish()
    let explicitTitle = frontMatter.last { $0.key == "title" }?.value
    var topics = TopicBuilder(
      blocks: blocks, files: files, store: store, explicitIDs: explicitIDs, detectTitle: explicitTitle == nil)
    blocks = []

    var unmatched: [UnmatchedAnswer] = []
    if let answersName {
      unmatched = AnswerMatcher.apply(
        answerBlocks, files: files, store: store, explicitIDs: explicitIDs, to: &topics)
      if options.strict && !unmatched.isEmpty { throw ReadError.unmatchedAnswers(unmatched) }
      for u in unmatched {
        let hint =
          u.suggestions.isEmpty ? "" : "; did you mean \(u.suggestions.map { "\"\($0)\"" }.joined(separator: " or "))?"
        warnings.append(
          Diagnostic(
            location: u.location,
            message: "answer heading \"\(u.headingText)\" matches no topic; it is kept in an appendix\(hint)"))
      }
    }

    let title =
      explicitTitle ?? topics.titleFromHeading ?? InputFile(name: firstName, bytes: []).stem
    var metadata = Metadata(title: title)
    var custom: [(key: String, value: String)] = []
    for entry in frontMatter {
      switch entry.key {
      case "title": break
      case "subtitle": metadata.subtitle = entry.value
      case "candidate": metadata.candidate = entry.value
      case "role": metadata.role = entry.value
      case "company": metadata.company = entry.value
      case "mentor": metadata.mentor = entry.value
      case "date":
        metadata.date = entry.value
        if !isISODate(entry.value) {
          warnings.append(
            Diagnostic(
              location: entry.line, message: "date \"\(entry.value)\" is not YYYY-MM-DD; it is shown as written"))
        }
      case "lang":
        if let tag = LanguageTag(parsing: entry.value) {
          metadata.lang = tag
          metadata.langIsExplicit = true
        } else {
          warnings.append(
            Diagnostic(
              location: entry.line,
              message: "lang \"\(entry.value)\" is not a language tag such as zh-CN; detecting the language instead"))
        }
      default: custom.append((entry.key, entry.value))
      }
    }
    metadata.custom = custom
    if let lang = options.lang {
      metadata.lang = lang
      metadata.langIsExplicit = true
    } else if !metadata.langIsExplicit {
      metadata.lang = detectLang.result
    }
    metadata.fonts = Fonts(latin: fonts["latin"], cjk: options.cjkFont ?? fonts["cjk"], mono: fonts["mono"])

    var document = PrepDocument(
      metadata: metadata, preamble: topics.preamble, topics: topics.assembleTree(), unmatchedAnswers: unmatched,
      sourceStem: InputFile(name: firstName, bytes: []).stem)
    document.sourceByteCount = byteCount
    return ReadResult(document: document, warnings: warnings)
  }

  /// The input, its bytes moved out of `file` so that they are freed once decoded.
  private static func take(_ file: inout InputFile) -> InputFile {
    let taken = file
    file.bytes = []
    return taken
  }

  /// Later files' keys win; a key keeps the position of its first appearance.
  private static func merge(
    _ entries: [(key: String, value: String, line: Int)],
    into list: inout [(key: String, value: String, line: SourceLocation)],
    fonts: inout [String: String], file: String
  ) {
    for entry in entries {
      let loc = SourceLocation(file: file, line: entry.line)
      if let i = list.firstIndex(where: { $0.key == entry.key }) {
        list[i] = (entry.key, entry.value, loc)
      } else {
        list.append((entry.key, entry.value, loc))
      }
    }
  }

  static func isISODate(_ s: String) -> Bool {
    let parts = s.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let m = Int(parts[1]), let d = Int(parts[2]), Int(parts[0]) != nil
    else { return false }
    return (1...12).contains(m) && (1...31).contains(d)
  }
}

/// One input decoded, front matter split off and its Markdown parsed into the content store.
struct ParsedFile {
  var frontMatter: [(key: String, value: String, line: Int)]
  var body: Substring
  var blocks: [LocatedBlock]

  init(
    _ input: consuming InputFile, index: UInt32, into builder: inout ContentBuilder, warnings: inout [Diagnostic],
    allowEmpty: Bool = false
  ) throws {
    let name = input.name
    let source = try SourceText(input)
    if !allowEmpty && source.text.allSatisfy(\.isWhitespace) { throw ReadError.empty(name) }
    let fm = try FrontMatter(splitting: source.text, file: name)
    frontMatter = fm.entries
    body = fm.body
    if !allowEmpty && fm.present && body.allSatisfy(\.isWhitespace) { throw ReadError.onlyFrontMatter(name) }
    var parser = MarkdownParser(file: name, lineOffset: fm.bodyLineOffset)
    parser.fileIndex = index
    blocks = parser.parse(body, into: &builder)
    if let flat = parser.flattenedAt {
      warnings.append(
        Diagnostic(
          location: flat,
          message: "nesting deeper than \(MarkdownParser.maximumDepth) levels is flattened; its text is kept"))
    }
    for (line, scalar) in source.forbiddenCharacterLines {
      let code = "U+" + String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)
      warnings.append(
        Diagnostic(
          location: SourceLocation(file: name, line: line),
          message: "character \(code) is not allowed in XML; it is left out of DOCX and ODT"))
    }
    fonts = fm.fonts
  }

  /// `fonts:` sub-keys of the front matter.
  var fonts: [String: String] = [:]
}

extension String {
  func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Counts script evidence across all inputs for `lang` detection, file by file, so that no
/// input has to be kept for it.
struct LanguageDetector {
  private var found: [LanguageTag] = []
  mutating func scan(_ body: Substring) { found.append(LanguageTag.detect(in: body.unicodeScalars)) }
  /// Kana anywhere makes Japanese, then hangul Korean, then Han Chinese.
  var result: LanguageTag {
    for tag in [LanguageTag.japanese, .korean, .chinese] where found.contains(tag) { return tag }
    return .english
  }
}
