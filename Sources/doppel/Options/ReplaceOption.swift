import ArgumentParser

/// `--replace`, spelled the same in every command that writes a target.
struct ReplaceOption: ParsableArguments {
    @Flag(help: ArgumentHelp(
        "Replace a target that holds what doppel did not write (a SQLite database, or PostgreSQL schemas with objects in them). Without it such a target is refused; a file that is not a SQLite database is never replaced."))
    var replace = false
}
