/// The inline style sheet of every HTML report: system fonts, high contrast, A4 print, and the plain large-type style.
///
/// Colours and their contrast on white (or on the panel they sit on): ink `#0b0c0c`
/// 19.6:1; secondary text `#505a5f` 7.1:1 (6.3:1 on the `#f3f2f1` panel); links
/// `#1d70b8` 5.2:1; masthead white on `#0b3b60` 11.6:1; status words 6.4–9.6:1 on
/// their tints. Focus is a yellow `#ffdd00` background with an ink underline, as on
/// GOV.UK, visible on every background the page uses.
enum HTMLStyleSheet {
  static let css = """
    :root {
      --ink: #0b0c0c; --secondary: #505a5f; --paper: #ffffff; --panel: #f3f2f1; --rule: #b1b4b6;
      --brand: #0b3b60; --brand-tint: #e8f1f8; --link: #1d70b8; --link-visited: #4c2c92; --focus: #ffdd00;
      --done: #00573f; --done-bg: #e3f2ec; --on-track: #6b4400; --on-track-bg: #fff4d6;
      --late: #9e2a0b; --late-bg: #fbe9e4; --neutral: #383f43; --neutral-bg: #f3f2f1;
      --measure: 40em;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
        "Liberation Sans", sans-serif;
      font-size: 100%;
      line-height: 1.5;
      color: var(--ink);
      background: var(--paper);
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
    }
    *, *::before, *::after { box-sizing: border-box; }
    body { margin: 0; font-size: 1rem; overflow-wrap: break-word; }
    .wrap { max-width: 66rem; margin: 0 auto; padding: 0 1.25rem; }
    p, li, dd, blockquote { max-width: var(--measure); }
    h1, h2, h3 { line-height: 1.2; font-weight: 700; text-wrap: balance; }
    h1 { font-size: 2.25rem; margin: 0 0 0.5rem; }
    h2 { font-size: 1.625rem; margin: 2.5rem 0 1rem; }
    h3 { font-size: 1.25rem; margin: 2rem 0 0.75rem; }
    p { margin: 0 0 1rem; }
    a { color: var(--link); text-underline-offset: 0.15em; text-decoration-thickness: max(1px, 0.0625rem); }
    a:visited { color: var(--link-visited); }
    a:hover { text-decoration-thickness: max(3px, 0.1875rem); }
    a:focus-visible {
      outline: 3px solid transparent; color: var(--ink); background: var(--focus);
      box-shadow: 0 -2px var(--focus), 0 4px var(--ink); text-decoration: none;
    }
    main:focus { outline: none; }
    .skip-link {
      position: absolute; left: 1rem; top: -10rem; z-index: 10; padding: 0.5rem 1rem;
      background: var(--focus); color: var(--ink); font-weight: 700;
    }
    .skip-link:focus, .skip-link:focus-visible { top: 1rem; }

    .masthead-band { background: var(--brand); color: #ffffff; padding: 2rem 0 1.75rem; }
    .masthead-publisher { font-weight: 700; margin: 0 0 0.75rem; letter-spacing: 0.02em; }
    .masthead-subtitle { font-size: 1.25rem; margin: 0 0 0.75rem; max-width: 44em; }
    .masthead-date { margin: 0; }
    .how-to-read {
      margin: 1.5rem 0 0; padding: 1rem 1.25rem; background: var(--brand-tint);
      border-left: 6px solid var(--brand);
    }
    .how-to-read h2 { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    .how-to-read p:last-child { margin-bottom: 0; }
    .contents { margin: 1.5rem 0 0; }
    .contents-heading { font-size: 1.1875rem; margin: 0 0 0.5rem; }
    .contents ol { margin: 0; padding-left: 1.5rem; }
    .contents li { margin-bottom: 0.25rem; }

    .report-section { border-top: 1px solid var(--rule); margin-top: 2.5rem; }
    .report-section > h2 { margin-top: 1.5rem; }
    .lede { font-size: 1.1875rem; }

    .chart-figure { margin: 1.5rem 0 2rem; padding: 1rem 1.25rem 1.25rem; border: 1px solid var(--rule); }
    .chart-figure figcaption { font-weight: 700; font-size: 1.125rem; margin-bottom: 0.75rem; max-width: var(--measure); }
    .figure-number { display: block; font-size: 0.9375rem; font-weight: 400; color: var(--secondary); }
    .figure-body { display: grid; gap: 1.25rem; }
    .chart { overflow-x: auto; }
    .chart svg.cv-chart { display: block; width: 100%; height: auto; max-width: 37.5rem; }
    .figure-note { color: var(--secondary); font-size: 0.9375rem; margin: 0.75rem 0 0; }
    @media (min-width: 64rem) {
      .figure-body.has-table { grid-template-columns: minmax(0, 37.5rem) minmax(16rem, 1fr); align-items: start; gap: 2rem; }
    }

    .table-wrap { overflow-x: auto; margin: 0 0 1.5rem; }
    .figure-body .table-wrap { margin: 0; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; font-variant-numeric: lining-nums; }
    caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.5rem 1rem 0.5rem 0; border-bottom: 1px solid var(--rule); }
    thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; }
    tbody th { font-weight: 700; }
    th:last-child, td:last-child { padding-right: 0; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .suppressed { font-style: italic; color: var(--secondary); white-space: normal; }
    .data-table.wide { font-size: 0.8125rem; }
    .data-table.wide th, .data-table.wide td { padding-right: 0.625rem; }
    .data-table.wide tbody th { min-width: 8rem; }
    .data-table .status { font-size: 0.8125rem; }

    .actions-table tbody th { font-weight: 400; }
    .actions-table .due { white-space: nowrap; }
    .status {
      display: inline-block; padding: 0.125rem 0.625rem; border: 1px solid currentColor; border-radius: 1rem;
      font-weight: 700; font-size: 0.875rem; white-space: nowrap;
    }
    .status-done { color: var(--done); background: var(--done-bg); }
    .status-on-track { color: var(--on-track); background: var(--on-track-bg); }
    .status-late { color: var(--late); background: var(--late-bg); }
    .status-neutral { color: var(--neutral); background: var(--neutral-bg); }
    .status-detail { display: block; margin-top: 0.375rem; font-size: 0.9375rem; }

    .plain-list { margin: 0 0 1.5rem; padding-left: 1.5rem; }
    .plain-list li { margin-bottom: 0.5rem; }

    .key-figures {
      list-style: none; margin: 1.5rem 0; padding: 0; display: grid; gap: 1rem;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .key-figure { background: var(--panel); border-top: 5px solid var(--brand); padding: 1rem 1.25rem; max-width: none; }
    .key-figure-value { display: block; font-size: 2.5rem; font-weight: 700; line-height: 1.1; }
    .key-figure-label { display: block; margin-top: 0.25rem; }
    .key-figure-note { display: block; margin-top: 0.25rem; font-size: 0.9375rem; color: var(--secondary); }

    .quotes { margin: 1.5rem 0; }
    .quote-list { list-style: none; margin: 0; padding: 0; }
    .quote-list > li { max-width: none; }
    .quote { margin: 0 0 1rem; padding: 0.75rem 1.25rem; border-left: 5px solid var(--brand); background: var(--panel); max-width: 44em; }
    .quote blockquote { margin: 0; font-size: 1.125rem; }
    .quote blockquote p { margin: 0; }
    .quote blockquote p::before { content: "\\201C"; }
    .quote blockquote p::after { content: "\\201D"; }
    .quote figcaption { margin-top: 0.375rem; color: var(--secondary); font-size: 0.9375rem; }

    .callout { margin: 1.5rem 0; padding: 1rem 1.25rem; border-left: 6px solid var(--brand); background: var(--brand-tint); max-width: 44em; }
    .callout p:last-child { margin-bottom: 0; }
    .callout-title { font-weight: 700; }
    .callout-important { border-color: var(--late); background: var(--late-bg); }
    .callout-positive { border-color: var(--done); background: var(--done-bg); }

    .rating { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 1rem 0 1.5rem; }
    .rating-badge svg { display: block; }
    .rating-text { margin: 0; }

    .colophon { margin-top: 3rem; padding: 1.5rem 0 2.5rem; border-top: 5px solid var(--brand); background: var(--panel); font-size: 0.9375rem; }
    .colophon h2 { font-size: 1.1875rem; margin: 0 0 0.75rem; }

    .audience-plain { font-size: 125%; line-height: 1.6; --measure: 32em; }
    .audience-plain h1 { font-size: 2.25rem; }
    .audience-plain h2 { font-size: 1.75rem; }
    .audience-plain h3 { font-size: 1.375rem; }
    .audience-plain .lede { font-size: 1.125rem; }
    .audience-plain .wrap { max-width: 52rem; }
    .audience-plain .how-to-read h2 { font-size: 1.375rem; }
    .audience-plain .contents { display: none; }
    .audience-plain .figure-body.has-table { grid-template-columns: minmax(0, 1fr); }
    .audience-plain .chart svg.cv-chart { max-width: 40rem; }
    .audience-plain .chart-figure, .audience-plain .callout, .audience-plain .how-to-read,
    .audience-plain .quote, .audience-plain .key-figure { border-radius: 0.75rem; }
    .audience-plain .how-to-read, .audience-plain .callout { border-left-width: 0; border: 3px solid var(--brand); }
    .audience-plain .callout-important { border-color: var(--late); }
    .audience-plain .callout-positive { border-color: var(--done); }
    .audience-plain table { font-size: 1rem; }
    .audience-plain .data-table { max-width: 40rem; }
    .audience-plain .data-table tbody th { min-width: 11rem; }
    .audience-plain th, .audience-plain td { padding-top: 0.75rem; padding-bottom: 0.75rem; }
    .audience-plain .key-figure-value { font-size: 3rem; }
    .audience-plain .quote { border-left: 0; border: 3px solid var(--brand); border-radius: 1rem 1rem 1rem 0.25rem; }
    .audience-plain .rating-badge svg { height: 2.5rem; width: auto; }
    .audience-plain .figure-number { display: none; }

    @media (max-width: 40rem) {
      .wrap { padding: 0 1rem; }
      h1 { font-size: 1.875rem; }
      .chart-figure { padding: 0.75rem; }
      .chart svg.cv-chart { min-width: 480px; }
      th, td { padding-right: 0.5rem; }
      .actions-table thead {
        position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
      }
      .actions-table, .actions-table tbody, .actions-table tr, .actions-table th, .actions-table td {
        display: block; width: 100%;
      }
      .actions-table caption { display: block; width: 100%; }
      .actions-table tr { border-top: 2px solid var(--ink); padding: 0.5rem 0 0.75rem; }
      .actions-table tbody th, .actions-table td { border: 0; padding: 0.25rem 0; }
      .actions-table [data-label]::before {
        content: attr(data-label); display: block; font-weight: 700; font-size: 0.875rem; color: var(--secondary);
      }
    }

    @page { size: A4; margin: 15mm; }
    @media print {
      :root { font-size: 11pt; }
      html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .skip-link, .contents { display: none; }
      .wrap { max-width: none; padding: 0; }
      .masthead-band { background: none; color: var(--ink); padding: 0 0 0.75rem; border-bottom: 3pt solid var(--brand); }
      .report-section { margin-top: 1.5rem; }
      a { color: var(--ink); }
      .figure-body.has-table { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
      .audience-plain .figure-body.has-table { grid-template-columns: 1fr; }
      .data-table.wide { font-size: 7.5pt; }
      h1, h2, h3 { break-inside: avoid; page-break-inside: avoid; }
      .data-table.wide tbody th { min-width: 0; }
      .chart svg.cv-chart { max-width: 100%; }
      figure, table, .callout, .key-figures, .quote, .rating, .how-to-read, tr { break-inside: avoid; page-break-inside: avoid; }
      h2, h3, figcaption, caption { break-after: avoid; page-break-after: avoid; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      .colophon { background: none; margin-top: 1.5rem; break-inside: avoid; page-break-inside: avoid; }
      .audience-plain { font-size: 12pt; }
    }
    """
}
