import ArgumentParser

/// Command-line options are ArgumentParser's; the kit's `Option` is an answer option of a question.
typealias Option = ArgumentParser.Option
