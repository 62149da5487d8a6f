import CareVoiceKit

/// A realistic pledge summary page, in the board's style and in the young people's style, built from literals.
///
/// The tests check it; with `CAREVOICE_SAMPLE_DIR` set they also write it there, for
/// the browser check (`scripts/check-html-reports.py`) and for looking at.
enum SamplePledgePage {
  static let suppressed = "fewer than 6"

  static func board() -> HTMLPage {
    HTMLPage(
      title: "Our Pledge to children in care: how we are doing",
      subtitle: "Summary for the Corporate Parenting Board, July to September 2025 (2025-26 Q2)",
      publisher: "Anyshire County Council · Children's Services",
      generatedOn: Day(year: 2025, month: 10, day: 14)!,
      howToRead: [
        "Each promise in our Pledge has a rating. Green means we met the target. Amber means we are below "
          + "the target but above the red line. Red means we are below the red line. Grey means fewer than "
          + "6 children answered, so there is not enough evidence to rate it.",
        "Where fewer than 6 children gave an answer we show “fewer than 6” instead of a number, so that "
          + "nobody can be identified. Every chart has a table with the same figures.",
      ],
      sections: [glance(), promiseOne(), promiseTwo()],
      methodNotes: [
        "Figures come from 412 review consultation forms returned between 1 July and 30 September 2025, "
          + "and from the Children in Care Council's Pledge survey (68 replies). Percentages are of the children "
          + "who answered the question, rounded to whole numbers.",
        "Counts from 1 to 5 are not shown, and nor is any figure they could be worked out from (the "
          + "Department for Education's rule). Quotes have names, places and dates removed.",
      ])
  }

  static func youngPeople() -> HTMLPage {
    var page = board()
    page.title = "Our Pledge: what you told us and what we did"
    page.subtitle = "For the Children in Care Council, July to September 2025"
    page.style = .plainLargeType
    page.howToRead = [
      "Green means we kept our promise. Amber means we are nearly there. Red means we need to do much better.",
      "If fewer than 6 of you gave an answer, we write “fewer than 6” so nobody can tell who said what.",
    ]
    page.sections = [promiseOne(plain: true)]
    return page
  }

  private static func glance() -> HTMLSection {
    HTMLSection(
      id: "at-a-glance", heading: "At a glance",
      blocks: [
        .keyFigures([
          HTMLKeyFigure(value: "480", label: "children and young people told us what they think"),
          HTMLKeyFigure(value: "5 of 8", label: "promises rated Green", note: "4 of 8 last quarter"),
          HTMLKeyFigure(value: "17 of 25", label: "actions done", note: "5 overdue"),
        ]),
        .callout(
          ReportCallout(
            tone: .important, title: "For the Board's attention",
            paragraphs: [
              "Fewer young people aged 16 and 17 say they know how to complain (58%, target 80%). "
                + "Two actions to fix this are overdue."
            ])),
      ])
  }

