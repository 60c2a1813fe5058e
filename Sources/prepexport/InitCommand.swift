import ArgumentParser
import Foundation
import PrepExport

/// `prepexport init`: starter files in the user's language, and what to run next.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration.prepexport(
    "init", abstract: "Write a starter prep.md and answers.md into the current folder.",
    discussion: "Never overwrites: if either file exists, nothing is written.")

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Language of the starters: zh, ja or en (default: from LC_ALL, LC_MESSAGES or LANG; else zh).",
      valueName: "zh|ja|en"))
  var lang: StarterFiles.Language?

  func run() throws {
    try Console.run {
      let language = lang ?? StarterFiles.Language.fromEnvironment(ProcessInfo.processInfo.environment)
      let files = StarterFiles.files(language)
      for file in files where FileManager.default.fileExists(atPath: file.name) {
        throw ExportError.write(file.name, reason: "it already exists; init never overwrites files")
      }
      for file in files {
        try AtomicFile.write(Data(file.text.utf8), to: file.name)
      }
      print(NextSteps.text(language, folder: FileManager.default.currentDirectoryPath), terminator: "")
    }
  }
}

/// What `init` prints: where the files went and the commands to run next, in the starters'
/// language (the commands themselves are the same everywhere).
enum NextSteps {
  static func text(_ language: StarterFiles.Language, folder: String) -> String {
    let commands = [
      "prepexport check prep.md --answers answers.md",
      "prepexport docx prep.md --answers answers.md",
      "prepexport cards prep.md --answers answers.md",
    ]
    let (wrote, edit, comments) = words(language)
    let width = commands.map(\.count).max()! + 3
    var out = "\(wrote(folder))\n\n\(edit)\n"
    for (command, comment) in zip(commands, comments) {
      out += "  " + command.padding(toLength: width, withPad: " ", startingAt: 0) + "# " + comment + "\n"
    }
    return out
  }

  private static func words(_ language: StarterFiles.Language) -> ((String) -> String, String, [String]) {
    switch language {
    case .zh:
      return (
        { "已写入 \($0)/prep.md（准备材料）和 \($0)/answers.md（你的回答）。" },
        "把其中的内容换成你自己的，然后运行：",
        ["看看读出了哪些主题、问题和回答", "生成 Output/prep.docx，发给导师", "生成 Output/prep.cards.txt，用 lp 打印成卡片"]
      )
    case .ja:
      return (
        { "\($0)/prep.md（準備メモ）と \($0)/answers.md（自分の回答）を作成しました。" },
        "内容をご自身のものに書き換えてから、次を実行してください：",
        ["読み取られたトピック・質問・回答を確認", "Output/prep.docx を作成（メンターに送る）", "Output/prep.cards.txt を作成（lp でカードを印刷）"]
      )
    case .en:
      return (
        { "Wrote \($0)/prep.md (your prep notes) and \($0)/answers.md (your answers)." },
        "Replace their content with your own, then run:",
        [
          "see the topics, questions and answers it reads", "make Output/prep.docx to send to your mentor",
          "make Output/prep.cards.txt to print with lp",
        ]
      )
    }
  }
}
