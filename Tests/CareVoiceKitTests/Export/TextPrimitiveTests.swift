import CareVoiceKit
import Testing

@Suite struct LargestRemainderTests {
  @Test(
    "rounds to whole percentages that add up to 100",
    arguments: [
      ([1, 1, 1], [34, 33, 33]), ([39, 7, 9], [71, 13, 16]), ([1, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]),
      ([0, 5, 0], [0, 100, 0]), ([0, 0], [0, 0]), ([2, 1], [67, 33]),
    ])
  func percentages(counts: [Int], expected: [Int]) {
    let rounded = LargestRemainder.percentages(of: counts)
    #expect(rounded == expected)
    if counts.reduce(0, +) > 0 { #expect(rounded.reduce(0, +) == 100) }
  }
}

@Suite struct FigureTextTests {
  let text = FigureText(rule: .standard)

  @Test("writes whole percentages, with <1% and >99% for shares that round away from the truth")
  func percentages() {
    #expect(text.percent(45.4) == "45%")
    #expect(text.percent(44.5) == "45%")
    #expect(text.percent(0.3) == "<1%")
    #expect(text.percent(0) == "0%")
    #expect(text.percent(99.7) == ">99%")
    #expect(text.percent(100) == "100%")
    #expect(text.percent(nil) == "")
    #expect(text.interval(PercentInterval(lower: 25.53, upper: 36.62)) == "26–37%")
  }

  @Test("writes a small hidden count as fewer than the rule's minimum, a protective one as hidden")
  func hiddenCounts() {
    #expect(text.count(nil, isSmall: true) == "fewer than 6")
    #expect(FigureText(rule: DisclosureRule(minimumCell: 10)).count(nil, isSmall: true) == "fewer than 10")
    #expect(text.count(nil) == "hidden")
    #expect(text.count(12) == "12")
  }

  @Test("flags a base under 30 as small")
  func smallBase() {
    #expect(text.baseFlag(29) == "small base")
    #expect(text.baseFlag(30) == nil)
    #expect(text.baseFlag(nil) == nil && text.baseFlag(0) == nil)
  }
}

@Suite struct CSVWriterTests {
  @Test(
    "quotes by RFC 4180 and neutralises formula cells",
    arguments: [
      ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
      ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+44 7700", "'+44 7700"), ("-1+1", "'-1+1"), ("@cmd", "'@cmd"),
      ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=1,2", "\"'=1,2\""), ("a=b", "a=b"),
    ])
  func textCells(value: String, written: String) {
    #expect(CSVWriter.cell(.text(value)) == written)
  }

  @Test("writes numbers as numbers, negative ones included, and CRLF records with an optional BOM")
  func records() {
    var writer = CSVWriter(byteOrderMark: true)
    writer.write(["name", .integer(3), .number(-2.5), .empty, .integer(nil)])
    #expect(writer.text == "\u{FEFF}name,3,-2.5,,\r\n")
    var plain = CSVWriter()
    plain.write(["x"])
    #expect(plain.text == "x\r\n")
  }
}

@Suite struct MarkdownTableTests {
  @Test("escapes pipes, backslashes and line breaks so a cell stays in its column")
  func escaping() {
    var table = MarkdownTable(header: ["Comment", "Count"], alignments: [.left, .right])
    table.append(["a | b", "12"])
    table.append(["first\nsecond \\ third", "7"])
    #expect(
      table.text == """
        | Comment | Count |
        | --- | ---: |
        | a \\| b | 12 |
        | first<br>second \\\\ third | 7 |

        """)
  }
}

@Suite struct TextTableTests {
  @Test("aligns columns by terminal width, counting wide characters as two and accents as none")
  func widths() {
    var table = TextTable(header: ["Name", "n"], rightAligned: [1])
    table.append(["学校", "5"])
    table.append(["Zoe\u{0301}", "12"])
    table.append(["🙂 ok", "3"])
    #expect(
      table.text == """
        Name    n
        -----  --
        学校    5
        Zoé    12
        🙂 ok   3

        """)
  }

  @Test("measures display width", arguments: [("abc", 3), ("学校", 4), ("e\u{0301}", 1), ("🙂", 2), ("❤️", 2), ("", 0)])
  func displayWidth(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }
}