  private static func promiseOne(plain: Bool = false) -> HTMLSection {
    let badge = SVGRatingBadge(rating: .green, text: plain ? "Green: promise kept" : "Green: on target").svg()
    let byAge = SVGBarChart(
      id: "p1-by-age", title: "Children who know who their social worker is, by age, July to September 2025",
      bars: [
        .init(label: "Under 8", value: .suppressed), .init(label: "8 to 12", value: .percent(93.1)),
        .init(label: "13 to 15", value: .percent(88.4)), .init(label: "16 to 17", value: .percent(84.0)),
        .init(label: "All ages", value: .percent(91.2)),
      ], target: .percent(90), suppressedText: suppressed)
    let trend = SVGTrendChart(
      id: "p1-trend", title: "Children who know who their social worker is, by quarter",
      points: [
        .init(period: "2024-25 Q3", value: .percent(79.0)), .init(period: "2024-25 Q4", value: .percent(81.5)),
        .init(period: "2025-26 Q1", value: .percent(84.0)), .init(period: "2025-26 Q2", value: .percent(91.2)),
      ], target: .percent(90), suppressedText: suppressed)
    let scale = SVGStackedBarChart(
      id: "p1-contact", title: "Can you get in touch with your social worker when you need to?",
      answers: ["Always", "Usually", "Sometimes", "Hardly ever", "Never"],
      rows: [
        .init(label: "2025-26 Q1", segments: [.percent(38), .percent(29), .percent(18), .percent(9), .percent(6)]),
        .init(label: "2025-26 Q2", segments: [.percent(44), .percent(31), .percent(16), .suppressed, .suppressed]),
      ], suppressedText: suppressed)
    return HTMLSection(
      id: "P1", heading: plain ? "Knowing your social worker" : "Promise 1: You will know who your social worker is",
      intro: [
        plain
          ? "We promised you would always know who your social worker is and how to contact them."
          : "We will make sure you know who your social worker is and how to contact them."
      ],
      blocks: [
        .rating(
          HTMLRating(
            badge: badge, headline: plain ? "We kept this promise." : "On target.",
            detail: "91% of children said they know who their social worker is (target 90%, 68 answered).")),
        .figure(
          HTMLFigure(
            chart: byAge.svg(), caption: "Most children know who their social worker is",
            table: HTMLTable(
              caption: "Children who know who their social worker is, by age", rowHeading: "Age",
              columns: [.init("Answered", isNumeric: true), .init("Said yes", isNumeric: true)],
              rows: [
                .init(heading: "Under 8", cells: [.text("5"), .suppressed(suppressed)]),
                .init(heading: "8 to 12", values: ["29", "93%"]), .init(heading: "13 to 15", values: ["17", "88%"]),
                .init(heading: "16 to 17", values: ["17", "84%"]), .init(heading: "All ages", values: ["68", "91%"]),
              ]),
            note: "Base: 68 children in care who answered. The dashed line is the target.")),
        .figure(
          HTMLFigure(
            chart: trend.svg(), caption: "Up 7 points since last quarter, and above target for the first time",
            table: HTMLTable(
              caption: "Children who know who their social worker is, by quarter", rowHeading: "Quarter",
              columns: [.init("Answered", isNumeric: true), .init("Said yes", isNumeric: true)],
              rows: [
                .init(heading: "2024-25 Q3", values: ["52", "79%"]),
                .init(heading: "2024-25 Q4", values: ["49", "82%"]),
                .init(heading: "2025-26 Q1", values: ["50", "84%"]),
                .init(heading: "2025-26 Q2", values: ["68", "91%"]),
              ]),
            note: "The change from last quarter is not statistically significant.")),
        .figure(
          HTMLFigure(
            chart: scale.svg(), caption: "Three in four can usually reach their social worker",
            table: HTMLTable(
              caption: "Can you get in touch with your social worker when you need to?", rowHeading: "Answer",
              columns: [.init("2025-26 Q1", isNumeric: true), .init("2025-26 Q2", isNumeric: true)],
              rows: [
                .init(heading: "Always", values: ["38%", "44%"]), .init(heading: "Usually", values: ["29%", "31%"]),
                .init(heading: "Sometimes", values: ["18%", "16%"]),
                .init(heading: "Hardly ever", cells: [.text("9%"), .suppressed(suppressed)]),
                .init(heading: "Never", cells: [.text("6%"), .suppressed(suppressed)]),
              ]))),
        .quotes(
          ReportQuotes(
            heading: plain ? "What you said" : "What children said",
            quotes: [
              .init("My social worker texts me back the same day, that really helps.", about: "Getting hold of them"),
              .init(
                "I had three social workers this year and nobody told me when it changed.",
                about: "Changes of social worker"),
              .init("I like that I got a card with [name]'s photo on it.", about: "Knowing who they are"),
            ])),
        .actions(
          ReportActions(
            caption: plain ? "What we are doing about it" : "You said, we did: knowing your social worker",
            headings: plain
              ? .init(youSaid: "You told us", weWill: "What we did", owner: "Who", due: "When", status: "Done?")
              : .init(youSaid: "You said", weWill: "We did", owner: "Who", due: "By when", status: "Status"),
            items: [
              .init(
                id: "P1-A1", youSaid: "We don't always know when our social worker changes",
                weWill: "Every child now gets a card with their new social worker's photo within 5 working days",
                weDid: "", owner: "Service Manager, Children in Care", due: Day(year: 2025, month: 9, day: 30),
                state: .completedOnTime, status: "Done on time", tone: .done),
              .init(
                id: "P1-A2", youSaid: "It is hard to reach my social worker after school",
                weWill: "We will trial a duty phone line open until 7pm on weekdays", weDid: "",
                owner: "Head of Service, Children in Care", due: Day(year: 2025, month: 11, day: 30),
                state: .dueSoon, status: "Due soon", tone: .onTrack),
              .init(
                id: "P1-A3", youSaid: "We want to know how to complain",
                weWill: "We will add the complaints leaflet to every review pack", weDid: "",
                owner: "Participation Officer", due: Day(year: 2025, month: 8, day: 31), state: .overdue,
                status: "Overdue", tone: .late),
            ])),
      ])
  }

