import ArgumentParser
import PrepExport

/// The starter files `prepexport init` writes, in Chinese, Japanese and English, from
/// Templates/starter (`prep-zh.md`, `answers-zh.md`…; this target's `Templates` folder links
/// there), compiled into the binary by SwiftPM (`embedInCode`).
enum StarterFiles {
  /// The languages there are starters for.
  enum Language: String, CaseIterable, ExpressibleByArgument {
    case zh, ja, en

    /// Also takes a locale or tag: `zh-CN`, `ja_JP.UTF-8`, `en-US`.
    init?(argument: String) {
      let base = argument.lowercased().prefix { $0.isLetter }
      guard let language = Language(rawValue: String(base)) else { return nil }
      self = language
    }

    /// From the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders them):
    /// zh*, ja*, en*, else Chinese, the language most users write their notes in.
    static func fromEnvironment(_ environment: [String: String]) -> Language {
      let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
      return locale.flatMap(Language.init(argument:)) ?? .zh
    }
  }

  /// Name and text of each file, in the order they are written.
  static func files(_ language: Language) -> [(name: String, text: String)] {
    let (prep, answers): ([UInt8], [UInt8]) =
      switch language {
      case .zh: (PackageResources.prep_zh_md, PackageResources.answers_zh_md)
      case .ja: (PackageResources.prep_ja_md, PackageResources.answers_ja_md)
      case .en: (PackageResources.prep_en_md, PackageResources.answers_en_md)
      }
    return [
      ("prep.md", String(decoding: prep, as: UTF8.self)), ("answers.md", String(decoding: answers, as: UTF8.self)),
    ]
  }
}
