import Mustache

/// The Mustache templates of the HTML report: the page and one partial per kind of block.
///
/// Mustache escapes every `{{value}}`. Triple braces, which insert markup as it is,
/// are used only for the style sheet (a constant of this module) and for SVG made by
/// this module's charts (``InlineSVG``); `HTMLTemplatesTests` holds that list fixed.
/// Every value a template reads is present (an empty list stands for "none"), because
/// Mustache would otherwise look the name up in the enclosing object.
enum HTMLTemplates {
  /// The page with its partials, compiled.
  static func library() throws -> MustacheLibrary {
    var library = MustacheLibrary()
    for (name, text) in partials {
      try library.register(text, named: name)
    }
    return library
  }

  /// Every template by name; "page" is the whole document.
  static let partials: [(name: String, text: String)] = [
    ("page", page), ("section", section), ("block", block), ("figure", figure), ("table", table),
    ("quotes", quotes), ("actions", actions), ("keyFigures", keyFigures), ("callout", callout), ("rating", rating),
  ]

  static let page = """
    <!DOCTYPE html>
    <html lang="en-GB" class="{{htmlClass}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <style>
    {{{styleSheet}}}
    </style>
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="masthead">
    <div class="masthead-band">
    <div class="wrap">
    {{#publisher}}
    <p class="masthead-publisher">{{.}}</p>
    {{/publisher}}
    <h1>{{title}}</h1>
    {{#subtitle}}
    <p class="masthead-subtitle">{{.}}</p>
    {{/subtitle}}
    <p class="masthead-date">{{dateLabel}} <time datetime="{{dateISO}}">{{dateText}}</time></p>
    </div>
    </div>
    {{#howToRead}}
    <div class="wrap">
    <div class="how-to-read">
    <h2>How to read this report</h2>
    {{#paragraphs}}
    <p>{{.}}</p>
    {{/paragraphs}}
    </div>
    </div>
    {{/howToRead}}
    </header>
    <main id="main" tabindex="-1">
    <div class="wrap">
    {{#contents}}
    <nav class="contents" aria-label="Contents">
    <h2 class="contents-heading">Contents</h2>
    <ol>
    {{#entries}}
    <li><a href="#{{anchor}}">{{heading}}</a></li>
    {{/entries}}
    </ol>
    </nav>
    {{/contents}}
    {{#sections}}
    {{>section}}
    {{/sections}}
    </div>
    </main>
    {{#footer}}
    <footer class="colophon">
    <div class="wrap">
    <h2>About these figures</h2>
    {{#paragraphs}}
    <p>{{.}}</p>
    {{/paragraphs}}
    </div>
    </footer>
    {{/footer}}
    </body>
    </html>

    """

  static let section = """
    <section class="report-section" id="{{anchor}}" aria-labelledby="{{anchor}}-heading">
    <h2 id="{{anchor}}-heading">{{heading}}</h2>
    {{#intro}}
    <p class="lede">{{.}}</p>
    {{/intro}}
    {{#blocks}}
    {{>block}}
    {{/blocks}}
    </section>

    """

  static let block = """
    {{#paragraph}}
    <p>{{.}}</p>
    {{/paragraph}}
    {{#subheading}}
    <h3>{{.}}</h3>
    {{/subheading}}
    {{#list}}
    <ul class="plain-list">
    {{#items}}
    <li>{{.}}</li>
    {{/items}}
    </ul>
    {{/list}}
    {{#figure}}
    {{>figure}}
    {{/figure}}
    {{#table}}
    {{>table}}
    {{/table}}
    {{#quotes}}
    {{>quotes}}
    {{/quotes}}
    {{#actions}}
    {{>actions}}
    {{/actions}}
    {{#keyFigures}}
    {{>keyFigures}}
    {{/keyFigures}}
    {{#callout}}
    {{>callout}}
    {{/callout}}
    {{#rating}}
    {{>rating}}
    {{/rating}}

    """

  static let figure = """
    <figure class="chart-figure">
    <figcaption><span class="figure-number">Figure {{number}}</span> {{caption}}</figcaption>
    <div class="{{bodyClass}}">
    <div class="chart">
    {{{svg}}}
    </div>
    {{#table}}
    {{>table}}
    {{/table}}
    </div>
    {{#note}}
    <p class="figure-note">{{.}}</p>
    {{/note}}
    </figure>

    """

  static let table = """
    <div class="table-wrap">
    <table class="{{tableClass}}">
    <caption>{{caption}}</caption>
    <thead>
    <tr><th scope="col">{{rowHeading}}</th>{{#columns}}<th scope="col" class="{{cellClass}}">{{heading}}</th>{{/columns}}</tr>
    </thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row">{{heading}}</th>{{#cells}}<td class="{{cellClass}}">{{#pill}}<span class="status {{.}}">{{/pill}}{{text}}{{#pill}}</span>{{/pill}}</td>{{/cells}}</tr>
    {{/rows}}
    </tbody>
    </table>
    </div>

    """

  static let quotes = """
    <div class="quotes">
    {{#heading}}
    <h3>{{.}}</h3>
    {{/heading}}
    <ul class="quote-list">
    {{#quotes}}
    <li>
    <figure class="quote">
    <blockquote><p>{{text}}</p></blockquote>
    {{#attribution}}
    <figcaption>{{.}}</figcaption>
    {{/attribution}}
    </figure>
    </li>
    {{/quotes}}
    </ul>
    </div>

    """

  static let actions = """
    <div class="table-wrap">
    <table class="actions-table">
    <caption>{{caption}}</caption>
    <thead>
    <tr><th scope="col">{{youSaidHeading}}</th><th scope="col">{{weDidHeading}}</th>{{#whoColumn}}<th scope="col">{{.}}</th>{{/whoColumn}}<th scope="col">{{byWhenHeading}}</th><th scope="col">{{statusHeading}}</th></tr>
    </thead>
    <tbody>
    {{#rows}}
    <tr>
    <th scope="row" data-label="{{youSaidHeading}}">{{youSaid}}</th>
    <td data-label="{{weDidHeading}}">{{weDid}}</td>
    {{#whoCell}}<td data-label="{{heading}}">{{owner}}</td>{{/whoCell}}
    <td class="due" data-label="{{byWhenHeading}}">{{#due}}<time datetime="{{iso}}">{{text}}</time>{{/due}}{{^due}}Not set{{/due}}</td>
    <td data-label="{{statusHeading}}"><span class="status {{statusClass}}">{{status}}</span>{{#detail}}<span class="status-detail">{{.}}</span>{{/detail}}</td>
    </tr>
    {{/rows}}
    </tbody>
    </table>
    </div>

    """

  static let keyFigures = """
    <ul class="key-figures">
    {{#figures}}
    <li class="key-figure">
    <span class="key-figure-value">{{value}}</span>
    <span class="key-figure-label">{{label}}</span>
    {{#note}}
    <span class="key-figure-note">{{.}}</span>
    {{/note}}
    </li>
    {{/figures}}
    </ul>

    """

  static let callout = """
    <div class="callout {{toneClass}}">
    {{#title}}
    <p class="callout-title">{{.}}</p>
    {{/title}}
    {{#paragraphs}}
    <p>{{.}}</p>
    {{/paragraphs}}
    </div>

    """

  static let rating = """
    <div class="rating">
    <div class="rating-badge">{{{badge}}}</div>
    <p class="rating-text"><strong>{{headline}}</strong> {{detail}}</p>
    </div>

    """
}