  private static func promiseTwo() -> HTMLSection {
    HTMLSection(
      id: "P2", heading: "Promise 2: You will be listened to at your review",
      intro: ["We will make sure your views are heard and acted on at your review."],
      blocks: [
        .rating(
          HTMLRating(
            badge: SVGRatingBadge(rating: .amber, text: "Amber: below target").svg(), headline: "Below target.",
            detail: "78% said they were listened to at their review (target 85%, red below 70%, 402 answered).")),
        .rating(
          HTMLRating(
            badge: SVGRatingBadge(rating: .red, text: "Red: well below target").svg(),
            headline: "Knowing how to complain: well below target.",
            detail: "58% of 16 and 17 year olds know how to complain (target 80%, red below 65%).")),
        .rating(
          HTMLRating(
            badge: SVGRatingBadge(rating: .grey, text: "Grey: not enough evidence").svg(),
            headline: "Care leavers' views: not rated.", detail: "Fewer than 6 care leavers answered this quarter.")),
      ])
  }

  /// Edge cases drawn together, to look at: long labels, many periods, 0 and 100, a row with nothing loaded.
  static func edgeCases() -> HTMLPage {
    let long = "Young people aged sixteen and seventeen who are living in semi-independent accommodation"
    let bars = SVGBarChart(
      id: "edge-bars", title: "Edge cases",
      bars: [
        .init(label: long, value: .percent(100)), .init(label: "Nobody", value: .percent(0)),
        .init(label: "A", value: .percent(3)), .init(label: "No survey", value: .missing),
        .init(label: "Hidden", value: .suppressed),
      ], target: .percent(97), suppressedText: suppressed)
    let months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    let trend = SVGTrendChart(
      id: "edge-trend", title: "Twelve months",
      points: months.enumerated().map { index, month in
        let value: ChartFigure =
          index == 4
          ? .suppressed
          : index == 5 ? .missing : .percent(Double([0, 100, 50, 97, 0, 0, 12, 88, 99, 100, 3, 64][index]))
        return .init(period: "\(month) 2025", value: value)
      }, target: .percent(95), suppressedText: suppressed, missingText: "no survey")
    let seven = SVGStackedBarChart(
      id: "edge-stack", title: "Seven answers",
      answers: [
        "Strongly agree", "Agree", "Slightly agree", "Neither", "Slightly disagree", "Disagree", "Strongly disagree",
      ],
      rows: [
        .init(label: "All", segments: [20, 20, 15, 15, 10, 10, 10].map { ChartFigure.percent($0) }),
        .init(
          label: long,
          segments: [.percent(95), .suppressed, .suppressed, .suppressed, .percent(0), .percent(0), .percent(0)]),
        .init(label: "Nothing loaded", segments: Array(repeating: .missing, count: 7)),
        .init(label: "All hidden", segments: Array(repeating: .suppressed, count: 7)),
      ], suppressedText: suppressed)
    let counts = SVGBarChart(
      id: "edge-counts", title: "Counts",
      bars: [
        .init(label: "Contact with family", value: .count(42)), .init(label: "Social worker changes", value: .count(7)),
      ],
      scale: .count(maximum: 42), suppressedText: suppressed)
    return HTMLPage(
      title: "Chart edge cases", generatedOn: Day(year: 2025, month: 10, day: 14)!,
      sections: [
        HTMLSection(
          id: "edges", heading: "Edge cases",
          blocks: [
            .figure(HTMLFigure(chart: bars.svg(), caption: "Bars at 0, 3 and 100, a missing bar and a hidden one")),
            .figure(HTMLFigure(chart: trend.svg(), caption: "Twelve months with a hidden and a missing month")),
            .figure(HTMLFigure(chart: seven.svg(), caption: "Seven answers, hidden answers, nothing loaded")),
            .figure(HTMLFigure(chart: counts.svg(), caption: "Counts")),
          ])
      ])
  }
}
