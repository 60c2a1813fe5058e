"""Reviews a DOCX prepexport wrote the way a script using python-docx 1.2 would: comments
(Document.add_comment, one on a range spanning two paragraphs) and text typed into a
mentor-notes box without change tracking (python-docx has none).

    python3 review_with_python_docx.py LANG IN.docx OUT.docx [comments|typed-note|typed-body]
"""
import sys

import docx

REVIEWS = {
    "zh": {
        "author": ("王老师", "W"),
        "comments": [
            ("五年后端经验", None, "数字很好，再补充团队规模。"),
            ("先讲背景和目标", "数字要具体", "这两条可以合并。\n注意先后顺序。"),
            ("团队如何衡量稳定性的收益", None, "这个问题很好。"),
        ],
        "note": "这里要补充一个失败案例。",
        "typed": ("您好，我叫李明", "（导师：开场太长）"),
    },
    "ja": {
        "author": ("佐藤先生", "S"),
        "comments": [
            ("五年間のバックエンド開発経験", None, "具体的な規模も書きましょう。"),
            ("入社後の最初の三か月", None, "良い質問です。"),
        ],
        "note": "失敗談も一つ準備してください。",
        "typed": ("田中と申します", "（メンター：もっと短く）"),
    },
    "en": {
        "author": ("Sam Lee", "SL"),
        "comments": [
            ("Talk about what you want", None, "Name one concrete system."),
            ("Cache invalidation", "Measure the hit rate", "Good pair.\nGive numbers for both."),
            ("How does the team decide", None, "Ask about the last decision they made."),
        ],
        "note": "Add a failure story here.",
        "typed": ("I have kept a large system", " [Mentor: too long, cut the first clause]"),
    },
}


def paragraph(document, prefix):
    for p in document.paragraphs:
        if p.text.startswith(prefix):
            return p
    raise SystemExit(f"no paragraph starts with {prefix!r}")


def main():
    lang, source, target = sys.argv[1:4]
    mode = sys.argv[4] if len(sys.argv) > 4 else "comments"
    review = REVIEWS[lang]
    author, initials = review["author"]
    document = docx.Document(source)
    if mode == "comments":
        for first, last, text in review["comments"]:
            start = paragraph(document, first)
            end = paragraph(document, last) if last else start
            document.add_comment(start.runs[:1] + end.runs[-1:] if last else start.runs,
                                 text=text, author=author, initials=initials)
    if mode in ("comments", "typed-note"):
        box = next(p for p in document.paragraphs if p.style.name == "Mentor Notes" and p.text == "")
        box.add_run(review["note"])
    if mode == "typed-body":
        prefix, added = review["typed"]
        p = paragraph(document, prefix)
        p.runs[-1].text = p.runs[-1].text + added
    document.save(target)


main()
