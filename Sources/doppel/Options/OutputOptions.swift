import ArgumentParser

/// `--quiet` and `--verbose`, shared by the commands that run jobs.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print nothing but errors: no progress, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Log each step (table copied, rows, rows/s) on stderr.")
    var verbose = false
}
