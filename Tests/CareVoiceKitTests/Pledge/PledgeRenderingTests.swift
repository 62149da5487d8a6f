import CareVoiceKit
import Testing

@Suite struct PledgeRenderingTests {
  @Test("writes the terminal table: whole percentages, ratings in words, trend in words, the actions sentence")
  func table() {
    #expect(
      PledgeSummaryFixture.summary.table() == """
        Our Pledge to children in care (our-pledge)
        Period 2025-26 Q2, compared with 2025-26 Q1. Actions as of 31 December 2025.
        Each promise takes the rating of its worst indicator; indicators without enough evidence are left out.

        P1  Green  We will make sure you know who your social worker is and how to contact them
          Question                                         Result  Base  95% range  Target  Red below  Compared with  Change                                  Rating
          knows_social_worker (child-review-consultation)     91%    68  82–96%        90%        75%  2025-26 Q1     up 7 points (not a significant change)  Green
          Theme in comments         Question                                Mentioned by
          Changes of social worker  change_one (child-review-consultation)  12 of 80 (15%)
          Contact with family       change_one (child-review-consultation)  hidden (small number)
          Action  Due               Where it stands                       Owner                              We will
          P1-A1   31 December 2025  Completed on time (20 November 2025)  Service Manager, Children in Care  Send every child a card with their new social worker's photo within 5 working days

        P2  Not enough evidence  We will celebrate your birthday
          No survey indicator: judged by its actions.
          Action  Due              Where it stands  Owner            We will
          P2-A1   15 January 2026  Due soon         Head of Service  Keep birthdays on the placement plan

        2 actions: 1 due by 31 December 2025; 1 completed, by its deadline; none overdue.

        """)
  }

  @Test("writes Markdown with a \"You said, we did\" table for each promise")
  func markdown() {
    #expect(
      PledgeSummaryFixture.summary.markdown() == """
        # Our Pledge to children in care

        Period 2025-26 Q2, compared with 2025-26 Q1. Actions as of 31 December 2025.

        Each promise takes the rating of its worst indicator; indicators without enough evidence are left out.

        2 actions: 1 due by 31 December 2025; 1 completed, by its deadline; none overdue.

        ## P1: We will make sure you know who your social worker is and how to contact them — Green

        | Question | Result | Base | 95% range | Target | Red below | Compared with | Change | Rating |
        | --- | ---: | ---: | --- | ---: | ---: | --- | --- | --- |
        | knows_social_worker (child-review-consultation) | 91% | 68 | 82–96% | 90% | 75% | 2025-26 Q1 | up 7 points (not a significant change) | Green |

        | Theme in comments | Question | Mentioned by |
        | --- | --- | --- |
        | Changes of social worker | change_one (child-review-consultation) | 12 of 80 (15%) |
        | Contact with family | change_one (child-review-consultation) | hidden (small number) |

        ### You said, we did

        | Action | You said | We will | Owner | Due | Where it stands | We did |
        | --- | --- | --- | --- | --- | --- | --- |
        | P1-A1 | We don't always know when our social worker changes | Send every child a card with their new social worker's photo within 5 working days | Service Manager, Children in Care | 31 December 2025 | Completed on time (20 November 2025) | Cards now go out with every change of social worker |

        ## P2: We will celebrate your birthday — Not enough evidence

        No survey indicator: this promise is judged by its actions.

        ### You said, we did

        | Action | You said | We will | Owner | Due | Where it stands | We did |
        | --- | --- | --- | --- | --- | --- | --- |
        | P2-A1 | =Birthdays get missed when we move | Keep birthdays on the placement plan | Head of Service | 15 January 2026 | Due soon |  |

        """)
  }

  @Test("writes the indicators as CSV with CRLF line ends")
  func indicatorsCSV() {
    let expected =
      "Commitment,Promise,Commitment rating,Period,Instrument,Question,Result (%),Base,95% low (%),95% high (%),"
      + "Target (%),Red below (%),Compared with,Previous (%),Change,Rating\r\n"
      + "P1,We will make sure you know who your social worker is and how to contact them,Green,2025-26 Q2,"
      + "child-review-consultation,knows_social_worker,91,68,82,96,90,75,2025-26 Q1,84,"
      + "up 7 points (not a significant change),Green\r\n"
    #expect(PledgeSummaryFixture.summary.csv(.indicators) == expected)
  }

  @Test("writes linked themes as CSV with a suppressed count left empty")
  func themesCSV() {
    let expected =
      "Commitment,Period,Instrument,Question,Theme,Label,Mentioned by,Answered,Percent,Suppressed\r\n"
      + "P1,2025-26 Q2,child-review-consultation,change_one,social-worker-change,Changes of social worker,12,80,15,No\r\n"
      + "P1,2025-26 Q2,child-review-consultation,change_one,contact-family,Contact with family,,80,,Yes\r\n"
    #expect(PledgeSummaryFixture.summary.csv(.themes) == expected)
  }

  @Test("writes actions as CSV, quoting a comma and neutralising a leading equals sign")
  func actionsCSV() {
    let expected =
      "Commitment,Action,You said,We will,Owner,Due,Status,Completed on,Where it stands,We did,As of\r\n"
      + "P1,P1-A1,We don't always know when our social worker changes,"
      + "Send every child a card with their new social worker's photo within 5 working days,"
      + "\"Service Manager, Children in Care\",2025-12-31,completed,2025-11-20,Completed on time,"
      + "Cards now go out with every change of social worker,2025-12-31\r\n"
      + "P2,P2-A1,'=Birthdays get missed when we move,Keep birthdays on the placement plan,Head of Service,"
      + "2026-01-15,in-progress,,Due soon,,2025-12-31\r\n"
    #expect(PledgeSummaryFixture.summary.csv(.actions) == expected)
  }
}
